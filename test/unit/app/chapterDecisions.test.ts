import { chapterBook, pendingChaptersOf, pendingUnits, PENDING_PER_UNIT, validChapterDecision } from '../../../src/app/intake/chapterDecisions';
import type { KeyValueStore } from '../../../src/gas/properties';

function memoryStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, get: (key) => values.get(key) ?? null, set: (key, value) => void values.set(key, value) };
}

const held = (name: string, suggestion = 'Chi đoàn Xuân Thọ') => ({ reported: { name, members: 24, ratings: { '2015': 'KHA' as const }, registration: null }, suggestion });
const stamp = (n: number) => ({ at: Date.UTC(2016, 8, 1) + n * 60_000, key: `<m${n}@tamtra.example.org>`, kind: 'Email' });

describe('chapters waiting for the office, in script properties', () => {
  test('held per unit, listed in the index; the same submission holding again keeps one', () => {
    const store = memoryStore();
    const book = chapterBook(store);
    book.hold('tam-tra', [held('Xuan Thoo')], stamp(1), false);
    book.hold('tam-tra', [held('Xuan Thoo')], stamp(1), false);
    book.hold('tam-son', [held('Thuan Yen Dong', 'Chi đoàn Thuận Yên Đông')], stamp(2), true);
    expect(pendingUnits(store)).toEqual(['tam-tra', 'tam-son']);
    expect(pendingChaptersOf(store, 'tam-tra')).toEqual([
      { id: '<m1@tamtra.example.org>|xuan thoo', reported: held('Xuan Thoo').reported, suggestion: 'Chi đoàn Xuân Thọ', at: stamp(1).at, key: stamp(1).key, kind: 'Email', registrationStated: false },
    ]);
    // Nothing held: nothing read or written.
    const untouched = memoryStore();
    chapterBook(untouched).hold('tam-tra', [], stamp(3), false);
    expect(untouched.values.size).toBe(0);
  });

  test('the newest 20 a unit, and never more than a property value holds', () => {
    const store = memoryStore();
    const book = chapterBook(store);
    for (let n = 0; n < 30; n++) book.hold('tam-tra', [held(`Xuan Thoo ${'x'.repeat(n % 3)}`)], stamp(n), false);
    const kept = pendingChaptersOf(store, 'tam-tra');
    expect(kept).toHaveLength(PENDING_PER_UNIT);
    expect(kept[0].at).toBe(stamp(10).at);
    const long = 'Chi đoàn thôn Trường Tiểu học Đặc Biệt Dài Tên '.repeat(4);
    for (let n = 0; n < 20; n++) book.hold('tam-son', [held(`${long}${n}`, long)], stamp(100 + n), false);
    const bytes = Buffer.byteLength(store.get('pendingChapters.tam-son') ?? '', 'utf8');
    expect(bytes).toBeLessThanOrEqual(9 * 1024);
    expect(pendingChaptersOf(store, 'tam-son').at(-1)?.at).toBe(stamp(119).at);
  });

  test('an alias the office chose is read once, on the first name that needs it', () => {
    const store = memoryStore();
    store.set('chapterAliases.tam-tra', JSON.stringify({ 'chi doan xuan thoo': 'Chi đoàn Xuân Thọ' }));
    let reads = 0;
    const counting: KeyValueStore = { get: (key) => (reads++, store.get(key)), set: store.set };
    const resolution = chapterBook(counting).resolution('tam-tra', false);
    expect(reads).toBe(0);
    expect(resolution.aliasOf('Chi đoàn Xuan Thoo')).toBe('Chi đoàn Xuân Thọ');
    expect(resolution.aliasOf('CĐ Phước Tra')).toBeNull();
    expect(reads).toBe(1);
    expect(resolution.acceptsNew('CĐ Phước Tra')).toBe(false);
    // A paper entry: the office itself marked its new chapters.
    expect(chapterBook(counting).resolution('tam-tra', true).acceptsNew('CĐ Phước Tra')).toBe(true);
  });

  test('the page\'s arguments are checked', () => {
    expect(validChapterDecision('a|b', { map: 'Chi đoàn Xuân Thọ' })).toEqual({ pendingId: 'a|b', decision: { map: 'Chi đoàn Xuân Thọ' } });
    expect(validChapterDecision('a|b', { add: true })).toEqual({ pendingId: 'a|b', decision: { add: true } });
    for (const [id, decision] of [['', { add: true }], ['a', { add: false }], ['a', { map: '' }], ['a', { map: 'x', add: true }], [3, { add: true }]]) {
      expect(() => validChapterDecision(id, decision)).toThrow(/^Lựa chọn gửi lên không hợp lệ/);
    }
  });
});
