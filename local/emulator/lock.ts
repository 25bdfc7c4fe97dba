/**
 * LockService over overlapping executions. Each lock keeps the intervals it was held, on the
 * simulated clock: an execution asking at time t gets it once every hold by another execution that
 * reaches past t has ended (an execution that arrived later ran to its end first, so its holds can
 * lie in the asker's future; waiting for them is the strict reading), if that is within the timeout;
 * otherwise `waitLock` throws the platform's text after waiting the whole timeout and `tryLock` returns
 * false. `emu.lock.holdByOther()` stands for a process outside the emulator holding it.
 */
import { asApi, registerFake } from './bridge';
import { exception } from './errors';
import { stateKey, type World } from './world';

export const LOCK_TIMEOUT_TEXT = 'Lock timeout: another process was holding the lock for too long.';

export type LockKind = 'script' | 'document' | 'user';

interface Hold {
  /** An execution id, or 'other' for the simulated outside process. */
  by: number | 'other';
  from: number;
  /** When it let go; undefined while held (for 'other': until `release()`). */
  to?: number;
}

export interface LockState {
  holds: Map<string, Hold[]>;
}

export const LOCKS = stateKey('lock', (world: World): LockState => {
  const state: LockState = { holds: new Map() };
  world.onExecutionEnd((ex) => {
    // The platform releases a script's locks when its execution ends.
    for (const list of state.holds.values()) for (const h of list) if (h.by === ex.id && h.to === undefined) h.to = world.clock.now();
    prune(world, state);
  });
  const holding = (id: number, keys?: (k: string) => boolean) =>
    [...state.holds].some(([k, list]) => (!keys || keys(k)) && list.some((h) => h.by === id && h.to === undefined));
  world.holdsAnyLock = (id) => holding(id);
  world.holdsSharedLock = (id) => holding(id, (k) => k === 'script' || k === 'document');
  return state;
});

/** Holds that ended before anything still to run could ask are no longer needed. */
function prune(world: World, state: LockState): void {
  let horizon = world.clock.wall();
  for (const f of world.clock.frames()) horizon = Math.min(horizon, f.now);
  const next = world.arrivals.nextAt();
  if (next !== undefined) horizon = Math.min(horizon, next);
  for (const [k, list] of state.holds) {
    const kept = list.filter((h) => h.to === undefined || h.to > horizon);
    if (kept.length === 0) state.holds.delete(k);
    else state.holds.set(k, kept);
  }
}

export function lockKey(kind: LockKind, user: string): string {
  return kind === 'user' ? `user:${user}` : kind;
}

function holdsOf(world: World, key: string): Hold[] {
  const state = world.state(LOCKS);
  let list = state.holds.get(key);
  if (!list) {
    list = [];
    state.holds.set(key, list);
  }
  return list;
}

/** The earliest time at or after `t` when no other holder keeps `key`: Infinity while one holds it open. */
function freeFrom(list: readonly Hold[], me: number, t: number): number {
  let free = t;
  for (const h of list) {
    if (h.by === me) continue;
    const to = h.to ?? Infinity;
    if (to > t && to > free) free = to;
  }
  return free;
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly world: World,
    private readonly key: string,
  ) {}

  #me(): number {
    return this.world.execution?.id ?? 0;
  }

  #acquire(timeoutMs: number): boolean {
    const me = this.#me();
    const list = holdsOf(this.world, this.key);
    if (list.some((h) => h.by === me && h.to === undefined)) return true;
    const now = this.world.clock.now();
    const wait = Math.max(0, Number(timeoutMs) || 0);
    const free = freeFrom(list, me, now);
    if (free - now > wait) {
      this.world.clock.advance(wait);
      return false;
    }
    this.world.clock.moveTo(free);
    list.push({ by: me, from: free });
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.#acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.#acquire(timeoutInMillis)) throw exception(LOCK_TIMEOUT_TEXT);
  }

  releaseLock(): void {
    const me = this.#me();
    for (const h of holdsOf(this.world, this.key)) if (h.by === me && h.to === undefined) h.to = this.world.clock.now();
  }

  hasLock(): boolean {
    const me = this.#me();
    return holdsOf(this.world, this.key).some((h) => h.by === me && h.to === undefined);
  }
}
registerFake(FakeLock, { iface: 'Lock.Lock', service: 'Lock' });

export class FakeLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  constructor(private readonly world: World) {
    world.state(LOCKS);
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new FakeLock(this.world, lockKey('script', '')));
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new FakeLock(this.world, lockKey('document', '')));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return asApi(new FakeLock(this.world, lockKey('user', this.world.effectiveUser())));
  }
}
registerFake(FakeLockService, { iface: 'Lock.LockService', service: 'Lock' });

/** Host side: an outside process holds `kind`'s lock from now until `until` (or until `release()`). */
export function holdByOther(world: World, until: number | undefined, kind: LockKind = 'script'): void {
  const list = holdsOf(world, lockKey(kind, world.options.user));
  for (const h of list) if (h.by === 'other' && h.to === undefined) h.to = world.clock.now();
  list.push(until === undefined ? { by: 'other', from: world.clock.now() } : { by: 'other', from: world.clock.now(), to: until });
}

export function releaseOther(world: World, kind: LockKind = 'script'): void {
  for (const h of holdsOf(world, lockKey(kind, world.options.user))) {
    if (h.by === 'other' && (h.to === undefined || h.to > world.clock.now())) h.to = world.clock.now();
  }
}
