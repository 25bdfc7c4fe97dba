import { lockMessages } from '../app/messages';

/**
 * How long a caller waits for another execution to finish. Holders keep the lock for one item at a
 * time (a message, a response, a sidebar read), so 30 s is ample; a longer wait means something is
 * stuck, and the caller is better told to try again (or left to the next poll).
 */
const LOCK_WAIT_MS = 30_000;
/**
 * Script property: a fresh token written by every execution that takes the lock to write. A long
 * run that finds its own token still there knows no one else wrote since its last turn, so what
 * it read then still holds and need not be read again.
 */
const TURN_KEY = 'SCRIPT_LOCK_TURN';

/** Calls nested inside a locked block neither wait again nor let go early (Apps Script does not count holds). */
let depth = 0;
/** Whether the current hold writes sheets: it then flushes before letting go. */
let holdWrites = false;

export type Locked<T> = { ok: true; value: T } | { ok: false };

export interface LockOptions {
  /**
   * The block writes no sheet (a sidebar view), or says so when it does (noteSheetWrites): no
   * flush, no turn token otherwise.
   */
  readOnly?: boolean;
}

/**
 * Inside a read-only hold that turned out to write (setup finding something to add): takes a
 * turn, so long runs read again, and flushes before letting go.
 */
export function noteSheetWrites(): void {
  if (depth === 0 || holdWrites) return;
  holdWrites = true;
  takeTurn(PropertiesService.getScriptProperties());
}

/** Runs `work` holding the script lock; `{ ok: false }` when another execution kept it past the wait. */
export function tryWithScriptLock<T>(work: () => T, options: LockOptions = {}): Locked<T> {
  const writes = !options.readOnly;
  return hold(() => {
    if (writes) takeTurn(PropertiesService.getScriptProperties());
    return work();
  }, writes);
}

/**
 * Runs `work` holding the script lock, so two executions never interleave their reads and writes.
 * When the lock cannot be had, throws `busyMessage` (Vietnamese: the sidebar shows it as it is).
 */
export function withScriptLock<T>(work: () => T, options: LockOptions & { busyMessage?: string } = {}): T {
  const result = tryWithScriptLock(work, options);
  if (!result.ok) throw new Error(options.busyMessage ?? lockMessages.busy);
  return result.value;
}

/**
 * The lock as a long run takes it, one item at a time: each turn is told whether another
 * execution took the lock to write since this run's previous turn (always true on the first).
 */
export type WithLock = <T>(work: (othersWrote: boolean) => T) => Locked<T>;

export function lockTurns(): WithLock {
  let mine: string | null = null;
  // One Properties object for the run's turns: asking PropertiesService again each turn is a call each.
  let properties: GoogleAppsScript.Properties.Properties | null = null;
  return <T>(work: (othersWrote: boolean) => T) =>
    hold(() => {
      properties ??= PropertiesService.getScriptProperties();
      const othersWrote = mine === null || properties.getProperty(TURN_KEY) !== mine;
      if (othersWrote) mine = takeTurn(properties);
      return work(othersWrote);
    }, true);
}

function hold<T>(work: () => T, writes: boolean): Locked<T> {
  if (depth > 0) return { ok: true, value: work() };
  const lock = LockService.getScriptLock();
  // tryLock, not waitLock: false is the timeout (the caller says so, or leaves it to the next run),
  // while a failing service still throws and fails the run.
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false };
  depth++;
  holdWrites = writes;
  try {
    return { ok: true, value: work() };
  } finally {
    depth--;
    const flush = holdWrites;
    holdWrites = false;
    try {
      // Pending writes reach the sheets before the next holder reads them.
      if (flush) SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/** Written before the work, so a run that dies half-way has already told the others. */
function takeTurn(properties: GoogleAppsScript.Properties.Properties): string {
  // Only ever compared for equality with what one execution wrote: no service call needed.
  const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  properties.setProperty(TURN_KEY, token);
  return token;
}
