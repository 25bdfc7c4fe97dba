/** Logger (a counted service) and console (plain JS, not counted); both write to `emu.logs`. */
import { fakeMeta, registerFake, unwrap } from './bridge';
import { formatJavaDate } from './dateformat';
import { stateKey, type World } from './world';

function show(value: unknown, tz: string): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  const v = unwrap(value) as object;
  const meta = fakeMeta(v);
  if (meta) return meta.name;
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const t = (v as Date).getTime();
    return Number.isNaN(t) ? 'Invalid Date' : formatJavaDate(t, tz, 'EEE MMM dd HH:mm:ss z yyyy');
  }
  const replacer = (_k: string, x: unknown): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    return fakeMeta(unwrap(x) as object)?.name ?? x;
  };
  try {
    return JSON.stringify(v, replacer) ?? String(v);
  } catch {
    return String(v);
  }
}

/** `%s %d %i %f %o %O %j` substitution, then the remaining values joined by spaces. */
export function formatLog(args: readonly unknown[], tz = 'UTC'): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map((a) => show(a, tz)).join(' ');
  let i = 0;
  const text = first.replace(/%([sdifoOj%])/g, (m, c: string) => {
    if (c === '%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    if (c === 'd' || c === 'i') return String(Math.trunc(Number(v)));
    if (c === 'f') return String(Number(v));
    return show(v, tz);
  });
  return [text, ...rest.slice(i).map((v) => show(v, tz))].join(' ');
}

const LOGGER = stateKey('logger', (world: World) => {
  const state = { lines: [] as string[] };
  world.onExecutionEnd(() => {
    state.lines = [];
  });
  return state;
});

export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'clear' | 'getLog'> {
  constructor(private readonly world: World) {}
  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const line = formatLog([format, ...values], this.world.options.scriptTimeZone);
    this.world.logs.push(line);
    this.world.state(LOGGER).lines.push(line);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  clear(): void {
    this.world.state(LOGGER).lines = [];
  }
  getLog(): string {
    return this.world.state(LOGGER).lines.join('\n');
  }
}
registerFake(FakeLogger, { iface: 'Base.Logger', service: 'Base' });

/** The script's `console`: methods are host functions writing to `emu.logs`; not counted. */
export function makeConsole(world: World): Record<string, (...args: unknown[]) => void> {
  const timers = new Map<string, number>();
  const write = (...args: unknown[]): void => {
    world.logs.push(formatLog(args, world.options.scriptTimeZone));
  };
  return {
    log: write,
    info: write,
    warn: write,
    error: write,
    time: (label: unknown) => {
      timers.set(String(label ?? 'default'), world.clock.now());
    },
    timeEnd: (label: unknown) => {
      const key = String(label ?? 'default');
      const start = timers.get(key);
      if (start === undefined) return;
      timers.delete(key);
      world.logs.push(`${key}: ${world.clock.now() - start}ms`);
    },
  };
}
