/**
 * The simulated time. Executions overlap, so each one has its own "now" (a frame): a call it makes
 * advances its frame only, and a second execution that arrives while the first runs starts at its
 * own arrival time. `now()` is the running frame's time; host-side, with no frame, it is the wall:
 * the latest time any frame reached. Only the emulator moves it; a frame never goes back.
 */
export interface Frame {
  now: number;
  /** The execution this frame runs; absent for a host action (a respondent submitting a form). */
  readonly executionId?: number;
}

export class SimClock {
  #wall: number;
  readonly #frames: Frame[] = [];

  constructor(start: number) {
    if (!Number.isFinite(start)) throw new Error('Emulator: the clock needs a valid start time');
    this.#wall = start;
  }

  now(): number {
    const top = this.#top();
    return top ? top.now : this.#wall;
  }

  /** The latest time reached by any execution: where the host is. */
  wall(): number {
    return this.#wall;
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Emulator: cannot advance the clock by ${ms} ms`);
    this.#set(this.now() + ms);
  }

  /** Moves to `t` if it is later; returns the new time. */
  moveTo(t: number): number {
    if (t > this.now()) this.#set(t);
    return this.now();
  }

  /** Starts a frame at `at` (an execution or a host action arriving then). */
  push(at: number, executionId?: number): Frame {
    const frame: Frame = executionId === undefined ? { now: at } : { now: at, executionId };
    this.#frames.push(frame);
    if (at > this.#wall) this.#wall = at;
    return frame;
  }

  pop(frame: Frame): void {
    if (this.#top() !== frame) throw new Error('Emulator: frames must end in the order they started');
    this.#frames.pop();
  }

  /** The frames now running, outermost first. */
  frames(): readonly Frame[] {
    return this.#frames;
  }

  #top(): Frame | undefined {
    return this.#frames[this.#frames.length - 1];
  }

  #set(t: number): void {
    const top = this.#top();
    if (top) top.now = t;
    if (t > this.#wall) this.#wall = t;
    if (!top) this.#wall = t;
  }
}

export function toMs(t: Date | string | number): number {
  const ms = t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
  if (!Number.isFinite(ms)) throw new Error(`Emulator: not a valid time: ${String(t)}`);
  return ms;
}
