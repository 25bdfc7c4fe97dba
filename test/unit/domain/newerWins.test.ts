import { mergeSubmission, type KnownChapter, type Submission } from '../../../src/domain/mergeSubmission';
import { parseProvenance, serializeProvenance, withFallback, type Stamp } from '../../../src/domain/provenance';
import { readChapterRows } from '../../../src/workbook/unitTab';

const periods = ['2015', '2016-H1'];
const at = (day: number, hour: number, minute = 0) => Date.UTC(2016, 8, day, hour - 7, minute);
const email: Stamp = { at: at(10, 9), key: '<old@tamtra.example.org>', kind: 'Email' };
const form: Stamp = { at: at(11, 10, 5), key: '2_ABCD', kind: 'Form' };

const known = (name: string, fields: Partial<KnownChapter> = {}): KnownChapter => ({
  name,
  members: null,
  ratings: { '2015': null, '2016-H1': null },
  registration: null,
  ...fields,
});

const rate = (name: string, ratings: Submission['chapters'][number]['ratings'], members: number | null = null, registration: Submission['chapters'][number]['registration'] = null) => ({ name, members, ratings, registration });

describe('newer wins, value by value', () => {
  const byForm = known('Chi đoàn Xuân Thọ', {
    members: 30,
    ratings: { '2015': 'KHA', '2016-H1': null },
    provenance: { members: form, ratings: { '2015': form }, registration: null },
  });

  test('an older submission does not change what a newer one recorded, and says so', () => {
    const result = mergeSubmission([byForm], { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'VUNG_MANH', '2016-H1': 'TRUNG_BINH' }, 24)] }, periods, 'legacy', email);
    const chapter = result.chapters[0];
    expect(chapter.ratings).toEqual({ '2015': 'KHA', '2016-H1': 'TRUNG_BINH' });
    expect(chapter.members).toBe(30);
    expect(chapter.provenance.ratings).toEqual({ '2015': form, '2016-H1': email });
    expect(chapter.touched).toEqual({ members: false, ratings: ['2016-H1'], registration: false });
    expect(result.kept).toEqual([
      { chapter: 'Chi đoàn Xuân Thọ', field: { kind: 'rating', period: '2015' }, current: 'KHA', recorded: form, sameTime: false },
      { chapter: 'Chi đoàn Xuân Thọ', field: { kind: 'members' }, current: 30, recorded: form, sameTime: false },
    ]);
    expect(result.recorded).toEqual([{ name: 'Chi đoàn Xuân Thọ', isNew: false, members: null, ratings: { '2016-H1': 'TRUNG_BINH' }, registration: null }]);
  });

  test('a newer submission changes it', () => {
    const later: Stamp = { at: form.at + 60_000, key: '<new@tamtra.example.org>', kind: 'Email' };
    const result = mergeSubmission([byForm], { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'VUNG_MANH' })] }, periods, 'legacy', later);
    expect(result.chapters[0].ratings['2015']).toBe('VUNG_MANH');
    expect(result.chapters[0].provenance.ratings['2015']).toEqual(later);
    expect(result.kept).toEqual([]);
    expect(result.changed).toEqual([0]);
  });

  test('the same submission again (a retry) sets what it set and changes nothing more', () => {
    const result = mergeSubmission([byForm], { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'KHA' }, 30)] }, periods, 'legacy', form);
    expect(result.kept).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.chapters[0].touched).toEqual({ members: false, ratings: [], registration: false });
  });

  test('the same submission key wins even when its time reads older (a replay of what recorded it)', () => {
    const replay: Stamp = { ...form, at: form.at - 1 };
    const result = mergeSubmission([byForm], { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'TRUNG_BINH' })] }, periods, 'legacy', replay);
    expect(result.chapters[0].ratings['2015']).toBe('TRUNG_BINH');
  });

  test('equal time, another submission: what is recorded stays', () => {
    const twin: Stamp = { at: form.at, key: '2_OTHER', kind: 'Form' };
    const result = mergeSubmission([byForm], { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'YEU' })] }, periods, 'legacy', twin);
    expect(result.chapters[0].ratings['2015']).toBe('KHA');
    expect(result.kept).toEqual([{ chapter: 'Chi đoàn Xuân Thọ', field: { kind: 'rating', period: '2015' }, current: 'KHA', recorded: form, sameTime: true }]);
  });
});

