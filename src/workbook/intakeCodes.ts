import { cellText, type CellValue, type Row } from './cells';
import { INTAKE_LOG_COLUMNS } from './layout';
import type { IntakeIndex, LoggedSubmission } from './intakeIndex';
import { appendLogRows } from './logs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CODE_COLUMN = INTAKE_LOG_COLUMNS.indexOf('Số hiệu') + 1;
const GMAIL_COLUMN = INTAKE_LOG_COLUMNS.indexOf('Mã Gmail') + 1;

/**
 * Appends intake rows (appendLogRows). A log made before `Số hiệu` and `Mã Gmail` is eight
 * columns wide and refuses the write: it is widened then (ensureIntakeColumns) and written
 * again, so a workbook upgraded without running setup again goes on; a log as wide costs nothing more.
 */
export function appendIntakeRows(sheet: Sheet, index: IntakeIndex, rows: readonly Row[]): number {
  try {
    return appendLogRows(sheet, index, rows);
  } catch (error) {
    if (!ensureIntakeColumns(sheet, () => index)) throw error;
    return appendLogRows(sheet, index, rows);
  }
}

/**
 * Gives a log made before them the `Số hiệu` and `Mã Gmail` columns, without touching its rows:
 * the headers, every row's code (the same the index derives from the times) and the Gmail id an
 * email row's legacy tag carries, in one write; `Mã Gmail` hidden. Returns whether it widened;
 * `read` gives the log's index, read only then.
 */
export function ensureIntakeColumns(sheet: Sheet, read: () => Pick<IntakeIndex, 'lastRow' | 'byId' | 'rowCodes'>): boolean {
  const columns = sheet.getMaxColumns();
  if (columns >= GMAIL_COLUMN) return false;
  const index = read();
  sheet.insertColumnsAfter(columns, GMAIL_COLUMN - columns);
  const gmailIds = new Map<number, string>();
  for (const logged of index.byId.values()) if (logged.gmailId) gmailIds.set(logged.row, logged.gmailId);
  const block: CellValue[][] = [[INTAKE_LOG_COLUMNS[CODE_COLUMN - 1], INTAKE_LOG_COLUMNS[GMAIL_COLUMN - 1]]];
  for (let row = 2; row <= index.lastRow; row++) block.push([index.rowCodes[row - 2] ?? '', gmailIds.get(row) ?? '']);
  sheet.getRange(1, CODE_COLUMN, block.length, 2).setValues(block);
  sheet.hideColumns(GMAIL_COLUMN);
  return true;
}

/**
 * The Gmail id a logged email came with: known without a read for a legacy row (its tag) and a
 * row this run wrote; otherwise from `Mã Gmail`, read whole once for the run (only when a
 * message already handled comes again, as one the office reviewed does on the next poll). ''
 * when it cannot be told: the column is not there or the read failed (tried again next time).
 */
export function loggedGmailId(sheet: Sheet, index: IntakeIndex, logged: LoggedSubmission): string {
  if (logged.gmailId) return logged.gmailId;
  if (!index.gmailIds) {
    try {
      index.gmailIds = sheet.getRange(2, GMAIL_COLUMN, Math.max(index.lastRow - 1, 1), 1).getValues().map((cells) => cellText(cells[0]));
    } catch {
      // A log not widened yet has no such column (its emails' ids are in their tags), or the service failed.
      return '';
    }
  }
  return index.gmailIds[logged.row - 2] ?? '';
}
