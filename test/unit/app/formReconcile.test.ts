import { findMissedResponses, FORM_WATERMARK_KEY, type ListedResponse } from '../../../src/app/setup/formReconcile';
import type { KeyValueStore } from '../../../src/gas/properties';
import type { IntakeIndex } from '../../../src/workbook/intakeIndex';
import { submissionCodes } from '../../../src/domain/submissionCode';

const at = (iso: string) => new Date(iso);
const response = (id: string, iso: string): ListedResponse => ({
  id,
  timestamp: at(iso),
  read: () => {
    throw new Error('the first look reads no answers');
  },
});
const logged = (...ids: string[]): IntakeIndex => ({
  lastRow: ids.length + 1,
  maxRows: 1000,
  byId: new Map(ids.map((id, i) => [id, { row: i + 2, source: 'Form', sender: '', status: 'Đã ghi' as const, unit: '', detail: '', code: '', gmailId: '' }])),
  codes: submissionCodes('Asia/Ho_Chi_Minh'),
  rowCodes: [],
});

function store(initial: Record<string, string> = {}): KeyValueStore & { values: Record<string, string> } {
  const values = { ...initial };
  return { values, get: (key) => values[key] ?? null, set: (key, value) => void (values[key] = value) };
}

function port(responses: ListedResponse[]) {
  const asked: (Date | null)[] = [];
  return {
    asked,
    formResponsesSince: (since: Date | null) => {
      asked.push(since);
      return responses.filter((r) => since === null || r.timestamp > since);
    },
  };
}

describe('the first look at the form (findMissedResponses)', () => {
  test('without a watermark every response is listed; the missing ones come oldest first, ties by id', () => {
    const form = port([response('c', '2016-09-01T03:00:00Z'), response('b', '2016-09-01T02:00:00Z'), response('a', '2016-09-01T02:00:00Z')]);
    const missed = findMissedResponses({ ...form, store: store() }, logged())!;
    expect(form.asked).toEqual([null]);
    expect(missed.listed.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect([...missed.missing]).toEqual(['a', 'b', 'c']);
  });

  test('with a watermark it looks back a quarter hour before it, never further', () => {
    const form = port([response('old', '2016-09-01T01:00:00Z'), response('near', '2016-09-01T01:50:00Z'), response('new', '2016-09-01T02:10:00Z')]);
    const kept = store({ [FORM_WATERMARK_KEY]: '2016-09-01T02:00:00.000Z' });
    const missed = findMissedResponses({ ...form, store: kept }, logged('near'))!;
    expect(form.asked).toEqual([at('2016-09-01T01:45:00Z')]);
    expect(missed.listed.map((r) => r.id)).toEqual(['near', 'new']);
    expect([...missed.missing]).toEqual(['new']);
    // `new` is not logged yet: the watermark stays.
    expect(kept.values[FORM_WATERMARK_KEY]).toBe('2016-09-01T02:00:00.000Z');
  });

  test('the watermark moves to the newest response with every one before it logged, and stops at the first missing one', () => {
    const form = port([response('a', '2016-09-01T02:00:00Z'), response('b', '2016-09-01T02:05:00Z'), response('c', '2016-09-01T02:10:00Z')]);
    const kept = store();
    findMissedResponses({ ...form, store: kept }, logged('a', 'c'));
    expect(kept.values[FORM_WATERMARK_KEY]).toBe('2016-09-01T02:00:00.000Z');
    findMissedResponses({ ...form, store: kept }, logged('a', 'b', 'c'));
    expect(kept.values[FORM_WATERMARK_KEY]).toBe('2016-09-01T02:10:00.000Z');
  });

  test('the watermark never moves back, and an unreadable one counts as none', () => {
    const form = port([response('a', '2016-09-01T02:00:00Z')]);
    const later = store({ [FORM_WATERMARK_KEY]: '2016-09-01T02:30:00.000Z' });
    findMissedResponses({ ...form, store: later }, logged('a'));
    expect(later.values[FORM_WATERMARK_KEY]).toBe('2016-09-01T02:30:00.000Z');
    const garbled = store({ [FORM_WATERMARK_KEY]: 'hôm qua' });
    const again = port([response('a', '2016-09-01T02:00:00Z')]);
    findMissedResponses({ ...again, store: garbled }, logged('a'));
    expect(again.asked).toEqual([null]);
    expect(garbled.values[FORM_WATERMARK_KEY]).toBe('2016-09-01T02:00:00.000Z');
  });

  test('no form yet: nothing to look at', () => {
    expect(findMissedResponses({ formResponsesSince: () => null, store: store() }, logged())).toBeNull();
  });
});
