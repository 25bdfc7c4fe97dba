import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePath } from '../../../local/parse';
import { parseEmail, parseText } from '../../../src/intake';
import { intakeErrors, intakeWarnings } from '../../../src/intake/messages';
import type { ParseReport } from '../../../src/intake/report';
import { isChatText, registrationClauses, shortRegistration, slotRating, spaceGluedYears, takeMembers, AMBIGUOUS_HT } from '../../../src/intake/table/phoneText';
import {
  phoneAmbiguousHt,
  phoneBareNames,
  phoneChatOnly,
  phoneCurrentScale,
  phoneEml,
  phoneGroupedByRating,
  phoneNamedPeriods,
  phoneNumberedList,
  phoneSeveralPerLine,
} from '../../fixtures/shapes2phone';
import { findUnit } from '../../../src/intake/table/unit';
import { checked } from './helpers';

const read = (text: string) => checked(parseText(text));
const newChapter = (name: string) => intakeWarnings.registrationNewChapter(name, 'hỗ trợ');

const expected: Record<string, ParseReport> = {
  namedPeriods: {
    ok: true,
    source: 'txt',
    unit: 'doan xa tam tra',
    periods: ['2015', '2016-H1'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
      { name: 'cd truong thanh', members: null, ratings: { '2015': 'KHA', '2016-H1': 'TRUNG_BINH' }, registration: null },
      { name: 'cd thon 3', members: null, ratings: { '2015': 'YEU', '2016-H1': 'KHA' }, registration: null },
      { name: 'cd thuan yen dong', members: null, ratings: { '2015': 'TRUNG_BINH', '2016-H1': 'YEU' }, registration: 'SUPPORT' },
      { name: 'cd tam son', members: null, ratings: {}, registration: 'SUPPORT' },
    ],
    warnings: [newChapter('cd tam son')],
  },
  numberedList: {
    ok: true,
    source: 'txt',
    unit: 'doan xa tam tra',
    periods: ['2015', '2016-H1'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
      { name: 'cd truong thanh', members: null, ratings: { '2015': 'KHA', '2016-H1': 'VUNG_MANH' }, registration: null },
      { name: 'cd thon 3', members: null, ratings: { '2015': 'TRUNG_BINH', '2016-H1': 'YEU' }, registration: 'SUPPORT' },
      { name: 'cd tam son', members: null, ratings: { '2015': 'YEU', '2016-H1': 'TRUNG_BINH' }, registration: null },
    ],
    warnings: [],
  },
  bareNames: {
    ok: true,
    source: 'txt',
    unit: 'Doan xa Tam Tra',
    periods: ['2015', '2016-H1'],
    chapters: [
      { name: 'xuan tho', members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
      { name: 'truong thanh', members: 31, ratings: { '2015': 'KHA', '2016-H1': 'TRUNG_BINH' }, registration: null },
      { name: 'thon 3', members: null, ratings: { '2015': 'TRUNG_BINH', '2016-H1': 'YEU' }, registration: 'SUPPORT' },
    ],
    warnings: [],
  },
  currentScale: {
    ok: true,
    source: 'txt',
    unit: 'doan xa tam tra',
    periods: ['2020'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2020': 'HTXSNV' }, registration: null },
      { name: 'cd truong thanh', members: null, ratings: { '2020': 'HTTNV' }, registration: 'BUILD_STRONG' },
      { name: 'cd thon 3', members: null, ratings: { '2020': 'HTNV' }, registration: null },
      { name: 'cd tam son', members: null, ratings: { '2020': 'KHTNV' }, registration: 'SUPPORT' },
    ],
    warnings: [],
  },
  ambiguousHt: {
    ok: true,
    source: 'txt',
    unit: null,
    periods: ['2015'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: null },
      { name: 'cd thon 3', members: null, ratings: {}, registration: null },
      { name: 'cd tam son', members: null, ratings: { '2015': 'KHA' }, registration: null },
    ],
    warnings: [intakeWarnings.ambiguousHt(3, 'cd thon 3', 'năm 2015')],
  },
  chatOnly: { ok: false, error: intakeErrors.noTable },
  groupedByRating: {
    ok: true,
    source: 'txt',
    unit: 'doan xa tam tra',
    periods: ['2015', '2016-H1'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'VUNG_MANH' }, registration: null },
      { name: 'cd truong thanh', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'TRUNG_BINH' }, registration: 'BUILD_STRONG' },
      { name: 'cd thon 3', members: null, ratings: { '2015': 'KHA', '2016-H1': 'TRUNG_BINH' }, registration: 'SUPPORT' },
    ],
    warnings: [],
  },
  severalPerLine: {
    ok: true,
    source: 'txt',
    unit: null,
    periods: ['2020'],
    chapters: [
      { name: 'cd xuan tho', members: null, ratings: { '2020': 'HTXSNV' }, registration: null },
      { name: 'cd truong thanh', members: null, ratings: { '2020': 'HTTNV' }, registration: null },
      { name: 'cd thon 3', members: null, ratings: { '2020': 'HTNV' }, registration: null },
      { name: 'cd tam son', members: null, ratings: { '2020': 'KHTNV' }, registration: 'SUPPORT' },
    ],
    warnings: [],
  },
};

