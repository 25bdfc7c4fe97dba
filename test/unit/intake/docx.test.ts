import { parseFile } from '../../../src/intake';
import {
  buildDocx,
  buildDocxBody,
  encodeTcvn3,
  encodeVni,
  LETTERHEAD_LEFT,
  LETTERHEAD_RIGHT,
  SIGNATURE,
  sampleReport,
  sampleTable,
  TITLE,
  type DocxRows,
  type DocxTableCell,
} from '../../fixtures';
import { checked } from './helpers';

const parseDocx = (bytes: Uint8Array) => checked(parseFile({ name: 'bang-xep-loai.docx', bytes }));

/** The sample's two-level header as Word merges it: vMerge down the first columns, gridSpan over "Xếp loại". */
function mergedHeader(table: string[][]): DocxRows {
  const [top, sub, ...rows] = table;
  const first: DocxTableCell[] = [];
  top.forEach((text, i) => {
    if (text === 'Xếp loại') first.push({ content: text, gridSpan: 2 });
    else if (!(text === '' && top[i - 1] === 'Xếp loại')) first.push({ content: text, vMerge: 'restart' });
  });
  return [first, sub.map((text) => (text ? text : { content: '', vMerge: 'continue' })), ...rows];
}

describe('reading a DOCX file', () => {
  it('reads a letterhead, a title, a table with gridSpan/vMerge, and registration sentences after it', () => {
    const bytes = buildDocx(mergedHeader(sampleTable({ twoLevel: true, registration: 'none' })), {
      letterhead: [LETTERHEAD_LEFT, LETTERHEAD_RIGHT],
      before: ['Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành', TITLE],
      after: [
        'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ.',
        'Đăng ký hỗ trợ, giúp đỡ: Chi đoàn Hòa Bình và Chi đoàn Thôn 3.',
        ...SIGNATURE,
      ],
    });
    expect(parseDocx(bytes)).toEqual(sampleReport('docx', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('joins words split across runs', () => {
    const split = (text: string) => ({ content: [{ runs: [...text].reduce<string[]>((runs, char, i) => (i % 3 ? [...runs.slice(0, -1), runs[runs.length - 1] + char] : [...runs, char]), []) }] });
    const table = sampleTable().map((row) => row.map(split));
    const bytes = buildDocx(table, { before: [{ runs: ['Đoàn xã ', 'Tam', ' Trà'] }] });
    expect(parseDocx(bytes)).toEqual(sampleReport('docx'));
  });

  it('converts a document typed in .VnTime (set in the Normal style) with its heading in .VnTimeH', () => {
    const table = sampleTable().map((row) => row.map((text) => encodeTcvn3(text)));
    const bytes = buildDocx(table, {
      normalFont: '.VnTime',
      before: [[{ text: encodeTcvn3('BCH ĐOÀN XÃ TAM TRÀ', true), font: '.VnTimeH' }], encodeTcvn3('Bảng xếp loại Chi đoàn')],
    });
    expect(parseDocx(bytes)).toEqual(sampleReport('docx', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('converts runs in VNI-Times next to Unicode runs, and a character style with a .VnTime font', () => {
    const table = sampleTable().map((row, r) =>
      row.map((text, c) =>
        r > 0 && c === 1 ? { content: [{ runs: [{ text: 'Chi đoàn ' }, { text: encodeVni(text.replace('Chi đoàn ', '')), font: 'VNI-Times' }] }] } : text,
      ),
    );
    const bytes = buildDocx(table, { before: [{ runs: [{ text: encodeTcvn3('Đoàn xã Tam Trà') }], style: 'Legacy' }], styles: [{ id: 'Legacy', font: '.VnTime', basedOn: 'Normal' }] });
    expect(parseDocx(bytes)).toEqual(sampleReport('docx'));
  });

  it('reads an auto-numbered list of chapters written as paragraphs, with the unit of a school', () => {
    const bytes = buildDocxBody([
      'ĐOÀN TRƯỜNG THPT NÚI THÀNH',
      'Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành',
      'Kết quả xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016:',
      { runs: ['Chi đoàn 12A1: Vững mạnh - Vững mạnh'], numbered: true },
      { runs: ['Chi đoàn 11B2: Khá - Trung bình'], numbered: true },
      'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn 12A1.',
      'Đăng ký hỗ trợ: Chi đoàn 11B2.',
    ]);
    expect(parseDocx(bytes)).toEqual({
      ok: true,
      source: 'docx',
      unit: 'ĐOÀN TRƯỜNG THPT NÚI THÀNH',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn 12A1', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
        { name: 'Chi đoàn 11B2', members: null, ratings: { '2015': 'KHA', '2016-H1': 'TRUNG_BINH' }, registration: 'SUPPORT' },
      ],
      warnings: [],
    });
  });

  it('reads registration from a "Ghi chú" column when there is no registration column', () => {
    const table = sampleTable({ registration: 'none', notes: true }).map((row, r) =>
      r === 0 ? row : [...row.slice(0, -1), ['Đăng ký xây dựng CĐ mạnh', '', 'Cần hỗ trợ', 'Đăng ký hỗ trợ'][r - 1]],
    );
    expect(parseDocx(buildDocx(table, { before: ['Đoàn xã Tam Trà'] }))).toEqual(sampleReport('docx'));
  });

  it('answers ok:false for a letter without a table', () => {
    const bytes = buildDocxBody(['ĐOÀN XÃ TAM TRÀ', 'Kính gửi: Ban Thường vụ Huyện đoàn', 'Đoàn xã xin gửi lời chào.']);
    expect(parseDocx(bytes)).toMatchObject({ ok: false, error: expect.stringContaining('Không tìm thấy bảng xếp loại') });
  });

  it('keeps the members column and chapter names as written (spaces collapsed, NFC)', () => {
    const table = [
      ['TT', 'Đơn vị', 'Số ĐV', 'XL năm 2015', 'XL 6 tháng đầu năm 2016'],
      ['1', '  Chi  đoa\u0300n   Xuân Thọ ', '24 ĐV', 'v.m', 'kha'],
    ];
    expect(parseDocx(buildDocx(table))).toEqual({
      ok: true,
      source: 'docx',
      unit: null,
      periods: ['2015', '2016-H1'],
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null }],
      warnings: [],
    });
  });
});
