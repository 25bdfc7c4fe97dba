import { comparePeriods, defaultPeriodLabel, isPeriodCode, parsePeriodHeader } from '../../../src/domain/periods';

describe('period codes', () => {
  test('codes and labels', () => {
    expect(isPeriodCode('2015')).toBe(true);
    expect(isPeriodCode('2016-H1')).toBe(true);
    expect(isPeriodCode('2016-H3')).toBe(false);
    expect(isPeriodCode('16')).toBe(false);
    expect(defaultPeriodLabel('2015')).toBe('năm 2015');
    expect(defaultPeriodLabel('2016-H1')).toBe('6 tháng đầu năm 2016');
    expect(defaultPeriodLabel('2016-H2')).toBe('6 tháng cuối năm 2016');
  });

  test.each([
    ['Năm 2015', '2015'],
    ['Xếp loại 2015', '2015'],
    ['XẾP LOẠI NĂM 2015', '2015'],
    ['6 tháng đầu năm 2016', '2016-H1'],
    ['6T/2016', '2016-H1'],
    ['6 thang dau nam 2016', '2016-H1'],
    ['Xếp loại 6 tháng năm 2016', '2016-H1'],
    ['6 tháng cuối năm 2016', '2016-H2'],
    ['Chi đoàn', null],
    ['2015 - 2016', null],
  ])('header %p names period %p', (header, code) => {
    expect(parsePeriodHeader(header)).toBe(code);
  });

  test('periods sort in time', () => {
    expect(['2016-H2', '2015', '2016', '2016-H1'].sort(comparePeriods)).toEqual(['2015', '2016-H1', '2016', '2016-H2']);
  });
});
