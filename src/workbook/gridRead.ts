import type { Campaign } from '../domain/campaign';
import { cellText, rewriteCell, type CellValue } from './cells';
import { PROVENANCE_HEADER, unitTabHeaders } from './layout';
import type { WorkbookSheets } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet's values as read, trailing empty rows dropped, with its grid's height when the read told it. */
export interface GridValues {
  values: unknown[][];
  /** Rows of the sheet's grid; null when the read did not say (then ask the sheet before writing below the data). */
  maxRows: number | null;
}

/** `A` for 1, `AA` for 27. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `'Tam Trà'!A5:H9`: a range of a sheet by name (quotes doubled as A1 notation wants). */
export function a1Of(name: string, row: number, column: number, rows: number, columns: number): string {
  return `${quoted(name)}!${columnLetters(column)}${row}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A row of a read with nothing in it. */
export const isBlankRow = (row: readonly unknown[]) => row.every((cell) => cell === '' || cell === null || cell === undefined);

function trimmed(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 0 && isBlankRow(values[end - 1])) end--;
  return values.slice(0, end);
}

/**
 * The first `width` columns of a sheet in one call pair, `ss.getRange("'<name>'!A:<col>")` and
 * `getValues()` (or the sheet's own getRange when this execution has it), without looking the sheet up first (getSheetByName + getDataRange would cost a
 * call more, for each of 170 unit tabs). When that range does not fit the sheet (a column
 * deleted) or the sheet is missing (any other failure is thrown), or `accept` says the header row is not the one expected (a
 * column inserted in the middle would push one past `width`), it reads the data region instead;
 * `[]` for a missing or empty sheet. A unit tab renamed by hand is found by its id (sheets.ts) and read through the sheet.
 */
export function readFirstColumns(sheets: WorkbookSheets, name: string, width: number, accept: (header: readonly unknown[]) => boolean): GridValues {
  const seen = sheets.peek(name);
  if (seen === null) return { values: [], maxRows: null };
  let failure: unknown = null;
  if (width > 0) {
    try {
      const columns = `A:${columnLetters(width)}`;
      const values = (seen ? seen.getRange(columns) : sheets.ss.getRange(`${quoted(name)}!${columns}`)).getValues();
      if (accept(values[0] ?? [])) return { values: trimmed(values), maxRows: values.length };
    } catch (error) {
      failure = error;
    }
  }
  const sheet = sheets.get(name);
  if (!sheet) return { values: [], maxRows: null };
  // Found by its id under another name (renamed by hand): the read by name could not reach it; read it through the sheet.
  if (seen === undefined && sheets.foundById(name)) return readFirstColumns(sheets, name, width, accept);
  // The range fitted the sheet, so the read failed for another reason (the service): never hidden.
  if (failure !== null && sheet.getMaxColumns() >= width) throw failure;
  return { values: trimmed(sheet.getDataRange().getValues()), maxRows: null };
}

/**
 * Rows added when a sheet is full: a unit tab gains a few chapters, `Tổng hợp` a few units, so
 * a small margin keeps the next additions to one write.
 */
export const GROWTH_ROWS = 20;

/** Makes the sheet at least `rows` tall (one insert; a getMaxRows first when the read did not say). */
export function growTo(sheets: WorkbookSheets, name: string, grid: GridValues, rows: number): void {
  if (grid.maxRows !== null && rows <= grid.maxRows) return;
  const sheet: Sheet | undefined = sheets.get(name);
  if (!sheet) return;
  const maxRows = grid.maxRows ?? sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows + GROWTH_ROWS);
  grid.maxRows = Math.max(maxRows, rows + GROWTH_ROWS);
}

/** Writes `block` at `row` of the sheet, through the Sheet when this execution has it, else by A1 notation (no lookup). */
export function writeBlock(sheets: WorkbookSheets, name: string, row: number, block: CellValue[][]): void {
  if (block.length === 0) return;
  const sheet = sheets.peek(name);
  const range = sheet ? sheet.getRange(row, 1, block.length, block[0].length) : sheets.ss.getRange(a1Of(name, row, 1, block.length, block[0].length));
  range.setValues(block);
}

/**
 * Writes the given cells of a sheet (row → 0-based column → value) in one setValues over the
 * smallest block that holds them. A cell of the block the write does not set keeps what it holds:
 * its value as read (`values`, the sheet's rows from row 1), or the formula the office typed, read
 * with one getFormulas on the same block only when the block has such cells.
 */
export function rewriteCells(sheets: WorkbookSheets, name: string, cells: ReadonlyMap<number, ReadonlyMap<number, CellValue>>, values: readonly (readonly unknown[])[]): void {
  const rows = [...cells.keys()];
  const columns = [...cells.values()].flatMap((row) => [...row.keys()]);
  if (rows.length === 0 || columns.length === 0) return;
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  const [left, right] = [Math.min(...columns), Math.max(...columns)];
  const height = bottom - top + 1;
  const width = right - left + 1;
  const sheet = sheets.peek(name);
  const range = sheet ? sheet.getRange(top, left + 1, height, width) : sheets.ss.getRange(a1Of(name, top, left + 1, height, width));
  const complete = rows.length === height && [...cells.values()].every((row) => row.size === width);
  const formulas = complete ? null : range.getFormulas();
  const block: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const set = cells.get(top + r);
    const read = values[top + r - 1] ?? [];
    block.push(Array.from({ length: width }, (_, c) => (set?.has(left + c) ? (set.get(left + c) as CellValue) : formulas?.[r]?.[c] || rewriteCell(read[left + c]))));
  }
  range.setValues(block);
}

/**
 * A unit tab's columns as the campaign lays them out, in one read unless the office changed its
 * header. A tab made before `Ghi nhận` existed is one column narrower: that read does not fit, and
 * the data region is read instead, until the tab's next write adds the column.
 */
export function readUnitTab(sheets: WorkbookSheets, short: string, campaign: Pick<Campaign, 'periods'>): GridValues {
  const headers = unitTabHeaders(campaign);
  return readFirstColumns(sheets, short, headers.length, (header) => {
    const present = new Set(header.map(cellText));
    return headers.every((h) => h === PROVENANCE_HEADER || present.has(h));
  });
}
