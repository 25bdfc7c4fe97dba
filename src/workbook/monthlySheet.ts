import type { MonthGroup, MonthlyCounts } from '../domain/visitsMonthly';
import { safeText, type CellValue } from './cells';
import { columnLetters } from './gridRead';
import { SHEET } from './layout';
import { ensureRows } from './logs';
import { commitSheet, protectAsSystem, writeNewSheet, SPARE_ROWS } from './sheetBuilder';
import { COLUMN_WIDTH, TAB_COLOR_SYSTEM } from './styles';
import type { WorkbookSheets } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MONTHLY_SHEET = SHEET.visitsMonthly;

export const MONTHLY_HEADERS = ['Tháng', 'Cán bộ', 'Đơn vị', 'Buổi được mời', 'Đã dự', 'Không dự', 'Đã báo cáo', 'Báo cáo quá hạn', 'Mô hình hay', 'Kiến nghị chưa giải quyết'] as const;
const WIDTH = MONTHLY_HEADERS.length;

/** `09/2016` from `2016-09`. */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

export function totalLabel(month: string): string {
  return `Cộng tháng ${monthLabel(month)}`;
}

const figures = (c: MonthlyCounts): number[] => [c.invited, c.attended, c.absent, c.reported, c.overdue, c.goodPractices, c.openProposals];

/** The sheet's rows below the header, as Sheets gives them back (the month as text, the counts as numbers). */
export function monthlyRows(groups: readonly MonthGroup[]): (string | number)[][] {
  return groups.flatMap((group) => [
    ...group.rows.map((row) => [monthLabel(group.month), row.cadre, row.unit, ...figures(row.counts)]),
    [totalLabel(group.month), '', '', ...figures(group.total)],
  ]);
}

/** A sheet of one header row; made on the first visits pass that has a visit to count, next to `Đi cơ sở`. */
export function createMonthlySheet(sheets: WorkbookSheets, index: number): Sheet {
  const made = writeNewSheet(
    sheets.ss,
    {
      name: MONTHLY_SHEET,
      rows: [[...MONTHLY_HEADERS]],
      headerRows: 1,
      tabColor: TAB_COLOR_SYSTEM,
      widths: [140, COLUMN_WIDTH.medium, COLUMN_WIDTH.wide, 100, 80, 80, 90, 110, 90, 140],
      // `09/2016` stays the text it is, never a date Sheets guesses.
      textColumns: [1],
      gridRows: 1 + SPARE_ROWS.table,
    },
    index,
  );
  // The figures are the code's (rewritten from `Đi cơ sở`): an edit by hand warns, and a column added to the right is the office's.
  protectAsSystem(made.sheet.getRange(`A:${columnLetters(WIDTH)}`), 'Số liệu do hệ thống tổng hợp từ trang Đi cơ sở');
  const sheet = commitSheet(made.sheet, MONTHLY_SHEET);
  sheets.add(sheet, MONTHLY_SHEET);
  return sheet;
}

const sameCell = (read: unknown, wanted: string | number) => (typeof wanted === 'number' ? read === wanted : String(read ?? '') === wanted);

/**
 * Writes the summary when a figure or a row differs from what the sheet holds: one read of its
 * columns, then nothing, or one setValues from the header down to the longer of old and new (rows
 * no longer there are blanked). Columns the office adds to the right are never touched.
 */
export function writeMonthlySummary(sheet: Sheet, groups: readonly MonthGroup[]): boolean {
  const values = sheet.getRange(`A:${columnLetters(WIDTH)}`).getValues();
  let lastRow = values.length;
  while (lastRow > 1 && values[lastRow - 1].every((cell) => cell === '')) lastRow--;
  const wanted: (string | number)[][] = [[...MONTHLY_HEADERS], ...monthlyRows(groups)];
  const same = lastRow === wanted.length && wanted.every((row, r) => row.every((cell, c) => sameCell(values[r][c], cell)));
  if (same) return false;
  const height = Math.max(lastRow, wanted.length);
  const grid = { lastRow, maxRows: values.length };
  ensureRows(sheet, grid, height);
  // Rows added below keep the month as text too (only when the sheet grew: rare, one call).
  if (grid.maxRows > values.length) sheet.getRange(values.length + 1, 1, grid.maxRows - values.length, 1).setNumberFormat('@');
  const blank = () => new Array<CellValue>(WIDTH).fill('');
  const rows: CellValue[][] = Array.from({ length: height }, (_, r) => (wanted[r] ? wanted[r].map((cell) => (typeof cell === 'number' ? cell : safeText(cell))) : blank()));
  sheet.getRange(1, 1, height, WIDTH).setValues(rows);
  return true;
}
