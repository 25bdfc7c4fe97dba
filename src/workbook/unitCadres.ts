import type { Cadre } from '../domain/campaign';
import { exactKey } from '../domain/text';
import { cellText, columnIndex } from './cells';
import { CADRE_ID_HEADER } from './layout';

/**
 * `Đơn vị` shows each unit's cadre by name (chosen from the names of `Cán bộ`) and keeps the id in
 * the hidden `Mã cán bộ` column. The name is what the office sees and changes, so it wins over a
 * stale id; the id only tells apart two cadres of the same name. A workbook set up before names
 * were shown holds ids in the name column: an id found in `Cán bộ` is taken as it is.
 */
export type CadreResolution = { ok: true; id: string } | { ok: false; problem: 'unknown' | 'ambiguous'; text: string };

type Named = Pick<Cadre, 'id' | 'name'>;

export function resolveCadre(shown: string, storedId: string, cadres: readonly Named[]): CadreResolution {
  const text = shown.trim();
  if (text === '') return { ok: true, id: '' };
  const key = exactKey(text);
  const named = cadres.filter((cadre) => cadre.name !== '' && exactKey(cadre.name) === key);
  if (named.length === 1) return { ok: true, id: named[0].id };
  if (named.length > 1) {
    const chosen = named.find((cadre) => cadre.id === storedId.trim());
    return chosen ? { ok: true, id: chosen.id } : { ok: false, problem: 'ambiguous', text };
  }
  const byId = cadres.find((cadre) => cadre.id === text);
  return byId ? { ok: true, id: byId.id } : { ok: false, problem: 'unknown', text };
}

/** The 0-based column of the hidden cadre ids in `Đơn vị`'s header; -1 in a workbook set up before it. */
export function cadreIdColumn(header: readonly unknown[]): number {
  return columnIndex(header, CADRE_ID_HEADER);
}

/** The id a row's hidden column keeps ('' when there is no such column). */
export function storedCadreId(row: readonly unknown[], column: number): string {
  return column < 0 ? '' : cellText(row[column]);
}

/** Names held by more than one cadre, each with the ids that share it, for setup and the self-check to warn about. */
export function sharedCadreNames(cadres: readonly Named[]): { name: string; ids: string[] }[] {
  const groups = new Map<string, Named[]>();
  for (const cadre of cadres) {
    if (cadre.name.trim() === '') continue;
    const key = exactKey(cadre.name);
    groups.set(key, [...(groups.get(key) ?? []), cadre]);
  }
  return [...groups.values()].filter((group) => group.length > 1).map((group) => ({ name: group[0].name.trim(), ids: group.map((cadre) => cadre.id) }));
}
