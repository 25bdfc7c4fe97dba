import { signerWarning } from '../notices/signerWarning';
import * as z from 'zod/mini';
import { parseCampaignJson, type Campaign, type CampaignResult } from '../../domain/campaign';
import { parseStored } from '../../domain/storedJson';
import type { KeyValueStore } from '../../gas/properties';
import { DEFAULT_CAMPAIGN } from '../../domain/defaultCampaign';
import { assessUnit } from '../../domain/unitStatus';
import { createLogSheet, createSummarySheet } from '../../workbook/createWorkbook';
import { createVisitsSheet, VISITS_SHEET } from '../../workbook/visitsSheet';
import { ensureIntakeColumns } from '../../workbook/intakeCodes';
import { readIntakeIndex } from '../../workbook/intakeIndex';
import { SHEET, UNIT_HEADERS } from '../../workbook/layout';
import { SHEET_UNDER_CONSTRUCTION } from '../../workbook/sheetBuilder';
import { readStagedSetup, stageSetup } from '../../workbook/setupStaging';
import { EDITABLE_SHEETS, loadCampaignAndUnits, loadState, SETUP_STAGING_SHEET, type ListedSheets, type WorkbookSheets } from '../../workbook/sheets';
import { createUnitTab, createUnitTemplate, UNIT_TEMPLATE_SHEET, unitTabRows } from '../../workbook/unitTabTemplate';
import { unitStatusCells } from '../../workbook/unitsSheet';
import { sharedCadreNames } from '../../workbook/unitCadres';
import { workbookMessages } from '../../workbook/messages';
import { planPilotsIn } from '../visits/pilotRows';
import { buildFirstWorkbook, removeLeftovers, removeSheet, type SetupDeps } from './setupBuild';
import { adoptRenamedTabs, recordUnitTabs } from './setupTabs';

export type { SetupDeps } from './setupBuild';

/** When the daily deadline check runs: the campaign's reminder hour in its time zone. */
export interface DailySchedule {
  hour: number;
  timeZone: string;
}

const scheduleOf = (campaign: Campaign): DailySchedule => ({ hour: campaign.reminders.hour, timeZone: campaign.timeZone });

export type SetupOutcome =
  | { kind: 'created'; units: number; schedule: DailySchedule; cadres: Campaign['cadres']; signerWarning: string | null; cadreWarning: string | null }
  /** A first setup this run could not finish: its continuation carries it on. */
  | { kind: 'building'; unitTabs: number; units: number }
  | {
      kind: 'extended';
      addedUnits: string[];
      addedIds: string[];
      /** System sheets that had been deleted and were made again (`Tổng hợp`, the logs). */
      recreated: string[];
      schedule: DailySchedule;
      cadres: Campaign['cadres'];
      /** Letters would go unsigned, or signed with the sample name (signerWarning.ts). */
      signerWarning: string | null;
      /** Cadres sharing a name, which the dropdown of `Đơn vị` cannot tell apart (unitCadres.ts). */
      cadreWarning: string | null;
    }
  /** Nothing is set up and no campaign was given (a look before the setup dialog asks for one). */
  | { kind: 'needsCampaign' }
  | { kind: 'invalidCampaign'; errors: string[] }
  | { kind: 'invalidWorkbook'; errors: string[] }
  | { kind: 'partialWorkbook'; missing: string[] };

/** Campaign text from the setup dialog or the CLI; empty means the built-in 2016 Núi Thành plan. */
export function campaignFromText(text: string | null | undefined): CampaignResult {
  return text && text.trim() ? parseCampaignJson(text) : { ok: true, campaign: DEFAULT_CAMPAIGN };
}

/** Whether setup will ask for a campaign (first run) or only go on with, or extend, what exists. */
export function needsCampaign(sheets: WorkbookSheets): boolean {
  return !sheets.has(SETUP_STAGING_SHEET) && EDITABLE_SHEETS.every((name) => !sheets.has(name));
}

/**
 * The first run records the campaign (a hidden sheet, one write), then builds the workbook from
 * it as far as the run's time allows; every later run, and the continuation trigger, goes on from
 * what is there until it is complete. Afterwards `Cấu hình`, `Đơn vị` and `Cán bộ` are the
 * source, and setup only adds what is missing (tabs of units added to `Đơn vị`, a deleted log or
 * summary sheet). It never rewrites a cell that exists. Nothing is touched when input is invalid.
 * `campaignText` null: none was given (the continuation, the look before the dialog).
 */
