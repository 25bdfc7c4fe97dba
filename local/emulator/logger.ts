/** Logger (a counted service) and console (plain JS, not counted); both write to `emu.logs`. */
import { registerFake } from './bridge';
import { stateKey, type World } from './world';

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `%s %d %i %f %o %O %j` substitution, then the remaining values joined by spaces. */
export function formatLog(args: readonly unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const text = first.replace(/%([sdifoOj%])/g, (m, c: string) => {
    if (c === '%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    if (c === 'd' || c === 'i') return String(Math.trunc(Number(v)));
    if (c === 'f') return String(Number(v));
    return show(v);
  });
  return [text, ...rest.slice(i).map(show)].join(' ');
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
    const line = formatLog([format, ...values]);
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
  const write = (prefix: string) => (...args: unknown[]) => {
    world.logs.push(prefix + formatLog(args));
  };
  return {
    log: write(''),
    info: write(''),
    warn: write(''),
    error: write(''),
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
