import { parseFile } from '../../../src/intake';
import { parseCsv } from '../../../src/intake/formats/csv';
import { buildCsv, sampleReport, sampleTable } from '../../fixtures';
import { checked } from './helpers';

const parseCsvFile = (bytes: Uint8Array, name = 'xep-loai.csv') => checked(parseFile({ name, bytes }));
const withTitle = () => [['Đoàn xã Tam Trà'], [], ...sampleTable()];

describe('reading a CSV file', () => {
  it('reads UTF-8 with a BOM, comma-separated', () => {
    expect(parseCsvFile(buildCsv(withTitle(), { bom: true }))).toEqual(sampleReport('csv'));
  });

  it('reads UTF-8 without a BOM, semicolon-separated (Vietnamese regional settings), with Excel\'s "sep=" line', () => {
    expect(parseCsvFile(buildCsv(withTitle(), { separator: ';' }))).toEqual(sampleReport('csv'));
    expect(parseCsvFile(buildCsv(withTitle(), { separator: ';', sepLine: true }))).toEqual(sampleReport('csv'));
  });

  it('reads tab-separated text and quoted fields holding separators, quotes and line breaks', () => {
    const rows = withTitle();
    rows[3][1] = 'Chi đoàn Xuân Thọ';
    rows[2][1] = 'Tên Chi đoàn\n(thôn, khối)';
    expect(parseCsvFile(buildCsv(rows, { separator: '\t', quoteAll: true, lineEnding: '\n' }))).toEqual(sampleReport('csv'));
    expect(parseCsv('a,"b, ""c""\nd",e\r\n', ',', 10).rows).toEqual([{ fields: ['a', 'b, "c"\nd', 'e'], line: 1 }]);
  });

  it('reads windows-1258 as saved by Vietnamese Excel (tone marks as separate bytes)', () => {
    expect(parseCsvFile(buildCsv(withTitle(), { encoding: 'windows-1258' }))).toEqual(sampleReport('csv'));
  });

  it('reads TCVN3 and VNI bytes typed with legacy keyboards', () => {
    expect(parseCsvFile(buildCsv(withTitle(), { encoding: 'tcvn3' }))).toEqual(sampleReport('csv'));
    expect(parseCsvFile(buildCsv(withTitle(), { encoding: 'vni' }))).toEqual(sampleReport('csv'));
  });

  it('numbers warnings by the CSV line', () => {
    const rows = withTitle();
    rows[5][4] = 'Tốt';
    expect(parseCsvFile(buildCsv(rows))).toEqual(
      sampleReport('csv', {
        chapters: sampleReport('csv').chapters.map((c, i) => (i === 2 ? { ...c, ratings: { '2015': 'TRUNG_BINH' } } : c)),
        warnings: ['Dòng 6 (Chi đoàn Hòa Bình): không hiểu xếp loại "Tốt" ở cột "6 tháng đầu năm 2016".'],
      }),
    );
  });
});
