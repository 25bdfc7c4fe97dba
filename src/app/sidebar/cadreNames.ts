import { parseStringRecord } from '../../domain/storedJson';
import type { KeyValueStore } from '../../gas/properties';

const KEY = 'cadreNames';
/** Under the 9 KB a property value may hold (a district has tens of cadres, not hundreds). */
const MAX_LENGTH = 8_000;

/**
 * Cadre names by id, as last read from `Cán bộ` (by setup, the summary refresh and every unit
 * detail): the dashboard names cadres from here instead of reading a fourth sheet. A name edited
 * in `Cán bộ` shows there once one of those has run again.
 */
export function rememberCadreNames(store: KeyValueStore, cadres: readonly { id: string; name: string }[]): void {
  const value = JSON.stringify(Object.fromEntries(cadres.filter((c) => c.id && c.name).map((c) => [c.id, c.name])));
  if (value.length > MAX_LENGTH || store.get(KEY) === value) return;
  store.set(KEY, value);
}

/** The names remembered; an id missing here is shown as it is. */
export function knownCadreNames(store: KeyValueStore): Map<string, string> {
  return new Map(Object.entries(parseStringRecord(store.get(KEY))));
}
