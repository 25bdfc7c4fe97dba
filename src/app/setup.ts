import { parseCampaignJson, type Campaign, type CampaignResult } from '../domain/campaign';
import { DEFAULT_CAMPAIGN } from '../domain/defaultCampaign';
import { assessUnit } from '../domain/unitStatus';
import { createUnitTab, createWorkbook, unitTabRules } from '../workbook/createWorkbook';
import { SHEET, UNIT_HEADERS } from '../workbook/layout';
import type { RuleFactory } from '../workbook/sheetBuilder';
import { EDITABLE_SHEETS, isSetUp, loadCampaign, readSheet, type ListedSheets, type WorkbookSheets } from '../workbook/sheets';
import { unitStatusCells } from '../workbook/unitsSheet';

/** When the daily deadline check runs: the campaign's reminder hour in its time zone. */
export interface DailySchedule {
  hour: number;
  timeZone: string;
}

const scheduleOf = (campaign: Campaign): DailySchedule => ({ hour: campaign.reminders.hour, timeZone: campaign.timeZone });

export type SetupOutcome =
  | { kind: 'created'; units: number; schedule: DailySchedule; cadres: Campaign['cadres'] }
  | { kind: 'extended'; addedUnits: string[]; addedIds: string[]; schedule: DailySchedule; cadres: Campaign['cadres'] }
  | { kind: 'invalidCampaign'; errors: string[] }
  | { kind: 'invalidWorkbook'; errors: string[] }
  | { kind: 'partialWorkbook'; missing: string[] };

/** Campaign text from the setup dialog or the CLI; empty means the built-in 2016 Núi Thành plan. */
export function campaignFromText(text: string | null | undefined): CampaignResult {
  return text && text.trim() ? parseCampaignJson(text) : { ok: true, campaign: DEFAULT_CAMPAIGN };
}

/** Whether setup will ask for a campaign (first run) or only extend what exists. */
export function needsCampaign(sheets: WorkbookSheets): boolean {
  return !isSetUp(sheets) && EDITABLE_SHEETS.every((name) => !sheets.has(name));
}

/**
 * Builds the workbook on the first run; afterwards `Cấu hình`, `Đơn vị` and `Cán bộ` are the
 * source, and setup only adds what is missing (tabs of units added to `Đơn vị`, a deleted log or
 * summary sheet). It never rewrites a cell that exists. Nothing is touched when input is invalid.
 */
export function runSetup(sheets: ListedSheets, rules: RuleFactory, firstCampaign: () => CampaignResult): SetupOutcome {
  const ss = sheets.ss;
  const present = EDITABLE_SHEETS.filter((name) => sheets.has(name));
  if (present.length === 0) {
    const result = firstCampaign();
    if (!result.ok) return { kind: 'invalidCampaign', errors: result.errors };
    createWorkbook(ss, result.campaign, rules);
    return { kind: 'created', units: result.campaign.units.length, schedule: scheduleOf(result.campaign), cadres: result.campaign.cadres };
  }
  if (present.length < EDITABLE_SHEETS.length) {
    return { kind: 'partialWorkbook', missing: EDITABLE_SHEETS.filter((name) => !sheets.has(name)) };
  }
  const result = loadCampaign(sheets);
  if (!result.ok) return { kind: 'invalidWorkbook', errors: result.errors };
  const added = extendWorkbook(sheets, result.campaign, rules);
  return {
    kind: 'extended',
    addedUnits: added.map((unit) => unit.short),
    addedIds: added.map((unit) => unit.id),
    schedule: scheduleOf(result.campaign),
    cadres: result.campaign.cadres,
  };
}

/** Adds a tab for each unit of `Đơn vị` that has none, and fills that unit's status cells. */
function extendWorkbook(sheets: ListedSheets, campaign: Campaign, rules: RuleFactory): Campaign['units'] {
  const missing = campaign.units.filter((unit) => !sheets.has(unit.short));
  if (missing.length === 0) return [];
  const insertAt = insertionIndexForUnitTabs(sheets);
  const codes = campaign.periods.map((p) => p.code);
  const unitRows = readSheet(sheets.get(SHEET.units));
  const tabRules = unitTabRules(campaign, rules);
  missing.forEach((unit, i) => {
    createUnitTab(sheets.ss, campaign, unit, rules, tabRules, insertAt + i);
    const row = unitRows.findIndex((values) => String(values[0]).trim() === unit.id);
    const status = [unitStatusCells(assessUnit([], codes), null)];
    sheets.get(SHEET.units)?.getRange(row + 1, UNIT_HEADERS.length + 1, 1, status[0].length).setValues(status);
  });
  return missing;
}

/** New unit tabs go just before `Nhật ký nhận`, after the existing unit tabs. */
function insertionIndexForUnitTabs(sheets: ListedSheets): number {
  const log = sheets.get(SHEET.intakeLog);
  return log ? log.getIndex() - 1 : sheets.count;
}
