import * as fc from 'fast-check';
import { parseEmail, parseEml, parseFile, parseHtml, parseText } from '../../../src/intake';
import { convertText } from '../../../src/intake/encoding/legacy';
import type { ParseReport } from '../../../src/intake/report';
import { buildCsv, buildDocx, buildEml, buildXlsx, csvText, sampleTable } from '../../fixtures';
import { checked } from './helpers';

/**
 * Random input to every parser: nothing may throw, every answer must satisfy the contract, and
 * a report may only name periods it lists. Runs are bounded to keep the suite fast.
 */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 60) };

function sane(report: ParseReport): boolean {
  checked(report);
  if (!report.ok) return report.error.length > 0;
  return report.chapters.every((c) => c.name.trim() === c.name && c.name.length > 0 && Object.keys(c.ratings).every((p) => report.periods.includes(p)));
}

const vietnameseWords = fc.constantFrom(
  'Chi đoàn', 'Xuân Thọ', 'Năm 2015', '6 tháng đầu năm 2016', 'Vững mạnh', 'Khá', 'TB', 'Yếu', 'VM', 'Tốt', 'Đăng ký', 'Hỗ trợ',
  'Xây dựng Chi đoàn mạnh', 'STT', 'Tên Chi đoàn', 'Số ĐV', 'Tổng cộng', 'BÍ THƯ', 'Kính gửi:', 'ĐOÀN XÃ TAM TRÀ', '1.', '-', ':', ';', ',', '\t', '\n', '|', ' ', '2015', 'x',
);
const tableLikeText = fc.array(vietnameseWords, { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), tableLikeText);

describe('property: random input never breaks a parser', () => {
  it('parseText and parseHtml', () => {
    fc.assert(fc.property(anyText, (text) => sane(parseText(text)) && sane(parseHtml(text)) && sane(parseHtml(`<table><tr><td>${text.split('\n').join('</td><td>')}</td></tr></table>`))), RUNS);
  });

  it('parseFile with random bytes under every name', () => {
    const names = fc.constantFrom('a.xlsx', 'a.docx', 'a.csv', 'a.txt', 'a.html', 'a.eml', 'a.xls', 'a.bin');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), names, (bytes, name) => sane(parseFile({ name, bytes }))), RUNS);
  });

  it('parseEml and parseEmail with random raw messages', () => {
    const raw = fc.oneof(anyText, anyText.map((t) => `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n${t}\r\n--b--`));
    fc.assert(
      fc.property(raw, (text) => {
        const email = parseEml(text);
        return sane(parseEmail(email));
      }),
      RUNS,
    );
  });

  it('legacy-text conversion always gives NFC text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      const converted = convertText(text).text;
      return converted === converted.normalize('NFC');
    }), { numRuns: 200 });
  });
});

/** Flips, drops and inserts bytes of a valid file. */
const mutation = fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'drop', 'insert', 'truncate'), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });

function mutate(bytes: Uint8Array, changes: { at: number; kind: string; value: number }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const change of changes) {
    const at = change.at % Math.max(1, out.length);
    if (change.kind === 'flip') out[at] = change.value;
    else if (change.kind === 'drop') out.splice(at, 1);
    else if (change.kind === 'insert') out.splice(at, 0, change.value);
    else out = out.slice(0, at);
  }
  return Uint8Array.from(out);
}

describe('property: mutated valid files never break a parser', () => {
  const files: [string, Uint8Array][] = [
    ['a.xlsx', buildXlsx(sampleTable(), { merges: ['A1:A2'] })],
    ['a.docx', buildDocx(sampleTable())],
    ['a.csv', buildCsv(sampleTable())],
    ['a.eml', buildEml({ text: csvText(sampleTable(), { separator: '\t' }) })],
  ];

  it.each(files)('%s', (name, bytes) => {
    fc.assert(fc.property(mutation, (changes) => sane(parseFile({ name, bytes: mutate(bytes, changes) }))), { numRuns: Number(process.env.FC_RUNS ?? 40) });
  });

  it('tables with cells and rows deleted, duplicated or shuffled', () => {
    const table = sampleTable();
    const edit = fc.array(fc.record({ row: fc.nat(), column: fc.nat(), kind: fc.constantFrom('clear', 'duplicateRow', 'dropRow', 'swapCells', 'garble') }), { maxLength: 6 });
    fc.assert(
      fc.property(edit, fc.constantFrom('xlsx', 'csv', 'html', 'txt'), (edits, format) => {
        const rows = table.map((row) => [...row]);
        for (const e of edits) {
          const r = e.row % rows.length;
          const c = e.column % rows[r].length;
          if (e.kind === 'clear') rows[r][c] = '';
          else if (e.kind === 'duplicateRow') rows.splice(r, 0, [...rows[r]]);
          else if (e.kind === 'dropRow' && rows.length > 1) rows.splice(r, 1);
          else if (e.kind === 'swapCells') [rows[r][0], rows[r][c]] = [rows[r][c], rows[r][0]];
          else rows[r][c] = rows[r][c].split('').reverse().join('');
        }
        if (format === 'xlsx') return sane(parseFile({ name: 'a.xlsx', bytes: buildXlsx(rows) }));
        if (format === 'csv') return sane(parseFile({ name: 'a.csv', bytes: buildCsv(rows) }));
        if (format === 'html') return sane(parseHtml(`<table>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`));
        return sane(parseText(rows.map((row) => row.join('\t')).join('\n')));
      }),
      RUNS,
    );
  });
});
