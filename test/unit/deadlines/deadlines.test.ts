import {
  daysLeft,
  daysOverdue,
  digestDays,
  dueNotices,
  cadreDigestKey,
  noticeKey,
  noticeKindOn,
  parseNoticeKey,
  unitNoticeDays,
  type DueNotice,
  type ScheduleInput,
} from '../../../src/domain/deadlines';
import { addDays } from '../../../src/domain/calendarDays';

/** Kế hoạch 160-KH/ĐTN: start 26/8/2016, deadline 12/9/2016; reminders 3 and 1 days before, 1, 3, 7 after, at 7:00. */
const BASE = {
  deadline: '2016-09-12',
  start: '2016-08-26',
  reminders: { before: [3, 1], after: [1, 3, 7], hour: 7 },
};
const LATE = { id: 'tam-tra', missing: true };
const DONE = { id: 'tam-son', missing: false };

function run(today: string, hour: number, sent: Set<string>, units = [LATE, DONE], overrides: Partial<ScheduleInput> = {}): DueNotice[] {
  return dueNotices({ ...BASE, today, hour, sent, units, ...overrides });
}

/** What the deadline check does with the result: logs every key, sent or superseded. */
function record(notices: DueNotice[], sent: Set<string>): void {
  for (const notice of notices) {
    sent.add(notice.key);
    notice.superseded.forEach((key) => sent.add(key));
  }
}

/** Runs the trigger once a day at `hour` on each day from `from` to `to` inclusive, except `skip`. */
function season(from: string, to: string, hour: number, skip: string[] = [], units = [LATE, DONE]): { day: string; keys: string[]; superseded: string[] }[] {
  const sent = new Set<string>();
  const log: { day: string; keys: string[]; superseded: string[] }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (skip.includes(day)) continue;
    const notices = run(day, hour, sent, units);
    record(notices, sent);
    if (notices.length) log.push({ day, keys: notices.map((n) => n.key), superseded: notices.flatMap((n) => n.superseded) });
  }
  return log;
}

describe('notice keys', () => {
  test('kind|unit|day, the digest under the office id', () => {
    expect(noticeKey('Nhắc hạn', 'tam-tra', '2016-09-09')).toBe('Nhắc hạn|tam-tra|2016-09-09');
    expect(noticeKey('Quá hạn', 'tam-tra', '2016-09-13')).toBe('Quá hạn|tam-tra|2016-09-13');
    expect(noticeKey('Tổng hợp', null, '2016-09-13')).toBe('Tổng hợp|van-phong|2016-09-13');
    expect(noticeKey('Tổng hợp', 'tam-tra', '2016-09-13')).toBe('Tổng hợp|van-phong|2016-09-13');
    expect(() => noticeKey('Nhắc hạn', null, '2016-09-09')).toThrow();
  });

  test('read back, NFD too; other keys are not notice keys', () => {
    expect(parseNoticeKey('Quá hạn|tam-tra|2016-09-13')).toEqual({ kind: 'Quá hạn', unitId: 'tam-tra', day: '2016-09-13' });
    expect(parseNoticeKey('Tổng hợp|van-phong|2016-09-13')).toEqual({ kind: 'Tổng hợp', unitId: null, day: '2016-09-13' });
    expect(parseNoticeKey('Nhắc hạn|tam-tra|2016-09-09'.normalize('NFD'))).toEqual({ kind: 'Nhắc hạn', unitId: 'tam-tra', day: '2016-09-09' });
    expect(parseNoticeKey('Xác nhận|<abc@mail.gmail.com>')).toBeNull();
    expect(parseNoticeKey('Nhắc hạn|tam-tra|9/9/2016')).toBeNull();
    expect(parseNoticeKey('Báo lỗi|tam-tra|2016-09-09')).toBeNull();
  });
});

describe('scheduled days', () => {
  test('counted in calendar days from the deadline date, whatever the order or repetition in the settings', () => {
    expect(unitNoticeDays('2016-09-12', { before: [1, 3, 3], after: [7, 1, 3] })).toEqual([
      { day: '2016-09-09', kind: 'Nhắc hạn' },
      { day: '2016-09-11', kind: 'Nhắc hạn' },
      { day: '2016-09-13', kind: 'Quá hạn' },
      { day: '2016-09-15', kind: 'Quá hạn' },
      { day: '2016-09-19', kind: 'Quá hạn' },
    ]);
    expect(digestDays('2016-09-12', { after: [7, 3] })).toEqual(['2016-09-13', '2016-09-15', '2016-09-19']);
    expect(digestDays('2016-09-12', { after: [] })).toEqual(['2016-09-13']);
    expect(unitNoticeDays('2016-03-01', { before: [1], after: [] })).toEqual([{ day: '2016-02-29', kind: 'Nhắc hạn' }]);
  });
});

