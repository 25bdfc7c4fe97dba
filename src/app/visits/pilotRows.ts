import type { Campaign } from '../../domain/campaign';
import { missingPilotRows, type PilotUnit } from '../../domain/pilots';
import type { RuleFactory } from '../../workbook/sheetBuilder';
import type { WorkbookSheets } from '../../workbook/sheets';
import { ensureVisitsSheet, readVisits, writeVisits, type VisitBook } from '../../workbook/visitsSheet';

/** The units the pilots name, as their planned rows show them (the campaign's chapters when it lists them). */
function pilotUnits(campaign: Pick<Campaign, 'units' | 'cadres' | 'pilots'>): PilotUnit[] {
  const ids = new Set(campaign.pilots.map((pilot) => pilot.unit));
  return campaign.units
    .filter((unit) => ids.has(unit.id))
    .map((unit) => ({ id: unit.id, name: unit.name, chapters: unit.chapters, cadreName: campaign.cadres.find((c) => c.id === unit.cadre)?.name ?? '' }));
}

/**
 * Adds to the book the planned rows its pilots lack (in memory; the caller writes once). Returns
 * how many: 0 when every pilot has a row of its month, so a re-run adds nothing.
 */
export function addPilotRows(book: VisitBook, campaign: Pick<Campaign, 'units' | 'cadres' | 'pilots'>, changed: Set<number>): number {
  if (campaign.pilots.length === 0) return 0;
  const rows = missingPilotRows(campaign.pilots, pilotUnits(campaign), book.visits);
  for (const row of rows) {
    changed.add(book.visits.length);
    book.visits.push(row);
  }
  return rows.length;
}

/** Setup's step: `Đi cơ sở` read once, the missing planned rows written once (none: no write). */
export function planPilotsIn(sheets: WorkbookSheets, rules: RuleFactory | null, campaign: Campaign): number {
  if (campaign.pilots.length === 0) return 0;
  const book = readVisits(ensureVisitsSheet(sheets, rules));
  const changed = new Set<number>();
  const added = addPilotRows(book, campaign, changed);
  writeVisits(book, changed);
  return added;
}