describe('the registration is one value for the unit', () => {
  const chapters = [
    known('Chi đoàn Xuân Thọ', { registration: 'BUILD_STRONG', provenance: { members: null, ratings: {}, registration: form } }),
    known('Chi đoàn Đồng Làng', { registration: 'SUPPORT', provenance: { members: null, ratings: {}, registration: form } }),
    known('Chi đoàn Tú Nghĩa'),
  ];

  test('an older stated registration leaves the whole newer one, even on a chapter the newer one left empty', () => {
    const result = mergeSubmission(chapters, { hasRegistration: true, chapters: [rate('Tú Nghĩa', {}, null, 'BUILD_STRONG')] }, periods, 'legacy', email);
    expect(result.chapters.map((c) => c.registration)).toEqual(['BUILD_STRONG', 'SUPPORT', null]);
    expect(result.kept).toEqual([{ chapter: null, field: { kind: 'registration' }, current: null, recorded: form, sameTime: false }]);
    expect(result.changed).toEqual([]);
  });

  test('a newer one replaces it whole: the chapters it omits lose theirs, and carry its stamp', () => {
    const later: Stamp = { at: form.at + 1, key: 'PG-entry-0001', kind: 'Thủ công' };
    const result = mergeSubmission(chapters, { hasRegistration: true, chapters: [rate('Tú Nghĩa', {}, null, 'BUILD_STRONG'), rate('Xuân Thọ', {}, null, 'SUPPORT')] }, periods, 'legacy', later);
    expect(result.chapters.map((c) => c.registration)).toEqual(['SUPPORT', null, 'BUILD_STRONG']);
    expect(result.chapters.map((c) => c.provenance.registration)).toEqual([later, later, later]);
    expect(result.changed).toEqual([0, 1, 2]);
    // Then the older email, resumed, finds the latest registration newer than itself.
    const resumed = mergeSubmission(result.chapters, { hasRegistration: true, chapters: [rate('Đồng Làng', {}, null, 'BUILD_STRONG')] }, periods, 'legacy', email);
    expect(resumed.chapters.map((c) => c.registration)).toEqual(['SUPPORT', null, 'BUILD_STRONG']);
  });
});

describe('stamps in the tab', () => {
  test('round trip of the compact JSON; a garbled cell reads as no stamp', () => {
    const provenance = { members: email, ratings: { '2016-H1': form, '2015': email }, registration: form };
    const text = serializeProvenance(provenance);
    expect(text).toBe(`{"m":[${email.at},"${email.key}","Email"],"p:2015":[${email.at},"${email.key}","Email"],"p:2016-H1":[${form.at},"2_ABCD","Form"],"r":[${form.at},"2_ABCD","Form"]}`);
    expect(parseProvenance(text)).toEqual(provenance);
    expect(parseProvenance('chờ bổ sung')).toEqual({ members: null, ratings: {}, registration: null });
    expect(parseProvenance('{"m":"x"')).toEqual({ members: null, ratings: {}, registration: null });
  });

  test('a value without a stamp counts as received at the row\'s Cập nhật from its Nguồn; an empty one needs none', () => {
    const fallback: Stamp = { at: 5, key: 'k', kind: 'Form' };
    expect(withFallback({ members: null, ratings: { '2015': email }, registration: null }, { members: true, ratings: ['2015', '2016-H1'], registration: false }, fallback)).toEqual({
      members: fallback,
      ratings: { '2015': email, '2016-H1': fallback },
      registration: null,
    });
  });

  test('a workbook made before Ghi nhận: each value is stamped with the row\'s Cập nhật and Nguồn', () => {
    const campaign = { periods: [{ code: '2015', label: 'năm 2015' }, { code: '2016-H1', label: '6 tháng đầu năm 2016' }] };
    const updated = new Date(form.at);
    const rows = readChapterRows(
      [
        ['Chi đoàn', 'Số đoàn viên', 'Xếp loại năm 2015', 'Xếp loại 6 tháng đầu năm 2016', 'Đăng ký', 'Nguồn', 'Cập nhật'],
        ['Chi đoàn Xuân Thọ', 30, 'Khá', '', 'Hỗ trợ', 'Form: 2_ABCD', updated],
        ['Chi đoàn Phước Trà', '', 'Yếu', '', '', 'Email: <x@y> (Chi đoàn mới)', updated],
        ['Chi đoàn Tú Nghĩa', '', '', '', '', '', ''],
      ],
      campaign,
    );
    const stamp = { at: form.at, key: '2_ABCD', kind: 'Form' };
    expect(rows[0].provenance).toEqual({ members: stamp, ratings: { '2015': stamp }, registration: stamp });
    expect(rows[1].provenance).toEqual({ members: null, ratings: { '2015': { at: form.at, key: '<x@y>', kind: 'Email' } }, registration: null });
    expect(rows[2].provenance).toEqual({ members: null, ratings: {}, registration: null });
    // The older email resumed then keeps its hands off the form's rating.
    const result = mergeSubmission(rows, { hasRegistration: false, chapters: [rate('Xuân Thọ', { '2015': 'VUNG_MANH' })] }, campaign.periods.map((p) => p.code), 'legacy', email);
    expect(result.chapters[0].ratings['2015']).toBe('KHA');
  });
});
