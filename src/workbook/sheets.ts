import { SHEET } from './layout';
import { campaignFromSheets, type EditableSheets } from './readCampaign';
import { readChapterRows, type ChapterRow } from './unitTab';
import type { Campaign, CampaignResult } from '../domain/campaign';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The workbook's sheets by name, listed once (one getSheets() and one getName() per sheet). */
export interface WorkbookSheets {
  ss: Spreadsheet;
  byName: Map<string, Sheet>;
}

export function listSheets(ss: Spreadsheet): WorkbookSheets {
  return { ss, byName: new Map(ss.getSheets().map((sheet) => [sheet.getName(), sheet])) };
}

/** A sheet's data region in one read; `[]` for a missing or empty sheet. */
export function readSheet(sheet: Sheet | undefined): unknown[][] {
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  return values.length === 1 && values[0].every((cell) => cell === '') ? [] : values;
}

export const EDITABLE_SHEETS = [SHEET.config, SHEET.units, SHEET.cadres] as const;

export function isSetUp(sheets: WorkbookSheets): boolean {
  return EDITABLE_SHEETS.every((name) => sheets.byName.has(name));
}

/**
 * The campaign from `Cấu hình`, `Đơn vị` and `Cán bộ` (three reads). Units' `chapters` are left
 * empty: they live in the unit tabs, which `loadState` reads.
 */
export function loadCampaign(sheets: WorkbookSheets): CampaignResult {
  return campaignFromSheets(readEditableSheets(sheets), () => []);
}

function readEditableSheets(sheets: WorkbookSheets): EditableSheets {
  return {
    config: readSheet(sheets.byName.get(SHEET.config)),
    units: readSheet(sheets.byName.get(SHEET.units)),
    cadres: readSheet(sheets.byName.get(SHEET.cadres)),
  };
}

/** The campaign with every unit's chapters, and the chapter rows of each unit tab (one read per tab). */
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
    const rows = readChapterRows(readSheet(sheets.byName.get(unit.short)), result.campaign);
    chapters.set(unit.id, rows);
    return { ...unit, chapters: rows.map((row) => row.name) };
  });
  return { ok: true, state: { campaign: { ...result.campaign, units }, chapters, unitRows: editable.units } };
}
