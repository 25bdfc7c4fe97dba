import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import WordExtractor from 'word-extractor';
import { parsePath } from '../../../local/parse';
import { docBlocks } from '../../../local/emulator/drive/docBlocks';
import { blocksToDocx, docText as extractedText, docToDocx, xlsToXlsx } from '../../../local/emulator/drive/convert';
import { LEGACY_LIMITS, withLegacyConverted, type LegacyConverter } from '../../../src/app/intake/legacyFiles';
import { legacyFileKind, parseFile, parseText } from '../../../src/intake';
import { intakeErrors } from '../../../src/intake/messages';
import { buildDoc, buildDocx, buildEml, buildXls, buildXlsx, docText, sampleReport, sampleTable } from '../../fixtures';
import { cpuTimed } from './helpers';

const UNIT_ROW = ['Đoàn xã Tam Trà'];
const xls = () => buildXls({ 'Bảng xếp loại': [UNIT_ROW, ...sampleTable()] });
const doc = () => buildDoc(['ĐOÀN XÃ TAM TRÀ', 'BẢNG XẾP LOẠI CHI ĐOÀN', { table: sampleTable() }, 'Nơi nhận: Huyện đoàn Núi Thành']);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'legacy-office-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('the .doc fixture writer (Word 97 binary)', () => {
  it('reads back through word-extractor: paragraphs, then cells and row marks', async () => {
    const document = await new WordExtractor().extract(Buffer.from(doc()));
    const rows = sampleTable().map((row) => `${row.join('\t')}\t\t`).join('');
    expect(document.getBody({ filterUnicode: false })).toBe(`ĐOÀN XÃ TAM TRÀ\nBẢNG XẾP LOẠI CHI ĐOÀN\n${rows}Nơi nhận: Huyện đoàn Núi Thành\n\n`);
    expect(docText(['a'])).toBe('a\r\r');
  });
});

describe('telling Office 97–2003 files apart (legacyFileKind)', () => {
  it('by their streams, whatever they are called', () => {
    expect(legacyFileKind(xls())).toBe('xls');
    expect(legacyFileKind(doc())).toBe('doc');
    expect(legacyFileKind(buildXlsx(sampleTable()))).toBeNull();
    expect(legacyFileKind(new TextEncoder().encode('%PDF-1.4'))).toBeNull();
    // A compound file that is neither (an empty container) is not sent to Drive.
    expect(legacyFileKind(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)))).toBeNull();
    // Apps Script's signed bytes.
    expect(legacyFileKind(Array.from(doc(), (b) => (b << 24) >> 24))).toBe('doc');
  });

  it('never throws, on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => [null, 'xls', 'doc'].includes(legacyFileKind(bytes))), { numRuns: 300 });
  });
});

describe('the conversion seam (withLegacyConverted)', () => {
  const calls: string[] = [];
  const converter: LegacyConverter = {
    convert(name, bytes, kind) {
      calls.push(`${name}:${kind}`);
      return kind === 'xls' ? xlsToXlsx(Uint8Array.from(bytes)) : null;
    },
  };
  beforeEach(() => (calls.length = 0));

  it('converts .xls and .doc, leaves the rest and what cannot be converted as it came', () => {
    const other = { name: 'bang.xlsx', contentType: 'application/octet-stream', bytes: buildXlsx(sampleTable()) };
    const old = { name: 'bang.xls', contentType: 'application/vnd.ms-excel', bytes: xls() };
    const word = { name: 'cong-van.doc', contentType: 'application/msword', bytes: doc() };
    const [a, b, c] = withLegacyConverted([other, old, word], converter);
    expect(a).toBe(other);
    expect(b.name).toBe('bang.xls');
    expect(b.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(parseFile(b)).toEqual(sampleReport('xlsx'));
    expect(c).toBe(word);
    expect(calls).toEqual(['bang.xls:xls', 'cong-van.doc:doc']);
  });

  it(`converts at most ${LEGACY_LIMITS.perMessage} files a message, none over ${LEGACY_LIMITS.maxBytes / 1024 / 1024} MB`, () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `b${i}.xls`, contentType: '', bytes: xls() }));
    withLegacyConverted(many, converter);
    expect(calls).toHaveLength(LEGACY_LIMITS.perMessage);
    calls.length = 0;
    const huge = { name: 'to.xls', contentType: '', bytes: { length: LEGACY_LIMITS.maxBytes + 1 } as ArrayLike<number> };
    expect(withLegacyConverted([huge], converter)[0]).toBe(huge);
    expect(calls).toEqual([]);
  });
});

