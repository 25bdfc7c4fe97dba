import { cellText, safeText, type CellValue, type Row } from './cells';
import { INTAKE_LOG_HEADERS, OUTBOX_LOG_HEADERS } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type IntakeSource = 'Form' | 'Email' | 'Thủ công';
/** `Đang xử lý` marks a row logged but not yet finished: the next run resumes it. */
export type IntakeStatus = 'Đã ghi' | 'Lỗi' | 'Chờ xem xét' | 'Trùng' | 'Đang xử lý' | 'Đã từ chối';
export const FINAL_INTAKE_STATUSES: readonly IntakeStatus[] = ['Đã ghi', 'Lỗi', 'Chờ xem xét', 'Trùng', 'Đã từ chối'];

export interface IntakeEntry {
  time: Date;
  source: IntakeSource;
  sender: string;
  id: string;
  unit: string;
  status: IntakeStatus;
  detail: string;
  raw: string;
}

/** Sheets refuses cells over 50,000 characters. */
export const CELL_LIMIT = 50_000;

export function clip(text: string, limit = CELL_LIMIT): string {
  if (text.length <= limit) return text;
  const note = `\n… (đã cắt bớt ${text.length - limit + 40} ký tự)`;
  return text.slice(0, limit - note.length) + note;
}

export function intakeRow(entry: IntakeEntry): Row {
  return [
    entry.time,
    entry.source,
    safeText(clip(entry.sender)),
    safeText(clip(entry.id)),
    safeText(entry.unit),
    entry.status,
    safeText(clip(entry.detail)),
    safeText(clip(entry.raw)),
  ];
}

/** Where a submission id stands in the log: its first row (1-based) and status. */
export interface LoggedSubmission {
  row: number;
  /** `Form`, `Email`, `Thủ công`. */
  source: string;
  status: IntakeStatus;
  unit: string;
  detail: string;
}

const INTAKE_SOURCE_COLUMN = INTAKE_LOG_HEADERS.indexOf('Nguồn') + 1;
const INTAKE_DETAIL_COLUMN = INTAKE_LOG_HEADERS.indexOf('Chi tiết') + 1;
/** `Nội dung gốc`, left out of every read but the ones that need it. */
export const INTAKE_RAW_COLUMN = INTAKE_LOG_HEADERS.indexOf('Nội dung gốc') + 1;
/** Where a column falls in a row read from `Nguồn` onwards. */
const indexFromSource = (header: (typeof INTAKE_LOG_HEADERS)[number]) => INTAKE_LOG_HEADERS.indexOf(header) - INTAKE_SOURCE_COLUMN + 1;

/** The log's ids without reading its raw content column, in one read. */
export interface IntakeIndex {
  lastRow: number;
  byId: Map<string, LoggedSubmission>;
}

export function readIntakeIndex(sheet: Sheet): IntakeIndex {
  const lastRow = sheet.getLastRow();
  const byId = new Map<string, LoggedSubmission>();
  if (lastRow < 2) return { lastRow: Math.max(lastRow, 1), byId };
  // Nguồn to Chi tiết: the raw content column is never read back here.
  const width = INTAKE_DETAIL_COLUMN - INTAKE_SOURCE_COLUMN + 1;
  const values = sheet.getRange(2, INTAKE_SOURCE_COLUMN, lastRow - 1, width).getValues();
  values.forEach((row, i) => {
    const id = cellText(row[indexFromSource('Mã')]);
    const status = cellText(row[indexFromSource('Trạng thái')]) as IntakeStatus;
    if (!id || status === 'Trùng' || byId.has(id)) return;
    byId.set(id, { row: i + 2, source: cellText(row[indexFromSource('Nguồn')]), status, unit: cellText(row[indexFromSource('Đơn vị')]), detail: cellText(row[indexFromSource('Chi tiết')]) });
  });
  return { lastRow, byId };
}

/** `Nội dung gốc` of one logged submission (one read; the index leaves that column out). */
export function readIntakeRaw(sheet: Sheet, row: number): string {
  return cellText(sheet.getRange(row, INTAKE_RAW_COLUMN).getValue());
}

