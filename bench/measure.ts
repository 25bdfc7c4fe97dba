/**
 * Measuring one operation in the emulator: every execution it causes (a setup or a form build
 * continues by one-off triggers, a minute apart), the calls by service, and whether it fits.
 */
import type { Emulator, ExecutionRecord } from '../local/emulator';

export const SERVICES = ['Spreadsheet', 'Form', 'Gmail', 'Mail', 'Script', 'Properties', 'Lock', 'Cache'] as const;
/** The product's own run budget: an execution over it is not a fit even when Apps Script (6 min) would let it finish. */
export const RUN_BUDGET_S = 300;
/** How long a continued operation may take, start to end (issue 13: setup under 30 minutes in all). */
const CONTINUATION_LIMIT_MIN = 120;

export interface Measured {
  name: string;
  calls: Record<string, number>;
  total: number;
  runs: ExecutionRecord[];
  /** Wall time in the simulated clock from the operation's start to its last execution's end. */
  spanS: number;
  floor: number | null;
  /** Why the operation does not fit, when it does not. */
  problems: string[];
}

const seconds = (run: ExecutionRecord) => (run.end.getTime() - run.start.getTime()) / 1000;
const continuing = (emu: Emulator) => emu.triggers().some((t) => /^continue/.test(t.handler));

/**
 * Runs `operation`, then lets the clock go on a minute at a time while a continuation trigger is
 * scheduled (setup, the form build), and measures the executions that belong to it: every one
 * except those `only` leaves out (the 10-minute poll firing while a setup runs is not setup's).
 * Calls are those the executions made (each execution counts its own).
 */
export function measure(emu: Emulator, name: string, operation: () => void, floor: number | null, only: (run: ExecutionRecord) => boolean = (run) => run.fn !== 'pollMailbox' && run.fn !== 'checkDeadlines'): Measured {
  const before = emu.executions.length;
  const startedAt = emu.clock.now().getTime();
  let thrown: string | null = null;
  try {
    operation();
  } catch (error) {
    thrown = error instanceof Error ? error.message : String(error);
  }
  for (let minute = 0; minute < CONTINUATION_LIMIT_MIN && continuing(emu); minute++) emu.clock.advanceBy(60 * 1000);
  const runs = emu.executions.slice(before).filter(only);
  const calls: Record<string, number> = {};
  for (const service of SERVICES) calls[service] = runs.reduce((sum, run) => sum + (run.calls[service] ?? 0), 0);
  const total = runs.reduce((sum, run) => sum + Object.values(run.calls).reduce((a, b) => a + b, 0), 0);
  const spanS = runs.length ? (Math.max(...runs.map((r) => r.end.getTime())) - startedAt) / 1000 : 0;
  const problems = [
    ...(thrown ? [`threw: ${thrown.split('\n')[0]}`] : []),
    ...(runs.length === 0 ? ['no execution ran'] : []),
    ...runs.filter((run) => run.error !== undefined).map((run) => `${run.fn}: ${String(run.error).split('\n')[0]}`),
    ...runs.filter((run) => seconds(run) > RUN_BUDGET_S).map((run) => `${run.fn} ran ${seconds(run).toFixed(0)} s`),
    ...(continuing(emu) ? [`still continuing after ${CONTINUATION_LIMIT_MIN} min`] : []),
  ];
  return { name, calls, total, runs, spanS, floor, problems };
}

export function longestS(row: Measured): number {
  return Math.max(0, ...row.runs.map(seconds));
}

export function totalS(row: Measured): number {
  return row.runs.reduce((sum, run) => sum + seconds(run), 0);
}
