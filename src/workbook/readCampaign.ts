import { validateCampaign, type CampaignResult } from '../domain/campaign';
import { configRowOf, readConfigRows } from './configSheet';
import { CADRE_HEADERS, SHEET, UNIT_HEADERS } from './layout';
import { readCadreRows, readUnitRows } from './unitsSheet';

/** The three editable sheets, as getValues() returned them (header row included). */
export interface EditableSheets {
  config: unknown[][];
  units: unknown[][];
  cadres: unknown[][];
}

const UNIT_FIELDS = ['id', 'name', 'short', 'kind', 'cluster', 'emails', 'secretary', 'cadre'];
const CADRE_FIELDS = ['id', 'name', 'role', 'email'];

/** Points a campaign field at the cell the office edits: `trang "Đơn vị", dòng 5, cột "Email"`. */
export function locateField(path: readonly PropertyKey[]): string | null {
  const [head, index, field] = path;
  if (head === 'units' && typeof index === 'number') {
    const column = UNIT_FIELDS.indexOf(String(field));
    const where = `trang "${SHEET.units}", dòng ${index + 2}`;
    if (field === 'chapters') return `trang của đơn vị ở dòng ${index + 2} trang "${SHEET.units}", cột "Chi đoàn"`;
    return column >= 0 ? `${where}, cột "${UNIT_HEADERS[column]}"` : where;
  }
  if (head === 'cadres' && typeof index === 'number') {
    const column = CADRE_FIELDS.indexOf(String(field));
    const where = `trang "${SHEET.cadres}", dòng ${index + 2}`;
    return column >= 0 ? `${where}, cột "${CADRE_HEADERS[column]}"` : where;
  }
  const key = path.filter((part) => typeof part === 'string').join('.');
  const row = configRowOf(key);
  return row ? `trang "${SHEET.config}", dòng ${row}` : null;
}

/**
 * The campaign as the workbook now says it is. `chaptersOf` gives each unit's chapters from its
 * tab; callers that do not need chapters pass a function returning [] and skip those reads.
 */
export function campaignFromSheets(sheets: EditableSheets, chaptersOf: (short: string) => string[]): CampaignResult {
  const draft = readConfigRows(sheets.config.slice(1));
  const units = readUnitRows(sheets.units.slice(1)).map((unit) => ({ ...unit, chapters: chaptersOf(unit.short) }));
  const cadres = readCadreRows(sheets.cadres.slice(1));
  return validateCampaign({ ...draft, units, cadres }, locateField);
}