describe('the season: daily runs at 7:00 from the start to the deadline + 8 days', () => {
  test('a unit that still owes gets reminders on 09/09 and 11/09, overdue notices on 13, 15, 19/09; the office a digest on 13, 15, 19/09', () => {
    expect(season('2016-08-26', '2016-09-20', 7)).toEqual([
      { day: '2016-09-09', keys: ['Nhắc hạn|tam-tra|2016-09-09'], superseded: [] },
      { day: '2016-09-11', keys: ['Nhắc hạn|tam-tra|2016-09-11'], superseded: [] },
      { day: '2016-09-13', keys: ['Quá hạn|tam-tra|2016-09-13', 'Tổng hợp|van-phong|2016-09-13'], superseded: [] },
      { day: '2016-09-15', keys: ['Quá hạn|tam-tra|2016-09-15', 'Tổng hợp|van-phong|2016-09-15'], superseded: [] },
      { day: '2016-09-19', keys: ['Quá hạn|tam-tra|2016-09-19', 'Tổng hợp|van-phong|2016-09-19'], superseded: [] },
    ]);
  });

  test('a complete unit gets nothing; the office still gets its digests', () => {
    expect(season('2016-08-26', '2016-09-20', 7, [], [DONE]).map((entry) => entry.keys)).toEqual([
      ['Tổng hợp|van-phong|2016-09-13'],
      ['Tổng hợp|van-phong|2016-09-15'],
      ['Tổng hợp|van-phong|2016-09-19'],
    ]);
  });

  test('a run every hour of every day sends the same notices, each at the first run at or after 7:00', () => {
    const sent = new Set<string>();
    const sentAt: string[] = [];
    for (let day = '2016-08-26'; day <= '2016-09-20'; day = addDays(day, 1)) {
      for (let hour = 0; hour < 24; hour++) {
        const notices = run(day, hour, sent);
        record(notices, sent);
        notices.forEach((n) => sentAt.push(`${day} ${hour}h ${n.key}`));
      }
    }
    expect(sentAt).toEqual([
      '2016-09-09 7h Nhắc hạn|tam-tra|2016-09-09',
      '2016-09-11 7h Nhắc hạn|tam-tra|2016-09-11',
      '2016-09-13 7h Quá hạn|tam-tra|2016-09-13',
      '2016-09-13 7h Tổng hợp|van-phong|2016-09-13',
      '2016-09-15 7h Quá hạn|tam-tra|2016-09-15',
      '2016-09-15 7h Tổng hợp|van-phong|2016-09-15',
      '2016-09-19 7h Quá hạn|tam-tra|2016-09-19',
      '2016-09-19 7h Tổng hợp|van-phong|2016-09-19',
    ]);
  });

  test('units in the given order, then the digest', () => {
    const units = [{ id: 'b', missing: true }, { id: 'a', missing: true }, { id: 'c', missing: false }, { id: 'd', missing: true }];
    expect(run('2016-09-13', 8, new Set(), units).map((n) => n.unitId)).toEqual(['b', 'a', 'd', null]);
  });
});

