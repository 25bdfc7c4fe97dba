import * as fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePath } from '../../../local/parse';
import { parseEmail, parseEml, parseFile, parseText } from '../../../src/intake';
import { intakeWarnings } from '../../../src/intake/messages';
import type { OkReport } from '../../../src/intake/report';
import { findRegistrationSentences, isChapterName } from '../../../src/intake/table/registration';
import { findUnit } from '../../../src/intake/table/unit';
import {
  LETTER_PROSE,
  REGISTRATION_LIST,
  REGISTRATION_SENTENCES,
  SAMPLE_CHAPTERS,
  buildDocx,
  buildEml,
  buildWorkbook,
  buildXlsx,
  coverLetterRows,
  coverLetterWorkbook,
  onePeriodTable,
  ratingLabel,
  ratingsAndLetterEmail,
  registrationLetterDocx,
  sampleChapters,
  sampleReport,
  sampleTable,
} from '../../fixtures';
import { checked, cpuTimed } from './helpers';

const UPPER_UNIT = 'ĐOÀN XÃ TAM TRÀ';
const eml = (options: Parameters<typeof buildEml>[0]) => checked(parseEmail(parseEml(buildEml(options))));
const registrationsOnly = () => SAMPLE_CHAPTERS.filter((c) => c.registration).map((c) => ({ name: c.name, members: null, ratings: {}, registration: c.registration }));
const partialRegistration = (source: OkReport['source'], unit: string): OkReport => ({
  ok: true,
  source,
  unit,
  periods: [],
  chapters: registrationsOnly(),
  warnings: [intakeWarnings.registrationOnly],
});

describe('the table on another worksheet, after a cover letter typed into cells', () => {
  it('reads the table sheet, the unit from the letterhead, and never the letter\'s prose as chapters', () => {
    expect(checked(parseFile({ name: 'bao-cao.xlsx', bytes: coverLetterWorkbook() }))).toEqual(sampleReport('xlsx', { unit: UPPER_UNIT }));
  });

  it('takes the unit from the letter\'s running text when the letterhead does not name it (not the addressee, not the parent)', () => {
    const bytes = coverLetterWorkbook({ letterhead: false, table: sampleTable() });
    expect(checked(parseFile({ name: 'bao-cao.xlsx', bytes }))).toEqual(sampleReport('xlsx'));
  });

  it('applies a registration written in the letter as a heading and one chapter per line', () => {
    const bytes = coverLetterWorkbook({ registration: REGISTRATION_LIST, table: sampleTable({ registration: 'none' }) });
    expect(checked(parseFile({ name: 'bao-cao.xlsx', bytes }))).toEqual(sampleReport('xlsx', { unit: UPPER_UNIT }));
  });

  it('reads the same whichever sheet comes first', () => {
    const bytes = buildWorkbook([
      { name: 'Bảng', rows: sampleTable() },
      { name: 'Công văn', rows: coverLetterRows() },
    ]);
    expect(checked(parseFile({ name: 'bao-cao.xlsx', bytes }))).toEqual(sampleReport('xlsx', { unit: UPPER_UNIT }));
  });

  it("takes the period from the table's own sheet, not from the letter's sentences", () => {
    const table = [['XẾP LOẠI CHI ĐOÀN NĂM 2015'], ['STT', 'Tên Chi đoàn', 'Xếp loại'], ...SAMPLE_CHAPTERS.map((c, i) => [String(i + 1), c.name, ratingLabel(c.ratings['2015'])])];
    const bytes = buildWorkbook([{ name: 'Công văn', rows: coverLetterRows() }, { name: 'Bảng', rows: table }]);
    expect(checked(parseFile({ name: 'bao-cao.xlsx', bytes }))).toEqual(
      sampleReport('xlsx', { unit: UPPER_UNIT, periods: ['2015'], chapters: sampleChapters((c) => ({ members: null, ratings: { '2015': c.ratings['2015'] }, registration: null })) }),
    );
  });

  it('reads registration group rows of a table as the registration of the chapters under them, never as chapters', () => {
    const rows = [
      ['STT', 'Tên Chi đoàn', 'Năm 2015'],
      ['I', 'Đăng ký xây dựng Chi đoàn mạnh', ''],
      ['1', 'Chi đoàn Xuân Thọ', 'Vững mạnh'],
      ['II', 'Hỗ trợ', ''],
      ['1', 'Chi đoàn Hòa Bình', 'Trung bình'],
      ['2', 'Chi đoàn Thôn 3', 'Yếu'],
      ['III', 'Các Chi đoàn khác', ''],
      ['1', 'Chi đoàn Trường Thạnh', 'Khá'],
    ];
    const order = [0, 2, 3, 1];
    expect(checked(parseFile({ name: 'bang.xlsx', bytes: buildXlsx(rows) }))).toEqual(
      sampleReport('xlsx', { unit: null, periods: ['2015'], chapters: order.map((i) => sampleChapters((c) => ({ members: null, ratings: { '2015': c.ratings['2015'] } }))[i]) }),
    );
  });

  it('reproduces the letter bug no more: the letter alone holds no chapter', () => {
    const bytes = buildWorkbook([{ name: 'Công văn', rows: coverLetterRows() }]);
    expect(parseFile({ name: 'cong-van.xlsx', bytes })).toMatchObject({ ok: false });
    expect(findRegistrationSentences([{ text: LETTER_PROSE, line: 1 }])).toEqual([]);
  });
});

