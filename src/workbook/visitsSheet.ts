import { VISIT_STATUSES, type Visit, type VisitSource, type VisitStatus } from '../domain/visits';
import { cellDate, cellNumber, cellText, safeText, type CellValue, type Row } from './cells';
import { columnLetters, readFirstColumns } from './gridRead';
import { SHEET } from './layout';
import { clip, ensureRows, type LogGrid } from './logs';
import { columnRange, commitSheet, dropdown, protectAsSystem, writeNewSheet, SPARE_ROWS, type RuleFactory } from './sheetBuilder';
import { COLUMN_WIDTH, TAB_COLOR_SYSTEM } from './styles';
import type { WorkbookSheets } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const VISITS_SHEET = SHEET.visits;

/** The columns people read (DESIGN.md's contract). */
export const VISIT_HEADERS = ['Mã', 'Đơn vị', 'Chi đoàn', 'Nội dung', 'Thời gian', 'Địa điểm', 'Cán bộ', 'Nguồn', 'Trạng thái', 'Kết quả', 'Mô hình hay', 'Khó khăn, kiến nghị', 'Xử lý'] as const;
/**
 * The code's bookkeeping, hidden to the right: the row's key, version, calendar event, what the cadre was last told, when, the unit's words;
 * then how many `Nhắc báo cáo` went, the cadre whose report the row holds and the proposal's status last told them (added later: an older sheet gains them on first read).
 */
export const VISIT_HIDDEN_HEADERS = ['Khóa', 'Phiên bản', 'Mã sự kiện', 'Đã báo phiên bản', 'Nhận lúc', 'Lời mời', 'Đã nhắc báo cáo', 'Người báo cáo', 'Đã báo kiến nghị'] as const;
export const VISIT_WIDTH = VISIT_HEADERS.length + VISIT_HIDDEN_HEADERS.length;

const col = (header: (typeof VISIT_HEADERS)[number] | (typeof VISIT_HIDDEN_HEADERS)[number]): number => {
  const visible = (VISIT_HEADERS as readonly string[]).indexOf(header);
  return visible >= 0 ? visible : VISIT_HEADERS.length + (VISIT_HIDDEN_HEADERS as readonly string[]).indexOf(header);
};

const TIME_FORMAT = 'dd/MM/yyyy HH:mm';
/** The unit's words kept for the cadre's letter, at most. */
const WORDS_LIMIT = 3000;

/** The sheet, built as setup builds the others (one header row, a status dropdown, hidden bookkeeping). */
export function createVisitsSheet(ss: Spreadsheet, rules: RuleFactory | null, index: number): Sheet {
  const headers = [...VISIT_HEADERS, ...VISIT_HIDDEN_HEADERS];
  const wide = COLUMN_WIDTH.wide;
  const made = writeNewSheet(
    ss,
    { name: VISITS_SHEET, rows: [headers], headerRows: 1, tabColor: TAB_COLOR_SYSTEM, widths: [120, wide, wide, 280, 140, 220, 160, 90, 110, 220, 220, 220, 220, 100, 60, 100, 60, 100, 100, 60, 160, 110], gridRows: 1 + SPARE_ROWS.log },
    index,
  );
  columnRange(made, col('Thời gian') + 1, 2).setNumberFormat(TIME_FORMAT);
  if (rules) columnRange(made, col('Trạng thái') + 1, 2).setDataValidation(dropdown(rules, VISIT_STATUSES, 'Trạng thái của buổi đi cơ sở'));
  made.sheet.hideColumns(VISIT_HEADERS.length + 1, VISIT_HIDDEN_HEADERS.length);
  protectAsSystem(made.sheet.getRange(1, 1, made.maxRows, 1), 'Mã do hệ thống cấp');
  return commitSheet(made.sheet, VISITS_SHEET);
}

/** The sheet, created when an older workbook has none yet (the ensure-sheets step of setup, or the first invitation). */
export function ensureVisitsSheet(sheets: WorkbookSheets, rules: RuleFactory | null): Sheet {
  const found = sheets.get(VISITS_SHEET);
  if (found) return found;
  const sheet = createVisitsSheet(sheets.ss, rules, sheets.ss.getNumSheets());
  sheets.add(sheet, VISITS_SHEET);
  return sheet;
}

/** The visits as read in one call, with where each sits (row 2 is index 0) and the grid's size. */
export interface VisitBook extends LogGrid {
  sheet: Sheet;
  visits: Visit[];
}

export function readVisits(sheet: Sheet): VisitBook {
  const values = readGrid(sheet);
  let lastRow = values.length;
  while (lastRow > 1 && values[lastRow - 1].every((cell) => cell === '')) lastRow--;
  const visits = values.slice(1, lastRow).map(visitOf);
  return { sheet, visits, lastRow: Math.max(lastRow, 1), maxRows: values.length };
}