const texts: [keyof typeof expected, () => string][] = [
  ['namedPeriods', phoneNamedPeriods],
  ['numberedList', phoneNumberedList],
  ['bareNames', phoneBareNames],
  ['currentScale', phoneCurrentScale],
  ['ambiguousHt', phoneAmbiguousHt],
  ['chatOnly', phoneChatOnly],
  ['groupedByRating', phoneGroupedByRating],
  ['severalPerLine', phoneSeveralPerLine],
];

describe('phone-typed text: no diacritics, abbreviations', () => {
  it.each(texts)('%s: the full report', (shape, text) => {
    expect(read(text())).toEqual(expected[shape]);
  });

  it('the same body in a mail: the unit from the subject', () => {
    const report = checked(parseEmail({ subject: 'bc xl doan xa tam tra', plainBody: 'gui anh xl nam 2015\ncd xuan tho vm\ncd thon 3 - k\ndk xd cd manh: cd xuan tho', attachments: [] }));
    expect(report).toEqual({
      ok: true,
      source: 'eml',
      unit: 'doan xa tam tra',
      periods: ['2015'],
      chapters: [
        { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
        { name: 'cd thon 3', members: null, ratings: { '2015': 'KHA' }, registration: null },
      ],
      warnings: [],
    });
  });

  it('a rating after its period keeps the period; one without takes the next period the line did not name', () => {
    expect(read('xl 2015, 6t 2016\ncd xuan tho: 2015 vm, k\ncd thon 3 vm, tb')).toMatchObject({
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'cd xuan tho', ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' } },
        { name: 'cd thon 3', ratings: { '2015': 'VUNG_MANH', '2016-H1': 'TRUNG_BINH' } },
      ],
      warnings: [],
    });
  });

  it('a trailing "ht" with every period already rated is not a rating of an earlier period', () => {
    const report = read('cd thon 3: 2015 y, 6t 2016 k, ht');
    expect(report).toMatchObject({ chapters: [{ name: 'cd thon 3', ratings: { '2015': 'YEU', '2016-H1': 'KHA' }, registration: null }] });
    expect(report.ok && report.warnings).toEqual([intakeWarnings.listRatingWithoutPeriod(1, 'cd thon 3', 'ht')]);
  });

  it('"HT" in another period than the old-scale ratings is that period\'s Hoàn thành nhiệm vụ', () => {
    expect(read('cd a: 2015 vm\ncd b: 2020 ht')).toMatchObject({
      chapters: [
        { name: 'cd a', ratings: { '2015': 'VUNG_MANH' } },
        { name: 'cd b', ratings: { '2020': 'HTNV' } },
      ],
    });
  });

  it('a rating group is read only under one period, and only with chapters\' names', () => {
    expect(read('xl 2015 va 6t 2016\nvm: cd a, cd b')).toEqual({ ok: false, error: intakeErrors.noTable });
    expect(read('xl 2015\nvm: em gui anh sau')).toEqual({ ok: false, error: intakeErrors.noTable });
    expect(read('xl 2015\nvm: cd a, cd b\nht: cd c')).toMatchObject({
      chapters: [{ name: 'cd a', ratings: { '2015': 'VUNG_MANH' } }, { name: 'cd b', ratings: { '2015': 'VUNG_MANH' } }, { name: 'cd c', ratings: {} }],
      warnings: [intakeWarnings.ambiguousHt(3, 'cd c', 'năm 2015')],
    });
  });

  it.each([
    'em gui anh k',
    'anh xem giup em y',
    'cd xuan tho nam nay kha',
    'cd minh co 5 cd vm',
    'ok anh, vm',
    'chao anh: cd xuan tho vm',
  ])('"%s" under a period is prose, not a chapter', (line) => {
    expect(read(`xl nam 2015\n${line}`)).toEqual({ ok: false, error: intakeErrors.noTable });
  });

  it('a bare "ht:" line is not a registration (it may group chapters rated HT); after "dk" it is', () => {
    const base = 'xl 2015\ncd a vm\ncd b k\n';
    expect(read(`${base}ht: cd b`)).toMatchObject({ chapters: [{ name: 'cd a', registration: null }, { name: 'cd b', registration: null, ratings: { '2015': 'KHA' } }], warnings: [] });
    expect(read(`${base}dk ht: cd b`)).toMatchObject({ chapters: [{ name: 'cd a', registration: null }, { name: 'cd b', registration: 'SUPPORT' }] });
    expect(read(`${base}dk xd cd manh cd a, ht cd b`)).toMatchObject({ chapters: [{ name: 'cd a', registration: 'BUILD_STRONG' }, { name: 'cd b', registration: 'SUPPORT' }] });
  });
});