describe('registration from a second document of the message', () => {
  it('merges a Word letter\'s registration sentences into the spreadsheet\'s ratings, the unit from the letter', () => {
    expect(eml(ratingsAndLetterEmail())).toEqual(sampleReport('eml', { unit: UPPER_UNIT }));
  });

  it('merges a letter written as a heading and a list', () => {
    expect(eml(ratingsAndLetterEmail(registrationLetterDocx(REGISTRATION_LIST)))).toEqual(sampleReport('eml', { unit: UPPER_UNIT }));
  });

  it('merges a registration list typed in the body', () => {
    const [sheet] = ratingsAndLetterEmail().attachments ?? [];
    const text = ['Kính gửi Huyện đoàn,', ...REGISTRATION_LIST, 'Trân trọng.', 'BCH Đoàn xã Tam Trà'].join('\n');
    expect(eml({ from: 'a@gmail.com', text, attachments: [sheet] })).toEqual(sampleReport('eml'));
  });

  it('merges another period from a second attachment', () => {
    const attachments = [
      { name: 'nam-2015.xlsx', bytes: buildXlsx(onePeriodTable('2015')) },
      { name: '6-thang-2016.docx', bytes: buildDocx(onePeriodTable('2016-H1'), { before: ['BCH ĐOÀN XÃ TAM TRÀ'] }) },
    ];
    expect(eml({ from: 'a@gmail.com', text: 'Gửi Huyện đoàn.', attachments })).toEqual(sampleReport('eml', { unit: UPPER_UNIT, chapters: sampleChapters(() => ({ registration: null })) }));
  });

  it('keeps the table\'s values where the documents disagree, and says which was kept', () => {
    const letter = registrationLetterDocx(['Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Hòa Bình.', 'Đăng ký hỗ trợ: Chi đoàn Tân Hiệp.']);
    const table = buildXlsx(sampleTable());
    const body = 'Chi đoàn Xuân Thọ: năm 2015 Khá';
    const report = eml({ from: 'a@gmail.com', text: body, attachments: [{ name: 'bang.xlsx', bytes: table }, { name: 'dang-ky.docx', bytes: letter }] });
    const [kept, other, mail] = ['tệp "bang.xlsx"', 'tệp "dang-ky.docx"', 'nội dung thư'];
    expect(report).toEqual(
      sampleReport('eml', {
        unit: UPPER_UNIT,
        chapters: [...sampleChapters(), { name: 'Chi đoàn Tân Hiệp', members: null, ratings: {}, registration: 'SUPPORT' }],
        warnings: [
          intakeWarnings.documentsDisagree('Chi đoàn Hòa Bình', 'đăng ký', [kept, 'hỗ trợ'], [other, 'xây dựng Chi đoàn mạnh']),
          intakeWarnings.registrationNewChapter('Chi đoàn Tân Hiệp', 'hỗ trợ'),
          intakeWarnings.documentsDisagree('Chi đoàn Xuân Thọ', 'xếp loại năm 2015', [kept, 'Vững mạnh'], [mail, 'Khá']),
        ],
      }),
    );
  });

  it('adds a chapter only the second document rates, and says so', () => {
    const other = buildDocx([['Tên Chi đoàn', 'Năm 2015'], ['Chi đoàn Tân Hiệp', 'Khá']]);
    const report = eml({ from: 'a@gmail.com', text: 'Gửi.', attachments: [{ name: 'bang.xlsx', bytes: buildXlsx(sampleTable()) }, { name: 'bo-sung.docx', bytes: other }] });
    expect(report).toEqual(
      sampleReport('eml', {
        unit: null,
        chapters: [...sampleChapters(), { name: 'Chi đoàn Tân Hiệp', members: null, ratings: { '2015': 'KHA' }, registration: null }],
        warnings: [intakeWarnings.chapterOnlyIn('Chi đoàn Tân Hiệp', 'tệp "bo-sung.docx"')],
      }),
    );
  });
});

