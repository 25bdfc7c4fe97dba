import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePath } from '../../../local/parse';
import { parseFile, parseHtml, parseText } from '../../../src/intake';
import { intakeErrors } from '../../../src/intake/messages';
import type { ParseReport } from '../../../src/intake/report';
import { buildCsv, buildDocx, buildXlsx, gmailBody, htmlTable, sampleChapters, sampleReport } from '../../fixtures';
import {
  CURRENT_CHAPTERS,
  CURRENT_HEADS,
  CURRENT_LEVELS,
  LEGACY_HEADS,
  longRows,
  matrixDocx,
  matrixHtml,
  matrixXlsx,
  sampleMatrix,
  type MatrixSpec,
} from '../../fixtures/shapes2shapes';
import { checked } from './helpers';

const UNIT = 'Đoàn xã Tam Trà';
const xlsx = (spec: MatrixSpec, before: readonly string[] = [UNIT]) => {
  const { rows, merges } = matrixXlsx(spec, before);
  return buildXlsx(rows, { merges });
};
const file = (name: string, bytes: Uint8Array) => checked(parseFile({ name, bytes }));

describe('checkmark matrices', () => {
  const spec = sampleMatrix({ total: 'labelled', marks: ['x', 'X', '✓', 'v'] });

  it('xlsx: periods merged over VM | K | TB | Y, marks x/X/✓/v, members, registration, a total row', () => {
    expect(file('bang.xlsx', xlsx(spec, [UNIT, 'BẢNG XẾP LOẠI CHI ĐOÀN']))).toEqual(sampleReport('xlsx'));
  });

  it('docx: gridSpan over the rating columns, vMerge down the name column', () => {
    expect(file('bang.docx', buildDocx(matrixDocx(spec), { before: [UNIT] }))).toEqual(sampleReport('docx'));
  });

  it('html: colspan and rowspan, a mail body', () => {
    expect(checked(parseHtml(gmailBody([UNIT], htmlTable(matrixHtml({ ...spec, marks: ['1'] })))))).toEqual(sampleReport('html'));
  });

  it('a period typed once over unmerged cells, and a three-row header ("Xếp loại" / period / rating)', () => {
    const plain = matrixXlsx(sampleMatrix(), [UNIT]);
    expect(file('a.xlsx', buildXlsx(plain.rows))).toEqual(sampleReport('xlsx'));
    const heads = ['VM', 'K', 'TB', 'Y'];
    const rows = [
      [UNIT],
      ['STT', 'Tên Chi đoàn', 'Số đoàn viên', 'Xếp loại', '', '', '', '', '', '', '', 'Đăng ký'],
      ['', '', '', 'Năm 2015', '', '', '', '6 tháng đầu năm 2016', '', '', '', ''],
      ['', '', '', ...heads, ...heads, ''],
      ...plain.rows.slice(3),
    ];
    const merges = ['A2:A4', 'B2:B4', 'C2:C4', 'D2:K2', 'D3:G3', 'H3:K3', 'L2:L4'];
    expect(file('b.xlsx', buildXlsx(rows, { merges }))).toEqual(sampleReport('xlsx'));
  });

  it('one period named in the title, full labels as headers, an unlabelled total, a legend below', () => {
    const one = sampleMatrix({
      periods: [],
      heads: LEGACY_HEADS.long,
      chapters: sampleMatrix().chapters.map((c) => ({ ...c, marks: [c.marks[0]] })),
      total: 'bare',
      after: ['Ghi chú: VM – Vững mạnh; K – Khá; TB – Trung bình; Y – Yếu'],
    });
    const report = file('a.xlsx', xlsx(one, [UNIT, 'BẢNG XẾP LOẠI CHI ĐOÀN NĂM 2015']));
    expect(report).toEqual(sampleReport('xlsx', { periods: ['2015'], chapters: sampleChapters((c) => ({ ratings: { '2015': c.ratings['2015'] } })) }));
  });

  it('the current scale (HTXS | HTT | HT | KHT): two marks, no mark or an odd mark give no rating and a warning', () => {
    const current = sampleMatrix({
      periods: ['Năm 2024', '6 tháng đầu năm 2025'],
      levels: CURRENT_LEVELS,
      heads: CURRENT_HEADS.short,
      registration: false,
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: 24, marks: ['HTXSNV', ['HTTNV', 'HTNV']] },
        { name: 'Chi đoàn Trường Thạnh', members: 31, marks: [null, 'KHTNV'] },
        { name: 'Chi đoàn Hòa Bình', members: 17, marks: ['HTNV', 'HTTNV'] },
      ],
      after: ['(HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: Hoàn thành tốt nhiệm vụ; HT: Hoàn thành nhiệm vụ; KHT: Không hoàn thành nhiệm vụ)'],
    });
    const { rows, merges } = matrixXlsx(current, [UNIT]);
    rows[5][3] = '?'; // Hòa Bình, 2024, under HTXS: neither a mark nor blank
    expect(file('a.xlsx', buildXlsx(rows, { merges }))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: UNIT,
      periods: ['2024', '2025-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: 24, ratings: { '2024': 'HTXSNV' }, registration: null },
        { name: 'Chi đoàn Trường Thạnh', members: 31, ratings: { '2025-H1': 'KHTNV' }, registration: null },
        { name: 'Chi đoàn Hòa Bình', members: 17, ratings: { '2025-H1': 'HTTNV' }, registration: null },
      ],
      warnings: [
        'Dòng 4 (Chi đoàn Xuân Thọ): đánh dấu hai mức xếp loại ở cột "6 tháng đầu năm 2025"; chưa ghi xếp loại kỳ này cho Chi đoàn.',
        'Dòng 5 (Chi đoàn Trường Thạnh): chưa có xếp loại ở cột "Năm 2024".',
        'Dòng 6 (Chi đoàn Hòa Bình): không hiểu "?" ở cột "Năm 2024" (đánh dấu "x" vào đúng một mức xếp loại).',
      ],
    });
  });

  it('registration marked too, under "Đăng ký" over "CĐ mạnh | HT" (HT there is Hỗ trợ, not a rating)', () => {
    const rows = [
      [UNIT],
      ['STT', 'Tên Chi đoàn', 'Năm 2015', '', '', '', 'Đăng ký', ''],
      ['', '', 'VM', 'K', 'TB', 'Y', 'CĐ mạnh', 'HT'],
      ['1', 'Chi đoàn Xuân Thọ', 'x', '', '', '', 'x', ''],
      ['2', 'Chi đoàn Thôn 3', '', '', '', 'x', '', 'x'],
    ];
    expect(file('a.xlsx', buildXlsx(rows, { merges: ['A2:A3', 'B2:B3', 'C2:F2', 'G2:H2'] }))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: UNIT,
      periods: ['2015'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU' }, registration: 'SUPPORT' },
      ],
      warnings: [],
    });
  });

  it('a matrix pasted into a mail body (tab-separated) reads the same', () => {
    const { rows } = matrixXlsx(sampleMatrix(), [UNIT]);
    expect(checked(parseText(rows.map((row) => row.join('\t')).join('\n')))).toEqual(sampleReport('txt'));
  });
});

