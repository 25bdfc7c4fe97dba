/**
 * The emulator's shared state: options, clock, call accounting, the running execution, and one
 * lazily created state object per service (`world.state(KEY)`).
 */
import { Arrivals } from './arrivals';
import { CallCounter, Faults } from './calls';
import { SimClock, type Frame } from './clock';
import { callCostMs, type CostOptions } from './costs';
import { exception, ScriptError, TEXT } from './errors';
import { checkTriggerBudget } from './trigger-budget';

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** Simultaneous executions a user may have (DG/guides/services/quotas). */
export const MAX_SIMULTANEOUS = 30;

export interface ResolvedOptions {
  code: string;
  bundlePath: string;
  distDir: string;
  start: number;
  scriptTimeZone: string;
  user: string;
  editors: string[];
  mailQuota: number;
  /** Calendar events each user may create a day (5,000 consumer, 10,000 Workspace). */
  calendarEventsPerDay: number;
  /** Simulated time per call: the planning costs of costs.ts unless overridden. */
  costs: CostOptions;
  /** Trigger run time each user gets in 24 hours (90 min consumer, 6 h Workspace). */
  triggerBudgetMs: number;
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
  /** The execution's own time line. */
  readonly frame: Frame;
  /** Counted calls this execution made, by service. */
  readonly calls: Record<string, number>;
}

/** A call on shared state (the workbook, the form, script properties, triggers) made without the script lock. */
export interface RaceRecord {
  fn: string;
  user: string;
  method: string;
  at: Date;
}

export interface ExecutionRecord {
  fn: string;
  trigger?: string;
  user: string;
  start: Date;
  end: Date;
  error?: string;
  /** Counted calls the execution made, by service (`Spreadsheet`, `Form`, …): what `npm run bench` attributes to each operation. */
  calls: Record<string, number>;
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
  /** What arrives while executions run: due time-driven triggers, host actions scheduled at a time. */
  readonly arrivals = new Arrivals();
  readonly races: RaceRecord[] = [];
  /** Set by the lock module: whether an execution holds the script or document lock / any lock. */
  holdsSharedLock: (executionId: number) => boolean = () => false;
  holdsAnyLock: (executionId: number) => boolean = () => false;
  /** Set by the race module: whether a call touches state other executions share. */
  isSharedCall: (method: string, service: string, target: object | undefined) => boolean = () => false;
  readonly spreadsheetId: string;
  readonly scriptId: string;
  readonly #running: Execution[] = [];
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

  /** The running execution: the innermost frame's, or null host-side (and in a host action). */
  get execution(): Execution | null {
    const frames = this.clock.frames();
    const top = frames[frames.length - 1];
    if (top?.executionId === undefined) return null;
    return this.#running.find((ex) => ex.id === top.executionId) ?? null;
  }

  /** Executions running now (overlapping), outermost first. */
  running(): readonly Execution[] {
    return this.#running;
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

  /**
   * Starts an execution at the current frame's time. It may overlap others (a form submit during a
   * poll): the platform allows 30 at once per user, the 31st fails.
   */
  begin(spec: Omit<Execution, 'id' | 'start' | 'timedOut' | 'frame' | 'calls'>): Execution {
    const mine = this.#running.filter((ex) => ex.effectiveUser === spec.effectiveUser).length;
    if (mine >= MAX_SIMULTANEOUS) throw new ScriptError(TEXT.tooManySimultaneous, 'plain');
    const id = this.#nextExecution++;
    const start = this.clock.now();
    const frame = this.clock.push(start, id);
    const ex: Execution = { ...spec, id, start, timedOut: false, frame, calls: {} };
    this.#running.push(ex);
    return ex;
  }

  end(ex: Execution, error: string | undefined): ExecutionRecord {
    try {
      for (const l of this.#onEnd) l(ex);
    } finally {
      this.clock.pop(ex.frame);
      this.#running.splice(this.#running.indexOf(ex), 1);
    }
    const record: ExecutionRecord = { fn: ex.fn, user: ex.user, start: new Date(ex.start), end: new Date(ex.frame.now), calls: { ...ex.calls } };
    if (ex.trigger !== undefined) record.trigger = ex.trigger;
    if (error !== undefined) record.error = error;
    this.executions.push(record);
    return record;
  }

  /** Runs a host action (a respondent's submission, a delivery) in its own frame at `at`. */
  atTime<T>(at: number, action: () => T): T {
    const frame = this.clock.push(at);
    try {
      return action();
    } finally {
      this.clock.pop(frame);
    }
  }

  /**
   * Before each call of an execution that holds no lock, whatever has arrived by its time runs
   * first, each to its end (lock-ordered runs): a form submit two minutes into a poll runs between
   * the poll's items, and waits for the lock like any execution.
   */
  #admitArrivals(): void {
    const ex = this.execution;
    if (!ex || this.holdsAnyLock(ex.id)) return;
    for (let due = this.arrivals.takeDue(this.clock.now()); due; due = this.arrivals.takeDue(this.clock.now())) {
      const arrival = due;
      this.atTime(arrival.at, () => arrival.run());
    }
  }

  /** Every counted call goes through here: time limits, count, simulated cost (costs.ts), planned faults. */
  chargeCall(method: string, service: string, target?: object): void {
    this.#admitArrivals();
    this.checkTimeLimit();
    this.#checkRace(method, service, target);
    this.calls.record(method, service);
    const ex = this.execution;
    if (ex) ex.calls[service] = (ex.calls[service] ?? 0) + 1;
    this.clock.advance(callCostMs(method, service, this.options.costs));
    const fault = this.faults.next(method);
    if (fault) throw exception(fault.message ?? this.transientMessage(service));
  }

  #checkRace(method: string, service: string, target: object | undefined): void {
    const ex = this.execution;
    if (!ex || this.holdsSharedLock(ex.id) || !this.isSharedCall(method, service, target)) return;
    if (this.races.some((r) => r.fn === ex.fn && r.method === method)) return;
    this.races.push({ fn: ex.fn, user: ex.user, method, at: new Date(this.clock.now()) });
  }

  checkTimeLimit(): void {
    const ex = this.execution;
    if (!ex) return;
    if (ex.timedOut || this.clock.now() - ex.start >= EXECUTION_LIMIT_MS) {
      ex.timedOut = true;
      throw new ScriptError(TEXT.timeLimit, 'plain');
    }
    checkTriggerBudget(this, ex);
  }

  transientMessage(service: string): string {
    return service === 'Spreadsheet' ? TEXT.spreadsheetFailed(this.spreadsheetId) : TEXT.serverError;
  }
}