/** Whole columns in one read (the grid's height is the number of rows returned); a sheet made before the last hidden columns gains them. */
function readGrid(sheet: Sheet): unknown[][] {
  const columns = `A:${columnLetters(VISIT_WIDTH)}`;
  try {
    return sheet.getRange(columns).getValues();
  } catch (error) {
    const width = sheet.getMaxColumns();
    if (width >= VISIT_WIDTH) throw error;
    sheet.insertColumnsAfter(width, VISIT_WIDTH - width);
    const headers = [...VISIT_HEADERS, ...VISIT_HIDDEN_HEADERS].slice(width);
    sheet.getRange(1, width + 1, 1, headers.length).setValues([headers]);
    sheet.hideColumns(width + 1, headers.length);
    return sheet.getRange(columns).getValues();
  }
}

/**
 * The visits for a view that only reads them (the dashboard's pilots, the digest): one read by A1
 * notation, no sheet lookup (gridRead.ts); empty rows and rows without a key left out, none without the sheet.
 */
export function readVisitList(sheets: WorkbookSheets): Visit[] {
  const values = readFirstColumns(sheets, VISITS_SHEET, VISIT_WIDTH, (header) => cellText(header[0]) === VISIT_HEADERS[0]).values;
  return visitsFromValues(values);
}

/** The visits of the sheet's values as read elsewhere (header included; blank rows and rows without a key left out): for a read-only view. */
export function visitsFromValues(values: readonly (readonly unknown[])[]): Visit[] {
  return values.slice(1).map(visitOf).filter((visit) => visit.key !== '');
}

function visitOf(cells: readonly unknown[]): Visit {
  const status = cellText(cells[col('Trạng thái')]);
  return {
    id: cellText(cells[col('Mã')]),
    unitName: cellText(cells[col('Đơn vị')]),
    chapter: cellText(cells[col('Chi đoàn')]),
    agenda: cellText(cells[col('Nội dung')]),
    start: cellDate(cells[col('Thời gian')]) ?? new Date(0),
    place: cellText(cells[col('Địa điểm')]),
    cadreName: cellText(cells[col('Cán bộ')]),
    source: (cellText(cells[col('Nguồn')]) || 'Email') as VisitSource,
    status: ((VISIT_STATUSES as readonly string[]).includes(status) ? status : 'Đã mời') as VisitStatus,
    result: cellText(cells[col('Kết quả')]),
    goodPractice: cellText(cells[col('Mô hình hay')]),
    difficulties: cellText(cells[col('Khó khăn, kiến nghị')]),
    handling: cellText(cells[col('Xử lý')]),
    key: cellText(cells[col('Khóa')]),
    version: cellNumber(cells[col('Phiên bản')]) ?? 1,
    eventId: cellText(cells[col('Mã sự kiện')]),
    syncedVersion: cellNumber(cells[col('Đã báo phiên bản')]) ?? 0,
    receivedAt: cellNumber(cells[col('Nhận lúc')]) ?? 0,
    words: cellText(cells[col('Lời mời')]),
    reportChased: cellNumber(cells[col('Đã nhắc báo cáo')]) ?? 0,
    reporter: cellText(cells[col('Người báo cáo')]),
    proposalTold: cellText(cells[col('Đã báo kiến nghị')]),
  };
}

function rowOf(visit: Visit): Row {
  return [
    visit.id,
    safeText(visit.unitName),
    safeText(visit.chapter),
    safeText(clip(visit.agenda)),
    // A planned row has no meeting time yet: the cell stays empty, a date-time or nothing (DESIGN.md).
    visit.status === 'Dự kiến' ? '' : visit.start,
    safeText(clip(visit.place)),
    safeText(visit.cadreName),
    visit.source,
    visit.status,
    safeText(clip(visit.result)),
    safeText(clip(visit.goodPractice)),
    safeText(clip(visit.difficulties)),
    safeText(clip(visit.handling)),
    safeText(visit.key),
    visit.version,
    visit.eventId,
    visit.syncedVersion,
    visit.receivedAt,
    safeText(clip(visit.words, WORDS_LIMIT)),
    visit.reportChased,
    safeText(visit.reporter),
    safeText(visit.proposalTold),
  ];
}

/**
 * Writes the visits at these indexes (new ones at the end) in one write: the rows from the first
 * to the last changed, those between as read.
 */
export function writeVisits(book: VisitBook, changed: ReadonlySet<number>): void {
  if (changed.size === 0) return;
  const indexes = [...changed].sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  ensureRows(book.sheet, book, last + 2);
  const rows = book.visits.slice(first, last + 1).map(rowOf);
  book.sheet.getRange(first + 2, 1, rows.length, VISIT_WIDTH).setValues(rows as CellValue[][]);
  book.lastRow = Math.max(book.lastRow, last + 2);
}
