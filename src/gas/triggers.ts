/** Creates a time-driven trigger for `handler` unless one exists: re-running setup never adds a second. */
export function ensureEveryMinutes(handler: string, minutes: 1 | 5 | 10 | 15 | 30): boolean {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler)) return false;
  ScriptApp.newTrigger(handler).timeBased().everyMinutes(minutes).create();
  return true;
}