describe('the long format: one row per chapter and period', () => {
  const entries = (): [string, string, string][] =>
    sampleChapters().flatMap((c): [string, string, string][] => [
      [c.name, 'Năm 2015', ratingText(c.ratings['2015'])],
      [c.name, '6 tháng đầu năm 2016', ratingText(c.ratings['2016-H1'])],
    ]);
  const noExtras = sampleChapters(() => ({ members: null, registration: null }));

  it('csv with semicolons (Vietnamese regional settings): gathered per chapter', () => {
    const rows = [[UNIT], ...longRows(entries())];
    expect(file('a.csv', buildCsv(rows, { separator: ';' }))).toEqual(sampleReport('csv', { chapters: noExtras }));
  });

  it('xlsx sorted by period, the period merged down its rows, members and registration on one row each', () => {
    const sorted = [...entries()].sort((a, b) => a[1].localeCompare(b[1]));
    const rows: string[][] = [[UNIT], ['Kỳ xếp loại', 'Tên Chi đoàn', 'Xếp loại', 'Số đoàn viên', 'Đăng ký']];
    sorted.forEach(([name, period, rating], i) => {
      const chapter = sampleChapters().find((c) => c.name === name);
      const first = i < 4;
      rows.push([i % 4 === 0 ? period : '', name, rating, first ? String(chapter?.members) : '', first && chapter?.registration ? (chapter.registration === 'SUPPORT' ? 'Hỗ trợ' : 'Xây dựng Chi đoàn mạnh') : '']);
    });
    // "6 tháng đầu năm 2016" sorts before "Năm 2015": rows 3–6 and 7–10.
    expect(file('a.xlsx', buildXlsx(rows, { merges: ['A3:A6', 'A7:A10'] }))).toEqual(sampleReport('xlsx'));
  });

  it('a chapter merged over its rows; conflicting rows for one period give no rating and a warning; an unknown period is said', () => {
    const rows = [
      [UNIT],
      ['Chi đoàn', 'Thời gian', 'Kết quả'],
      ['Chi đoàn Xuân Thọ', 'Năm 2015', 'VM'],
      ['', '6 tháng đầu năm 2016', 'K'],
      ['Chi đoàn Thôn 3', 'Năm 2015', 'Yếu'],
      ['Chi đoàn Thôn 3', 'Năm 2015', 'TB'],
      ['Chi đoàn Thôn 3', 'Năm 2015', 'Yếu'],
      ['Chi đoàn Thôn 3', 'Quý 3', 'TB'],
      ['Chi đoàn Thôn 3', '6 tháng đầu năm 2016', 'TB'],
    ];
    expect(file('a.xlsx', buildXlsx(rows, { merges: ['A3:A4'] }))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: UNIT,
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2016-H1': 'TRUNG_BINH' }, registration: null },
      ],
      warnings: [
        'Dòng 6 (Chi đoàn Thôn 3): năm 2015 được ghi "Trung bình", khác với "Yếu" ở dòng 5; chưa ghi xếp loại năm 2015 cho Chi đoàn này.',
        'Dòng 8 (Chi đoàn Thôn 3): không hiểu kỳ xếp loại "Quý 3" (ghi ví dụ "Năm 2015", "6 tháng đầu năm 2016").',
      ],
    });
  });
});