describe('laying out a .doc text again (docBlocks)', () => {
  it('paragraphs, a table of the first row’s width (empty cells kept), text after it', () => {
    const text = 'Tiêu đề\nSTT\tChi đoàn\tNăm 2015\t\t1\tChi đoàn Xuân Thọ\tVững mạnh\t\t2\t\tKhá\t\tNơi nhận\n\n';
    expect(docBlocks(text)).toEqual([
      { paragraph: 'Tiêu đề' },
      { table: [['STT', 'Chi đoàn', 'Năm 2015'], ['1', 'Chi đoàn Xuân Thọ', 'Vững mạnh'], ['2', '', 'Khá']] },
      { paragraph: 'Nơi nhận' },
    ]);
    // A tab inside a sentence is text, not a table.
    expect(docBlocks('Kính gửi:\tHuyện đoàn Núi Thành')).toEqual([{ paragraph: 'Kính gửi:\tHuyện đoàn Núi Thành' }]);
  });

  const prose = fc.array(fc.constantFrom('Chi đoàn', 'Xuân Thọ', 'năm 2015', 'Vững mạnh', 'Khá', 'đăng ký', 'xây dựng', 'hỗ trợ', ',', '.', '\n'), { maxLength: 60 }).map((w) => w.join(' '));

  it('never throws, keeps every character of text, and makes no table from prose', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), prose), (text) => {
        const blocks = docBlocks(text);
        const tabless = !text.includes('\t');
        return blocks.length <= text.split('\n').length * (tabless ? 1 : text.length + 1) && (!tabless || blocks.every((b) => 'paragraph' in b));
      }),
      { numRuns: 300 },
    );
  });

  it('the conversion of a letter invents nothing: no chapter the same lines typed in a mail would not give', () => {
    const names = (r: ReturnType<typeof parseFile>) => (r.ok ? r.chapters.map((c) => c.name) : []);
    fc.assert(
      fc.property(prose, (text) => {
        const converted = names(parseFile({ name: 'a.docx', bytes: blocksToDocx(docBlocks(text)) }));
        const typed = new Set(names(parseText(text)));
        return converted.every((name) => typed.has(name));
      }),
      { numRuns: 40 },
    );
  });

  it('is bounded: a 20,000-line text is laid out in well under a second', () => {
    expect(cpuTimed(() => docBlocks(Array.from({ length: 30_000 }, (_, i) => `a\tb\t\t${i}`).join('\n'))).ms).toBeLessThan(1000);
  });
});

describe('npm run parse -- FILE.xls | FILE.doc (the emulator’s Drive conversion)', () => {
  it('an .xls: the full report, source xls', () => {
    expect(parsePath(write('bang.xls', xls()))).toEqual({ report: sampleReport('xls'), exitCode: 0 });
  });

  it('a .doc with a letterhead, the table and a closing line: the full report, source doc', () => {
    expect(parsePath(write('bang.doc', doc()))).toEqual({ report: sampleReport('doc', { unit: 'ĐOÀN XÃ TAM TRÀ' }), exitCode: 0 });
  });

  it('an .eml carrying an .xls: converted as the app converts it', () => {
    const eml = buildEml({ text: 'Gửi Huyện đoàn', attachments: [{ name: 'Bảng.xls', bytes: xls() }] });
    expect(parsePath(write('thu.eml', eml))).toEqual({ report: sampleReport('eml'), exitCode: 0 });
  });

  it('a damaged .xls: the request for .xlsx, exit 1', () => {
    expect(parsePath(write('hong.xls', xls().slice(0, 2048)))).toEqual({ report: { ok: false, error: intakeErrors.oldExcel }, exitCode: 1 });
  });

  it('a .doc typed as text only (no table) reads its sentences, never inventing chapters', () => {
    const letter = buildDoc(['ĐOÀN XÃ TAM TRÀ', 'Kính gửi: Huyện đoàn Núi Thành', 'Đoàn xã đã họp và thống nhất nội dung đăng ký theo kế hoạch.']);
    expect(parsePath(write('cong-van.doc', letter)).exitCode).toBe(1);
  });

  it('the .doc text and its conversion agree with the fixture', () => {
    expect(extractedText(doc())).toContain('Chi đoàn Xuân Thọ\t24\tVững mạnh');
    expect(parseFile({ name: 'x.docx', bytes: docToDocx(doc()) })).toEqual(sampleReport('docx', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
    expect(buildDocx).toBeDefined();
  });
});
