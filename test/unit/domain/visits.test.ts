import { nextVisitId, planInvitation, remindDue, visitKey, type InvitationContext, type InvitationFields, type Visit } from '../../../src/domain/visits';

/** Vietnam is UTC+7 all year. */
const instant = (day: string, clock: string) => new Date(`${day}T${clock}:00+07:00`);
const ctx = (over: Partial<InvitationContext> = {}): InvitationContext => ({
  unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà' },
  chapters: ['Chi đoàn Xuân Thọ', 'Chi đoàn Đông Yên'],
  cadreName: 'Nguyễn Văn A',
  today: '2016-09-10',
  now: instant('2016-09-10', '08:00').getTime(),
  received: instant('2016-09-10', '07:00').getTime(),
  source: 'Email',
  words: 'Kính mời…',
  instant,
  ...over,
});
const fields = (over: Partial<InvitationFields> = {}): InvitationFields => ({
  chapter: 'Chi đoàn thôn Xuân Thọ',
  date: { year: 2016, month: 9, day: 15 },
  time: { hour: 19, minute: 30 },
  place: 'Nhà văn hóa thôn',
  agenda: 'Kết nạp đoàn viên',
  cancelled: false,
  ...over,
});

function first(): Visit {
  const plan = planInvitation([], fields(), ctx());
  if (plan.kind !== 'write') throw new Error(plan.kind);
  return plan.visit;
}

describe('planInvitation', () => {
  it('makes a new row with a short id, the unit\'s chapter as its tab names it, and version 1', () => {
    const visit = first();
    expect(visit).toMatchObject({ id: 'DCS-160915-01', chapter: 'Chi đoàn Xuân Thọ', status: 'Đã mời', version: 1, syncedVersion: 0, key: visitKey('tam-tra', 'Chi đoàn Xuân Thọ', '2016-09-15') });
    expect(visit.start.toISOString()).toBe('2016-09-15T12:30:00.000Z');
  });

  it('updates the same chapter\'s meeting that day, bumping the version; the same again changes nothing', () => {
    const visit = first();
    const changed = planInvitation([visit], fields({ time: { hour: 20, minute: 0 } }), ctx({ received: visit.receivedAt + 1 }));
    expect(changed).toMatchObject({ kind: 'write', index: 0, change: 'changed', visit: { id: visit.id, version: 2 } });
    expect(planInvitation([visit], fields(), ctx({ received: visit.receivedAt + 1 })).kind).toBe('unchanged');
  });

  it('never lets an older message overwrite a newer one', () => {
    const visit = first();
    expect(planInvitation([visit], fields({ time: { hour: 20, minute: 0 } }), ctx({ received: visit.receivedAt - 1 })).kind).toBe('unchanged');
  });

  it('cancels the chapter\'s coming meeting', () => {
    const visit = first();
    const plan = planInvitation([visit], fields({ cancelled: true, time: null }), ctx({ received: visit.receivedAt + 1 }));
    expect(plan).toMatchObject({ kind: 'write', change: 'cancelled', visit: { status: 'Hủy', version: 2 } });
    expect(planInvitation([], fields({ cancelled: true }), ctx())).toMatchObject({ kind: 'reject', problem: { code: 'nothingToCancel' } });
  });

  it.each([
    [{ date: null }, 'noDate'],
    [{ date: { year: 2016, month: 2, day: 30 } }, 'badDate'],
    [{ time: null }, 'noTime'],
    [{ time: { hour: 25, minute: 0 } }, 'badTime'],
    [{ time: { hour: 19, minute: 75 } }, 'badTime'],
    [{ date: { year: 2016, month: 9, day: 1 } }, 'past'],
    [{ chapter: null }, 'noChapter'],
    [{ chapter: 'Chi đoàn Tây Yên' }, 'unknownChapter'],
  ] as const)('refuses %j (%s)', (over, code) => {
    expect(planInvitation([], fields(over as Partial<InvitationFields>), ctx())).toMatchObject({ kind: 'reject', problem: { code } });
  });

  it('lists the unit\'s chapters for a chapter it does not have', () => {
    expect(planInvitation([], fields({ chapter: 'Chi đoàn Tây Yên' }), ctx())).toMatchObject({ problem: { chapters: ['Chi đoàn Xuân Thọ', 'Chi đoàn Đông Yên'] } });
  });

  it('takes a day without a year as this year\'s, or next year\'s when it is long gone', () => {
    const plan = planInvitation([], fields({ date: { year: null, month: 1, day: 5 } }), ctx({ today: '2016-12-20', now: instant('2016-12-20', '08:00').getTime() }));
    expect(plan).toMatchObject({ kind: 'write', visit: { id: 'DCS-170105-01' } });
  });
});

describe('ids and reminders', () => {
  it('numbers the visits of a day', () => {
    expect(nextVisitId(['DCS-160915-01', 'DCS-160915-02', 'DCS-160916-05'], '2016-09-15')).toBe('DCS-160915-03');
  });

  it('is due on the eve from 17:00, for a meeting still on', () => {
    const visit = first();
    expect(remindDue(visit, '2016-09-14', 17)).toBe(true);
    expect(remindDue(visit, '2016-09-14', 16)).toBe(false);
    expect(remindDue(visit, '2016-09-13', 20)).toBe(false);
    expect(remindDue({ ...visit, status: 'Hủy' }, '2016-09-14', 18)).toBe(false);
  });
});