describe('the long format typed in a mail body', () => {
  it('one line per chapter and period, separated by semicolons: gathered, a conflict warned', () => {
    const text = [
      UNIT,
      'Chi đoàn; Kỳ xếp loại; Kết quả',
      'Chi đoàn Xuân Thọ; Năm 2015; Vững mạnh',
      'Chi đoàn Xuân Thọ; 6 tháng đầu năm 2016; Khá',
      'Chi đoàn Thôn 3; Năm 2015; Yếu',
      'Chi đoàn Thôn 3; Năm 2015; Khá',
      'Chi đoàn Thôn 3; 6 tháng đầu năm 2016; TB',
    ].join('\n');
    expect(checked(parseText(text))).toEqual({
      ok: true,
      source: 'txt',
      unit: UNIT,
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2016-H1': 'TRUNG_BINH' }, registration: null },
      ],
      warnings: [
        'Dòng 6 (Chi đoàn Thôn 3): năm 2015 được ghi "Khá", khác với "Yếu" ở dòng 5; chưa ghi xếp loại năm 2015 cho Chi đoàn này.',
        'Dòng 5 (Chi đoàn Thôn 3): chưa có xếp loại năm 2015.',
      ],
    });
  });
});

describe('short forms of the current scale, and legends', () => {
  it('HTXS, HTT, HT, KHT, "đạt HTT", "Hoàn thành tốt", "KHT NV" in rating columns; the legend below is not a chapter', () => {
    const rows = [
      [UNIT],
      ['STT', 'Tên Chi đoàn', 'Số ĐV', 'Xếp loại năm 2024', 'Xếp loại 6 tháng đầu năm 2025', 'Đăng ký'],
      ['1', 'Chi đoàn Xuân Thọ', '24', 'HTXS', 'đạt HTT', 'Xây dựng Chi đoàn mạnh'],
      ['2', 'Chi đoàn Trường Thạnh', '31', 'Hoàn thành tốt', 'HTXSNV', ''],
      ['3', 'Chi đoàn Hòa Bình', '17', 'HT', 'Hoàn thành nhiệm vụ', 'Hỗ trợ'],
      ['4', 'Chi đoàn Thôn 3', '12', 'KHT NV', 'ht', 'Hỗ trợ'],
      ['(HTXS: Hoàn thành xuất sắc nhiệm vụ, HTT: Hoàn thành tốt nhiệm vụ, HT: Hoàn thành nhiệm vụ, KHT: Không hoàn thành nhiệm vụ)'],
    ];
    const expected: ParseReport = { ok: true, source: 'docx', unit: UNIT, periods: ['2024', '2025-H1'], chapters: CURRENT_CHAPTERS.map((c) => ({ ...c })), warnings: [] };
    expect(file('a.docx', buildDocx(rows.slice(1, 6), { before: [UNIT], after: [rows[6][0]] }))).toEqual(expected);
    expect(file('a.xlsx', buildXlsx(rows))).toEqual({ ...expected, source: 'xlsx' });
  });

  it('"HT" under "Đăng ký" in an ordinary table is Hỗ trợ: the two-row header stays a header', () => {
    const rows = [[UNIT], ['STT', 'Tên Chi đoàn', 'Năm 2015', 'Đăng ký', ''], ['', '', '', 'CĐ mạnh', 'HT'], ['1', 'Chi đoàn Xuân Thọ', 'VM', 'x', ''], ['2', 'Chi đoàn Thôn 3', 'Yếu', '', 'x']];
    expect(file('a.xlsx', buildXlsx(rows, { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'] }))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: UNIT,
      periods: ['2015'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU' }, registration: 'SUPPORT' },
      ],
      warnings: [],
    });
  });

  it('a typed list with short forms, and a legend line, gives only the chapters', () => {
    const text = [
      UNIT,
      'Kết quả xếp loại năm 2024 và 6 tháng đầu năm 2025:',
      '1. Chi đoàn Xuân Thọ: năm 2024 HTXS; 6 tháng đầu năm 2025 đạt HTT',
      '2. Chi đoàn Hòa Bình: năm 2024 HT; 6 tháng đầu năm 2025 KHT',
      'Ghi chú: HTXS - Hoàn thành xuất sắc nhiệm vụ; HT - Hoàn thành nhiệm vụ',
      '(K: Khá, TB: Trung bình)',
    ].join('\n');
    expect(checked(parseText(text))).toEqual({
      ok: true,
      source: 'txt',
      unit: UNIT,
      periods: ['2024', '2025-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2024': 'HTXSNV', '2025-H1': 'HTTNV' }, registration: null },
        { name: 'Chi đoàn Hòa Bình', members: null, ratings: { '2024': 'HTNV', '2025-H1': 'KHTNV' }, registration: null },
      ],
      warnings: [],
    });
  });
});

