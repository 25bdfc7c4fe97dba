import ExcelJS from 'exceljs';
import { parseFile } from '../../../src/intake';
import { xlsxDocument } from '../../../src/intake/formats/xlsx';
import { ZipReader } from '../../../src/intake/zip';
import {
  buildWorkbook,
  buildXlsx,
  encodeTcvn3,
  encodeVni,
  LETTERHEAD_LEFT,
  LETTERHEAD_RIGHT,
  SIGNATURE,
  sampleChapters,
  sampleReport,
  sampleTable,
  TITLE,
  type XlsxValue,
} from '../../fixtures';
import { checked } from './helpers';

const parseXlsx = (bytes: Uint8Array, name = 'bang-xep-loai.xlsx') => checked(parseFile({ name, bytes }));

/** The table as a unit's clerk lays it out: letterhead, title, a two-level header, a signature. */
function officialSheet(table: string[][]): XlsxValue[][] {
  return [
    [LETTERHEAD_LEFT[0], '', '', '', LETTERHEAD_RIGHT[0]],
    [LETTERHEAD_LEFT[1], '', '', '', LETTERHEAD_RIGHT[1]],
    [],
    [TITLE],
    [],
    ...table,
    ['', 'Tổng cộng', '84'],
    [],
    ['', '', '', '', SIGNATURE[0]],
    ['', 'Người lập biểu', '', '', SIGNATURE[1]],
  ];
}

