import * as fc from 'fast-check';
import { parseFile, parseHtml, parseText } from '../../../src/intake';
import type { ParseReport } from '../../../src/intake/report';
import { buildDocx, buildXlsx, gmailBody, htmlTable } from '../../fixtures';
import { CURRENT_HEADS, CURRENT_LEVELS, LEGACY_HEADS, LEGACY_LEVELS, longRows, matrixDocx, matrixHtml, matrixXlsx, type MatrixSpec } from '../../fixtures/shapes2shapes';
import { checked, cpuTimed } from './helpers';

/**
 * The new readers under random input: matrices with any marks, long tables with any rows, and
 * prose of counts and legends. Nothing throws, a rating is read only from exactly one mark, and
 * no line of prose becomes a chapter.
 */
const CODES: Record<string, string> = { VM: 'VUNG_MANH', Khá: 'KHA', TB: 'TRUNG_BINH', Yếu: 'YEU' };
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 40) };
const UNIT = 'Đoàn xã Tam Trà';

const scale = fc.constantFrom(
  { levels: LEGACY_LEVELS, heads: LEGACY_HEADS.short },
  { levels: LEGACY_LEVELS, heads: LEGACY_HEADS.long },
  { levels: CURRENT_LEVELS, heads: CURRENT_HEADS.short },
  { levels: CURRENT_LEVELS, heads: CURRENT_HEADS.long },
);
/** Per chapter and period: the indexes of the levels marked (none, one, or several). */
const marks = fc.array(fc.subarray([0, 1, 2, 3]), { minLength: 2, maxLength: 2 });
const matrix = fc.record({
  scale,
  chapters: fc.array(marks, { minLength: 1, maxLength: 8 }),
  mark: fc.constantFrom('x', 'X', '✓', 'v', '1'),
  total: fc.constantFrom(undefined, 'labelled' as const, 'bare' as const),
  format: fc.constantFrom('xlsx', 'docx', 'html'),
  after: fc.constantFrom([], ['Ghi chú: VM – Vững mạnh; K – Khá'], ['(HTXS: Hoàn thành xuất sắc nhiệm vụ)'], ['Tổng số có 5 Chi đoàn vững mạnh, 3 khá.']),
});

function parseMatrix(spec: MatrixSpec, format: string): ParseReport {
  if (format === 'docx') return checked(parseFile({ name: 'a.docx', bytes: buildDocx(matrixDocx(spec), { before: [UNIT], after: spec.after }) }));
  if (format === 'html') return checked(parseHtml(gmailBody([UNIT], htmlTable(matrixHtml(spec)) + (spec.after ?? []).map((l) => `<div>${l}</div>`).join(''))));
  const { rows, merges } = matrixXlsx(spec, [UNIT]);
  return checked(parseFile({ name: 'a.xlsx', bytes: buildXlsx(rows, { merges }) }));
}

describe('property: checkmark matrices', () => {
  it('every chapter is read, rated exactly where one level is marked, and nothing else becomes a chapter', () => {
    fc.assert(
      fc.property(matrix, ({ scale: { levels, heads }, chapters, mark, total, format, after }) => {
        const spec: MatrixSpec = {
          periods: ['Năm 2015', '6 tháng đầu năm 2016'],
          levels,
          heads,
          members: true,
          marks: [mark],
          total,
          after,
          chapters: chapters.map((perPeriod, i) => ({ name: `Chi đoàn Thôn ${i + 1}`, members: 10 + i, marks: perPeriod.map((indexes) => indexes.map((n) => levels[n])) })),
        };
        const report = parseMatrix(spec, format);
        if (!report.ok) return chapters.every((perPeriod) => perPeriod.every((indexes) => indexes.length !== 1));
        expect(report.chapters.map((c) => c.name)).toEqual(spec.chapters.map((c) => c.name));
        report.chapters.forEach((chapter, i) => {
          ['2015', '2016-H1'].forEach((period, p) => {
            const marked = chapters[i][p];
            expect(chapter.ratings[period]).toBe(marked.length === 1 ? levels[marked[0]] : undefined);
          });
        });
        return true;
      }),
      RUNS,
    );
  });
});