describe('counts without chapters are not a table', () => {
  const countsOnly = { ok: false, error: intakeErrors.countsOnly };

  it.each([
    ['sentences, with the list "to follow"', ['Kính gửi: Huyện đoàn Núi Thành', 'Năm 2015 Đoàn xã Tam Trà có 5 Chi đoàn vững mạnh, 4 khá, 3 trung bình.', 'Đăng ký xây dựng 2 Chi đoàn mạnh, hỗ trợ 2 Chi đoàn yếu. Danh sách gửi sau.']],
    ['a list of counts per rating', [UNIT, 'Xếp loại năm 2015:', '- Vững mạnh: 5 Chi đoàn', '- Khá: 4 Chi đoàn', '- Yếu: 1']],
    ['the current scale', [UNIT, 'Năm 2024: 3 Chi đoàn HTXSNV, 6 Chi đoàn HTTNV, 1 Chi đoàn KHTNV.']],
  ])('%s', (_, lines) => {
    expect(checked(parseText(lines.join('\n')))).toEqual(countsOnly);
  });

  it('a grid of counts: ratings over numbers, or a rating and a number per row', () => {
    expect(file('a.xlsx', buildXlsx([[UNIT], ['BẢNG XẾP LOẠI NĂM 2015'], ['Tổng số Chi đoàn', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu'], [12, 5, 4, 3, 0]]))).toEqual(countsOnly);
    expect(file('b.xlsx', buildXlsx([[UNIT], ['Năm 2015'], ['Xếp loại', 'Số Chi đoàn'], ['Vững mạnh', 5], ['Khá', 4], ['Trung bình', 3]]))).toEqual(countsOnly);
  });

  it('a text with neither counts nor chapters still gets the usual answer', () => {
    expect(checked(parseText('Kính gửi Huyện đoàn, đơn vị xin gửi sau 5 ngày.'))).toEqual({ ok: false, error: intakeErrors.noTable });
  });
});

describe('npm run parse on each new shape', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-shapes-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('prints the full report of a matrix, a long table and short forms, and ok:false for counts', () => {
    expect(parsePath(write('ma-tran.xlsx', xlsx(sampleMatrix({ total: 'labelled' }))))).toEqual({ report: sampleReport('xlsx'), exitCode: 0 });
    const long = longRows(sampleChapters().flatMap((c) => [[c.name, 'Năm 2015', ratingText(c.ratings['2015'])] as const, [c.name, '6 tháng đầu năm 2016', ratingText(c.ratings['2016-H1'])] as const]));
    expect(parsePath(write('dai.csv', buildCsv([[UNIT], ...long], { separator: ';' })))).toEqual({
      report: sampleReport('csv', { chapters: sampleChapters(() => ({ members: null, registration: null })) }),
      exitCode: 0,
    });
    const short = [['Tên Chi đoàn', 'Năm 2024'], ['Chi đoàn Xuân Thọ', 'HTT'], ['Chi đoàn Thôn 3', 'KHT'], ['(HTT: Hoàn thành tốt nhiệm vụ)']];
    expect(parsePath(write('viet-tat.docx', buildDocx(short.slice(0, 3), { before: [UNIT], after: [short[3][0]] })))).toEqual({
      report: {
        ok: true,
        source: 'docx',
        unit: UNIT,
        periods: ['2024'],
        chapters: [
          { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2024': 'HTTNV' }, registration: null },
          { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2024': 'KHTNV' }, registration: null },
        ],
        warnings: [],
      },
      exitCode: 0,
    });
    expect(parsePath(write('so-luong.txt', 'Đoàn xã Tam Trà: năm 2015 có 5 Chi đoàn vững mạnh, 4 Chi đoàn khá. Danh sách gửi sau.'))).toEqual({
      report: { ok: false, error: intakeErrors.countsOnly },
      exitCode: 1,
    });
  });
});

function ratingText(code: string | undefined): string {
  return { VUNG_MANH: 'Vững mạnh', KHA: 'Khá', TRUNG_BINH: 'TB', YEU: 'Yếu' }[code ?? ''] ?? '';
}
