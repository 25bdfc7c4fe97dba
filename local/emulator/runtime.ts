/**
 * The script's realm: a node:vm context holding only Apps Script globals (no require, process,
 * timers, Buffer, fetch, TextEncoder/TextDecoder), the simulated Date, and the bundle. Executions
 * that overlap each get a realm of their own, as each Apps Script execution has its own globals.
 */
import * as vm from 'node:vm';
import { Bridge, type Realm } from './bridge';
import { DATE_SHIM_SOURCE } from './date-shim';
import { zoneName } from './dateformat';
import { ScriptError, TEXT } from './errors';
import { makeConsole } from './logger';
import { SERVICES } from './services';
import { refuseSpentTriggerRun, triggerBudgetVerdict } from './trigger-budget';
import { isKnownTimeZone, offsetMs } from './tz';
import type { World } from './world';

export interface ScriptRuntime {
  readonly context: vm.Context;
  readonly bridge: Bridge;
  /** The script realm's global object (`this` of top-level functions). */
  readonly global: object;
  /** Runs compiled template code in this realm with `vars` in scope. */
  evaluateTemplate(code: string, vars: Record<string, unknown>): string;
}

type DateShim = (
  real: DateConstructor,
  now: () => number,
  offsetAt: (t: number) => number,
  zone: (t: number) => string,
  timeZone: string,
) => DateConstructor;

export function createRuntime(world: World): ScriptRuntime {
  const context = vm.createContext({}, { name: 'Apps Script (emulated)' });
  const globals = context as Record<string, unknown>;
  const realm = vm.runInContext('({ Array, Object, Date, Error })', context) as Realm;
  const tz = world.options.scriptTimeZone;
  const shim = vm.runInContext(DATE_SHIM_SOURCE, context) as DateShim;
  const SimDate = shim(
    realm.Date,
    () => world.clock.now(),
    (t) => offsetMs(tz, t),
    (t) => zoneName(tz, t, true),
    isKnownTimeZone(tz) && !/^(GMT|UTC)[+-]/i.test(tz) ? tz : 'UTC',
  );
  globals.Date = SimDate;
  const bridge = new Bridge(world, { ...realm, Date: SimDate });
  for (const service of SERVICES) {
    for (const [name, fake] of Object.entries(service.globals(world))) globals[name] = bridge.toVm(fake);
  }
  const consoleObj = vm.runInContext('({})', context) as Record<string, unknown>;
  Object.assign(consoleObj, makeConsole(world));
  globals.console = consoleObj;
  const templateRunner = vm.runInContext(
    `(function (code) { return new Function('__vars', '__esc', '__raw', 'var __out = []; with (__vars) {\\n' + code + '\\n} return __out.join("");'); })`,
    context,
  ) as (code: string) => (vars: unknown, esc: (v: unknown) => string, raw: (v: unknown) => string) => string;
  const show = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const evaluateTemplate = (code: string, vars: Record<string, unknown>): string =>
    templateRunner(code)(bridge.toVm(vars), (v) => escape(show(v)), show);
  return { context, bridge, global: vm.runInContext('globalThis', context) as object, evaluateTemplate };
}

/**
 * One realm per level of overlap, each with the bundle loaded: an execution that starts while
 * others run gets the first realm none of them uses. Executions that follow one another reuse a
 * realm: the bundle keeps no state between executions but pure memo caches and the script lock's
 * nesting depth (src/gas/lock.ts), which every exit path resets, and loading it costs ~25 ms, too much for every 10-minute poll.
 */
export class Realms {
  readonly #realms: ScriptRuntime[] = [];
  readonly #byExecution = new Map<number, ScriptRuntime>();
  readonly #script: vm.Script;

  constructor(private readonly world: World) {
    this.#script = new vm.Script(world.options.code, { filename: world.options.bundlePath });
    world.evaluateTemplate = (code, vars) => {
      const id = world.execution?.id;
      const rt = (id !== undefined ? this.#byExecution.get(id) : undefined) ?? this.main();
      return rt.evaluateTemplate(code, vars);
    };
    world.onExecutionEnd((ex) => this.#byExecution.delete(ex.id));
  }

  /** The first realm: the one the host inspects (`emu.context`). */
  main(): ScriptRuntime {
    return this.#at(0);
  }

  /** A realm no running execution uses. */
  free(): ScriptRuntime {
    const used = new Set(this.#byExecution.values());
    for (let i = 0; ; i++) {
      const rt = this.#at(i);
      if (!used.has(rt)) return rt;
    }
  }

  assign(executionId: number, rt: ScriptRuntime): void {
    this.#byExecution.set(executionId, rt);
  }

  #at(i: number): ScriptRuntime {
    let rt = this.#realms[i];
    if (!rt) {
      rt = createRuntime(this.world);
      this.#script.runInContext(rt.context);
      this.#realms[i] = rt;
    }
    return rt;
  }
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}


export interface RunSpec {
  fn: string;
  args: readonly unknown[];
  user: string;
  effectiveUser: string;
  interactive: boolean;
  trigger?: string;
}

/** How the platform shows an error in the execution log: `Exception: …`, `TypeError: …`. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const e = error as { name?: unknown; message?: unknown };
    const message = String(e.message);
    if (message === TEXT.timeLimit || message === TEXT.tooManySimultaneous) return message;
    return `${String(e.name ?? 'Error')}: ${message}`;
  }
  return String(error);
}

/** Runs one execution; returns the result as host values, or rethrows the script's error when asked. */
export function execute(world: World, realms: Realms, spec: RunSpec, rethrow: boolean): unknown {
  const rt = realms.free();
  let ex;
  try {
    ex = world.begin({
    fn: spec.fn,
    user: spec.user,
    effectiveUser: spec.effectiveUser,
    interactive: spec.interactive,
    ...(spec.trigger !== undefined ? { trigger: spec.trigger } : {}),
    });
  } catch (e) {
    // Refused before it started (too many at once): the platform logs it as a failed execution.
    const at = new Date(world.clock.now());
    const record = { fn: spec.fn, user: spec.user, start: at, end: at, error: describeError(e), calls: {}, ...(spec.trigger !== undefined ? { trigger: spec.trigger } : {}) };
    world.executions.push(record);
    if (rethrow) throw rt.bridge.vmError(e);
    return undefined;
  }
  realms.assign(ex.id, rt);
  let failed = false;
  let error: unknown;
  let result: unknown;
  try {
    refuseSpentTriggerRun(world, ex);
    const fn = (rt.context as Record<string, unknown>)[spec.fn];
    if (typeof fn !== 'function') throw rt.bridge.vmError(new ScriptError(`Script function not found: ${spec.fn}`, 'plain'));
    const args = spec.args.map((a) => rt.bridge.toVm(a));
    result = (fn as (...a: unknown[]) => unknown).apply(rt.global, args);
  } catch (e) {
    failed = true;
    error = e;
  }
  if (ex.timedOut && !(failed && describeError(error) === TEXT.timeLimit)) {
    failed = true;
    error = rt.bridge.vmError(new ScriptError(TEXT.timeLimit, 'plain'));
  }
  // The budget is checked after the 6-minute limit at every call: when it ended the run, it came first.
  const budget = triggerBudgetVerdict(world, ex);
  if (budget) {
    failed = true;
    error = rt.bridge.vmError(budget);
  }
  world.end(ex, failed ? describeError(error) : undefined);
  if (failed) {
    if (rethrow) throw error;
    return undefined;
  }
  return rt.bridge.hostResult(result);
}
