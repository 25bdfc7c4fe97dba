/**
 * The script's realm: a node:vm context holding only Apps Script globals (no require, process,
 * timers, Buffer, fetch, TextEncoder/TextDecoder), the simulated Date, and the bundle. Runs one
 * execution at a time and records it.
 */
import * as vm from 'node:vm';
import { Bridge, type Realm } from './bridge';
import { DATE_SHIM_SOURCE } from './date-shim';
import { zoneName } from './dateformat';
import { ScriptError, TEXT } from './errors';
import { makeConsole } from './logger';
import { SERVICES } from './services';
import { isKnownTimeZone, offsetMs } from './tz';
import type { World } from './world';

export interface ScriptRuntime {
  readonly context: vm.Context;
  readonly bridge: Bridge;
  /** The script realm's global object (`this` of top-level functions). */
  readonly global: object;
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
  world.evaluateTemplate = (code, vars) =>
    templateRunner(code)(bridge.toVm(vars), (v) => escape(show(v)), show);
  return { context, bridge, global: vm.runInContext('globalThis', context) as object };
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function loadBundle(rt: ScriptRuntime, code: string, filename: string): void {
  new vm.Script(code, { filename }).runInContext(rt.context);
}

export interface RunSpec {
  fn: string;
  args: readonly unknown[];
  user: string;
  effectiveUser: string;
  interactive: boolean;
  trigger?: string;
  /** Already script-realm values (event objects built by the emulator). */
  vmArgs?: boolean;
}

/** How the platform shows an error in the execution log: `Exception: …`, `TypeError: …`. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const e = error as { name?: unknown; message?: unknown };
    const message = String(e.message);
    if (message === TEXT.timeLimit) return message;
    return `${String(e.name ?? 'Error')}: ${message}`;
  }
  return String(error);
}

/** Runs one execution; returns the result as host values, or rethrows the script's error when asked. */
export function execute(world: World, rt: ScriptRuntime, spec: RunSpec, rethrow: boolean): unknown {
  const ex = world.begin({
    fn: spec.fn,
    user: spec.user,
    effectiveUser: spec.effectiveUser,
    interactive: spec.interactive,
    ...(spec.trigger !== undefined ? { trigger: spec.trigger } : {}),
  });
  let failed = false;
  let error: unknown;
  let result: unknown;
  try {
    const fn = (rt.context as Record<string, unknown>)[spec.fn];
    if (typeof fn !== 'function') throw rt.bridge.vmError(new ScriptError(`Script function not found: ${spec.fn}`, 'plain'));
    const args = spec.vmArgs ? [...spec.args] : spec.args.map((a) => rt.bridge.toVm(a));
    result = (fn as (...a: unknown[]) => unknown).apply(rt.global, args);
  } catch (e) {
    failed = true;
    error = e;
  }
  if (ex.timedOut && !(failed && describeError(error) === TEXT.timeLimit)) {
    failed = true;
    error = rt.bridge.vmError(new ScriptError(TEXT.timeLimit, 'plain'));
  }
  world.end(ex, failed ? describeError(error) : undefined);
  if (failed) {
    if (rethrow) throw error;
    return undefined;
  }
  return rt.bridge.hostResult(result);
}
