/**
 * The emulator's shared state: options, clock, call accounting, the running execution, and one
 * lazily created state object per service (`world.state(KEY)`).
 */
import { CallCounter, Faults } from './calls';
import { SimClock } from './clock';
import { exception, ScriptError, TEXT } from './errors';

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export interface ResolvedOptions {
  code: string;
  bundlePath: string;
  distDir: string;
  start: number;
  scriptTimeZone: string;
  user: string;
  editors: string[];
  mailQuota: number;
  msPerCall: number;
  spreadsheetName: string;
}

export interface Execution {
  readonly id: number;
  readonly fn: string;
  readonly trigger?: string;
  /** The active user's email ('' when the platform hides it). */
  readonly user: string;
  readonly effectiveUser: string;
  readonly interactive: boolean;
  readonly start: number;
  timedOut: boolean;
}

export interface ExecutionRecord {
  fn: string;
  trigger?: string;
  user: string;
  start: Date;
  end: Date;
  error?: string;
}

export interface StateKey<T> {
  readonly name: string;
  create(world: World): T;
}

export function stateKey<T>(name: string, create: (world: World) => T): StateKey<T> {
  return { name, create };
}

/** Deterministic pseudo-random numbers (mulberry32), so ids and UUIDs repeat run to run. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) >>> 0;
    let t = this.#s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  chars(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class World {
  readonly clock: SimClock;
  readonly calls = new CallCounter();
  readonly faults = new Faults();
  readonly logs: string[] = [];
  readonly executions: ExecutionRecord[] = [];
  readonly rng = new Rng(0x5eed);
  readonly spreadsheetId: string;
  readonly scriptId: string;
  execution: Execution | null = null;
  /** Set by the runtime: runs compiled template code in the script's realm with `vars` in scope. */
  evaluateTemplate?: (code: string, vars: Record<string, unknown>) => string;
  readonly #states = new Map<StateKey<unknown>, unknown>();
  readonly #onEnd: Array<(ex: Execution) => void> = [];
  #nextExecution = 1;

  constructor(readonly options: ResolvedOptions) {
    this.clock = new SimClock(options.start);
    this.spreadsheetId = `1${this.rng.chars(43, ID_CHARS)}`;
    this.scriptId = `1${this.rng.chars(56, ID_CHARS)}`;
  }

  state<T>(key: StateKey<T>): T {
    if (!this.#states.has(key)) this.#states.set(key, key.create(this));
    return this.#states.get(key) as T;
  }

  onExecutionEnd(listener: (ex: Execution) => void): void {
    this.#onEnd.push(listener);
  }

  /** The active user of the running execution (the owner when the host calls). */
  activeUser(): string {
    return this.execution ? this.execution.user : this.options.user;
  }

  effectiveUser(): string {
    return this.execution ? this.execution.effectiveUser : this.options.user;
  }

  /** The user whose permissions apply: the effective user, or the owner host-side. */
  actingUser(): string {
    return this.effectiveUser() || this.options.user;
  }

  isInteractive(): boolean {
    return this.execution ? this.execution.interactive : true;
  }

  begin(spec: Omit<Execution, 'id' | 'start' | 'timedOut'>): Execution {
    if (this.execution) throw new Error(`Emulator: ${spec.fn} started while ${this.execution.fn} is still running`);
    const ex: Execution = { ...spec, id: this.#nextExecution++, start: this.clock.now(), timedOut: false };
    this.execution = ex;
    return ex;
  }

  end(ex: Execution, error: string | undefined): ExecutionRecord {
    try {
      for (const l of this.#onEnd) l(ex);
    } finally {
      this.execution = null;
    }
    const record: ExecutionRecord = { fn: ex.fn, user: ex.user, start: new Date(ex.start), end: new Date(this.clock.now()) };
    if (ex.trigger !== undefined) record.trigger = ex.trigger;
    if (error !== undefined) record.error = error;
    this.executions.push(record);
    return record;
  }

  /** Every counted call goes through here: time limit, count, simulated cost, planned faults. */
  chargeCall(method: string, service: string): void {
    this.checkTimeLimit();
    this.calls.record(method, service);
    this.clock.advance(this.options.msPerCall);
    const fault = this.faults.next(method);
    if (fault) throw exception(fault.message ?? this.transientMessage(service));
  }

  checkTimeLimit(): void {
    const ex = this.execution;
    if (!ex) return;
    if (ex.timedOut || this.clock.now() - ex.start >= EXECUTION_LIMIT_MS) {
      ex.timedOut = true;
      throw new ScriptError(TEXT.timeLimit, 'plain');
    }
  }

  transientMessage(service: string): string {
    return service === 'Spreadsheet' ? TEXT.spreadsheetFailed(this.spreadsheetId) : TEXT.serverError;
  }
}
