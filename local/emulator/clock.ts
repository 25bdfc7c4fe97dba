/** The simulated clock every fake reads. Only the emulator moves it; it never goes back. */
export class SimClock {
  #t: number;
  constructor(start: number) {
    if (!Number.isFinite(start)) throw new Error('Emulator: the clock needs a valid start time');
    this.#t = start;
  }
  now(): number {
    return this.#t;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Emulator: cannot advance the clock by ${ms} ms`);
    this.#t += ms;
  }
  /** Moves to `t` if it is later; returns the new time. */
  moveTo(t: number): number {
    if (t > this.#t) this.#t = t;
    return this.#t;
  }
}

export function toMs(t: Date | string | number): number {
  const ms = t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
  if (!Number.isFinite(ms)) throw new Error(`Emulator: not a valid time: ${String(t)}`);
  return ms;
}
