import { cellText, safeText } from './cells';
import { FORM_LINK_HEADER } from './layout';

/**
 * Writes each unit's pre-filled form link in the `Biểu mẫu` column of `Đơn vị` (added after the
 * last header when missing), in one write. `unitRows` is the sheet as read, header included.
 */
export function writeFormLinks(sheet: GoogleAppsScript.Spreadsheet.Sheet, unitRows: readonly (readonly unknown[])[], links: ReadonlyMap<string, string>): void {
  const header = (unitRows[0] ?? []).map(cellText);
  let column = header.indexOf(FORM_LINK_HEADER);
  if (column < 0) column = header.reduce((last, text, i) => (text ? i : last), -1) + 1;
  const values = unitRows.map((row, i) => [i === 0 ? FORM_LINK_HEADER : safeText(links.get(cellText(row[0])) ?? '')]);
  sheet.getRange(1, column + 1, values.length, 1).setValues(values);
}
