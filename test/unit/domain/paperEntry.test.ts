import { checkFormAnswers } from '../../../src/domain/formAnswers';
import { checkPaperEntry, paperAnswers, paperEntryReference, paperEntrySchema, type PaperEntry } from '../../../src/domain/paperEntry';

const CAMPAIGN = { scale: 'legacy' as const, periods: [{ code: '2015', label: 'năm 2015' }, { code: '2016-H1', label: '6 tháng đầu năm 2016' }] };

function entry(chapters: PaperEntry['chapters'], overrides: Partial<PaperEntry> = {}): PaperEntry {
  return { entryId: 'abcdefgh', receivedOn: '2016-09-05', note: '', notify: true, chapters, ...overrides };
}

describe('a paper entry becomes the form\'s answers', () => {
  test('listed chapters go to the grids, members to the member lines, new chapters to the missing-chapter list', () => {
    const answers = paperAnswers(
      entry([
        { name: '  Chi đoàn  Xuân Thọ ', isNew: false, ratings: { '2015': 'Vững mạnh', '2016-H1': '' }, registration: 'Xây dựng Chi đoàn mạnh', members: 24 },
        { name: 'Chi đoàn thôn Tú Nghĩa', isNew: false, ratings: { '2015': 'Yếu', '2016-H1': 'Trung bình' }, registration: 'Hỗ trợ', members: null },
        { name: 'Chi đoàn thôn Mới', isNew: true, ratings: { '2015': 'Khá', '2016-H1': '' }, registration: '', members: 12 },
      ]),
      'Đoàn xã Tam Trà',
    );
    expect(answers).toEqual({
      unit: 'Đoàn xã Tam Trà',
      ratings: { '2015': { 'Chi đoàn Xuân Thọ': 'Vững mạnh', 'Chi đoàn thôn Tú Nghĩa': 'Yếu' }, '2016-H1': { 'Chi đoàn thôn Tú Nghĩa': 'Trung bình' } },
      registration: { 'Chi đoàn Xuân Thọ': ['Xây dựng Chi đoàn mạnh'], 'Chi đoàn thôn Tú Nghĩa': ['Hỗ trợ'] },
      members: 'Chi đoàn Xuân Thọ: 24',
      newChapters: [{ name: 'Chi đoàn thôn Mới', ratings: { '2015': 'Khá' }, registration: null, members: 12 }],
      notes: [],
    });
    const check = checkFormAnswers(answers, CAMPAIGN, { chapters: ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Tú Nghĩa'] }, (line) => line);
    expect(check).toEqual({
      ok: true,
      warnings: [],
      submission: {
        hasRegistration: true,
        chapters: [
          { name: 'Chi đoàn Xuân Thọ', members: 24, ratings: { '2015': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
          { name: 'Chi đoàn thôn Tú Nghĩa', members: null, ratings: { '2015': 'YEU', '2016-H1': 'TRUNG_BINH' }, registration: 'SUPPORT' },
          { name: 'Chi đoàn thôn Mới', members: 12, ratings: { '2015': 'KHA' }, registration: null },
        ],
      },
    });
  });

  test('a chapter name with a dash keeps its member count', () => {
    const answers = paperAnswers(entry([{ name: 'Chi đoàn Khối phố 1-2', isNew: false, ratings: {}, registration: '', members: 40 }]), 'X');
    const check = checkFormAnswers({ ...answers, registration: { A: ['Xây dựng Chi đoàn mạnh'], B: ['Hỗ trợ'] } }, CAMPAIGN, { chapters: ['Chi đoàn Khối phố 1-2'] }, (line) => `unread ${line}`);
    expect(check.ok && check.submission.chapters.find((c) => c.name === 'Chi đoàn Khối phố 1-2')?.members).toBe(40);
  });

  test('a paper is taken as stated, like an email: no registration leaves the recorded one, a part of one is not refused', () => {
    const listed = { chapters: ['Chi đoàn A', 'Chi đoàn B', 'Chi đoàn C'] };
    const oneRating = paperAnswers(entry([{ name: 'Chi đoàn A', isNew: false, ratings: { '2015': 'Khá' }, registration: '', members: null }]), 'X');
    expect(checkFormAnswers(oneRating, CAMPAIGN, listed, (line) => line, 'asStated')).toEqual({
      ok: true,
      warnings: [],
      submission: { hasRegistration: false, chapters: [{ name: 'Chi đoàn A', members: null, ratings: { '2015': 'KHA' }, registration: null }] },
    });
    // The form asks for the registration on its own page: the same answers are refused there.
    expect(checkFormAnswers(oneRating, CAMPAIGN, listed, (line) => line)).toEqual({ ok: false, problems: [{ kind: 'noBuild' }, { kind: 'noSupport' }] });
    const threeSupports = paperAnswers(
      entry(['Chi đoàn A', 'Chi đoàn B', 'Chi đoàn C'].map((name) => ({ name, isNew: false, ratings: {}, registration: 'Hỗ trợ', members: null }))),
      'X',
    );
    const check = checkFormAnswers(threeSupports, CAMPAIGN, listed, (line) => line, 'asStated');
    expect(check.ok && check.submission.hasRegistration).toBe(true);
    // What the page cannot offer is still refused, whatever the rule.
    const unknown = paperAnswers(entry([{ name: 'Chi đoàn A', isNew: false, ratings: { '2015': 'Tốt lắm' }, registration: 'Đỡ đầu', members: null }]), 'X');
    expect(checkFormAnswers(unknown, CAMPAIGN, listed, (line) => line, 'asStated')).toEqual({
      ok: false,
      problems: [
        { kind: 'unknownRating', chapter: 'Chi đoàn A', period: 'năm 2015', value: 'Tốt lắm' },
        { kind: 'unknownRegistration', chapter: 'Chi đoàn A', value: 'Đỡ đầu' },
      ],
    });
  });

  test('what the form would have prevented: a future date, a chapter twice, a "new" chapter the unit has', () => {
    const chapters = [
      { name: 'Chi đoàn thôn Đồng Sơn', isNew: false, ratings: {}, registration: '', members: null },
      { name: 'chi doan thon dong son', isNew: false, ratings: {}, registration: '', members: null },
      { name: 'CĐ Tân Sơn', isNew: true, ratings: {}, registration: '', members: null },
    ];
    expect(checkPaperEntry(entry(chapters, { receivedOn: '2016-09-07' }), '2016-09-06', ['Chi đoàn thôn Đồng Sơn', 'Chi đoàn thôn Tân Sơn'])).toEqual([
      { kind: 'receivedInFuture', receivedOn: '2016-09-07', today: '2016-09-06' },
      { kind: 'duplicateChapter', name: 'chi doan thon dong son' },
      { kind: 'newChapterExists', name: 'CĐ Tân Sơn' },
    ]);
    expect(checkPaperEntry(entry(chapters.slice(0, 1), { receivedOn: '2016-09-06' }), '2016-09-06', [])).toEqual([]);
  });

  test('the schema refuses what the page cannot send: bad ids, impossible dates, negative or fractional members, extra keys', () => {
    const good = entry([{ name: 'Chi đoàn A', isNew: false, ratings: { '2015': 'Khá' }, registration: '', members: 3 }]);
    expect(paperEntrySchema.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, entryId: 'short' },
      { ...good, entryId: 'has space 123' },
      { ...good, receivedOn: '2016-02-30' },
      { ...good, chapters: [] },
      { ...good, chapters: [{ ...good.chapters[0], members: -2 }] },
      { ...good, chapters: [{ ...good.chapters[0], members: 1.5 }] },
      { ...good, chapters: [{ ...good.chapters[0], name: '   ' }] },
      { ...good, notify: 'yes' },
      { ...good, unit: 'tam-tra' },
    ]) {
      expect(paperEntrySchema.safeParse(bad).success).toBe(false);
    }
    expect(paperEntryReference(good)).toBe('PG-abcdefgh');
  });
});