describe('reading an XLSX file', () => {
  it('reads a two-level merged header among title lines, stopping at the signature (shared strings)', () => {
    const bytes = buildXlsx(officialSheet(sampleTable({ twoLevel: true })), { merges: ['A4:F4', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:E6', 'F6:F7'] });
    expect(parseXlsx(bytes)).toEqual(sampleReport('xlsx', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('reads inline strings, abbreviations, "x" marks under "Chi đoàn mạnh" / "Hỗ trợ", and no members column', () => {
    const table = sampleTable({ abbreviated: true, registration: 'marks', members: false });
    const bytes = buildXlsx([['Đoàn xã Tam Trà'], ...table], { inlineStrings: true, merges: ['E2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'] });
    expect(parseXlsx(bytes)).toEqual(sampleReport('xlsx', { chapters: sampleChapters(() => ({ members: null })) }));
  });

  it('reads numbers and date serials, and does not take a date for a period', () => {
    const rows: XlsxValue[][] = [
      ['ĐOÀN TRƯỜNG THPT NÚI THÀNH'],
      ['Ngày lập', { value: 42618, date: true }],
      ['TT', 'Chi đoàn', 'SL ĐV', 'Xếp loại năm 2015', 'Xếp loại 6T/2016'],
      [1, '12A1', 40, 'Vững mạnh', 'Vững mạnh'],
      [2, '12A2', 38.00000000000001, 'Khá', 'HTTNV'],
    ];
    const [sheet] = xlsxDocument(new ZipReader(buildXlsx(rows))).blocks;
    expect(sheet.kind === 'grid' && sheet.rows[1]).toEqual({ line: 2, cells: [{ text: 'Ngày lập' }, { text: '05/09/2016' }] });
    expect(parseXlsx(buildXlsx(rows))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: 'ĐOÀN TRƯỜNG THPT NÚI THÀNH',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: '12A1', members: 40, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'VUNG_MANH' }, registration: null },
        { name: '12A2', members: 38, ratings: { '2015': 'KHA', '2016-H1': 'HTTNV' }, registration: null },
      ],
      warnings: ['Bảng dùng lẫn hai thang xếp loại (Vững mạnh/Khá/Trung bình/Yếu và Hoàn thành … nhiệm vụ); mỗi đợt chỉ dùng một thang, đề nghị kiểm tra lại.'],
    });
  });

  it('converts cells typed in .VnTime (and capitals in .VnTimeH) through the cell fonts', () => {
    const table = sampleTable();
    const rows: XlsxValue[][] = [
      [{ value: encodeTcvn3('BCH ĐOÀN XÃ TAM TRÀ', true), font: '.VnTimeH' }],
      ...table.map((row) => row.map((text) => ({ value: encodeTcvn3(text), font: '.VnTime' }))),
    ];
    expect(parseXlsx(buildXlsx(rows))).toEqual(sampleReport('xlsx', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('converts rich-text runs in their own fonts (TCVN3 and VNI words in one cell) and a .VnTime default font', () => {
    const table = sampleTable();
    const rows: XlsxValue[][] = [
      [{ runs: [{ text: encodeVni('Đoàn xã '), font: 'VNI-Times' }, { text: encodeTcvn3('Tam Trà'), font: '.VnTime' }] }],
      ...table.map((row) => row.map((text) => encodeTcvn3(text))),
    ];
    expect(parseXlsx(buildXlsx(rows, { defaultFont: '.VnTime' }))).toEqual(sampleReport('xlsx'));
  });

  it('finds legacy text without any font name by how Vietnamese each reading looks', () => {
    const rows: XlsxValue[][] = [[encodeVni('Đoàn xã Tam Trà')], ...sampleTable().map((row) => row.map((text) => encodeVni(text)))];
    expect(parseXlsx(buildXlsx(rows))).toEqual(sampleReport('xlsx'));
  });

  it('keeps a chapter with an unknown rating, without that rating, and says which row and column', () => {
    const rows: XlsxValue[][] = [
      ['ĐOÀN XÃ TAM TRÀ'],
      [],
      ['STT', 'Tên Chi đoàn', 'Số ĐV', 'Năm 2015', '6 tháng đầu năm 2016'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['I. Các thôn'],
      [1, 'Chi đoàn Xuân Thọ', 24, 'VM', 'Khá'],
      [],
      [2, 'Chi đoàn Thôn 3', 'mười hai', 'Yếu', 'Tốt'],
      [3, 'Chi đoàn Hòa Bình', '', '', 'TB'],
      ['', 'Cộng', 36],
    ];
    expect(parseXlsx(buildXlsx(rows))).toEqual({
      ok: true,
      source: 'xlsx',
      unit: 'ĐOÀN XÃ TAM TRÀ',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU' }, registration: null },
        { name: 'Chi đoàn Hòa Bình', members: null, ratings: { '2016-H1': 'TRUNG_BINH' }, registration: null },
      ],
      warnings: [
        'Dòng 8 (Chi đoàn Thôn 3): không hiểu xếp loại "Tốt" ở cột "6 tháng đầu năm 2016".',
        'Dòng 8 (Chi đoàn Thôn 3): số đoàn viên "mười hai" không phải là số.',
        'Dòng 9 (Chi đoàn Hòa Bình): chưa có xếp loại ở cột "Năm 2015".',
      ],
    });
  });

  it('merges one sheet per period, takes each bare "Xếp loại" column\'s period from its sheet, and skips hidden sheets', () => {
    const sheet = (name: string, ratings: string[]) => ({
      name,
      rows: [['Đoàn xã Tam Trà'], ['STT', 'Tên Chi đoàn', 'Xếp loại'], ...ratings.map((r, i) => [i + 1, sampleChapters()[i].name, r])],
    });
    const bytes = buildWorkbook([
      { name: 'Mẫu', hidden: true, rows: [['STT', 'Tên Chi đoàn', 'Năm 2014'], [1, 'Chi đoàn Mẫu', 'Khá']] },
      sheet('Năm 2015', ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']),
      sheet('6 tháng 2016', ['Khá', 'Vững mạnh', 'Trung bình', 'Trung bình']),
    ]);
    expect(parseXlsx(bytes)).toEqual(sampleReport('xlsx', { chapters: sampleChapters(() => ({ members: null, registration: null })) }));
  });

  it('reads sheets written without cell references', () => {
    const bytes = buildWorkbook([{ name: 'Sheet1', rows: [['Đoàn xã Tam Trà'], ...sampleTable()], omitReferences: true }]);
    expect(parseXlsx(bytes)).toEqual(sampleReport('xlsx'));
  });

  it('reads a workbook written by another library (ExcelJS) the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Xếp loại');
    sheet.addRow(['Đoàn xã Tam Trà']);
    for (const row of sampleTable({ twoLevel: true })) sheet.addRow(row.map((text) => (/^\d+$/.test(text) ? Number(text) : text)));
    sheet.mergeCells('D2:E2');
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    sheet.mergeCells('C2:C3');
    sheet.mergeCells('F2:F3');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(parseXlsx(bytes)).toEqual(sampleReport('xlsx'));
  });

  it('builds fixtures a real spreadsheet library opens', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(buildXlsx(sampleTable({ twoLevel: true }), { merges: ['D1:E1'] })) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('B3').value).toBe('Chi đoàn Xuân Thọ');
    expect(sheet.getCell('E2').value).toBe('6 tháng đầu năm 2016');
  });

  it('answers ok:false when no sheet holds a table of chapters and ratings', () => {
    expect(parseXlsx(buildXlsx([['Danh sách đoàn viên'], ['Họ tên', 'Ngày sinh'], ['Nguyễn Văn A', '1995']]))).toEqual({
      ok: false,
      error:
        'Không tìm thấy bảng xếp loại: cần có cột tên Chi đoàn và cột xếp loại (ví dụ "Năm 2015", "6 tháng đầu năm 2016"). Đề nghị gửi tệp Excel (.xlsx), Word (.docx), CSV, hoặc gõ bảng vào nội dung thư, mỗi dòng một Chi đoàn, ví dụ "Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá".',
    });
  });
});
