import { nextPollBy, parseOfficeAction, sameDecision, type OfficeAction } from '../../../src/app/office/officeActions';
import { claimTriggers, isOfficeAccount, TRIGGER_OWNER } from '../../../src/app/office/officeActionsOwner';
import type { KeyValueStore } from '../../../src/gas/properties';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { values: Record<string, string> } {
  const values = { ...initial };
  return { values, get: (key) => values[key] ?? null, set: (key, value) => void (values[key] = value) };
}

describe('the triggers’ owner', () => {
  test('the first account to set up is recorded; the same account (any case) keeps them; another is told whose they are', () => {
    const store = memoryStore();
    expect(claimTriggers(store, 'vanphong@example.org')).toEqual({ kind: 'mine' });
    expect(store.values[TRIGGER_OWNER]).toBe('vanphong@example.org');
    expect(claimTriggers(store, 'VanPhong@Example.org')).toEqual({ kind: 'mine' });
    expect(claimTriggers(store, 'thuky@example.org')).toEqual({ kind: 'other', owner: 'vanphong@example.org' });
    expect(store.values[TRIGGER_OWNER]).toBe('vanphong@example.org');
  });

  test('a hidden identity installs without claiming; the office is whoever runs while no owner is recorded', () => {
    const store = memoryStore();
    expect(claimTriggers(store, '')).toEqual({ kind: 'mine' });
    expect(store.values).toEqual({});
    expect(isOfficeAccount(store, 'thuky@example.org')).toBe(true);
    store.set(TRIGGER_OWNER, 'vanphong@example.org');
    expect(isOfficeAccount(store, 'thuky@example.org')).toBe(false);
    expect(isOfficeAccount(store, ' VANPHONG@example.org ')).toBe(true);
  });
});

describe('pending office actions', () => {
  const review: OfficeAction = { kind: 'review', key: 'Xem xét|<a@x>', messageId: '<a@x>', decision: { unitId: 'tam-tra' }, by: 'thuky@example.org', at: 1 };

  test('round-trip through JSON; anything else is not an action', () => {
    expect(parseOfficeAction(JSON.stringify(review))).toEqual(review);
    expect(parseOfficeAction(null)).toBeNull();
    expect(parseOfficeAction('{not json')).toBeNull();
    expect(parseOfficeAction(JSON.stringify({ ...review, kind: 'delete everything' }))).toBeNull();
    expect(parseOfficeAction(JSON.stringify({ ...review, decision: { unitId: 42 } }))).toBeNull();
  });

  test('decisions compare by kind and value', () => {
    expect(sameDecision({ unitId: 'a' }, { unitId: 'a' })).toBe(true);
    expect(sameDecision({ unitId: 'a' }, { unitId: 'b' })).toBe(false);
    expect(sameDecision({ reject: 'x' }, { reject: 'x' })).toBe(true);
    expect(sameDecision({ reject: 'x' }, { unitId: 'x' })).toBe(false);
  });

  test('the latest time of the next poll is ten minutes on, as people read it', () => {
    const seen: [Date, string, string][] = [];
    const format = (date: Date, timeZone: string, pattern: string) => {
      seen.push([date, timeZone, pattern]);
      return 'formatted';
    };
    expect(nextPollBy({ now: () => new Date('2016-09-06T03:00:00Z'), format }, 'Asia/Ho_Chi_Minh')).toBe('formatted');
    expect(seen).toEqual([[new Date('2016-09-06T03:10:00Z'), 'Asia/Ho_Chi_Minh', 'HH:mm dd/MM/yyyy']]);
  });
});
