import type { Campaign } from '../domain/campaign';
import { summarizeDistrict } from '../domain/summary';
import { assessUnit } from '../domain/unitStatus';
import { cellDate, type Row } from './cells';
import { GROWTH_ROWS, isBlankRow } from './gridRead';
import { SHEET, UNIT_HEADERS, unitStatusHeaders } from './layout';
import type { WorkbookSheets, WorkbookState } from './sheets';
import { isSummaryTitle, summaryTableOf } from './summarySheet';
import { layOutSummary, placeSummaryChart, writeSummaryTable } from './summaryWrite';
import { unitStatusCells } from './unitsSheet';

/** The status block of `Đơn vị` (below the header, right of the editable columns), from the chapters. */
export function unitStatusBlock(state: WorkbookState): Row[] {
  const { campaign, chapters, unitRows } = state;
  const codes = campaign.periods.map((p) => p.code);
  const lastReceivedColumn = UNIT_HEADERS.length + unitStatusHeaders(campaign).length - 1;
  const byId = new Map(campaign.units.map((unit) => [unit.id, unit]));
  return unitRows.slice(1).map((row) => {
    const unit = byId.get(String(row[0]).trim());
    const previous = cellDate(row[lastReceivedColumn]);
    if (!unit) return unitStatusHeaders(campaign).map(() => '');
    return unitStatusCells(assessUnit(chapters.get(unit.id) ?? [], codes), previous);
  });
}

/** Rewrites the status columns of `Đơn vị` in one write. */
export function writeUnitStatus(sheets: WorkbookSheets, state: WorkbookState): void {
  const block = unitStatusBlock(state);
  const sheet = sheets.get(SHEET.units);
  if (!sheet || block.length === 0) return;
  sheet.getRange(2, UNIT_HEADERS.length + 1, block.length, block[0].length).setValues(block);
}

/**
 * Recomputes `Tổng hợp` from row 1: one read of column A (how tall the table and the grid are,
 * and whether the sheet has this layout), one write of the values and its formats, the chart
 * re-ranged. A sheet an earlier layout made is laid out anew first; one too short grows first.
 */
export function writeSummary(sheets: WorkbookSheets, campaign: Campaign, state: WorkbookState, at: Date = new Date()): void {
  const sheet = sheets.get(SHEET.summary);
  if (!sheet) return;
  const table = summaryTableOf(campaign, summarizeDistrict(campaign, (unit) => state.chapters.get(unit.id) ?? []), at);
  const columnA = sheet.getRange('A:A').getValues();
  const maxRows = columnA.length;
  let lastRow = maxRows;
  while (lastRow > 0 && isBlankRow(columnA[lastRow - 1])) lastRow--;
  const earlier = !isSummaryTitle(columnA[0] ?? []);
  // Setup leaves a little room below the units; more units than that need more rows.
  if (table.rows.length > maxRows) sheet.insertRowsAfter(maxRows, table.rows.length - maxRows + GROWTH_ROWS);
  if (earlier) {
    const width = table.rows[0].length;
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  }
  // An earlier layout's rows ran to its last row in every column; a longer earlier table is emptied below.
  writeSummaryTable(sheet, campaign, table, Math.max(table.rows.length, earlier ? lastRow + 1 : lastRow));
  if (earlier) layOutSummary(sheet, campaign, true);
  placeSummaryChart(sheet, campaign, table);
}