/** Appends rows below `lastRow` in one write; returns the new last row. */
export function appendRows(sheet: Sheet, lastRow: number, rows: readonly Row[]): number {
  if (rows.length === 0) return lastRow;
  sheet.getRange(lastRow + 1, 1, rows.length, rows[0].length).setValues(rows as CellValue[][]);
  return lastRow + rows.length;
}

/** Sets Đơn vị, Trạng thái and Chi tiết of a logged submission in one write. */
export function finishIntakeRow(sheet: Sheet, row: number, unit: string, status: IntakeStatus, detail: string): void {
  const unitColumn = INTAKE_LOG_HEADERS.indexOf('Đơn vị') + 1;
  sheet.getRange(row, unitColumn, 1, 3).setValues([[safeText(unit), status, safeText(clip(detail))]]);
}

export type OutboxKind = 'Nhắc hạn' | 'Quá hạn' | 'Xác nhận' | 'Báo lỗi' | 'Tổng hợp';
/**
 * `Đang gửi` is written before a notice goes out and `Đã gửi` after: a run that died between the
 * two may have sent it, so `Đang gửi` counts as sent (a duplicate letter is worse than a late one,
 * and the sidebar can always send one by hand). `Hoãn` (over the mail quota) and `Lỗi` (the send
 * failed) are tried again on the next run; `Bỏ qua` stands for a scheduled day a later notice replaced.
 * `Chờ gửi` is a letter a clerk asked for that the office account sends on its next run.
 */
export type OutboxStatus = 'Đang gửi' | 'Đã gửi' | 'Hoãn' | 'Bỏ qua' | 'Lỗi' | 'Chờ gửi';
export const RETRIED_OUTBOX_STATUSES: readonly OutboxStatus[] = ['Hoãn', 'Lỗi', 'Chờ gửi'];

export interface OutboxEntry {
  time: Date;
  kind: OutboxKind;
  to: string;
  cc: string;
  subject: string;
  key: string;
  status: OutboxStatus;
}

export function outboxRow(entry: OutboxEntry): Row {
  return [entry.time, entry.kind, safeText(entry.to), safeText(entry.cc), safeText(clip(entry.subject)), safeText(entry.key), entry.status];
}

const OUTBOX_KEY_COLUMN = OUTBOX_LOG_HEADERS.indexOf('Khóa') + 1;

/** Keys of the outbox log with their latest status, and the last row, in one read. */
export interface OutboxIndex {
  lastRow: number;
  status: Map<string, OutboxStatus>;
  /** The row of each key's latest entry, rewritten in place when a retried notice goes out. */
  rows: Map<string, number>;
}

export function readOutboxIndex(sheet: Sheet): OutboxIndex {
  const lastRow = sheet.getLastRow();
  const status = new Map<string, OutboxStatus>();
  const rows = new Map<string, number>();
  if (lastRow < 2) return { lastRow: Math.max(lastRow, 1), status, rows };
  sheet
    .getRange(2, OUTBOX_KEY_COLUMN, lastRow - 1, 2)
    .getValues()
    .forEach((row, i) => {
      const key = cellText(row[0]);
      if (!key) return;
      status.set(key, cellText(row[1]) as OutboxStatus);
      rows.set(key, i + 2);
    });
  return { lastRow, status, rows };
}

/**
 * Writes an outbox entry: a key's first entry is appended, a later one rewrites its row, so the
 * log keeps one row per key with its latest status. One write either way.
 */
export function recordOutbox(sheet: Sheet, index: OutboxIndex, entry: OutboxEntry): void {
  const existing = index.rows.get(entry.key);
  if (existing) {
    sheet.getRange(existing, 1, 1, OUTBOX_LOG_HEADERS.length).setValues([outboxRow(entry) as CellValue[]]);
  } else {
    index.lastRow = appendRows(sheet, index.lastRow, [outboxRow(entry)]);
    index.rows.set(entry.key, index.lastRow);
  }
  index.status.set(entry.key, entry.status);
}
