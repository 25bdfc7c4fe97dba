import type { Unit } from '../../domain/campaign';
import { SHEET } from '../../workbook/layout';
import { noteTabIds, readSheet, type WorkbookSheets } from '../../workbook/sheets';
import { readTabIdRows, tabIdWrite } from '../../workbook/unitTabIds';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A unit tab found by its id under another name (the office renamed it by hand) takes its unit's
 * short name again, one call each: the tab's name is what the unit's letters, the summary and the
 * office's own formulas refer to, and every other run reads the tab by that name without a lookup.
 * Run after `Đơn vị` has been read (its ids known) and before setup decides which tabs are missing.
 */
export function adoptRenamedTabs(sheets: WorkbookSheets, units: readonly Unit[]): void {
  for (const unit of units) {
    const tab = sheets.get(unit.short);
    if (!tab || !sheets.foundById(unit.short)) continue;
    tab.setName(unit.short);
    sheets.add(tab, unit.short);
  }
}

/**
 * Records in `Đơn vị` the sheet id of every unit tab there is: `made` holds the ids of the tabs
 * this run created (read as each was made); a tab present without an id (made by a run that died
 * before recording it, or by a version of setup before the column) costs one call for its id, and
 * so does a unit of `recheck` (a tab made again for a unit whose old tab was deleted, by a run that
 * died before recording it: the id recorded is the deleted tab's). One
 * read of `Đơn vị` (none when the caller has it, as read in this run) and at most one write;
 * nothing when every id is recorded.
 */
export function recordUnitTabs(
  sheets: WorkbookSheets,
  units: readonly Unit[],
  made: ReadonlyMap<string, number>,
  options: { unitValues?: unknown[][]; recheck?: ReadonlySet<string> } = {},
): void {
  const unitsSheet = sheets.get(SHEET.units);
  if (!unitsSheet) return;
  const values = options.unitValues ?? noteTabIds(sheets, readSheet(unitsSheet));
  const recorded = new Map(readTabIdRows(values).map((row) => [row.unitId, row.tabId]));
  const ids = new Map(made);
  for (const unit of units) {
    if (ids.has(unit.id) || !recorded.has(unit.id) || (recorded.get(unit.id) !== null && !options.recheck?.has(unit.id))) continue;
    const tab = sheets.get(unit.short);
    if (tab) ids.set(unit.id, tab.getSheetId());
  }
  const write = tabIdWrite(values, ids);
  if (!write) return;
  if (write.isNew) makeRoom(unitsSheet, write.column);
  unitsSheet.getRange(write.firstRow, write.column, write.block.length, 1).setValues(write.block);
  // Machine ids are nobody's reading: the column is hidden, as setup makes it.
  if (write.isNew) unitsSheet.hideColumns(write.column);
}

function makeRoom(sheet: Sheet, column: number): void {
  const columns = sheet.getMaxColumns();
  if (column > columns) sheet.insertColumnsAfter(columns, column - columns);
}
