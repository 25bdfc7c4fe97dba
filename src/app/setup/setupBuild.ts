import type { Campaign } from '../../domain/campaign';
import type { KeyValueStore } from '../../gas/properties';
import {
  createCadresSheet,
  createConfigSheet,
  createLogSheet,
  createSummarySheet,
  createUnitsSheet,
} from '../../workbook/createWorkbook';
import { SHEET } from '../../workbook/layout';
import { SHEET_UNDER_CONSTRUCTION, type RuleFactory } from '../../workbook/sheetBuilder';
import { SETUP_STAGING_SHEET, type ListedSheets } from '../../workbook/sheets';
import { createUnitTab, createUnitTemplate, UNIT_TEMPLATE_SHEET, unitTabRows } from '../../workbook/unitTabTemplate';
import { recordUnitTabs } from './setupTabs';
import { createVisitsSheet, VISITS_SHEET } from '../../workbook/visitsSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a setup run needs besides the workbook: the rule builders, its time, its continuation, the office's progress line. */
export interface SetupDeps {
  rules: RuleFactory;
  /** Milliseconds left of this execution's budget. */
  timeLeft: () => number;
  /** The one-off trigger that carries an unfinished first setup on. */
  continuation: { schedule(): void; cancel(): void };
  /** Called after each unit tab (the menu shows a toast now and then). */
  progress?: (done: number, total: number) => void;
  /** The script's properties: the units an extension added, until the form has their sections under way. */
  store: KeyValueStore;
}

/**
 * A sheet is started only when it and the end of the run still fit: a unit tab is ~8 calls
 * (0.8 s planned), a system sheet ~25; the rest is for the form's start and the run's messages.
 */
const SHEET_RESERVE_MS = 20_000;

export type BuildProgress = { complete: true } | { complete: false; unitTabs: number; units: number };

/**
 * A set of sheets to build, each committed under its name by its last call, so that any run can
 * pick up where the last one stopped: sheets under construction are leftovers of a run that died,
 * deleted first; sheets present under their names are done. Each new sheet goes where it belongs
 * among the committed ones (`order`), whatever the order they are built in.
 */
interface Plan {
  /** The workbook's order of the sheets this plan ends with. */
  order: readonly string[];
  /** The order they are built in (a sheet another one refers to comes first). */
  steps: readonly { name: string; unitTab: boolean; build: (index: number) => Sheet }[];
}

/** Deletes the sheet a run that died left under construction (one at most: sheets are built one at a time). */
export function removeLeftovers(sheets: ListedSheets): number {
  const left = sheets.has(SHEET_UNDER_CONSTRUCTION);
  removeSheet(sheets, SHEET_UNDER_CONSTRUCTION);
  return left ? 1 : 0;
}

/**
 * The first setup's workbook, as far as this run's time allows: `Cán bộ` and `Cấu hình` first
 * (the cadre dropdown of `Đơn vị` refers to `Cán bộ`), then in the office's order `Tổng hợp`,
 * `Đơn vị`, a tab per unit (copies of one template), the two logs. The template and the new
 * spreadsheet's empty sheet go once everything else is there.
 */
export function buildFirstWorkbook(sheets: ListedSheets, campaign: Campaign, blankSheet: string, deps: SetupDeps): BuildProgress {
  const ss = sheets.ss;
  let count = sheets.count - removeLeftovers(sheets);
  const gridRows = unitTabRows(campaign.units);
  const track = (sheet: Sheet, name: string): Sheet => {
    sheets.add(sheet, name);
    count++;
    return sheet;
  };
  let template: Sheet | undefined;
  const templateSheet = (): Sheet => {
    template ??= sheets.get(UNIT_TEMPLATE_SHEET) ?? track(createUnitTemplate(ss, campaign, deps.rules, gridRows, count), UNIT_TEMPLATE_SHEET);
    return template;
  };
  // Each tab's id as it is made (one call): recorded in `Đơn vị` in one write when the run stops.
  const made = new Map<string, number>();
  const tabs = campaign.units.map((unit) => ({
    name: unit.short,
    unitTab: true,
    build: (i: number) => {
      const tab = createUnitTab(ss, templateSheet(), campaign, unit, gridRows, i);
      made.set(unit.id, tab.getSheetId());
      return tab;
    },
  }));
  const plan: Plan = {
    order: [SHEET.summary, SHEET.units, ...campaign.units.map((unit) => unit.short), VISITS_SHEET, SHEET.intakeLog, SHEET.outboxLog, SHEET.cadres, SHEET.config],
    steps: [
      { name: SHEET.cadres, unitTab: false, build: (i) => createCadresSheet(ss, campaign, i) },
      { name: SHEET.config, unitTab: false, build: (i) => createConfigSheet(ss, campaign, i) },
      { name: SHEET.summary, unitTab: false, build: (i) => createSummarySheet(ss, campaign, i) },
      { name: SHEET.units, unitTab: false, build: (i) => createUnitsSheet(ss, campaign, deps.rules, i) },
      ...tabs,
      { name: VISITS_SHEET, unitTab: false, build: (i) => createVisitsSheet(ss, deps.rules, i) },
      { name: SHEET.intakeLog, unitTab: false, build: (i) => createLogSheet(ss, SHEET.intakeLog, i) },
      { name: SHEET.outboxLog, unitTab: false, build: (i) => createLogSheet(ss, SHEET.outboxLog, i) },
    ],
  };
  const units = campaign.units.length;
  let unitTabs = campaign.units.filter((unit) => sheets.has(unit.short)).length;
  for (const step of plan.steps) {
    if (sheets.has(step.name)) continue;
    if (deps.timeLeft() < SHEET_RESERVE_MS) {
      recordUnitTabs(sheets, campaign.units, made);
      return { complete: false, unitTabs, units };
    }
    const before = plan.order.slice(0, plan.order.indexOf(step.name)).filter((name) => sheets.has(name)).length;
    // The template is made before the first tab's index is used: it goes at the end, after every committed sheet.
    if (step.unitTab) templateSheet();
    track(step.build(before), step.name);
    if (step.unitTab) deps.progress?.(++unitTabs, units);
  }
  recordUnitTabs(sheets, campaign.units, made);
  removeSheet(sheets, UNIT_TEMPLATE_SHEET);
  const blank = blankSheet ? sheets.get(blankSheet) : undefined;
  // The new spreadsheet's own sheet, unless someone wrote in it meanwhile.
  if (blank && blank.getLastRow() === 0) removeSheet(sheets, blankSheet);
  return { complete: true };
}

export function removeSheet(sheets: ListedSheets, name: string): void {
  const sheet = sheets.get(name);
  if (!sheet) return;
  sheets.ss.deleteSheet(sheet);
  sheets.forget(name);
}

/** The last step of a first setup, once the form's build has started: the workbook is set up from now on. */
export function endStaging(sheets: ListedSheets): void {
  removeSheet(sheets, SETUP_STAGING_SHEET);
}