export function runSetup(sheets: ListedSheets, deps: SetupDeps, campaignText: string | null): SetupOutcome {
  const staging = sheets.get(SETUP_STAGING_SHEET);
  let staged = staging ? readStagedSetup(staging) : null;
  const present = EDITABLE_SHEETS.filter((name) => sheets.has(name));
  if (!staged && (staging || present.length === 0)) {
    if (campaignText === null) return { kind: 'needsCampaign' };
    const result = campaignFromText(campaignText);
    if (!result.ok) return { kind: 'invalidCampaign', errors: result.errors };
    // A staging sheet that is not whole: the run that made it died before its one write.
    removeSheet(sheets, SETUP_STAGING_SHEET);
    staged = { campaignText, blankSheet: blankSheetOf(sheets) };
    sheets.add(stageSetup(sheets.ss, staged, sheets.count), SETUP_STAGING_SHEET);
  }
  if (staged) return continueFirstSetup(sheets, deps, staged.campaignText, staged.blankSheet);
  if (present.length < EDITABLE_SHEETS.length) {
    return { kind: 'partialWorkbook', missing: EDITABLE_SHEETS.filter((name) => !sheets.has(name)) };
  }
  const result = loadCampaignAndUnits(sheets);
  if (!result.ok) return { kind: 'invalidWorkbook', errors: result.errors };
  const { added, recreated } = extendWorkbook(sheets, result.campaign, result.unitRows, deps);
  // A pilot the office added in `Cấu hình` gets its planned row (none twice: pilotRows.ts).
  planPilotsIn(sheets, deps.rules, result.campaign);
  return {
    kind: 'extended',
    addedUnits: added.map((unit) => unit.short),
    addedIds: added.map((unit) => unit.id),
    recreated,
    schedule: scheduleOf(result.campaign),
    cadres: result.campaign.cadres,
    signerWarning: signerWarning(result.campaign.signer),
    cadreWarning: cadreWarning(result.campaign.cadres),
  };
}

/** A new spreadsheet comes with one empty sheet: its name, to delete it once the workbook's sheets exist; '' when there is none. */
function blankSheetOf(sheets: ListedSheets): string {
  const others = sheets.names.filter((name) => name !== SETUP_STAGING_SHEET && name !== SHEET_UNDER_CONSTRUCTION);
  if (others.length !== 1) return '';
  return sheets.get(others[0])?.getLastRow() === 0 ? others[0] : '';
}

function continueFirstSetup(sheets: ListedSheets, deps: SetupDeps, campaignText: string, blankSheet: string): SetupOutcome {
  const result = campaignFromText(campaignText);
  // The text was checked before it was staged; a staged text the code now refuses is reported the same way.
  if (!result.ok) return { kind: 'invalidCampaign', errors: result.errors };
  const { campaign } = result;
  // Scheduled before any work: a run that dies midway still has its continuation (cancelled once the setup ends, main.ts).
  deps.continuation.schedule();
  sheets.ss.setSpreadsheetTimeZone(campaign.timeZone);
  const progress = buildFirstWorkbook(sheets, campaign, blankSheet, deps);
  if (!progress.complete) return { kind: 'building', unitTabs: progress.unitTabs, units: progress.units };
  // The pilots' planned visits, once every sheet is there (a continuation that ends the build makes them).
  planPilotsIn(sheets, deps.rules, campaign);
  return {
    kind: 'created',
    units: campaign.units.length,
    schedule: scheduleOf(campaign),
    cadres: campaign.cadres,
    signerWarning: signerWarning(campaign.signer),
    cadreWarning: cadreWarning(campaign.cadres),
  };
}

function cadreWarning(cadres: Campaign['cadres']): string | null {
  const shared = sharedCadreNames(cadres);
  return shared.length === 0 ? null : workbookMessages.sharedCadreNames(shared);
}

/**
 * Adds what a set-up workbook lacks: `Tổng hợp` (from the tabs as they are) and the logs if they
 * were deleted, and a tab for each unit of `Đơn vị` that has none, with that unit's status cells
 * (written first: a run that dies before the tab's name is given writes them again, the same).
 */
