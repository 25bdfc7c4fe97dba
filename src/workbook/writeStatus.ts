import type { Campaign } from '../domain/campaign';
import { summarizeDistrict } from '../domain/summary';
import { assessUnit } from '../domain/unitStatus';
import { cellDate, type Row } from './cells';
import { GROWTH_ROWS } from './gridRead';
import { SHEET, UNIT_HEADERS, unitStatusHeaders } from './layout';
import type { WorkbookSheets, WorkbookState } from './sheets';
import { TOTAL_BACKGROUND } from './styles';
import { summaryRows, SUMMARY_HEADER_ROWS } from './summarySheet';
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

/** Recomputes `Tổng hợp` below its two header rows: one clear, one write, the totals row in bold; grown first if too short. */
export function writeSummary(sheets: WorkbookSheets, campaign: Campaign, state: WorkbookState): void {
  const sheet = sheets.get(SHEET.summary);
  if (!sheet) return;
  const summary = summarizeDistrict(campaign, (unit) => state.chapters.get(unit.id) ?? []);
  const rows = summaryRows(campaign, summary);
  const width = rows[0].length;
  const lastRow = sheet.getLastRow();
  // Setup leaves a little room below the units; more units than that need more rows.
  const needed = SUMMARY_HEADER_ROWS + rows.length;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows + GROWTH_ROWS);
  if (lastRow > SUMMARY_HEADER_ROWS) {
    sheet.getRange(SUMMARY_HEADER_ROWS + 1, 1, lastRow - SUMMARY_HEADER_ROWS, width).clear();
  }
  sheet.getRange(SUMMARY_HEADER_ROWS + 1, 1, rows.length, width).setValues(rows);
  sheet.getRange(SUMMARY_HEADER_ROWS + rows.length, 1, 1, width).setFontWeight('bold').setBackground(TOTAL_BACKGROUND);
}
