import { validateCampaign, type Cadre, type CampaignResult } from '../domain/campaign';
import { describeCustom, fieldSubject } from '../domain/messages';
import { configRowOf, readConfigValues } from './configSheet';
import { cellText } from './cells';
import { CADRE_HEADERS, SHEET, UNIT_HEADERS } from './layout';
import { workbookMessages } from './messages';
import { cadreIdColumn, resolveCadre, storedCadreId } from './unitCadres';
import { readCadreRows, readUnitRows, type UnitDraft } from './unitsSheet';

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
  const draft = readConfigValues(sheets.config);
  const cadres = readCadreRows(sheets.cadres.slice(1));
  const { units: drafts, errors: cadreErrors } = unitsWithCadreIds(sheets.units, cadres);
  const units = drafts.map((unit) => ({ ...unit, chapters: chaptersOf(unit.short) }));
  const result = validateCampaign({ ...draft, units, cadres }, locateField);
  if (cadreErrors.size === 0) return result;
  // A name that names no cadre is said as such, not again as an unknown id.
  const others = result.ok ? [] : result.errors.filter((error) => ![...cadreErrors.keys()].some((path) => error.startsWith(path)));
  return { ok: false, errors: [...cadreErrors.values(), ...others] };
}

/**
 * The units of `Đơn vị` as read (header included), each cadre resolved from the name shown to its
 * id (unitCadres.ts); a name that resolves to none is kept as written and explained, by its path.
 */
export function unitsWithCadreIds(values: readonly (readonly unknown[])[], cadres: readonly Cadre[]): { units: UnitDraft[]; errors: Map<string, string> } {
  const column = cadreIdColumn(values[0] ?? []);
  const rows = values.slice(1).filter((row) => cellText(row[0]) !== '');
  const errors = new Map<string, string>();
  const units = readUnitRows(rows).map((unit, i) => {
    const resolution = resolveCadre(unit.cadre, storedCadreId(rows[i], column), cadres);
    if (resolution.ok) return { ...unit, cadre: resolution.id };
    const path = ['units', i, 'cadre'];
    const reason = resolution.problem === 'unknown' ? workbookMessages.unknownCadreName(resolution.text) : workbookMessages.ambiguousCadreName(resolution.text);
    errors.set(`units[${i}].cadre`, describeCustom(path, reason, locateField(path), fieldSubject(['units', 0, 'cadre'], { units: [unit] })));
    return unit;
  });
  return { units, errors };
}
