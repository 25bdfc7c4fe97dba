import { cellText, rewriteCell, safeText, type CellValue, type Row } from './cells';
import { columnLetters, isBlankRow } from './gridRead';
import { INTAKE_LOG_HEADERS, OUTBOX_LOG_HEADERS } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type IntakeSource = 'Form' | 'Email' | 'Thủ công';
/**
 * `Đang xử lý` marks a row logged but not yet finished: the next run resumes it. `Lỗi xử lý` is a
 * row that failed its last try (app/intakeFailures.ts): final, left for the office to replay.
 */
export type IntakeStatus = 'Đã ghi' | 'Lỗi' | 'Chờ xem xét' | 'Trùng' | 'Đang xử lý' | 'Đã từ chối' | 'Lỗi xử lý';
export const FINAL_INTAKE_STATUSES: readonly IntakeStatus[] = ['Đã ghi', 'Lỗi', 'Chờ xem xét', 'Trùng', 'Đã từ chối', 'Lỗi xử lý'];
export const PARKED_STATUS: IntakeStatus = 'Lỗi xử lý';

export interface IntakeEntry {
  time: Date;
  source: IntakeSource;
  sender: string;
  id: string;
  unit: string;
  status: IntakeStatus;
  detail: string;
  raw: string;
  /** `Số hiệu`: from the index's codes (IntakeIndex.codes), taken when the row is first written. */
  code: string;
  /** `Mã Gmail` of an email; '' otherwise. */
  gmailId?: string;
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
    entry.code,
    safeText(entry.gmailId ?? ''),
  ];
}

/** `Nội dung gốc`, left out of every read but the ones that need it. */
export const INTAKE_RAW_COLUMN = INTAKE_LOG_HEADERS.indexOf('Nội dung gốc') + 1;

/**
 * Where a log ends: its last written row and its grid's height. A new sheet has 1,000 rows and a
 * write below the grid throws, so appends grow the grid first (see appendLogRows).
 */
export interface LogGrid {
  lastRow: number;
  maxRows: number;
}

/**
 * Rows added at a time when a log is full: one insert covers weeks of a busy season (a 170-unit
 * campaign logs ~5,000 rows), and 500 rows of 8 columns are a sliver of the 10-million-cell limit.
 */
export const LOG_GROWTH_ROWS = 500;

/** Makes the grid at least `rows` tall, in one insert (none while it fits). */
export function ensureRows(sheet: Sheet, grid: LogGrid, rows: number): void {
  if (rows <= grid.maxRows) return;
  const added = Math.max(LOG_GROWTH_ROWS, rows - grid.maxRows);
  sheet.insertRowsAfter(grid.maxRows, added);
  grid.maxRows += added;
}

/**
 * Whole columns of a log in one read (`B:F` of a sheet costs the same call as a fixed range and
 * needs no getLastRow): the grid's height is the number of rows returned, the last row the last
 * one holding anything.
 */
export function readLogColumns(sheet: Sheet, first: number, width: number): { values: unknown[][]; grid: LogGrid } {
  const values = sheet.getRange(`${columnLetters(first)}:${columnLetters(first + width - 1)}`).getValues();
  let lastRow = values.length;
  while (lastRow > 1 && isBlankRow(values[lastRow - 1])) lastRow--;
  return { values, grid: { lastRow: Math.max(lastRow, 1), maxRows: values.length } };
}

/** `Thời gian` of one logged submission: when it was first recorded (one read); null when the cell holds no date. */
export function readIntakeTime(sheet: Sheet, row: number): Date | null {
  const value: unknown = sheet.getRange(row, INTAKE_LOG_HEADERS.indexOf('Thời gian') + 1).getValue();
  return value instanceof Date ? value : null;
}

/** `Nội dung gốc` of one logged submission (one read; the index leaves that column out). */
export function readIntakeRaw(sheet: Sheet, row: number): string {
  return cellText(sheet.getRange(row, INTAKE_RAW_COLUMN).getValue());
}

/**
 * Appends rows below the log's last row in one write (growing the grid first when full) and
 * moves `grid.lastRow` past them; returns the first row written.
 */
export function appendLogRows(sheet: Sheet, grid: LogGrid, rows: readonly Row[]): number {
  const first = grid.lastRow + 1;
  if (rows.length === 0) return first;
  ensureRows(sheet, grid, grid.lastRow + rows.length);
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows as CellValue[][]);
  grid.lastRow += rows.length;
  return first;
}

/** Sets Đơn vị, Trạng thái and Chi tiết of a logged submission in one write. */
export function finishIntakeRow(sheet: Sheet, row: number, unit: string, status: IntakeStatus, detail: string): void {
  finishIntakeRows(sheet, [{ row, unit, status, detail }]);
}

/**
 * Sets Đơn vị, Trạng thái and Chi tiết of several logged submissions: one write per run of
 * consecutive rows (a batch's rows were appended together, so usually one in all).
 */
