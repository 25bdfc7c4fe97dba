import type { CellValue } from './cells';
import { rectangular } from './cells';
import { HEADER_BACKGROUND } from './styles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The two SpreadsheetApp builder factories the workbook needs; the gas adapter supplies them. */
export interface RuleFactory {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
}

export interface SheetSpec {
  name: string;
  /** Header rows first; written with the data in one setValues(). */
  rows: readonly (readonly CellValue[])[];
  headerRows: number;
  widths?: readonly number[];
  /** Columns (1-based) whose cells hold text as typed (plain-text number format). */
  textColumns?: readonly number[];
  tabColor?: string;
}

/** A sheet just written, with its height read once (every full-height range below needs it). */
export interface NewSheet {
  sheet: Sheet;
  maxRows: number;
}

/** Runs of adjacent numbers, as [first, count]: [1, 2, 3, 5] → [[1, 3], [5, 1]]. */
export function runsOf(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column) last[1]++;
    else runs.push([column, 1]);
  }
  return runs;
}

/** Adjacent columns of equal width, as [first column, count, width]: one setColumnWidths call each. */
export function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === width) last[1]++;
    else runs.push([i + 1, 1, width]);
  });
  return runs;
}

/**
 * The name a sheet is built under until it is complete (`commitSheet`): a run that dies midway
 * leaves a sheet by this name, never a half-built sheet under its real name, and the next setup
 * deletes it and builds that sheet again. One sheet is under construction at a time.
 */
export const SHEET_UNDER_CONSTRUCTION = '~ Đang tạo ~';

/** The rows a sheet keeps below what it holds: room to grow before anything inserts rows. */
export const SPARE_ROWS = { table: 50, unitTab: 10, log: 500 } as const;

/**
 * Creates a sheet under construction and writes its content in batches: the grid cut to
 * `gridRows` × the content's width (a new sheet is 1,000 × 26, which at 400 units would pass half
 * the 10-million-cell limit), values in one call, the header style, frozen header rows, one width
 * call per run of equal widths, one format call per run of text columns. Every call is a round
 * trip to Sheets (100 ms planned). Callers add validations and protections, then `commitSheet`.
 */
export function writeNewSheet(ss: Spreadsheet, spec: SheetSpec & { gridRows: number; spareColumns?: number }, index: number): NewSheet {
  const sheet = ss.insertSheet(SHEET_UNDER_CONSTRUCTION, index);
  const width = Math.max(...spec.rows.map((row) => row.length));
  const maxRows = Math.max(spec.gridRows, spec.rows.length, spec.headerRows + 1);
  trimGrid(sheet, maxRows, width + (spec.spareColumns ?? 0));
  for (const [column, count] of runsOf(spec.textColumns ?? [])) {
    sheet.getRange(1, column, maxRows, count).setNumberFormat('@');
  }
  sheet.getRange(1, 1, spec.rows.length, width).setValues(rectangular(spec.rows, width));
  sheet
    .getRange(1, 1, spec.headerRows, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setVerticalAlignment('middle')
    .setWrap(true);
  sheet.setFrozenRows(spec.headerRows);
  for (const [column, count, w] of widthRuns(spec.widths ?? [])) sheet.setColumnWidths(column, count, w);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  return { sheet, maxRows };
}

/** Cuts a new sheet's grid to `rows` × `columns` (two reads of its size, at most two deletes). */
function trimGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  else if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The last call of building a sheet: from now on it exists under its name, complete. */
export function commitSheet(sheet: Sheet, name: string): Sheet {
  return sheet.setName(name);
}

/** Range of one or more adjacent columns from `firstRow` to the bottom of the sheet. */
export function columnRange(target: NewSheet, column: number, firstRow: number, columns = 1): GoogleAppsScript.Spreadsheet.Range {
  return target.sheet.getRange(firstRow, column, Math.max(1, target.maxRows - firstRow + 1), columns);
}

export function dropdown(rules: RuleFactory, values: readonly string[], helpText: string): GoogleAppsScript.Spreadsheet.DataValidation {
  return rules.newDataValidation().requireValueInList([...values], true).setAllowInvalid(false).setHelpText(helpText).build();
}

/** Cells the code keeps: editing them shows a warning instead of being blocked, so scripts run by any editor still write them. */
export function protectAsSystem(range: GoogleAppsScript.Spreadsheet.Range, description: string): void {
  range.protect().setDescription(description).setWarningOnly(true);
}

export function protectSheetAsSystem(sheet: Sheet, description: string): void {
  sheet.protect().setDescription(description).setWarningOnly(true);
}

export function textRule(
  rules: RuleFactory,
  ranges: GoogleAppsScript.Spreadsheet.Range[],
  match: { equals?: string; contains?: string },
  colors: { background: string; font: string },
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = rules.newConditionalFormatRule();
  if (match.equals !== undefined) builder.whenTextEqualTo(match.equals);
  else builder.whenTextContains(match.contains ?? '');
  return builder.setBackground(colors.background).setFontColor(colors.font).setRanges(ranges).build();
}
