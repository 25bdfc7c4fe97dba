import fc from 'fast-check';
import { addDays, dayNumber, daysBetween, formatViDate, isIsoDay, isoFromDayNumber, parseIsoDay } from '../../../src/domain/calendarDays';

describe('calendar days', () => {
  test('across months, years and leap days', () => {
    expect(addDays('2016-09-12', -3)).toBe('2016-09-09');
    expect(addDays('2016-09-12', 1)).toBe('2016-09-13');
    expect(addDays('2016-08-31', 1)).toBe('2016-09-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(daysBetween('2016-08-26', '2016-09-12')).toBe(17);
    expect(daysBetween('2016-09-12', '2016-08-26')).toBe(-17);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoFromDayNumber(-1)).toBe('1969-12-31');
  });

  test('the same as UTC calendar arithmetic for any day and offset', () => {
    const day = fc.integer({ min: -200_000, max: 200_000 });
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (start, n) => {
        const iso = new Date(start * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(start);
        expect(addDays(iso, n)).toBe(new Date((start + n) * 86_400_000).toISOString().slice(0, 10));
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
      }),
    );
  });

  test('only real ISO days are read', () => {
    expect(parseIsoDay('2016-09-12')).toEqual({ year: 2016, month: 9, day: 12 });
    expect(isIsoDay('2016-02-30')).toBe(false);
    expect(isIsoDay('2015-02-29')).toBe(false);
    expect(isIsoDay('2016-13-01')).toBe(false);
    expect(isIsoDay('12/09/2016')).toBe(false);
    expect(isIsoDay('2016-9-12')).toBe(false);
    expect(() => addDays('2016-02-30', 1)).toThrow('2016-02-30');
  });

  test('dd/MM/yyyy', () => {
    expect(formatViDate('2016-09-12')).toBe('12/09/2016');
    expect(formatViDate('2016-10-01')).toBe('01/10/2016');
  });
});
