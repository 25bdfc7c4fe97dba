import { findPeriodMentions, findPeriods } from '../../../src/domain/periods';
import { parseRating, parseRatingPrefix } from '../../../src/domain/ratings';
import { foldAligned } from '../../../src/domain/text';

describe('findPeriods / findPeriodMentions', () => {
  it('finds every period a sentence names, in order, each once', () => {
    expect(findPeriods('Xếp loại năm 2015 và 6 tháng đầu năm 2016')).toEqual(['2015', '2016-H1']);
    expect(findPeriods('Xep loai nam 2015, 6T/2016 va 6 thang cuoi nam 2016; nam 2015')).toEqual(['2015', '2016-H1', '2016-H2']);
    expect(findPeriods('Các cơ sở nộp bảng xếp loại 6 tháng năm 2016')).toEqual(['2016-H1']);
  });

  it('does not take a date for a period', () => {
    expect(findPeriods('Tam Trà, ngày 05 tháng 9 năm 2016')).toEqual([]);
    expect(findPeriods('hạn nộp 12/9/2016')).toEqual([]);
  });

  it('says where each period phrase stands', () => {
    const text = 'năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá';
    expect(findPeriodMentions(text).map((m) => [m.code, text.slice(m.start, m.end)])).toEqual([
      ['2015', 'năm 2015'],
      ['2016-H1', '6 tháng đầu năm 2016'],
    ]);
  });
});

describe('rating spellings added for intake', () => {
  it.each([
    ['V.mạnh', 'VUNG_MANH'],
    ['T.Bình', 'TRUNG_BINH'],
    ['Kém', 'YEU'],
    ['CĐ Khá', 'KHA'],
    ['Hoàn thành tốt NV', 'HTTNV'],
    ['Không hoàn thành NV', 'KHTNV'],
    ['KHT', 'KHTNV'],
  ])('%s → %s', (text, code) => {
    expect(parseRating(text)).toBe(code);
  });

  it('still reads the negative form before the positive one, and leaves "Tốt" unknown', () => {
    expect(parseRatingPrefix('Không hoàn thành nhiệm vụ (2 đoàn viên vi phạm)')).toBe('KHTNV');
    expect(parseRating('Tốt')).toBeNull();
  });
});

describe('foldAligned', () => {
  it('folds accents and case without changing the length', () => {
    const text = 'Chi ĐOÀN Xuân Thọ – Hoà';
    expect(foldAligned(text)).toBe('chi doan xuan tho – hoa');
    expect(foldAligned(text)).toHaveLength(text.length);
    expect(foldAligned('e\u0301')).toHaveLength(2);
  });
});