function extendWorkbook(sheets: ListedSheets, campaign: Campaign, unitRows: unknown[][], deps: SetupDeps): { added: Campaign['units']; recreated: string[] } {
  const ss = sheets.ss;
  removeLeftovers(sheets);
  // Before anything looks for what is missing: a renamed tab is its unit's, not missing.
  adoptRenamedTabs(sheets, campaign.units);
  const recreated: string[] = [];
  if (!sheets.has(SHEET.summary)) {
    const state = loadState(sheets);
    const chapters = state.ok ? state.state.chapters : new Map();
    sheets.add(createSummarySheet(ss, state.ok ? state.state.campaign : campaign, 0, (unit) => chapters.get(unit.id) ?? []), SHEET.summary);
    recreated.push(SHEET.summary);
  }
  for (const name of [SHEET.intakeLog, SHEET.outboxLog] as const) {
    if (sheets.has(name)) continue;
    sheets.add(createLogSheet(ss, name, logIndex(sheets, name)), name);
    recreated.push(name);
  }
  if (!sheets.has(VISITS_SHEET)) {
    // Before the logs, as a first setup places it; an older workbook gains it here.
    const log = sheets.get(SHEET.intakeLog);
    sheets.add(createVisitsSheet(ss, deps.rules, log ? log.getIndex() - 1 : ss.getNumSheets()), VISITS_SHEET);
    recreated.push(VISITS_SHEET);
  }
  // A log made before `Số hiệu` and `Mã Gmail` gets them, its rows kept.
  const intakeLog = sheets.get(SHEET.intakeLog);
  if (intakeLog) ensureIntakeColumns(intakeLog, () => readIntakeIndex(intakeLog, campaign.timeZone));
  const missing = campaign.units.filter((unit) => !sheets.has(unit.short));
  // Units an earlier run added whose form sections it may not have started: added again, as far as the form goes.
  const pending = new Set(pendingUnits(deps.store));
  const added = campaign.units.filter((unit) => pending.has(unit.id) || missing.includes(unit));
  if (missing.length === 0) {
    recordUnitTabs(sheets, campaign.units, new Map(), { unitValues: unitRows, recheck: pending });
    // The template of a run that died after its last tab.
    removeSheet(sheets, UNIT_TEMPLATE_SHEET);
    return { added, recreated };
  }
  deps.store.set(PENDING_UNITS_KEY, JSON.stringify(added.map((unit) => unit.id)));
  const codes = campaign.periods.map((p) => p.code);
  const gridRows = unitTabRows(missing);
  const template = sheets.get(UNIT_TEMPLATE_SHEET) ?? createUnitTemplate(ss, campaign, deps.rules, gridRows, ss.getNumSheets());
  sheets.add(template, UNIT_TEMPLATE_SHEET);
  const insertAt = insertionIndexForUnitTabs(sheets);
  const made = new Map<string, number>();
  missing.forEach((unit, i) => {
    const row = unitRows.findIndex((values) => String(values[0]).trim() === unit.id);
    const status = [unitStatusCells(assessUnit([], codes), null)];
    sheets.get(SHEET.units)?.getRange(row + 1, UNIT_HEADERS.length + 1, 1, status[0].length).setValues(status);
    const tab = createUnitTab(ss, template, campaign, unit, gridRows, insertAt + i);
    made.set(unit.id, tab.getSheetId());
    sheets.add(tab, unit.short);
  });
  recordUnitTabs(sheets, campaign.units, made, { unitValues: unitRows, recheck: pending });
  removeSheet(sheets, UNIT_TEMPLATE_SHEET);
  return { added, recreated };
}

/**
 * Script property: the ids of the units setup added tabs for, recorded before the first tab and
 * cleared once the form's build has started for them (`formStartedForAddedUnits`): a run that dies
 * between the two leaves the next run knowing which units still need their sections.
 */
export const PENDING_UNITS_KEY = 'setupAddedUnits';

function pendingUnits(store: KeyValueStore): string[] {
  return parseStored(z.array(z.string()), store.get(PENDING_UNITS_KEY)) ?? [];
}

export function formStartedForAddedUnits(store: KeyValueStore): void {
  if (store.get(PENDING_UNITS_KEY)) store.set(PENDING_UNITS_KEY, '');
}

/** A recreated log goes back between the unit tabs and `Cán bộ`: the intake log first. */
function logIndex(sheets: WorkbookSheets, name: typeof SHEET.intakeLog | typeof SHEET.outboxLog): number {
  const intake = sheets.get(SHEET.intakeLog);
  if (name === SHEET.outboxLog && intake) return intake.getIndex();
  const next = (name === SHEET.intakeLog ? sheets.get(SHEET.outboxLog) : undefined) ?? sheets.get(SHEET.cadres);
  return next ? next.getIndex() - 1 : sheets.ss.getNumSheets();
}

/** New unit tabs go just before `Nhật ký nhận`, after the existing unit tabs. */
function insertionIndexForUnitTabs(sheets: ListedSheets): number {
  const log = sheets.get(SHEET.intakeLog);
  return log ? log.getIndex() - 1 : sheets.count;
}