describe('exactly once', () => {
  test('a second run on the same day returns nothing once the keys are logged', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11']);
    const first = run('2016-09-13', 7, sent);
    expect(first).toEqual([
      { key: 'Quá hạn|tam-tra|2016-09-13', kind: 'Quá hạn', unitId: 'tam-tra', day: '2016-09-13', superseded: [] },
      { key: 'Tổng hợp|van-phong|2016-09-13', kind: 'Tổng hợp', unitId: null, day: '2016-09-13', superseded: [] },
    ]);
    record(first, sent);
    expect(run('2016-09-13', 7, sent)).toEqual([]);
    expect(run('2016-09-13', 23, sent)).toEqual([]);
    expect(run('2016-09-14', 7, sent)).toEqual([]);
  });

  test('a run that died half-way: the next run sends only what is not logged', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11', 'Quá hạn|tam-tra|2016-09-13']);
    expect(run('2016-09-13', 9, sent).map((n) => n.key)).toEqual(['Tổng hợp|van-phong|2016-09-13']);
  });

  test('the trigger did not run on 13/09: the 13/09 notice and digest go out on 14/09, once', () => {
    expect(season('2016-08-26', '2016-09-16', 7, ['2016-09-13']).slice(2)).toEqual([
      { day: '2016-09-14', keys: ['Quá hạn|tam-tra|2016-09-13', 'Tổng hợp|van-phong|2016-09-13'], superseded: [] },
      { day: '2016-09-15', keys: ['Quá hạn|tam-tra|2016-09-15', 'Tổng hợp|van-phong|2016-09-15'], superseded: [] },
    ]);
  });

  test('a reminder missed on 11/09 still goes out on the deadline day itself (the deadline is the end of that day)', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09']);
    expect(run('2016-09-12', 7, sent).map((n) => [n.key, n.superseded])).toEqual([['Nhắc hạn|tam-tra|2016-09-11', []]]);
  });

  test('several days missed: one notice for the most recent day, the older ones superseded', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09']);
    expect(run('2016-09-16', 7, sent)).toEqual([
      {
        key: 'Quá hạn|tam-tra|2016-09-15',
        kind: 'Quá hạn',
        unitId: 'tam-tra',
        day: '2016-09-15',
        superseded: ['Nhắc hạn|tam-tra|2016-09-11', 'Quá hạn|tam-tra|2016-09-13'],
      },
      { key: 'Tổng hợp|van-phong|2016-09-15', kind: 'Tổng hợp', unitId: null, day: '2016-09-15', superseded: ['Tổng hợp|van-phong|2016-09-13'] },
    ]);
  });

  test('the trigger down from 08/09 to 13/09: no reminder after the deadline, one overdue notice on 14/09', () => {
    const log = season('2016-09-05', '2016-09-20', 7, ['2016-09-08', '2016-09-09', '2016-09-10', '2016-09-11', '2016-09-12', '2016-09-13']);
    expect(log).toEqual([
      {
        day: '2016-09-14',
        keys: ['Quá hạn|tam-tra|2016-09-13', 'Tổng hợp|van-phong|2016-09-13'],
        superseded: ['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11'],
      },
      { day: '2016-09-15', keys: ['Quá hạn|tam-tra|2016-09-15', 'Tổng hợp|van-phong|2016-09-15'], superseded: [] },
      { day: '2016-09-19', keys: ['Quá hạn|tam-tra|2016-09-19', 'Tổng hợp|van-phong|2016-09-19'], superseded: [] },
    ]);
  });

  test('a stale reminder is never sent after the deadline, even when no overdue day has come yet', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09']);
    expect(run('2016-09-13', 6, sent)).toEqual([]);
    expect(run('2016-09-14', 6, sent, [LATE], { reminders: { before: [3, 1], after: [3], hour: 7 } })).toEqual([
      { key: 'Tổng hợp|van-phong|2016-09-13', kind: 'Tổng hợp', unitId: null, day: '2016-09-13', superseded: [] },
    ]);
  });
});

describe('each cadre’s own digest', () => {
  const cadres = { cadres: ['cb-01', 'cb-03'] };

  test('on the office’s digest days, after it, keyed Tổng hợp|<cadre>|<day>, read back as the cadre’s', () => {
    expect(cadreDigestKey('cb-01', '2016-09-13')).toBe('Tổng hợp|cb-01|2016-09-13');
    expect(parseNoticeKey('Tổng hợp|cb-01|2016-09-13')).toEqual({ kind: 'Tổng hợp', unitId: null, day: '2016-09-13', cadreId: 'cb-01' });
    expect(parseNoticeKey('Tổng hợp|van-phong|2016-09-13')).not.toHaveProperty('cadreId');
    expect(run('2016-09-12', 8, new Set(), [LATE, DONE], cadres).filter((n) => n.kind === 'Tổng hợp')).toEqual([]);
    expect(run('2016-09-13', 7, new Set(['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11']), [LATE, DONE], cadres)).toEqual([
      { key: 'Quá hạn|tam-tra|2016-09-13', kind: 'Quá hạn', unitId: 'tam-tra', day: '2016-09-13', superseded: [] },
      { key: 'Tổng hợp|van-phong|2016-09-13', kind: 'Tổng hợp', unitId: null, day: '2016-09-13', superseded: [] },
      { key: 'Tổng hợp|cb-01|2016-09-13', kind: 'Tổng hợp', unitId: null, cadreId: 'cb-01', day: '2016-09-13', superseded: [] },
      { key: 'Tổng hợp|cb-03|2016-09-13', kind: 'Tổng hợp', unitId: null, cadreId: 'cb-03', day: '2016-09-13', superseded: [] },
    ]);
  });

  test('exactly once each: a logged cadre digest is not due again; missed days are superseded per cadre', () => {
    const sent = new Set(['Tổng hợp|van-phong|2016-09-13', 'Tổng hợp|cb-01|2016-09-13']);
    expect(run('2016-09-13', 9, sent, [DONE], cadres).map((n) => n.key)).toEqual(['Tổng hợp|cb-03|2016-09-13']);
    expect(run('2016-09-16', 7, sent, [DONE], cadres).map((n) => [n.key, n.superseded])).toEqual([
      ['Tổng hợp|van-phong|2016-09-15', []],
      ['Tổng hợp|cb-01|2016-09-15', []],
      ['Tổng hợp|cb-03|2016-09-15', ['Tổng hợp|cb-03|2016-09-13']],
    ]);
  });

  test('a cadre listed twice gets one; a cadre whose id is the office’s key id gets none rather than share its keys', () => {
    const keys = run('2016-09-13', 7, new Set(), [DONE], { cadres: ['cb-01', 'cb-01', 'van-phong'] }).map((n) => n.key);
    expect(keys).toEqual(['Tổng hợp|van-phong|2016-09-13', 'Tổng hợp|cb-01|2016-09-13']);
  });
});