describe('partial reports', () => {
  it('a message with only the registration, as a list in the body: ok, and says the ratings are missing', () => {
    expect(eml({ from: 'a@gmail.com', subject: 'Đăng ký - Đoàn xã Tam Trà', text: ['Kính gửi Huyện đoàn,', ...REGISTRATION_LIST].join('\n') })).toEqual(partialRegistration('eml', 'Đoàn xã Tam Trà'));
  });

  it('a Word letter with only the registration sentences', () => {
    expect(checked(parseFile({ name: 'dang-ky.docx', bytes: registrationLetterDocx() }))).toEqual(partialRegistration('docx', UPPER_UNIT));
  });

  it('two registrations typed on one line', () => {
    const text = 'Đoàn xã Tam Trà đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ; hỗ trợ: Chi đoàn Hòa Bình và Chi đoàn Thôn 3.';
    expect(checked(parseText(text))).toEqual(partialRegistration('txt', 'Đoàn xã Tam Trà'));
  });

  it('only the ratings of one period: ok, that period only', () => {
    const report = eml({ from: 'a@gmail.com', text: 'Gửi bổ sung.', attachments: [{ name: 'b.xlsx', bytes: buildXlsx([[UPPER_UNIT], ...onePeriodTable('2016-H1')]) }] });
    expect(report).toEqual(
      sampleReport('eml', { unit: UPPER_UNIT, periods: ['2016-H1'], chapters: sampleChapters((c) => ({ ratings: { '2016-H1': c.ratings['2016-H1'] }, registration: null })) }),
    );
  });

  it('a typed list where a chapter lacks a period says which', () => {
    const text = ['Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá', 'Chi đoàn Hòa Bình: năm 2015 Khá'].join('\n');
    expect(checked(parseText(text))).toEqual({
      ok: true,
      source: 'txt',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Hòa Bình', members: null, ratings: { '2015': 'KHA' }, registration: null },
      ],
      warnings: [intakeWarnings.missingListRating(3, 'Chi đoàn Hòa Bình', '6 tháng đầu năm 2016')],
    });
  });

  it('never makes a registration word a chapter\'s name', () => {
    const text = ['Hỗ trợ:', 'Giúp đỡ - Chi đoàn Thôn 3', 'Xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ', 'Đăng ký hỗ trợ: các Chi đoàn yếu.', 'Hỗ trợ, giúp đỡ 2 Chi đoàn.'].join('\n');
    const report = checked(parseText(text));
    expect(report).toEqual({
      ok: true,
      source: 'txt',
      unit: null,
      periods: [],
      chapters: [
        { name: 'Chi đoàn Thôn 3', members: null, ratings: {}, registration: 'SUPPORT' },
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: {}, registration: 'BUILD_STRONG' },
      ],
      warnings: [intakeWarnings.registrationOnly],
    });
  });
});

