/**
 * LockService. Executions run one at a time here, so contention is simulated: `emu.lock.holdByOther()`
 * makes "another execution" hold a lock; waiting then costs simulated time and may time out.
 */
import { asApi, registerFake } from './bridge';
import { exception } from './errors';
import { stateKey, type World } from './world';

export const LOCK_TIMEOUT_TEXT = 'Lock timeout: another process was holding the lock for too long.';

export type LockKind = 'script' | 'document' | 'user';

interface Holder {
  /** An execution id, or 'other' for the simulated other process. */
  by: number | 'other';
  /** 'other' only: when it lets go (ms since epoch); undefined = until `release()`. */
  until?: number;
}

export interface LockState {
  holders: Map<string, Holder>;
}

export const LOCKS = stateKey('lock', (world: World): LockState => {
  const state: LockState = { holders: new Map() };
  world.onExecutionEnd((ex) => {
    for (const [k, h] of state.holders) if (h.by === ex.id) state.holders.delete(k);
  });
  return state;
});

export function lockKey(kind: LockKind, user: string): string {
  return kind === 'user' ? `user:${user}` : kind;
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly world: World,
    private readonly key: string,
  ) {}

  #acquire(timeoutMs: number): boolean {
    const holders = this.world.state(LOCKS).holders;
    const me = this.world.execution?.id ?? 0;
    const now = this.world.clock.now();
    const h = holders.get(this.key);
    if (h && h.by === 'other' && h.until !== undefined && h.until <= now) holders.delete(this.key);
    const current = holders.get(this.key);
    if (!current || current.by === me) {
      holders.set(this.key, { by: me });
      return true;
    }
    const wait = Math.max(0, Number(timeoutMs) || 0);
    if (current.by === 'other' && current.until !== undefined && current.until - now <= wait) {
      this.world.clock.moveTo(current.until);
      holders.set(this.key, { by: me });
      return true;
    }
    this.world.clock.advance(wait);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.#acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.#acquire(timeoutInMillis)) throw exception(LOCK_TIMEOUT_TEXT);
  }

  releaseLock(): void {
    const holders = this.world.state(LOCKS).holders;
    const h = holders.get(this.key);
    if (h && h.by === (this.world.execution?.id ?? 0)) holders.delete(this.key);
  }

  hasLock(): boolean {
    const h = this.world.state(LOCKS).holders.get(this.key);
    return h !== undefined && h.by === (this.world.execution?.id ?? 0);
  }
}
registerFake(FakeLock, { iface: 'Lock.Lock', service: 'Lock' });

export class FakeLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  constructor(private readonly world: World) {}
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

/** Host side: another process holds `kind`'s lock for `forMs` (or until `release()`). */
export function holdByOther(world: World, until: number | undefined, kind: LockKind = 'script'): void {
  world.state(LOCKS).holders.set(lockKey(kind, world.options.user), { by: 'other', until });
}

export function releaseOther(world: World, kind: LockKind = 'script'): void {
  const holders = world.state(LOCKS).holders;
  const key = lockKey(kind, world.options.user);
  if (holders.get(key)?.by === 'other') holders.delete(key);
}
