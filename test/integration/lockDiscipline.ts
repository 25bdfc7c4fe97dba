/**
 * Reads an execution's call log (`emu.calls.log`) the way the script lock sees it: how often the
 * lock was taken, which calls ran while it was free (Gmail reads may; shared state may not; this
 * doubles `emu.races` with the same exemptions), and whether a dialog waited for a person while
 * it was held. A test using it makes sure every lock attempt succeeds (nothing else holds it), so
 * a `tryLock` in the log is a lock taken.
 */
const SHARED = /^(Spreadsheet|Sheet|Range|SpreadsheetApp|Form|FormApp|FormResponse|ItemResponse|[A-Za-z]*Item|Properties|Trigger|[A-Za-z]*TriggerBuilder)\.|^ScriptApp\.(getProjectTriggers|getUserTriggers|newTrigger|deleteTrigger)$/;
/** Handles and sharing, not shared data (the lead's race detector exempts the same). */
const EXEMPT = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'Spreadsheet.getId',
  'Spreadsheet.getUrl',
  'Spreadsheet.getOwner',
  'Spreadsheet.getEditors',
  'PropertiesService.getScriptProperties',
]);
const WAITS_FOR_A_PERSON = new Set(['Ui.alert', 'Ui.prompt']);

export interface LockReading {
  /** Shared calls made while the script lock was not held, in order. */
  outside: string[];
  /** Alerts and prompts shown while the lock was held. */
  dialogsUnderLock: string[];
  /** Calls made while not holding the lock, by method. */
  unlocked: Map<string, number>;
  /** How many times the lock was taken. */
  takes: number;
}

export function readLocking(log: readonly string[]): LockReading {
  const reading: LockReading = { outside: [], dialogsUnderLock: [], unlocked: new Map(), takes: 0 };
  let held = false;
  for (const call of log) {
    if (call === 'Lock.tryLock' || call === 'Lock.waitLock') {
      held = true;
      reading.takes++;
    } else if (call === 'Lock.releaseLock') {
      held = false;
    } else if (held) {
      if (WAITS_FOR_A_PERSON.has(call)) reading.dialogsUnderLock.push(call);
    } else {
      reading.unlocked.set(call, (reading.unlocked.get(call) ?? 0) + 1);
      if (SHARED.test(call) && !EXEMPT.has(call)) reading.outside.push(call);
    }
  }
  return reading;
}
