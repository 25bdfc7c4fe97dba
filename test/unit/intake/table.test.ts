import { classifyHeader } from '../../../src/intake/table/header';
import { findChapterIndex, sameChapter, stripNumbering } from '../../../src/intake/table/names';
import { findRegistrationSentences, isMarked, parseRegistrationText } from '../../../src/intake/table/registration';
import { findUnit, unitFromLine } from '../../../src/intake/table/unit';

describe('column roles from header text', () => {
  it.each([
    ['STT', { kind: 'index' }],
    ['TT', { kind: 'index' }],
    ['Tên Chi đoàn', { kind: 'name' }],
    ['Chi đoàn', { kind: 'name' }],
    ['Đơn vị', { kind: 'name' }],
    ['Số đoàn viên', { kind: 'members', preferred: false }],
    ['SL ĐV', { kind: 'members', preferred: false }],
    ['Số ĐV', { kind: 'members', preferred: false }],
    ['Tổng số đoàn viên', { kind: 'members', preferred: true }],
    ['Năm 2015', { kind: 'rating', period: '2015' }],
    ['Xếp loại 2015', { kind: 'rating', period: '2015' }],
    ['Xếp loại Chi đoàn năm 2015', { kind: 'rating', period: '2015' }],
    ['6 tháng đầu năm 2016', { kind: 'rating', period: '2016-H1' }],
    ['6T/2016', { kind: 'rating', period: '2016-H1' }],
    ['6 thang dau nam 2016', { kind: 'rating', period: '2016-H1' }],
    ['6 tháng cuối năm 2016', { kind: 'rating', period: '2016-H2' }],
    ['Xếp loại', { kind: 'rating', period: null }],
    ['Kết quả xếp loại', { kind: 'rating', period: null }],
    ['Đăng ký', { kind: 'registration' }],
    ['Đăng ký xây dựng Chi đoàn mạnh / hỗ trợ', { kind: 'registration' }],
    ['Chi đoàn mạnh', { kind: 'registrationMark', registration: 'BUILD_STRONG' }],
    ['Đăng ký CĐ mạnh', { kind: 'registrationMark', registration: 'BUILD_STRONG' }],
    ['Hỗ trợ', { kind: 'registrationMark', registration: 'SUPPORT' }],
    ['Đăng ký giúp đỡ', { kind: 'registrationMark', registration: 'SUPPORT' }],
    ['Ghi chú', { kind: 'notes' }],
    ['Họ tên Bí thư Chi đoàn', null],
    ['Ngày sinh', null],
  ])('"%s"', (header, role) => {
    expect(classifyHeader(header)).toEqual(role);
  });
});

describe('the unit in title lines', () => {
  it.each([
    ['ĐOÀN XÃ TAM TRÀ', 'ĐOÀN XÃ TAM TRÀ'],
    ['BCH ĐOÀN XÃ TAM TRÀ', 'ĐOÀN XÃ TAM TRÀ'],
    ['Ban Chấp hành Đoàn xã Tam Trà', 'Đoàn xã Tam Trà'],
    ['TM. BCH ĐOÀN XÃ TAM TRÀ', 'ĐOÀN XÃ TAM TRÀ'],
    ['Đoàn trường THPT Núi Thành', 'Đoàn trường THPT Núi Thành'],
    ['Đoàn thị trấn Núi Thành', 'Đoàn thị trấn Núi Thành'],
    ['Doan xa Tam Tra', 'Doan xa Tam Tra'],
    ['Đoàn xã Tam Trà gửi bảng xếp loại năm 2015', 'Đoàn xã Tam Trà'],
    ['ĐOÀN XÃ TAM TRÀ, ngày 5/9/2016', 'ĐOÀN XÃ TAM TRÀ'],
    ['CHI ĐOÀN CÔNG AN HUYỆN', 'CHI ĐOÀN CÔNG AN HUYỆN'],
    ['HUYỆN ĐOÀN NÚI THÀNH', null],
    ['BCH HUYỆN ĐOÀN NÚI THÀNH', null],
    ['ĐOÀN TNCS HỒ CHÍ MINH', null],
    ['TỈNH ĐOÀN QUẢNG NAM', null],
    ['Kính gửi: Đoàn xã Tam Trà', null],
    ['- Đoàn các xã, thị trấn;', null],
    ['Đoàn viên thanh niên', null],
    ['Chi đoàn Xuân Thọ đăng ký xây dựng Chi đoàn mạnh', null],
  ])('"%s"', (line, unit) => {
    expect(unitFromLine(line)).toBe(unit);
  });

  it('skips the addressee on the line after a bare "Kính gửi:"', () => {
    expect(findUnit(['Kính gửi:', 'Đoàn xã Tam Sơn', 'BCH Đoàn xã Tam Trà'])).toBe('Đoàn xã Tam Trà');
    expect(findUnit(['HUYỆN ĐOÀN NÚI THÀNH\nBCH ĐOÀN XÃ TAM TRÀ\n***'])).toBe('ĐOÀN XÃ TAM TRÀ');
  });
});

