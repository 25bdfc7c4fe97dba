import { SHEET } from './layout';
import { campaignFromSheets, type EditableSheets } from './readCampaign';
import { readChapterRows, type ChapterRow } from './unitTab';
import { readUnitTab } from './gridRead';
import { tabIdsByName } from './unitTabIds';
import type { Campaign, CampaignResult } from '../domain/campaign';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheets of the workbook by name, each looked up at most once per execution. A unit tab is found
 * by its name first, then, when no sheet has that name, by the sheet id `Đơn vị` records for it
 * (one call more, only then): a tab the office renamed by hand is still its unit's.
 */
export interface WorkbookSheets {
  ss: Spreadsheet;
  get(name: string): Sheet | undefined;
  has(name: string): boolean;
  /** The sheet if this execution already looked it up (null: looked up, missing), without a call; undefined when not yet. */
  peek(name: string): Sheet | null | undefined;
  /** Remembers a sheet this execution created. */
  add(sheet: Sheet, name: string): void;
  /** Forgets a sheet this execution deleted. */
  forget(name: string): void;
  /** The unit tabs' sheet ids by tab name, from `Đơn vị` as read (every reader of `Đơn vị` passes them on: see noteTabIds). */
  knowTabIds(ids: ReadonlyMap<string, number>): void;
  /** Whether the sheet known by `name` was found by its id, under another name. */
  foundById(name: string): boolean;
}

function sheetCache(ss: Spreadsheet, known: Map<string, Sheet | null>, lookup: (name: string) => Sheet | null): WorkbookSheets {
  const tabIds = new Map<string, number>();
  const byId = new Set<string>();
  const find = (name: string): Sheet | null => {
    const named = lookup(name);
    const id = tabIds.get(name);
    if (named || id === undefined) return named;
    const sheet = ss.getSheetById(id);
    if (sheet) byId.add(name);
    return sheet;
  };
  const get = (name: string) => {
    if (!known.has(name)) known.set(name, find(name));
    return known.get(name) ?? undefined;
  };
  return {
    ss,
    get,
    has: (name) => get(name) !== undefined,
    peek: (name) => known.get(name),
    add: (sheet, name) => {
      known.set(name, sheet);
      byId.delete(name);
    },
    forget: (name) => {
      known.set(name, null);
      byId.delete(name);
    },
    knowTabIds: (ids) => ids.forEach((id, name) => tabIds.set(name, id)),
    foundById: (name) => byId.has(name),
  };
}

/** Passes the tab ids of `Đơn vị` as read (header included) on to `sheets`; returns the values. */
export function noteTabIds<T extends readonly (readonly unknown[])[]>(sheets: WorkbookSheets, unitValues: T): T {
  sheets.knowTabIds(tabIdsByName(unitValues));
  return unitValues;
}

/**
 * Every sheet, listed once (one getSheets() and one getName() per sheet): for setup, which must
 * know every tab by name and has no cheaper way to (Apps Script reads a sheet's name only from the
 * sheet, one call each). `names` in the workbook's order, as listed.
 */
export type ListedSheets = WorkbookSheets & { count: number; names: readonly string[] };

export function listSheets(ss: Spreadsheet): ListedSheets {
  const sheets = ss.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const known = new Map<string, Sheet | null>(sheets.map((sheet, i) => [names[i], sheet]));
  return { ...sheetCache(ss, known, () => null), count: sheets.length, names };
}

/** Sheets looked up by name on first use: a use case touching a few sheets pays for those only. */
export function openSheets(ss: Spreadsheet): WorkbookSheets {
  return sheetCache(ss, new Map(), (name) => ss.getSheetByName(name));
}

/** A sheet's data region in one read; `[]` for a missing or empty sheet. */
export function readSheet(sheet: Sheet | undefined): unknown[][] {
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  return values.length === 1 && values[0].every((cell) => cell === '') ? [] : values;
}

export const EDITABLE_SHEETS = [SHEET.config, SHEET.units, SHEET.cadres] as const;

/**
 * Where a first setup keeps the campaign it is building from until the workbook is complete (a
 * hidden sheet: the campaign of 400 units is far over a script property's 9 kB). While it
 * exists the workbook is being set up, not set up.
 */
export const SETUP_STAGING_SHEET = 'Thiết lập đang chạy (tạm)';

export function isSetUp(sheets: WorkbookSheets): boolean {
  return EDITABLE_SHEETS.every((name) => sheets.has(name)) && !sheets.has(SETUP_STAGING_SHEET);
}

/**
 * The campaign from `Cấu hình`, `Đơn vị` and `Cán bộ` (three reads). Units' `chapters` are left
 * empty: they live in the unit tabs, which `loadState` reads.
 */
export function loadCampaign(sheets: WorkbookSheets): CampaignResult {
  return campaignFromSheets(readEditableSheets(sheets), () => []);
}

/** The campaign and `Đơn vị` as read (header included): its status columns say what each unit owes. */
export type CampaignAndUnits = { ok: true; campaign: Campaign; unitRows: unknown[][] } | { ok: false; errors: string[] };

export function loadCampaignAndUnits(sheets: WorkbookSheets): CampaignAndUnits {
  const editable = readEditableSheets(sheets);
  const result = campaignFromSheets(editable, () => []);
  return result.ok ? { ok: true, campaign: result.campaign, unitRows: editable.units } : result;
}

function readEditableSheets(sheets: WorkbookSheets): EditableSheets {
  return {
    config: readSheet(sheets.get(SHEET.config)),
    units: noteTabIds(sheets, readSheet(sheets.get(SHEET.units))),
    cadres: readSheet(sheets.get(SHEET.cadres)),
  };
}

/** The campaign with every unit's chapters, and the chapter rows of each unit tab (one read per tab, no lookup: see gridRead.ts). */
export interface WorkbookState {
  campaign: Campaign;
  chapters: Map<string, ChapterRow[]>;
  /** `Đơn vị` as read, header included: the status columns are rewritten from it. */
  unitRows: unknown[][];
}

export type StateResult = { ok: true; state: WorkbookState } | { ok: false; errors: string[] };

export function loadState(sheets: WorkbookSheets): StateResult {
  const editable = readEditableSheets(sheets);
  const result = campaignFromSheets(editable, () => []);
  if (!result.ok) return result;
  const chapters = new Map<string, ChapterRow[]>();
  const units = result.campaign.units.map((unit) => {
    const rows = readChapterRows(readUnitTab(sheets, unit.short, result.campaign).values, result.campaign);
    chapters.set(unit.id, rows);
    return { ...unit, chapters: rows.map((row) => row.name) };
  });
  return { ok: true, state: { campaign: { ...result.campaign, units }, chapters, unitRows: editable.units } };
}
