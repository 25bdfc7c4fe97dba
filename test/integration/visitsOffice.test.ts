import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { setUpEmulator } from './harness';

/** Issue 17: the office types a unit's invitation in the sidebar; the same row rules as an emailed one. */
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
const CLERK = 'thuky@example.org';
const CADRE = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-04')!.email;
const entry = (over: Record<string, unknown> = {}) => ({ unitId: 'tam-tra', chapter: 'Xuân Thọ', date: '15/09/2016', time: '19:30', place: 'Nhà văn hóa thôn Xuân Thọ', agenda: 'Kết nạp đoàn viên', ...over });

const scenario = (): Emulator => setUpEmulator(CAMPAIGN, { now: '2016-09-10T01:00:00.000Z', editors: [CLERK] });
/** The meetings' rows: the campaign's pilots' planned rows (`Dự kiến`, pilots.test.ts) left out. */
const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '' && row[8] !== 'Dự kiến');
const toCadre = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE));

describe('an invitation typed by the office', () => {
  test('at the office\'s keyboard: the row Thủ công, the event and the Mời dự at once; typed again, nothing new', () => {
    const emu = scenario();
    const outcome = emu.run('submitInvitation', entry());
    expect(outcome).toMatchObject({ ok: true, id: 'DCS-160915-01' });
    expect(visits(emu).map((row) => row.slice(0, 9))).toEqual([
      ['DCS-160915-01', 'Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ', 'Kết nạp đoàn viên', new Date('2016-09-15T12:30:00.000Z'), 'Nhà văn hóa thôn Xuân Thọ', 'Phạm Thị Kim Oanh', 'Thủ công', 'Đã mời'],
    ]);
    expect(emu.calendar.events()).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
    // Logged like every submission, final at once.
    expect(emu.values('Nhật ký nhận').slice(1).map((row) => [row[1], row[3], row[4], row[5]])).toEqual([['Thủ công', 'DCS-160915-01/1', 'Đoàn xã Tam Trà', 'Đã ghi']]);
    expect(emu.run('submitInvitation', entry())).toMatchObject({ ok: true, id: 'DCS-160915-01' });
    emu.run('pollMailbox');
    expect(emu.calendar.allEvents()).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
    expect(emu.values('Nhật ký nhận').slice(1)).toHaveLength(1);
  });

  test('typed by a clerk: the row now, the calendar and the letter from the office\'s next poll', () => {
    const emu = scenario();
    expect(emu.runAs({ user: CLERK }, 'submitInvitation', entry())).toMatchObject({ ok: true });
    expect(visits(emu)).toHaveLength(1);
    expect(emu.calendar.allEvents()).toHaveLength(0);
    expect(emu.mail.sent).toHaveLength(0);
    emu.run('pollMailbox');
    expect(emu.calendar.events()).toHaveLength(1);
    // On the office account's calendar (it runs the poll), never the clerk's.
    expect(emu.calendar.events({ user: CLERK })).toHaveLength(0);
    expect(emu.calendar.events({ user: CADRE })).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
  });

  test('every field checked in one round, in Vietnamese; nothing written', () => {
    const emu = scenario();
    const outcome = emu.run('submitInvitation', entry({ chapter: 'Tây Yên', date: '31/02/2016', time: '25:00' })) as { ok: boolean; problems: { field: string; message: string }[] };
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => p.field)).toEqual(['chapter', 'date', 'time']);
    expect(outcome.problems[0].message).toContain('Các Chi đoàn của đơn vị: Chi đoàn Xuân Thọ, Chi đoàn thôn Đồng Làng');
    expect(outcome.problems[2].message).toBe('Giờ sinh hoạt không đúng hoặc không có thật: ghi theo dạng HH:mm, ví dụ 19:30.');
    expect(visits(emu)).toHaveLength(0);
    expect(() => emu.run('submitInvitation', { unitId: 'tam-tra' })).toThrow('Dữ liệu giấy mời gửi lên không hợp lệ');
    expect(() => emu.runAs({ user: 'nguoi.ngoai@example.org' }, 'submitInvitation', entry())).toThrow();
  });

  test('cancelled by the office: Hủy, the event deleted, the cadre told', () => {
    const emu = scenario();
    emu.run('submitInvitation', entry());
    emu.clock.advanceBy(60_000);
    expect(emu.run('submitInvitation', entry({ time: '', cancel: true }))).toMatchObject({ ok: true });
    expect(visits(emu)[0][8]).toBe('Hủy');
    expect(emu.calendar.events()).toHaveLength(0);
    expect(toCadre(emu).map((m) => m.subject)).toEqual([expect.stringContaining('Mời dự'), expect.stringContaining('Hoãn/hủy')]);
  });
});
