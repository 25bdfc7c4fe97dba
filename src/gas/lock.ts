/** Long enough for a poll or a setup to finish; a caller that waits longer is told to try again. */
const LOCK_WAIT_MS = 30_000;

/** Runs `work` holding the script lock, so two triggers never interleave their writes. */
export function withScriptLock<T>(work: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
