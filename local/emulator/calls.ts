/** Counting every call the script makes on a fake, and planned failures. */
export class CallCounter {
  readonly log: string[] = [];
  #byMethod = new Map<string, number>();
  #byService = new Map<string, number>();

  record(method: string, service: string): void {
    this.log.push(method);
    this.#byMethod.set(method, (this.#byMethod.get(method) ?? 0) + 1);
    this.#byService.set(service, (this.#byService.get(service) ?? 0) + 1);
  }

  /** All counted calls, or those of one service (`Spreadsheet`, `Mail`, `Script`, `Base`, …). */
  total(service?: string): number {
    if (service === undefined) return this.log.length;
    return this.#byService.get(service) ?? 0;
  }

  /** `{ 'Range.getValues': 3, … }` */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.#byMethod].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  reset(): void {
    this.log.length = 0;
    this.#byMethod.clear();
    this.#byService.clear();
  }
}

interface PlannedByMethod {
  method: string;
  remaining: number;
  message?: string;
}

export interface FaultApi {
  /** The `index`-th counted call from now (0-based, across executions) throws. */
  failAt(index: number, message?: string): void;
  /** The `nth` call (0-based) of `method` (`Range.setValues`) from now throws. */
  failOn(method: string, nth?: number, message?: string): void;
  clear(): void;
}

/** Planned failures; `seq` is a call sequence number that `CallCounter.reset()` does not touch. */
export class Faults implements FaultApi {
  #seq = 0;
  #at = new Map<number, string | undefined>();
  #on: PlannedByMethod[] = [];

  failAt(index: number, message?: string): void {
    if (!Number.isInteger(index) || index < 0) throw new Error(`Emulator: failAt needs an index >= 0, got ${index}`);
    this.#at.set(this.#seq + index, message);
  }

  failOn(method: string, nth = 0, message?: string): void {
    if (!Number.isInteger(nth) || nth < 0) throw new Error(`Emulator: failOn needs nth >= 0, got ${nth}`);
    this.#on.push({ method, remaining: nth, message });
  }

  clear(): void {
    this.#at.clear();
    this.#on = [];
  }

  /** Called once per counted call; returns `{message}` when this call must fail. */
  next(method: string): { message?: string } | undefined {
    const seq = this.#seq++;
    let hit: { message?: string } | undefined;
    if (this.#at.has(seq)) {
      hit = { message: this.#at.get(seq) };
      this.#at.delete(seq);
    }
    for (const plan of this.#on) {
      if (plan.method !== method) continue;
      if (plan.remaining === 0) {
        hit ??= { message: plan.message };
        plan.remaining = -1;
      } else {
        plan.remaining--;
      }
    }
    this.#on = this.#on.filter((p) => p.remaining >= 0);
    return hit;
  }
}
