import { lockMessages } from '../../../src/app/messages';
import { lockTurns, tryWithScriptLock, withScriptLock } from '../../../src/gas/lock';

/** The script lock and script properties as two executions share them; `busy` makes every wait time out. */
function installPlatform() {
  const state = { held: false, busy: false, properties: new Map<string, string>(), flushes: 0, takes: 0 };
  const lock = {
    tryLock: () => {
      if (state.busy || state.held) return false;
      state.held = true;
      state.takes++;
      return true;
    },
    releaseLock: () => void (state.held = false),
  };
  const properties = {
    getProperty: (key: string) => state.properties.get(key) ?? null,
    setProperty: (key: string, value: string) => state.properties.set(key, value),
  };
  Object.assign(globalThis, {
    LockService: { getScriptLock: () => lock },
    PropertiesService: { getScriptProperties: () => properties },
    SpreadsheetApp: { flush: () => void state.flushes++ },
  });
  return state;
}

describe('the script lock (src/gas/lock.ts)', () => {
  test('a long run is told whether another execution wrote since its previous turn', () => {
    const platform = installPlatform();
    const poll = lockTurns();
    const seen: boolean[] = [];
    const turn = () => expect(poll((othersWrote) => seen.push(othersWrote))).toEqual({ ok: true, value: expect.any(Number) });
    turn();
    turn();
    // A form submit writes between two turns.
    tryWithScriptLock(() => 'recorded');
    turn();
    // A sidebar read does not count as a write.
    tryWithScriptLock(() => 'read', { readOnly: true });
    turn();
    // Another long run writing counts too.
    lockTurns()(() => null);
    turn();
    expect(seen).toEqual([true, false, true, false, true]);
    expect(platform.held).toBe(false);
  });

  test('writers flush before letting go; readers do not', () => {
    const platform = installPlatform();
    tryWithScriptLock(() => null, { readOnly: true });
    expect(platform.flushes).toBe(0);
    tryWithScriptLock(() => null);
    expect(platform.flushes).toBe(1);
  });

  test('a nested block neither waits again nor lets go early', () => {
    const platform = installPlatform();
    const inner = tryWithScriptLock(() => {
      const nested = withScriptLock(() => platform.held);
      return { nested, stillHeld: platform.held };
    });
    expect(inner).toEqual({ ok: true, value: { nested: true, stillHeld: true } });
    expect(platform.takes).toBe(1);
    expect(platform.held).toBe(false);
  });

  test('the lock is let go when the work throws', () => {
    const platform = installPlatform();
    expect(() => withScriptLock(() => { throw new Error('hỏng'); })).toThrow('hỏng');
    expect(platform.held).toBe(false);
    expect(tryWithScriptLock(() => 1)).toEqual({ ok: true, value: 1 });
  });

  test('busy: the work does not run; withScriptLock says so in Vietnamese, or in the caller\'s words', () => {
    const platform = installPlatform();
    platform.busy = true;
    let ran = false;
    expect(tryWithScriptLock(() => (ran = true))).toEqual({ ok: false });
    expect(lockTurns()(() => (ran = true))).toEqual({ ok: false });
    expect(() => withScriptLock(() => (ran = true))).toThrow(lockMessages.busy);
    expect(() => withScriptLock(() => (ran = true), { busyMessage: lockMessages.formDeferred })).toThrow(lockMessages.formDeferred);
    expect(ran).toBe(false);
    expect(platform.properties.size).toBe(0);
  });
});
