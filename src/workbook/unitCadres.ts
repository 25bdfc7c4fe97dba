import { ID, type Cadre } from '../domain/campaign';
import { exactKey } from '../domain/text';
import { cellText, columnIndex } from './cells';
import { CADRE_ID_HEADER } from './layout';

/**
 * `Đơn vị` shows each unit's cadre by name (chosen from the names of `Cán bộ`) and keeps the id in
 * the hidden `Mã cán bộ` column. The name is what the office sees and changes, so it wins over a
 * stale id; the id only tells apart two cadres of the same name, and keeps a unit with its cadre
 * when the cadre is renamed in `Cán bộ` (the name shown is then the former one). A workbook set up
 * before names were shown holds ids in the name column: an id found in `Cán bộ` is taken as it is.
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
  if (byId) return { ok: true, id: byId.id };
  // A former name (the cadre renamed since), not an id typed by hand: the hidden id still says who.
  const renamed = ID.test(text) ? undefined : cadres.find((cadre) => cadre.id === storedId.trim());
  return renamed ? { ok: true, id: renamed.id } : { ok: false, problem: 'unknown', text };
}

/**
 * The cadre's id when the cadres at hand may be incomplete (the sidebar names them from those last
 * read): resolved if it can be, else what the cell holds when it is an id, else the hidden id.
 */
export function likelyCadreId(shown: string, storedId: string, cadres: readonly Named[]): string {
  const resolution = resolveCadre(shown, storedId, cadres);
  if (resolution.ok) return resolution.id;
  return ID.test(resolution.text) ? resolution.text : storedId.trim() || resolution.text;
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
