import { findChapter } from '../../../src/domain/chapterNames';
import { mergeSubmission } from '../../../src/domain/mergeSubmission';
import type { Stamp } from '../../../src/domain/provenance';
import type { ChapterRecord } from '../../../src/domain/unitStatus';

const periods = ['2015', '2016-H1'];
const chapter = (name: string, r2015: ChapterRecord['ratings'][string] = null, rH1: ChapterRecord['ratings'][string] = null, registration: ChapterRecord['registration'] = null): ChapterRecord => ({
  name,
  members: null,
  ratings: { '2015': r2015, '2016-H1': rH1 },
  registration,
});

describe('chapter names', () => {
  const known = ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Đồng Làng', 'Chi đoàn thôn Tú Nghĩa'];
  test.each([
    ['Chi đoàn Xuân Thọ', 0],
    ['chi doan xuan tho', 0],
    ['CĐ Xuân Thọ', 0],
    ['Xuân Thọ', 0],
    ['Chi đoàn thôn Xuân Thọ', 0],
    ['Đồng Làng', 1],
    ['Thôn Tú Nghĩa', 2],
    ['Chi đoàn Phước Trà', -1],
  ])('%p is chapter %p', (name, index) => {
    expect(findChapter(known, name)).toBe(index);
  });

  test('an ambiguous core name matches nothing', () => {
    expect(findChapter(['Chi đoàn thôn 1', 'Chi đoàn Khối phố 1'], '1')).toBe(-1);
  });
});

const STAMP: Stamp = { at: Date.UTC(2016, 8, 5, 3), key: 'msg-1@example.org', kind: 'Email' };
const values = (chapters: readonly ChapterRecord[]) => chapters.map(({ name, members, ratings, registration }) => ({ name, members, ratings, registration }));

describe('merging a submission into a unit', () => {
  const existing = [chapter('Chi đoàn Xuân Thọ', 'KHA', null, 'BUILD_STRONG'), chapter('Chi đoàn Đồng Làng', 'YEU', 'YEU', 'SUPPORT'), chapter('Chi đoàn Tú Nghĩa')];

  test('overrides the ratings it names, appends new chapters, keeps the rest', () => {
    const result = mergeSubmission(
      existing,
      {
        hasRegistration: false,
        chapters: [
          { name: 'xuan tho', members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
          { name: 'Chi đoàn Phước Trà', members: null, ratings: { '2016-H1': 'TRUNG_BINH', '2016-H2': 'KHA' }, registration: null },
        ],
      },
      periods,
      'legacy',
      STAMP,
    );
    expect(values(result.chapters)).toEqual([
      { name: 'Chi đoàn Xuân Thọ', members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
      chapter('Chi đoàn Đồng Làng', 'YEU', 'YEU', 'SUPPORT'),
      chapter('Chi đoàn Tú Nghĩa'),
      { name: 'Chi đoàn Phước Trà', members: null, ratings: { '2015': null, '2016-H1': 'TRUNG_BINH' }, registration: null },
    ]);
    expect(result.changed).toEqual([0, 3]);
    expect(result.recorded.map((r) => [r.name, r.isNew])).toEqual([
      ['Chi đoàn Xuân Thọ', false],
      ['Chi đoàn Phước Trà', true],
    ]);
    expect(result.ignoredPeriods).toEqual(['2016-H2']);
    expect(existing[0].ratings['2015']).toBe('KHA');
  });

  test('a stated registration replaces the previous one; ratings of the other scale are left out', () => {
    const result = mergeSubmission(
      existing,
      {
        hasRegistration: true,
        chapters: [
          { name: 'Chi đoàn Tú Nghĩa', members: null, ratings: { '2015': 'HTNV' }, registration: 'BUILD_STRONG' },
          { name: 'Chi đoàn Xuân Thọ', members: null, ratings: {}, registration: 'SUPPORT' },
        ],
      },
      periods,
      'legacy',
      STAMP,
    );
    expect(result.chapters.map((c) => c.registration)).toEqual(['SUPPORT', null, 'BUILD_STRONG']);
    expect(result.changed).toEqual([0, 1, 2]);
    expect(result.wrongScale).toEqual([['Chi đoàn Tú Nghĩa', '2015', 'HTNV']]);
    expect(result.chapters[2].ratings['2015']).toBeNull();
  });
});
