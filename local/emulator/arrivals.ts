/**
 * What arrives on the simulated clock besides the host's own calls: host actions scheduled at a
 * time (`emu.schedule`), and sources such as time-driven triggers that say when they are next due.
 * The earliest due first; ties in the order they were scheduled.
 */
export interface Arrival {
  readonly at: number;
  run(): void;
}

/** A source of arrivals (time-driven triggers): its next one, taken only when it is run. */
export interface ArrivalSource {
  peek(): { at: number; take(): Arrival } | undefined;
}

interface Queued extends Arrival {
  readonly seq: number;
}

export class Arrivals {
  #queue: Queued[] = [];
  #seq = 0;
  readonly #sources: ArrivalSource[] = [];

  schedule(at: number, run: () => void): void {
    if (!Number.isFinite(at)) throw new Error('Emulator: an arrival needs a valid time');
    this.#queue.push({ at, run, seq: this.#seq++ });
    this.#queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  addSource(source: ArrivalSource): void {
    this.#sources.push(source);
  }

  /** The earliest time anything is due, or undefined. */
  nextAt(): number | undefined {
    let at = this.#queue[0]?.at;
    for (const s of this.#sources) {
      const p = s.peek();
      if (p && (at === undefined || p.at < at)) at = p.at;
    }
    return at;
  }

  /** Removes and returns the earliest arrival due at or before `t` (scheduled actions win ties). */
  takeDue(t: number): Arrival | undefined {
    const queued = this.#queue[0];
    let best: { at: number; take(): Arrival } | undefined;
    for (const s of this.#sources) {
      const p = s.peek();
      if (p && p.at <= t && (!best || p.at < best.at)) best = p;
    }
    if (queued && queued.at <= t && (!best || queued.at <= best.at)) {
      this.#queue.shift();
      return queued;
    }
    return best?.take();
  }

  pending(): number {
    return this.#queue.length;
  }
}
