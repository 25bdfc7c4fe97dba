import { readEarlierWorkbook, readTabChapters } from '../../../src/intake/earlierWorkbook';
import { buildWorkbook, buildXlsx } from '../../fixtures';

const UNITS_NOW = ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Cụm', 'Email', 'Bí thư', 'Cán bộ đứng điểm', 'Xếp loại năm 2025', 'Đăng ký', 'Tình trạng', 'Lần nhận cuối', 'Mã trang tính', 'Mã cán bộ'];
/** Before `Mã cán bộ` and the Vietnamese labels of `Cấu hình`. */
const UNITS_OLD = ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Cụm', 'Email', 'Bí thư', 'Cán bộ đứng điểm', 'Xếp loại năm 2015', 'Tình trạng'];

const tab = (periods: string[]) => ['Chi đoàn', 'Số đoàn viên', ...periods.map((p) => `Xếp loại ${p}`), 'Đăng ký', 'Nguồn', 'Cập nhật', 'Ghi nhận'];

describe('readEarlierWorkbook: an earlier workbook of the product, as its .xlsx export', () => {
  test('reads each unit of Đơn vị with its tab’s chapters and ratings by period, whatever the column order', () => {
    const bytes = buildWorkbook([
      { name: 'Cấu hình', rows: [['Khóa', 'Mục', 'Giá trị', 'Ghi chú']] },
      { name: 'Đơn vị', rows: [UNITS_NOW, ['tam-tra', 'Đoàn xã Tam Trà', 'Tam Trà', 'Xã'], ['tam-son', 'Đoàn xã Tam Sơn', 'Tam Sơn', 'Xã']] },
      {
        name: 'Tam Trà',
        rows: [
          tab(['năm 2024', 'năm 2025']),
          ['Chi đoàn Xuân Thọ', 20, 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ', 'Xây dựng Chi đoàn mạnh', 'Email: <a@b>', '06/05/2025 10:00:00', ''],
          ['Chi đoàn thôn Đồng Làng', '', '', 'Hoàn thành nhiệm vụ', '', '', '', ''],
          ['', '', 'Khá', '', '', '', '', ''],
        ],
      },
    ]);
    const read = readEarlierWorkbook(bytes);
    expect(read).toEqual({
      ok: true,
      units: [
        {
          id: 'tam-tra',
          name: 'Đoàn xã Tam Trà',
          short: 'Tam Trà',
          chapters: [
            { name: 'Chi đoàn Xuân Thọ', ratings: { '2024': 'HTTNV', '2025': 'HTXSNV' }, updated: '06/05/2025 10:00:00' },
            { name: 'Chi đoàn thôn Đồng Làng', ratings: { '2025': 'HTNV' }, updated: null },
          ],
        },
        // A unit without a tab in the file is named, with no chapters.
        { id: 'tam-son', name: 'Đoàn xã Tam Sơn', short: 'Tam Sơn', chapters: null },
      ],
    });
  });

  test('accepts the older layouts (Cấu hình of three columns, Đơn vị without Mã cán bộ, legacy ratings, half-year periods)', () => {
    const bytes = buildWorkbook([
      { name: 'Cấu hình', rows: [['Khóa', 'Giá trị', 'Ghi chú']] },
      { name: 'Đơn vị', rows: [UNITS_OLD, ['tam-tra', 'Đoàn xã Tam Trà', 'Tam Trà']] },
      { name: 'Tam Trà', rows: [tab(['năm 2015', '6 tháng đầu năm 2016']).slice(0, 6), ['Chi đoàn Xuân Thọ', 20, 'Vững mạnh', 'Khá', '', '']] },
    ]);
    const read = readEarlierWorkbook(bytes);
    expect(read).toMatchObject({ ok: true, units: [{ id: 'tam-tra', chapters: [{ name: 'Chi đoàn Xuân Thọ', ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, updated: null }] }] });
  });

  test('a file that is not an xlsx, or an xlsx that is not a workbook of this tool, is said as such', () => {
    expect(readEarlierWorkbook(new TextEncoder().encode('Bảng xếp loại'))).toEqual({ ok: false, problem: 'notXlsx' });
    expect(readEarlierWorkbook(buildXlsx([['Chi đoàn', 'Xếp loại năm 2025'], ['Chi đoàn Xuân Thọ', 'Hoàn thành nhiệm vụ']]))).toEqual({ ok: false, problem: 'notWorkbook' });
    expect(readEarlierWorkbook(buildXlsx([['Tên', 'Email']], { sheetName: 'Đơn vị' }))).toEqual({ ok: false, problem: 'notWorkbook' });
  });

  test('a tab without a Chi đoàn header has no chapters to read', () => {
    expect(readTabChapters([['Ghi chú'], ['x']])).toBeNull();
    expect(readTabChapters([])).toBeNull();
  });
});
