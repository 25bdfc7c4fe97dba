/** Re-running setup never adds a second trigger for a handler. */
function hasTrigger(handler: string): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
}

/** A time-driven trigger every `minutes` for `handler`, unless one exists. */
export function ensureEveryMinutes(handler: string, minutes: 1 | 5 | 10 | 15 | 30): boolean {
  if (hasTrigger(handler)) return false;
  ScriptApp.newTrigger(handler).timeBased().everyMinutes(minutes).create();
  return true;
}

/**
 * A daily trigger at `hour` in `timeZone` for `handler`, unless one exists. Apps Script runs it at
 * some minute within that hour, so a check "from `hour` on" is reached on the same day.
 */
export function ensureDaily(handler: string, hour: number, timeZone: string): boolean {
  if (hasTrigger(handler)) return false;
  ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  return true;
}

/** A one-off time-driven trigger for `handler` in `ms`, unless one is already waiting. */
export function ensureOneOff(handler: string, ms: number): boolean {
  if (hasTrigger(handler)) return false;
  ScriptApp.newTrigger(handler).timeBased().after(ms).create();
  return true;
}

/** Deletes `handler`'s triggers: a one-off trigger stays listed after it fired, and counts toward the 20 a user may have. */
export function deleteTriggersOf(handler: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
}

/** The account the script runs as: a trigger's creator, or the person at the keyboard. */
export function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}
