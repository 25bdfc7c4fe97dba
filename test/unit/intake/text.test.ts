import { parseText } from '../../../src/intake';
import { intakeErrors, intakeWarnings } from '../../../src/intake/messages';
import { sampleReport, sampleTable } from '../../fixtures';
import { checked } from './helpers';

const read = (text: string) => checked(parseText(text));

describe('reading plain text', () => {
  it('reads numbered lines naming their periods, and registration sentences', () => {
    const text = [
      'Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành',
      'Đoàn xã Tam Trà gửi kết quả xếp loại Chi đoàn như sau:',
      '1. Chi đoàn thôn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
      '2. Chi đoàn Trường Thạnh: năm 2015 Khá; 6 tháng đầu năm 2016 Vững mạnh',
      '3. Chi đoàn Thôn 3: năm 2015 Yếu; 6 tháng đầu năm 2016 Tốt',
      '',
      'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
      'Đăng ký hỗ trợ: Chi đoàn Thôn 3, Chi đoàn Trường Thạnh',
      'Trân trọng!',
    ].join('\n');
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: 'Đoàn xã Tam Trà',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn thôn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
        { name: 'Chi đoàn Trường Thạnh', members: null, ratings: { '2015': 'KHA', '2016-H1': 'VUNG_MANH' }, registration: 'SUPPORT' },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU' }, registration: 'SUPPORT' },
      ],
      warnings: ['Dòng 5 (Chi đoàn Thôn 3): không hiểu xếp loại "Tốt" của 6 tháng đầu năm 2016.'],
    });
  });

  it('reads "Chi đoàn X - VM - K" lines typed on a phone without diacritics, periods named in a line above', () => {
    const text = [
      'Doan xa Tam Tra bao cao',
      'Xep loai nam 2015 va 6 thang dau nam 2016:',
      'Chi doan Xuan Tho - VM - K',
      'Chi doan Truong Thanh - k - vung manh',
      'Chi doan Thon 3 - YK - T.Binh',
      'Dang ky xay dung chi doan manh: chi doan Xuan Tho',
      'Dang ky ho tro: chi doan thon 3',
    ].join('\n');
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: 'Doan xa Tam Tra',
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi doan Xuan Tho', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
        { name: 'Chi doan Truong Thanh', members: null, ratings: { '2015': 'KHA', '2016-H1': 'VUNG_MANH' }, registration: null },
        { name: 'Chi doan Thon 3', members: null, ratings: { '2015': 'YEU', '2016-H1': 'TRUNG_BINH' }, registration: 'SUPPORT' },
      ],
      warnings: [],
    });
  });

  it('reads a table pasted from Excel (tab-separated) below its title lines', () => {
    const text = ['ĐOÀN XÃ TAM TRÀ', 'BẢNG XẾP LOẠI CHI ĐOÀN', ...sampleTable().map((row) => row.join('\t')), '', 'Người lập biểu'].join('\r\n');
    expect(read(text)).toEqual(sampleReport('txt', { unit: 'ĐOÀN XÃ TAM TRÀ' }));
  });

  it('reads periods named inline in other spellings, and a rating before its period', () => {
    const text = ['Chi đoàn Xuân Thọ: 2015 - VM; 6T/2016 - Khá', 'Chi đoàn Thôn 3: Yếu (năm 2015), Trung bình (6 thang dau nam 2016)'].join('\n');
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: null,
      periods: ['2015', '2016-H1'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2015': 'YEU', '2016-H1': 'TRUNG_BINH' }, registration: null },
      ],
      warnings: [],
    });
  });

  it('reads the current scale (Hoàn thành … nhiệm vụ) with the negative form before the positive one', () => {
    const text = ['Xếp loại năm 2020:', '- Chi đoàn Xuân Thọ: Hoàn thành xuất sắc nhiệm vụ', '- Chi đoàn Thôn 3: Không hoàn thành nhiệm vụ', '- Chi đoàn Hòa Bình: HTNV'].join('\n');
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: null,
      periods: ['2020'],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2020': 'HTXSNV' }, registration: null },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: { '2020': 'KHTNV' }, registration: null },
        { name: 'Chi đoàn Hòa Bình', members: null, ratings: { '2020': 'HTNV' }, registration: null },
      ],
      warnings: [],
    });
  });

  it('reads a registration-only message as chapters without ratings, a partial report that says so', () => {
    const text = 'Đoàn xã Tam Trà đăng ký:\nĐăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ.\nĐăng ký hỗ trợ: Chi đoàn Hòa Bình và Chi đoàn Thôn 3.';
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: 'Đoàn xã Tam Trà',
      periods: [],
      chapters: [
        { name: 'Chi đoàn Xuân Thọ', members: null, ratings: {}, registration: 'BUILD_STRONG' },
        { name: 'Chi đoàn Hòa Bình', members: null, ratings: {}, registration: 'SUPPORT' },
        { name: 'Chi đoàn Thôn 3', members: null, ratings: {}, registration: 'SUPPORT' },
      ],
      warnings: [intakeWarnings.registrationOnly],
    });
  });

  it('ignores the quoted letter of a plain-text reply', () => {
    const text = [
      'Chi đoàn Xuân Thọ: năm 2015 VM',
      '',
      'Vào Th 6, 26 thg 8, 2016 lúc 15:00 Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com> đã viết:',
      '> HUYỆN ĐOÀN NÚI THÀNH',
      '> 1. Chi đoàn A: năm 2015 Khá',
    ].join('\n');
    expect(read(text)).toEqual({
      ok: true,
      source: 'txt',
      unit: null,
      periods: ['2015'],
      chapters: [{ name: 'Chi đoàn Xuân Thọ', members: null, ratings: { '2015': 'VUNG_MANH' }, registration: null }],
      warnings: [],
    });
  });

  it('explains what is missing when ratings name no period', () => {
    expect(read('Chi đoàn Xuân Thọ - VM - K\nChi đoàn Thôn 3 - Y - TB')).toEqual({ ok: false, error: intakeErrors.noPeriod });
  });

  it('answers ok:false, saying what to send, for a text with no table', () => {
    expect(read('Kính gửi anh chị, em xin gửi lời chào.')).toEqual({ ok: false, error: intakeErrors.noTable });
    expect(read('')).toEqual({ ok: false, error: intakeErrors.noTable });
  });
});