describe('registration', () => {
  it('reads a registration cell', () => {
    expect(['Xây dựng Chi đoàn mạnh', 'CĐ mạnh', 'XD CĐM', 'xay dung chi doan manh'].map(parseRegistrationText)).toEqual(Array(4).fill('BUILD_STRONG'));
    expect(['Hỗ trợ', 'Giúp đỡ', 'ho tro', 'Hỗ trợ, giúp đỡ'].map(parseRegistrationText)).toEqual(Array(4).fill('SUPPORT'));
    expect(parseRegistrationText('Vâng')).toBeNull();
    expect(['x', 'X', '✓', 'có'].map(isMarked)).toEqual([true, true, true, true]);
    expect(['', 'không', '0'].map(isMarked)).toEqual([false, false, false]);
  });

  it('reads registration sentences, with or without diacritics, names before or after', () => {
    const lines = [
      'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
      'Đăng ký hỗ trợ: Chi đoàn A, Chi đoàn B và Chi đoàn C.',
      'Doan xa dang ky ho tro, giup do 2 chi doan: chi doan Thon 3; chi doan Hoa Binh',
      'Chi đoàn Trường Thạnh đăng ký xây dựng Chi đoàn mạnh.',
      'Chi đoàn mạnh - Chi đoàn Tân Hiệp',
      'Đoàn xã đã nhận được kế hoạch.',
    ].map((text, i) => ({ text, line: i + 1 }));
    expect(findRegistrationSentences(lines)).toEqual([
      { registration: 'BUILD_STRONG', names: ['Chi đoàn Xuân Thọ'], line: 1 },
      { registration: 'SUPPORT', names: ['Chi đoàn A', 'Chi đoàn B', 'Chi đoàn C'], line: 2 },
      { registration: 'SUPPORT', names: ['chi doan Thon 3', 'chi doan Hoa Binh'], line: 3 },
      { registration: 'BUILD_STRONG', names: ['Chi đoàn Trường Thạnh'], line: 4 },
      { registration: 'BUILD_STRONG', names: ['Chi đoàn Tân Hiệp'], line: 5 },
    ]);
  });
});

describe('chapter names', () => {
  it('match with or without "Chi đoàn", "thôn", accents and tone placement', () => {
    expect(sameChapter('Chi đoàn thôn Xuân Thọ', 'Xuân Thọ')).toBe(true);
    expect(sameChapter('Chi đoàn Hòa Bình', 'chi doan Hoa Binh')).toBe(true);
    expect(sameChapter('Chi đoàn Hoà Bình', 'Chi đoàn Hòa Bình')).toBe(true);
    expect(sameChapter('Chi đoàn Thôn 3', 'Chi đoàn Thôn 13')).toBe(false);
    expect(findChapterIndex(['Chi đoàn Thôn 1', 'Chi đoàn Thôn 11'], 'Thôn 1')).toBe(0);
    expect(stripNumbering('12. Chi đoàn A')).toBe('Chi đoàn A');
    expect(stripNumbering('Chi đoàn 12A1')).toBe('Chi đoàn 12A1');
  });
});

describe('the unit in a signature', () => {
  it('does not take "TM. BCH ĐOÀN XÃ" (no name) for a unit', () => {
    expect(unitFromLine('TM. BCH ĐOÀN XÃ')).toBeNull();
    expect(unitFromLine('TM. BCH ĐOÀN XÃ TAM TRÀ')).toBe('ĐOÀN XÃ TAM TRÀ');
  });
});

describe('numbering before a name', () => {
  it('strips list numbers but keeps class names', () => {
    expect(['1. Chi đoàn A', '2) Chi đoàn B', '3.Chi đoàn C', '10/1', '10.1', '12A1'].map(stripNumbering)).toEqual(['Chi đoàn A', 'Chi đoàn B', 'Chi đoàn C', '10/1', '10.1', '12A1']);
  });
});