describe('phone text helpers', () => {
  it('reads ratings where one is expected, holding "ht" until the list is read', () => {
    expect(['vm', 'K', 'tb', 'y', 'htxs', 'htt', 'ht', 'H.T', 'ko ht', 'ht tot', 'kha'].map(slotRating)).toEqual([
      'VUNG_MANH', 'KHA', 'TRUNG_BINH', 'YEU', 'HTXSNV', 'HTTNV', AMBIGUOUS_HT, AMBIGUOUS_HT, 'KHTNV', 'HTTNV', 'KHA',
    ]);
    expect(slotRating('k ht')).toBeNull(); // "Khá, hỗ trợ" or "không hoàn thành": not guessed
  });

  it('reads short registrations; a bare "ht" or "xay dung" is none', () => {
    expect(['dk ht', 'can ht', 'dk gd', 'ho tro', 'dk xd', 'xd cd manh', 'cdm', 'dk xd cdm', 'ht', 'gd', 'xay dung', 'cd xuan tho'].map(shortRegistration)).toEqual([
      'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'BUILD_STRONG', 'BUILD_STRONG', 'BUILD_STRONG', 'BUILD_STRONG', null, null, null, null,
    ]);
  });

  it('splits a one-line registration by clause, only when it says "đăng ký"', () => {
    expect(registrationClauses('dk xd cd manh: cd xuan tho; ho tro: cd thuan yen dong, cd tam son')).toEqual([
      { text: 'dk xd cd manh: cd xuan tho' },
      { text: 'ho tro: cd thuan yen dong, cd tam son' },
    ]);
    expect(registrationClauses('đk xd cđ mạnh: cđ Xuân Thọ, ht: cđ Thôn 3')).toEqual([{ text: 'đk xd cđ mạnh: cđ Xuân Thọ' }, { text: 'cđ Thôn 3', registration: 'SUPPORT' }]);
    expect(registrationClauses('ho tro: cd a; ht: cd b')).toEqual([{ text: 'ho tro: cd a; ht: cd b' }]);
  });

  it('takes members typed beside a name, and only with their unit', () => {
    expect(takeMembers('xuan tho vm k 24dv')).toEqual({ text: 'xuan tho vm k', members: 24 });
    expect(takeMembers('Xuân Thọ (31 đv)')).toEqual({ text: 'Xuân Thọ', members: 31 });
    expect(takeMembers('thon 3')).toEqual({ text: 'thon 3', members: null });
  });

  it('parts a year glued to its period word', () => {
    expect(spaceGluedYears('6t2016 k, nam2015 vm, K2015')).toBe('6t 2016 k, nam 2015 vm, K2015');
  });

  it('finds the unit typed without diacritics, after "bt" (Bí thư) and before "bc xl"', () => {
    expect(['doan xa tam tra bc xl cd 2015', 'bt doan xa tam tra', 'Bí thư Đoàn xã Tam Trà', 'doan xa tam tra dk xd cd manh: cd a'].map((line) => findUnit([line]))).toEqual([
      'doan xa tam tra', 'doan xa tam tra', 'Đoàn xã Tam Trà', 'doan xa tam tra',
    ]);
    // A chapter's secretary, and prose that mentions the unit, do not name the writer.
    expect(['bi thu chi doan xuan tho: a nam', 'em la bt doan xa tam tra'].map((line) => findUnit([line]))).toEqual([null, null]);
  });

  it('tells chat from names', () => {
    expect(isChatText('em gui anh', false)).toBe(true);
    expect(isChatText('cd minh co 5 cd', true)).toBe(true);
    expect(isChatText('Tổ A', true)).toBe(false);
    expect(isChatText('xuan tho', false)).toBe(false);
  });
});

describe('npm run parse on phone text', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-phone-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(texts)('%s.txt', (shape, text) => {
    const path = join(dir, `${shape}.txt`);
    writeFileSync(path, text());
    const report = expected[shape];
    expect(parsePath(path)).toEqual({ report, exitCode: report.ok ? 0 : 1 });
  });

  it('thu.eml: the body typed on a phone', () => {
    const path = join(dir, 'thu.eml');
    writeFileSync(path, phoneEml());
    expect(parsePath(path)).toEqual({
      report: {
        ok: true,
        source: 'eml',
        unit: 'doan xa tam tra',
        periods: ['2015'],
        chapters: [
          { name: 'cd xuan tho', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
          { name: 'cd thon 3', members: null, ratings: { '2015': 'KHA' }, registration: null },
        ],
        warnings: [],
      },
      exitCode: 0,
    });
  });
});
