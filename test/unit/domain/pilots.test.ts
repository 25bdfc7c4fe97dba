import { isPilotVisit, missingPilotRows, pilotKey, pilotStatus, type Pilot, type PilotUnit } from '../../../src/domain/pilots';
import { planInvitation, visitKey, type InvitationContext, type InvitationFields, type Visit, type VisitStatus } from '../../../src/domain/visits';

/** Vietnam is UTC+7 all year. */
const instant = (day: string, clock: string) => new Date(`${day}T${clock}:00+07:00`);
const localDay = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const pilot: Pilot = { unit: 'tam-tra', chapter: 'Chi đoàn Xuân Thọ', month: '2016-09' };
const unit: PilotUnit = { id: 'tam-tra', name: 'Đoàn xã Tam Trà', chapters: ['Chi đoàn Xuân Thọ', 'Chi đoàn Đông Yên'], cadreName: 'Hồ Văn Trà' };

function planned(): Visit {
  const [row] = missingPilotRows([pilot], [unit], []);
  return row;
}

/** The planned row as the unit's invitation for 15/09/2016 19:30 made it. */
function invited(over: Partial<Visit> = {}): Visit {
  const ctx: InvitationContext = {
    unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà' },
    chapters: unit.chapters,
    cadreName: 'Hồ Văn Trà',
    today: '2016-09-05',
    now: instant('2016-09-05', '08:00').getTime(),
    received: instant('2016-09-05', '07:00').getTime(),
    source: 'Email',
    words: 'Kính mời…',
    instant,
  };
  const fields: InvitationFields = { chapter: 'Chi đoàn thôn Xuân Thọ', date: { year: 2016, month: 9, day: 15 }, time: { hour: 19, minute: 30 }, place: 'Nhà văn hóa thôn', agenda: 'Sinh hoạt chủ điểm', cancelled: false };
  const plan = planInvitation([planned()], fields, ctx);
  if (plan.kind !== 'write' || plan.index !== 0) throw new Error(`${plan.kind}: not the planned row`);
  return { ...plan.visit, ...over };
}

const at = (day: string, clock = '08:00') => ({ now: instant(day, clock).getTime(), today: day });
const statusAt = (visits: Visit[], day: string, clock?: string) => {
  const { now, today } = at(day, clock);
  return pilotStatus(pilot, visits, now, today, localDay);
};

describe('missingPilotRows', () => {
  it('plans one `Dự kiến` row per pilot, named as the unit\'s chapters, with no time and nothing for the cadre to hear of', () => {
    const row = planned();
    expect(row).toMatchObject({
      id: 'DCS-160900-01',
      unitName: 'Đoàn xã Tam Trà',
      chapter: 'Chi đoàn Xuân Thọ',
      agenda: 'Chi đoàn làm điểm tháng 09/2016',
      cadreName: 'Hồ Văn Trà',
      source: 'Kế hoạch',
      status: 'Dự kiến',
      key: pilotKey('tam-tra', 'Chi đoàn Xuân Thọ', '2016-09'),
      version: 0,
      syncedVersion: 0,
    });
    expect(row.id).toMatch(/^DCS-\d{6}-\d{2,3}$/);
  });

  it('adds nothing for a pilot that has a row of its month (planned, invited or cancelled), nor for an unknown unit', () => {
    expect(missingPilotRows([pilot], [unit], [planned()])).toEqual([]);
    expect(missingPilotRows([pilot], [unit], [invited({ status: 'Hủy' })])).toEqual([]);
    expect(missingPilotRows([{ ...pilot, unit: 'tam-xuan-9' }], [unit], [])).toEqual([]);
    const october = missingPilotRows([{ ...pilot, month: '2016-10' }], [unit], [planned()]);
    expect(october.map((row) => row.id)).toEqual(['DCS-161000-01']);
  });

  it('numbers two pilots of one month apart', () => {
    const rows = missingPilotRows([pilot, { ...pilot, chapter: 'Chi đoàn Đông Yên' }], [unit], []);
    expect(rows.map((row) => row.id)).toEqual(['DCS-160900-01', 'DCS-160900-02']);
  });
});