describe('property: the long format', () => {
  const entry = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom('Năm 2015', '6 tháng đầu năm 2016', 'Quý 3', ''), fc.constantFrom('VM', 'Khá', 'TB', 'Yếu', 'x', ''));
  it('a chapter per name; a period is rated only when its rows agree', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), (entries) => {
        const rows = longRows(entries.map(([n, period, rating]) => [`Chi đoàn Thôn ${n}`, period, rating]));
        const report = checked(parseFile({ name: 'a.xlsx', bytes: buildXlsx([[UNIT], ...rows]) }));
        if (!report.ok) return true;
        const names = [...new Set(entries.filter(([, p, r]) => p && r).map(([n]) => `Chi đoàn Thôn ${n}`))];
        for (const chapter of report.chapters) {
          expect(names.includes(chapter.name) || entries.some(([n]) => `Chi đoàn Thôn ${n}` === chapter.name)).toBe(true);
          for (const [period, code] of Object.entries(chapter.ratings)) {
            const label = period === '2015' ? 'Năm 2015' : '6 tháng đầu năm 2016';
            const given = new Set(entries.filter(([n, p, r]) => `Chi đoàn Thôn ${n}` === chapter.name && p === label && r && r !== 'x').map(([, , r]) => r));
            expect(given.size).toBe(1);
            expect(code).toBe(CODES[[...given][0]]);
          }
        }
        return new Set(report.chapters.map((c) => c.name)).size === report.chapters.length;
      }),
      RUNS,
    );
  });
});

describe('property: prose of counts and legends is never a chapter', () => {
  const rating = fc.constantFrom('vững mạnh', 'khá', 'trung bình', 'yếu', 'Hoàn thành tốt nhiệm vụ', 'HTXSNV', 'HTT', 'HT', 'KHT');
  const abbreviation = fc.constantFrom(['VM', 'Vững mạnh'], ['K', 'Khá'], ['TB', 'Trung bình'], ['HTXS', 'Hoàn thành xuất sắc nhiệm vụ'], ['HT', 'Hoàn thành nhiệm vụ']);
  const line = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 40 }), rating).map(([n, r]) => `Có ${n} Chi đoàn ${r}.`),
    fc.tuple(rating, fc.integer({ min: 0, max: 40 })).map(([r, n]) => `- ${r}: ${n} Chi đoàn`),
    fc.tuple(abbreviation, fc.constantFrom(':', ' –', ' =', ' -')).map(([[a, b], sep]) => `Ghi chú: ${a}${sep} ${b}`),
    fc.array(abbreviation, { minLength: 1, maxLength: 4 }).map((pairs) => `(${pairs.map(([a, b]) => `${a}: ${b}`).join('; ')})`),
    fc.integer({ min: 1, max: 3 }).map((n) => `Đăng ký xây dựng ${n} Chi đoàn mạnh, hỗ trợ ${n} Chi đoàn yếu. Danh sách gửi sau.`),
    fc.constantFrom('Kính gửi: Huyện đoàn Núi Thành', UNIT, 'Năm 2015', 'Trân trọng!'),
  );
  it('a body of such lines has no chapter', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const report = checked(parseText(lines.join('\n')));
        return !report.ok || report.chapters.length === 0;
      }),
      RUNS,
    );
  });
});

describe('bounded', () => {
  it('a matrix of 5,000 chapters over four periods, and a long table of 10,000 rows, read in bounded time', () => {
    const levels = LEGACY_LEVELS;
    const spec: MatrixSpec = {
      periods: ['Năm 2014', 'Năm 2015', '6 tháng đầu năm 2016', '6 tháng cuối năm 2016'],
      levels,
      heads: LEGACY_HEADS.short,
      chapters: Array.from({ length: 5000 }, (_, i) => ({ name: `Chi đoàn ${i + 1}`, marks: [0, 1, 2, 3].map((p) => levels[(i + p) % 4]) })),
    };
    const { rows, merges } = matrixXlsx(spec, [UNIT]);
    const bytes = buildXlsx(rows, { merges });
    const { result: report, ms } = cpuTimed(() => checked(parseFile({ name: 'a.xlsx', bytes })));
    expect(ms).toBeLessThan(8000);
    expect(report.ok && report.chapters.length).toBe(5000);
    const long = longRows(Array.from({ length: 10_500 }, (_, i): [string, string, string] => [`Chi đoàn ${i % 3000}`, i % 2 ? 'Năm 2015' : '6 tháng đầu năm 2016', 'Khá']));
    const { result: longReport, ms: longMs } = cpuTimed(() => checked(parseText(long.map((row) => row.join('\t')).join('\n'))));
    expect(longMs).toBeLessThan(8000);
    expect(longReport.ok && longReport.chapters.length).toBe(3000);
    expect(longReport.ok && longReport.warnings).toContain('Bảng quá dài: chỉ đọc 10.000 dòng đầu.');
  });
});