export function finishIntakeRows(sheet: Sheet, rows: readonly { row: number; unit: string; status: IntakeStatus; detail: string }[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const unitColumn = INTAKE_LOG_HEADERS.indexOf('Đơn vị') + 1;
  for (const [first, last] of spans([...byRow.keys()].sort((a, b) => a - b), 1)) {
    const block: Row[] = [];
    for (let row = first; row <= last; row++) {
      const r = byRow.get(row) as (typeof rows)[number];
      block.push([safeText(r.unit), r.status, safeText(clip(r.detail))]);
    }
    sheet.getRange(first, unitColumn, block.length, 3).setValues(block as CellValue[][]);
  }
}

export type OutboxKind = 'Nhắc hạn' | 'Quá hạn' | 'Xác nhận' | 'Báo lỗi' | 'Tổng hợp' | 'Mời dự' | 'Nhắc dự' | 'Nhắc báo cáo' | 'Báo cáo' | 'Kiến nghị';
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

/** Keys of the outbox log with their latest status, and its rows as read, in one read. */
export interface OutboxIndex extends LogGrid {
  status: Map<string, OutboxStatus>;
  /** The row of each key's latest entry, rewritten in place when a retried notice goes out. */
  rows: Map<string, number>;
  /** Every row as read or last written (index 0 is sheet row 1): a batch write rewrites the rows between its own as they are. */
  values: unknown[][];
}

const OUTBOX_KEY_INDEX = OUTBOX_LOG_HEADERS.indexOf('Khóa');
const OUTBOX_STATUS_INDEX = OUTBOX_LOG_HEADERS.indexOf('Trạng thái');

export function readOutboxIndex(sheet: Sheet): OutboxIndex {
  const { values, grid } = readLogColumns(sheet, 1, OUTBOX_LOG_HEADERS.length);
  const status = new Map<string, OutboxStatus>();
  const rows = new Map<string, number>();
  values.slice(1, grid.lastRow).forEach((row, i) => {
    const key = cellText(row[OUTBOX_KEY_INDEX]);
    if (!key) return;
    status.set(key, cellText(row[OUTBOX_STATUS_INDEX]) as OutboxStatus);
    rows.set(key, i + 2);
  });
  return { ...grid, status, rows, values: values.slice(0, grid.lastRow) };
}

/**
 * Writes an outbox entry: a key's first entry is appended, a later one rewrites its row, so the
 * log keeps one row per key with its latest status. One write either way.
 */
export function recordOutbox(sheet: Sheet, index: OutboxIndex, entry: OutboxEntry): void {
  recordOutboxBatch(sheet, index, [entry]);
}

/**
 * How far apart rewritten rows may be and still go in one write with the rows between them:
 * beyond it (a notice deferred weeks ago and sent today) each far row is its own write, rather
 * than rewriting thousands of rows as they were.
 */
const SPAN_SLACK_ROWS = 50;

/**
 * Writes a batch of outbox entries (the `Đang gửi` rows before a batch of letters, their outcome
 * after) in one write where it can: keys already logged are rewritten in their rows, new keys
 * appended in order, and the rows in between rewritten as this run last read or wrote them (it
 * holds the script lock, so no one else writes the log meanwhile).
 */
export function recordOutboxBatch(sheet: Sheet, index: OutboxIndex, entries: readonly OutboxEntry[]): void {
  if (entries.length === 0) return;
  const placed = new Map<number, Row>();
  const rows = new Map<string, number>();
  let next = index.lastRow;
  for (const entry of entries) {
    let row = index.rows.get(entry.key) ?? rows.get(entry.key);
    if (row === undefined) row = ++next;
    rows.set(entry.key, row);
    placed.set(row, outboxRow(entry));
  }
  ensureRows(sheet, index, next);
  for (const [first, last] of spans([...placed.keys()].sort((a, b) => a - b), entries.length + SPAN_SLACK_ROWS)) {
    const block: Row[] = [];
    for (let row = first; row <= last; row++) block.push(placed.get(row) ?? asOutboxRow(index.values[row - 1]));
    sheet.getRange(first, 1, block.length, OUTBOX_LOG_HEADERS.length).setValues(block as CellValue[][]);
  }
  // Only once written: an index ahead of the sheet would leave a blank row, or take a letter never logged for sent.
  index.lastRow = next;
  for (const [row, cells] of placed) index.values[row - 1] = cells;
  for (const [key, row] of rows) index.rows.set(key, row);
  for (const entry of entries) index.status.set(entry.key, entry.status);
}

/** Sorted rows grouped into [first, last] spans, a new span where the gap exceeds `slack`. */
function spans(rows: readonly number[], slack: number): [number, number][] {
  const result: [number, number][] = [];
  for (const row of rows) {
    const last = result[result.length - 1];
    if (last && row - last[1] <= slack) last[1] = row;
    else result.push([row, row]);
  }
  return result;
}

function asOutboxRow(cells: readonly unknown[] | undefined): Row {
  return Array.from({ length: OUTBOX_LOG_HEADERS.length }, (_, i) => rewriteCell(cells?.[i]));
}
