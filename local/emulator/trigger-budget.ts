/**
 * The daily trigger budget: Apps Script gives each user 90 minutes of trigger run time a day on a
 * consumer account, 6 hours on Google Workspace ("Triggers total runtime", developers.google.com/
 * apps-script/guides/services/quotas). A trigger execution that starts with the budget spent fails
 * at once; one that spends it mid-run dies at its next call, even if the script catches the error;
 * both with the platform's `Service using too much computer time for one day.`.
 *
 * Which day: the quota page says quotas "reset 24 hours after the first request". The emulator
 * counts the run time inside the trailing 24 hours instead (a rolling window), which is stricter
 * than either that or the mail quota's calendar day: any run pattern it allows, both of those allow.
 */
import { exception, type ScriptError } from './errors';
// Types only: world.ts calls the hooks below, so this module must not need world.ts at load time.
import type { Execution, StateKey, World } from './world';

export const TRIGGER_BUDGET_TEXT = 'Service using too much computer time for one day.';
export const CONSUMER_TRIGGER_BUDGET_MS = 90 * 60 * 1000;
export const WORKSPACE_TRIGGER_BUDGET_MS = 6 * 60 * 60 * 1000;
const WINDOW_MS = 24 * 60 * 60 * 1000;

interface TriggerRun {
  user: string;
  start: number;
  end: number;
}

interface BudgetState {
  runs: TriggerRun[];
  /** Executions the budget ended: they fail whatever the script did with the error. */
  killed: WeakSet<Execution>;
}

const budgetUser = (ex: Execution): string => ex.effectiveUser || ex.user;

const BUDGET: StateKey<BudgetState> = {
  name: 'trigger-budget',
  create: (world) => {
    const state: BudgetState = { runs: [], killed: new WeakSet() };
    world.onExecutionEnd((ex) => {
      if (ex.trigger !== undefined) state.runs.push({ user: budgetUser(ex), start: ex.start, end: ex.frame.now });
    });
    return state;
  },
};

/** Trigger run time `user` spent in the 24 hours before now, running executions included. */
export function triggerTimeUsedMs(world: World, user: string): number {
  const now = world.clock.now();
  const from = now - WINDOW_MS;
  let used = 0;
  for (const run of world.state(BUDGET).runs) {
    if (run.user === user && run.end > from) used += run.end - Math.max(run.start, from);
  }
  // Overlapping trigger runs of the user spend the budget together.
  for (const ex of world.running()) {
    if (ex.trigger !== undefined && budgetUser(ex) === user) used += Math.max(0, now - Math.max(ex.start, from));
  }
  return used;
}

export function triggerTimeLeftMs(world: World, user: string): number {
  return Math.max(0, world.options.triggerBudgetMs - triggerTimeUsedMs(world, user));
}

function spent(world: World, ex: Execution): boolean {
  return ex.trigger !== undefined && triggerTimeUsedMs(world, budgetUser(ex)) >= world.options.triggerBudgetMs;
}

/** Hook at a trigger execution's start, before the handler runs: throws when the budget is spent. */
export function refuseSpentTriggerRun(world: World, ex: Execution): void {
  world.state(BUDGET);
  if (!spent(world, ex)) return;
  world.state(BUDGET).killed.add(ex);
  throw exception(TRIGGER_BUDGET_TEXT);
}

/** Hook at every counted call (beside the 6-minute check): the run dies once the budget is spent. */
export function checkTriggerBudget(world: World, ex: Execution): void {
  const state = world.state(BUDGET);
  if (state.killed.has(ex) || spent(world, ex)) {
    state.killed.add(ex);
    throw exception(TRIGGER_BUDGET_TEXT);
  }
}

/** Hook at the execution's end: the error it must be recorded with, when the budget ended it. */
export function triggerBudgetVerdict(world: World, ex: Execution): ScriptError | undefined {
  return world.state(BUDGET).killed.has(ex) ? exception(TRIGGER_BUDGET_TEXT) : undefined;
}