describe('names and units read out of prose', () => {
  it.each([
    ['Chi đoàn Xuân Thọ', true],
    ['Thôn Hải Châu', true],
    ['Chi đoàn Bà Rén', true],
    ['chi doan thon 3', true],
    ['và hỗ trợ các Chi đoàn yếu theo danh sách kèm theo', false],
    ['các Chi đoàn còn lại', false],
    ['Chi đoàn mạnh', false],
    ['2 Chi đoàn', false],
    ['Hỗ trợ', false],
    ['Chi đoàn sau', false],
  ])('%s → %s', (name, expected) => {
    expect(isChapterName(name)).toBe(expected);
  });

  it('finds the writer in a letter\'s sentence, never the parent body or the addressee', () => {
    expect(findUnit(['Thực hiện Công văn của Ban Thường vụ Huyện đoàn Núi Thành, Ban Chấp hành Đoàn xã Tam Trà báo cáo như sau:'])).toBe('Đoàn xã Tam Trà');
    expect(findUnit(['Kính gửi: Ban Chấp hành Đoàn xã Tam Anh'])).toBeNull();
    expect(findUnit(['Ban Thường vụ Huyện đoàn Núi Thành đề nghị'])).toBeNull();
    expect(findUnit(['Ban Chấp hành Đoàn xã sẽ hỗ trợ, giúp đỡ Chi đoàn Thôn 3.'])).toBeNull();
  });
});

describe('npm run parse on these shapes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-sheets-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['cong-van-va-bang.xlsx', () => coverLetterWorkbook(), sampleReport('xlsx', { unit: UPPER_UNIT })],
    ['hai-tep.eml', () => buildEml(ratingsAndLetterEmail()), sampleReport('eml', { unit: UPPER_UNIT })],
    ['dang-ky.docx', () => registrationLetterDocx(), partialRegistration('docx', UPPER_UNIT)],
  ] as const)('%s → the full report, exit 0', (name, build, report) => {
    expect(parsePath(write(name, build()))).toEqual({ report, exitCode: 0 });
  });
});

describe('registration readers never invent (fast-check)', () => {
  const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
  const words = fc.constantFrom('Đoàn xã', 'đăng ký', 'xây dựng', 'Chi đoàn', 'mạnh', 'hỗ trợ', 'giúp đỡ', 'các', 'theo', 'danh sách', 'kèm theo', 'và', 'yếu', 'sẽ', 'năm 2016', ',', ':', '.', ';', '-', 'Xuân Thọ', 'thôn 3');
  const prose = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));

  it('never throws, and every name it reads is a chapter\'s name, not prose', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, fc.string({ maxLength: 120 })), { maxLength: 12 }), (lines) => {
        const found = findRegistrationSentences(lines.map((text, i) => ({ text, line: i + 1 })));
        return found.every((s) => s.names.length > 0 && s.names.every(isChapterName));
      }),
      RUNS,
    );
  });

  it('a sentence of prose that names no chapter never becomes one', () => {
    const clause = fc.constantFrom('Đoàn xã đăng ký xây dựng Chi đoàn mạnh', 'Đăng ký hỗ trợ', 'Ban Chấp hành sẽ giúp đỡ', 'Đăng ký xây dựng Chi đoàn mạnh và hỗ trợ');
    const tail = fc.constantFrom(' các Chi đoàn yếu', ' theo danh sách kèm theo', ' theo kế hoạch', ' 2 Chi đoàn', ' các Chi đoàn còn lại', '');
    fc.assert(fc.property(clause, tail, tail, (a, b, c) => findRegistrationSentences([{ text: `${a}${b}${c}.`, line: 1 }]).length === 0), RUNS);
  });

  it('stays fast on a long letter (bounded time)', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ text: `${LETTER_PROSE} Dòng ${i}, ${REGISTRATION_SENTENCES[i % 2]}`, line: i + 1 }));
    expect(cpuTimed(() => findRegistrationSentences(long)).ms).toBeLessThan(2000);
  });
});
