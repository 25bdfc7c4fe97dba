import { UNIT_KINDS, type Cadre, type Campaign, type Unit, type UnitKind } from '../domain/campaign';
import type { UnitProgress } from '../domain/unitStatus';
import { matchKey } from '../domain/text';
import { cellText, splitList, safeText, type CellValue, type Row } from './cells';
import { CADRE_HEADERS, UNIT_HEADERS, UNIT_KIND_LABELS } from './layout';
import { statusMessages } from './messages';

/** The editable cells of a unit's row; the cadre shown by name (its id goes in the hidden `Mã cán bộ`, see unitCadres.ts). */
export function unitRow(unit: Unit, cadreName: string = unit.cadre): Row {
  return [
    unit.id,
    safeText(unit.name),
    safeText(unit.short),
    UNIT_KIND_LABELS[unit.kind],
    safeText(unit.cluster),
    unit.emails.join(', '),
    safeText(unit.secretary),
    safeText(cadreName),
  ];
}

export function kindFromLabel(label: string): UnitKind | string {
  const key = matchKey(label);
  const kind = UNIT_KINDS.find((k) => matchKey(UNIT_KIND_LABELS[k]) === key || k === key);
  return kind ?? label;
}

/**
 * A unit as the `Đơn vị` sheet describes it; chapters come from its tab. `cadre` is the cell as
 * written (a name, or an id in an older workbook) until unitCadres.ts resolves it.
 */
export type UnitDraft = Omit<Unit, 'chapters'>;

export function readUnitRows(rows: readonly (readonly unknown[])[]): UnitDraft[] {
  return rows
    .filter((row) => cellText(row[0]) !== '')
    .map((row) => ({
      id: cellText(row[0]),
      name: cellText(row[1]),
      short: cellText(row[2]),
      kind: kindFromLabel(cellText(row[3])) as UnitKind,
      cluster: cellText(row[4]),
      emails: splitList(row[5]),
      secretary: cellText(row[6]),
      cadre: cellText(row[7]),
    }));
}

export function cadreRow(cadre: Cadre): Row {
  return [cadre.id, safeText(cadre.name), safeText(cadre.role), cadre.email];
}

export function readCadreRows(rows: readonly (readonly unknown[])[]): Cadre[] {
  return rows
    .filter((row) => cellText(row[0]) !== '')
    .map((row) => ({ id: cellText(row[0]), name: cellText(row[1]), role: cellText(row[2]), email: cellText(row[3]) }));
}

/** The status cells kept by the code at the right of a unit's row in `Đơn vị`. */
export function unitStatusCells(progress: UnitProgress, lastReceived: Date | null): CellValue[] {
  return [
    ...progress.periods.map((p) => statusMessages.periodProgress(p)),
    statusMessages.registration(progress.registration),
    progress.complete ? statusMessages.complete : statusMessages.incomplete,
    lastReceived ?? '',
  ];
}

export const UNIT_EDITABLE_WIDTH = UNIT_HEADERS.length;
export const CADRE_WIDTH = CADRE_HEADERS.length;

export function unitById(campaign: Pick<Campaign, 'units'>, id: string): Unit | undefined {
  return campaign.units.find((unit) => unit.id === id);
}