describe('planInvitation adopts a pilot\'s planned row', () => {
  it('fills the row (index 0): `Đã mời`, the meeting\'s day in its key and its Mã, a first version', () => {
    const row = invited();
    expect(row).toMatchObject({ id: 'DCS-160915-01', status: 'Đã mời', source: 'Email', place: 'Nhà văn hóa thôn', agenda: 'Sinh hoạt chủ điểm', version: 1, syncedVersion: 0 });
    expect(row.key).toBe(visitKey('tam-tra', 'Chi đoàn Xuân Thọ', '2016-09-15'));
    expect(isPilotVisit(pilot, row)).toBe(true);
  });

  it('leaves a pilot of another month alone: an October meeting is a row of its own', () => {
    const plan = planInvitation(
      [planned()],
      { chapter: 'Chi đoàn Xuân Thọ', date: { year: 2016, month: 10, day: 3 }, time: { hour: 19, minute: 0 }, place: null, agenda: null, cancelled: false },
      { unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà' }, chapters: unit.chapters, cadreName: '', today: '2016-09-05', now: 0, received: 1, source: 'Form', words: '', instant },
    );
    expect(plan).toMatchObject({ kind: 'write', index: -1, change: 'new' });
  });
});

describe('pilotStatus', () => {
  it('is `Chưa có lịch` while the month lasts with only the plan (or no row yet), `Quá tháng, chưa đi` after', () => {
    expect(statusAt([planned()], '2016-09-20')).toEqual({ state: 'unscheduled', text: 'Chưa có lịch', id: 'DCS-160900-01' });
    expect(statusAt([], '2016-08-28')).toMatchObject({ state: 'unscheduled', text: 'Chưa có lịch', id: '' });
    expect(statusAt([planned()], '2016-10-01')).toMatchObject({ state: 'missed', text: 'Quá tháng, chưa đi' });
  });

  it('is `Đã có lịch` with the meeting\'s local day while it is ahead, then waits for the report', () => {
    expect(statusAt([invited()], '2016-09-15', '19:00').text).toBe('Đã có lịch 15/09/2016');
    expect(statusAt([invited()], '2016-09-15', '20:00')).toMatchObject({ state: 'awaitingReport', text: 'Đã dự, chờ báo cáo' });
    expect(statusAt([invited({ status: 'Đã dự' })], '2016-09-16').text).toBe('Đã dự, chờ báo cáo');
  });

  it.each<[VisitStatus, string]>([
    ['Đã báo cáo', 'Đã báo cáo'],
    ['Không dự', 'Không dự'],
    ['Hủy', 'Hủy'],
  ])('says %s as %s, in the month and after it', (status, text) => {
    expect(statusAt([invited({ status })], '2016-09-20').text).toBe(text);
    expect(statusAt([invited({ status })], '2016-11-02').text).toBe(text);
  });

  it('takes the most advanced of the month\'s rows: a cancelled meeting set again for another day is scheduled', () => {
    const cancelled = invited({ status: 'Hủy' });
    const again = invited({ id: 'DCS-160922-01', key: visitKey('tam-tra', 'Chi đoàn Xuân Thọ', '2016-09-22'), start: instant('2016-09-22', '19:30') });
    expect(statusAt([cancelled, again], '2016-09-18').text).toBe('Đã có lịch 22/09/2016');
    expect(statusAt([cancelled, { ...again, status: 'Đã báo cáo' }], '2016-09-25')).toMatchObject({ state: 'reported', id: 'DCS-160922-01' });
    expect(cancelled.id).toBe('DCS-160915-01');
  });

  it('counts only the pilot\'s chapter, unit and month', () => {
    const other = invited({ chapter: 'Chi đoàn Đông Yên', key: visitKey('tam-tra', 'Chi đoàn Đông Yên', '2016-09-15'), status: 'Đã báo cáo' });
    const otherUnit = invited({ key: visitKey('tam-son', 'Chi đoàn Xuân Thọ', '2016-09-15'), status: 'Đã báo cáo' });
    const october = invited({ key: visitKey('tam-tra', 'Chi đoàn Xuân Thọ', '2016-10-03'), status: 'Đã báo cáo' });
    expect(statusAt([other, otherUnit, october], '2016-09-20').text).toBe('Chưa có lịch');
  });
});