describe('the hour and the campaign start', () => {
  test('a run before the hour does not make the day due; the same day after the hour does', () => {
    const sent = new Set<string>();
    expect(run('2016-09-09', 6, sent)).toEqual([]);
    expect(run('2016-09-09', 7, sent).map((n) => n.key)).toEqual(['Nhắc hạn|tam-tra|2016-09-09']);
  });

  test('before the hour, the previous days are still caught up', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11']);
    expect(run('2016-09-14', 0, sent).map((n) => n.key)).toEqual(['Quá hạn|tam-tra|2016-09-13', 'Tổng hợp|van-phong|2016-09-13']);
    expect(run('2016-09-13', 6, sent)).toEqual([]);
  });

  test('hour 0 makes a day due from midnight; hour 23 only from 23:00', () => {
    expect(run('2016-09-09', 0, new Set(), [LATE], { reminders: { ...BASE.reminders, hour: 0 } })).toHaveLength(1);
    expect(run('2016-09-09', 22, new Set(), [LATE], { reminders: { ...BASE.reminders, hour: 23 } })).toEqual([]);
  });

  test('nothing is due before the campaign start, and days before it are never caught up', () => {
    const lateStart = { start: '2016-09-10' };
    expect(run('2016-09-09', 12, new Set(), [LATE], lateStart)).toEqual([]);
    expect(run('2016-09-10', 12, new Set(), [LATE], lateStart)).toEqual([]);
    expect(run('2016-09-11', 12, new Set(), [LATE], lateStart)).toEqual([
      { key: 'Nhắc hạn|tam-tra|2016-09-11', kind: 'Nhắc hạn', unitId: 'tam-tra', day: '2016-09-11', superseded: [] },
    ]);
  });

  test('a unit that completes stops receiving notices; one that falls behind again gets the next one', () => {
    const sent = new Set(['Nhắc hạn|tam-tra|2016-09-09', 'Nhắc hạn|tam-tra|2016-09-11']);
    expect(run('2016-09-13', 7, sent, [{ id: 'tam-tra', missing: false }]).map((n) => n.key)).toEqual(['Tổng hợp|van-phong|2016-09-13']);
    sent.add('Tổng hợp|van-phong|2016-09-13');
    expect(run('2016-09-15', 7, sent, [LATE]).map((n) => [n.key, n.superseded])).toEqual([
      ['Quá hạn|tam-tra|2016-09-15', ['Quá hạn|tam-tra|2016-09-13']],
      ['Tổng hợp|van-phong|2016-09-15', []],
    ]);
  });
});

describe('days left and overdue', () => {
  test('relative to the deadline date', () => {
    expect(daysLeft('2016-09-12', '2016-09-09')).toBe(3);
    expect(daysLeft('2016-09-12', '2016-09-12')).toBe(0);
    expect(daysLeft('2016-09-12', '2016-09-13')).toBe(-1);
    expect(daysOverdue('2016-09-12', '2016-09-13')).toBe(1);
    expect(daysOverdue('2016-09-12', '2016-09-19')).toBe(7);
    expect(daysOverdue('2016-09-12', '2016-09-12')).toBe(0);
    expect(daysOverdue('2016-09-12', '2016-09-01')).toBe(0);
    expect(daysLeft('2016-10-02', '2016-09-29')).toBe(3);
  });

  test('a reminder sent by hand is a Nhắc hạn up to the deadline day, a Quá hạn after it', () => {
    expect(noticeKindOn('2016-09-12', '2016-09-12')).toBe('Nhắc hạn');
    expect(noticeKindOn('2016-09-12', '2016-09-13')).toBe('Quá hạn');
  });
});
