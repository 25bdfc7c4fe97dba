/**
 * How long one hold of the script lock should last while a run works through items (a poll's
 * messages, a deadline check's letters): a form submit or a sidebar call waiting meanwhile (they
 * wait up to 30 s) gets the lock soon.
 */
const TURN_TARGET_MS = 10_000;

/** Items the next hold takes, from what one item took so far: about TURN_TARGET_MS of work, at least one, at most `max`. */
export function itemsPerTurn(msPerItem: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(TURN_TARGET_MS / Math.max(msPerItem, 1))));
}
