import { checkVisitEntry, type VisitEntry } from '../../../src/domain/visitEntry';

const instant = (day: string, clock: string) => new Date(`${day}T${clock}:00+07:00`);
const NOW = instant('2016-09-10', '08:00').getTime();
const CHAPTERS = ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Đồng Làng'];
const entry = (over: Partial<VisitEntry> = {}): VisitEntry => ({ unitId: 'tam-tra', chapter: 'Xuân Thọ', date: '15/09/2016', time: '19:30', place: 'Nhà văn hóa', agenda: 'Kết nạp', ...over });

describe('checkVisitEntry', () => {
  test('a good entry becomes the invitation\'s fields', () => {
    expect(checkVisitEntry(entry(), CHAPTERS, NOW, instant)).toEqual({
      ok: true,
      fields: { chapter: 'Xuân Thọ', date: { year: 2016, month: 9, day: 15 }, time: { hour: 19, minute: 30 }, place: 'Nhà văn hóa', agenda: 'Kết nạp', cancelled: false },
    });
    expect(checkVisitEntry(entry({ date: '2016-09-15', time: '7:05' }), CHAPTERS, NOW, instant)).toMatchObject({ ok: true, fields: { time: { hour: 7, minute: 5 } } });
  });

  test('every field is checked in one round', () => {
    const result = checkVisitEntry(entry({ chapter: 'Tây Yên', date: '31/02/2016', time: '25:00', agenda: 'x'.repeat(1001) }), CHAPTERS, NOW, instant);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'chapter', code: 'unknown', chapters: CHAPTERS },
        { field: 'date', code: 'format' },
        { field: 'time', code: 'format' },
        { field: 'agenda', code: 'tooLong' },
      ],
    });
  });

  test.each([
    [{ chapter: '' }, 'chapter', 'required'],
    [{ date: '' }, 'date', 'required'],
    [{ time: '' }, 'time', 'required'],
    [{ date: '09/09/2016' }, 'time', 'past'],
  ] as const)('%j: %s %s', (over, field, code) => {
    expect(checkVisitEntry(entry(over), CHAPTERS, NOW, instant)).toMatchObject({ ok: false, problems: [{ field, code }] });
  });

  test('a cancellation needs no time', () => {
    expect(checkVisitEntry(entry({ time: '', cancel: true }), CHAPTERS, NOW, instant)).toMatchObject({ ok: true, fields: { cancelled: true, time: null } });
  });
});
