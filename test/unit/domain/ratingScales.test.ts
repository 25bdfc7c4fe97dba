import { SCALES, parseRating, parseRatingPrefix, ratingLabel, ratingLevel, scaleOf } from '../../../src/domain/ratings';

describe('rating scales', () => {
  test('both scales, best first, with the labels of DESIGN.md', () => {
    expect(SCALES.legacy.levels.map((l) => [l.code, l.label])).toEqual([
      ['VUNG_MANH', 'Vững mạnh'],
      ['KHA', 'Khá'],
      ['TRUNG_BINH', 'Trung bình'],
      ['YEU', 'Yếu'],
    ]);
    expect(SCALES.current.levels.map((l) => [l.code, l.label])).toEqual([
      ['HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['HTTNV', 'Hoàn thành tốt nhiệm vụ'],
      ['HTNV', 'Hoàn thành nhiệm vụ'],
      ['KHTNV', 'Không hoàn thành nhiệm vụ'],
    ]);
    expect(ratingLevel('YEU').rank).toBe(4);
    expect(scaleOf('KHA')).toBe('legacy');
    expect(scaleOf('HTNV')).toBe('current');
  });

  test.each([
    ['Vững mạnh', 'VUNG_MANH'],
    ['VỮNG MẠNH', 'VUNG_MANH'],
    ['vung manh', 'VUNG_MANH'],
    ['VM', 'VUNG_MANH'],
    ['V.M', 'VUNG_MANH'],
    ['Khá', 'KHA'],
    ['k', 'KHA'],
    ['Trung bình', 'TRUNG_BINH'],
    ['TB', 'TRUNG_BINH'],
    ['Yếu', 'YEU'],
    ['Yếu kém', 'YEU'],
    ['YK', 'YEU'],
    ['y', 'YEU'],
    ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
    ['HTXSNV', 'HTXSNV'],
    ['hoan thanh tot nhiem vu', 'HTTNV'],
    ['HTNV', 'HTNV'],
    ['Hoàn thành nhiệm vụ', 'HTNV'],
    ['Không hoàn thành nhiệm vụ', 'KHTNV'],
    ['khong hoan thanh nhiem vu', 'KHTNV'],
    ['KHTNV', 'KHTNV'],
  ])('reads %p as %p', (text, code) => {
    expect(parseRating(text)).toBe(code);
  });

  test('the negative form is never read as the positive one it contains', () => {
    expect(parseRating('Không hoàn thành')).toBe('KHTNV');
    expect(parseRatingPrefix('Không hoàn thành nhiệm vụ (thiếu báo cáo)')).toBe('KHTNV');
  });

  test('unknown text is not a rating', () => {
    expect(parseRating('Tốt')).toBeNull();
    expect(parseRating('')).toBeNull();
    expect(parseRating('Chi đoàn Xuân Thọ')).toBeNull();
  });

  test('labels round-trip through the parser', () => {
    for (const scale of Object.values(SCALES)) {
      for (const level of scale.levels) expect(parseRating(ratingLabel(level.code))).toBe(level.code);
    }
  });
});
