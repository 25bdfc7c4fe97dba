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

/**
 * Creates (or takes over) a sheet and writes its content in one batch: values, header style,
 * frozen header rows and column widths. Callers add validations and protections after.
 */
export function writeNewSheet(ss: Spreadsheet, spec: SheetSpec, index: number, reuse?: Sheet): Sheet {
  const sheet = reuse ?? ss.insertSheet(spec.name, index);
  if (reuse) reuse.setName(spec.name);
  const width = Math.max(...spec.rows.map((row) => row.length));
  for (const column of spec.textColumns ?? []) {
    sheet.getRange(1, column, sheet.getMaxRows(), 1).setNumberFormat('@');
  }
  sheet.getRange(1, 1, spec.rows.length, width).setValues(rectangular(spec.rows, width));
  sheet
    .getRange(1, 1, spec.headerRows, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setVerticalAlignment('middle')
    .setWrap(true);
  sheet.setFrozenRows(spec.headerRows);
  if (spec.widths) spec.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  return sheet;
}

/** Range of one or more adjacent columns from `firstRow` to the bottom of the sheet. */
export function columnRange(sheet: Sheet, column: number, firstRow: number, columns = 1): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(firstRow, column, Math.max(1, sheet.getMaxRows() - firstRow + 1), columns);
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
