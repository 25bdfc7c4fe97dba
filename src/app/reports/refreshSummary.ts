import type { Campaign } from '../../domain/campaign';
import { assessUnit } from '../../domain/unitStatus';
import { loadState, openSheets } from '../../workbook/sheets';
import { writeSummary, writeUnitStatus } from '../../workbook/writeStatus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RefreshOutcome = { ok: true; complete: number; total: number; cadres: Campaign['cadres'] } | { ok: false; errors: string[] };

/**
 * Recomputes `Tổng hợp` and the status columns of `Đơn vị` from every unit tab — what the office
 * runs after typing ratings by hand. One read per sheet, one write per target (Tổng hợp grows
 * when the units outgrow it).
 */
export function refreshSummaryIn(ss: Spreadsheet): RefreshOutcome {
  // Sheets looked up by name as needed: the unit tabs are read by A1 notation, with no lookup at all.
  const sheets = openSheets(ss);
  const result = loadState(sheets);
  if (!result.ok) return result;
  const { state } = result;
  writeUnitStatus(sheets, state);
  writeSummary(sheets, state.campaign, state);
  const codes = state.campaign.periods.map((p) => p.code);
  const complete = state.campaign.units.filter((unit) => assessUnit(state.chapters.get(unit.id) ?? [], codes).complete).length;
  return { ok: true, complete, total: state.campaign.units.length, cadres: state.campaign.cadres };
}
