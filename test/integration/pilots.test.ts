import type { Dashboard } from '../../src/app/sidebar/dashboard';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { setUpEmulator } from './harness';
import { buildEmlText } from '../fixtures/eml';
import { CADRE, invited, OFFICE, REPORT, reply, TRA } from './visitsScenario';

describe('the pilot chapters (campaign `pilots`, Chi đoàn làm điểm) in the sidebar', () => {
  test('each on its unit in the dashboard and marked among the chapters of its unit', () => {
    const emu = setUpEmulator();
    const dashboard = emu.run('getDashboard') as Dashboard;
    const withPilots = dashboard.units.filter((unit) => unit.pilots.length > 0).map((unit) => [unit.id, unit.pilots]);
    expect(withPilots).toEqual([
      ['tam-son', [{ chapter: 'Chi đoàn Thuận Yên Đông', month: '09/2016', status: 'Chưa có lịch' }]],
      ['tam-tra', [{ chapter: 'Chi đoàn Xuân Thọ', month: '09/2016', status: 'Chưa có lịch' }]],
    ]);
    const tra = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(tra.unit.pilots).toEqual([{ chapter: 'Chi đoàn Xuân Thọ', month: '09/2016', status: 'Chưa có lịch' }]);
    expect(tra.chapters.filter((chapter) => chapter.pilot).map((chapter) => chapter.name)).toEqual(['Chi đoàn Xuân Thọ']);
    expect((emu.run('getUnitDetail', 'tam-tien') as UnitDetail).chapters.some((chapter) => chapter.pilot)).toBe(false);
  });

  test('a campaign without pilots shows none, and a pilot the office adds in Cấu hình shows at the next read', () => {
    const emu = setUpEmulator(JSON.stringify({ ...DEFAULT_CAMPAIGN, pilots: [] }));
    expect((emu.run('getDashboard') as Dashboard).units.every((unit) => unit.pilots.length === 0)).toBe(true);
    const config = emu.values('Cấu hình');
    const row = config.findIndex((cells) => cells[0] === 'pilots') + 1;
    emu.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 3).setValue('tam-tien: Chi đoàn thôn Bích An (2016-10)');
    const tien = (emu.run('getDashboard') as Dashboard).units.find((unit) => unit.id === 'tam-tien')!;
    expect(tien.pilots).toEqual([{ chapter: 'Chi đoàn thôn Bích An', month: '10/2016', status: 'Chưa có lịch' }]);
  });
});

/** Issue 17: each pilot is a planned visit of its month (`Dự kiến`), adopted by the unit's invitation, with its own status. */
const TWO_UNITS = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
/** Saturday 10/9/2016, 08:00 in Hồ Chí Minh. */
const NOW = '2016-09-10T01:00:00.000Z';
const rows = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '');
const shown = (emu: Emulator) => rows(emu).map((row) => row.slice(0, 9));
const statuses = (emu: Emulator) =>
  (emu.run('getDashboard') as Dashboard).units.flatMap((unit) => unit.pilots.map((pilot) => `${unit.name}: ${pilot.chapter} – ${pilot.status}`));
const toCadres = (emu: Emulator) => emu.mail.sent.filter((m) => DEFAULT_CAMPAIGN.cadres.some((c) => m.to.includes(c.email)));
const PLANNED = [
  ['DCS-160900-01', 'Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ', 'Chi đoàn làm điểm tháng 09/2016', '', '', 'Phạm Thị Kim Oanh', 'Kế hoạch', 'Dự kiến'],
  ['DCS-160900-02', 'Đoàn xã Tam Sơn', 'Chi đoàn Thuận Yên Đông', 'Chi đoàn làm điểm tháng 09/2016', '', '', 'Lê Minh Tuấn', 'Kế hoạch', 'Dự kiến'],
];

describe('the pilots as planned visits in Đi cơ sở', () => {
  test('setup makes one Dự kiến row per pilot, no event and no letter; setup and the poll again add none; a pilot added in Cấu hình gets its row', () => {
    const emu = setUpEmulator(TWO_UNITS, { now: NOW });
    expect(shown(emu)).toEqual(PLANNED);
    emu.run('pollMailbox');
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    expect(shown(emu)).toEqual(PLANNED);
    expect(emu.calendar.allEvents()).toHaveLength(0);
    expect(toCadres(emu)).toHaveLength(0);

    const config = emu.values('Cấu hình');
    const row = config.findIndex((cells) => cells[0] === 'pilots') + 1;
    const cell = emu.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 3);
    cell.setValue(`${cell.getValue()}; tam-son: Chi đoàn thôn Thuận Yên Tây (2016-10)`);
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    const october = ['DCS-161000-01', 'Đoàn xã Tam Sơn', 'Chi đoàn thôn Thuận Yên Tây', 'Chi đoàn làm điểm tháng 10/2016', '', '', 'Lê Minh Tuấn', 'Kế hoạch', 'Dự kiến'];
    expect(shown(emu)).toEqual([...PLANNED, october]);
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    expect(rows(emu)).toHaveLength(3);
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Chưa có lịch', 'Đoàn xã Tam Sơn: Chi đoàn thôn Thuận Yên Tây – Chưa có lịch', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Chưa có lịch']);
  });

  test('the unit\'s invitation adopts the planned row (no second row); the statuses follow the month on the dashboard, the unit and the digest', () => {
    const emu = invited();
    // The planned row became the meeting's: the day's Mã, the unit's words, one event and one Mời dự.
    expect(shown(emu)).toEqual([
      ['DCS-160915-01', 'Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ', 'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới', new Date('2016-09-15T12:30:00.000Z'), 'Nhà văn hóa thôn Xuân Thọ', 'Phạm Thị Kim Oanh', 'Email', 'Đã mời'],
      PLANNED[1],
    ]);
    expect(emu.calendar.events()).toHaveLength(1);
    expect(toCadres(emu).map((m) => m.subject)).toEqual([expect.stringContaining('Mời dự sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà, 15/09/2016 19:30')]);
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Chưa có lịch', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Đã có lịch 15/09/2016']);
    expect((emu.run('getUnitDetail', 'tam-tra') as UnitDetail).unit.pilots).toEqual([{ chapter: 'Chi đoàn Xuân Thọ', month: '09/2016', status: 'Đã có lịch 15/09/2016' }]);

    emu.clock.advanceTo('2016-09-16T08:00:00+07:00');
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Chưa có lịch', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Đã dự, chờ báo cáo']);
    reply(emu, '<rep1@x>', CADRE, REPORT);
    emu.run('pollMailbox');
    expect(rows(emu)[0][8]).toBe('Đã báo cáo');
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Chưa có lịch', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Đã báo cáo']);
    emu.clock.advanceTo('2016-09-19T08:00:00+07:00');
    expect(rows(emu)).toHaveLength(2);
    expect(emu.executions.filter((e) => e.error)).toEqual([]);

    // The office's digest says each pilot's status as it was that morning (13, 15 and 19/09).
    const digests = emu.mail.sent.filter((m) => m.to === OFFICE && m.subject.includes('Tổng hợp tình hình'));
    const section = (body: string) => body.slice(body.indexOf('Chi đoàn làm điểm\n'), body.indexOf('\n\n', body.indexOf('Chi đoàn làm điểm\n') + 20));
    const line = (tra: string) => `Chi đoàn làm điểm\n\n- Chi đoàn Xuân Thọ (Đoàn xã Tam Trà), làm điểm tháng 09/2016: ${tra}\n- Chi đoàn Thuận Yên Đông (Đoàn xã Tam Sơn), làm điểm tháng 09/2016: Chưa có lịch`;
    expect(digests.map((m) => section(m.body))).toEqual([line('Đã có lịch 15/09/2016'), line('Đã có lịch 15/09/2016'), line('Đã báo cáo')]);
    expect(digests[0].htmlBody).toContain('Chi đoàn làm điểm');
    // A cadre's own digest is about the tables their units owe: no pilots section.
    const cadreDigests = emu.mail.sent.filter((m) => m.to === CADRE && m.subject.includes('Tổng hợp'));
    expect(cadreDigests).toHaveLength(3);
    expect(cadreDigests.filter((m) => m.body.includes('làm điểm tháng'))).toEqual([]);
  });
});

describe('a pilot added in Cấu hình without setup run again', () => {
  test('gets its planned row from the visits pass of the next poll that has a visit to pass on', () => {
    const emu = setUpEmulator(TWO_UNITS, { now: NOW });
    const config = emu.values('Cấu hình');
    const cell = emu.spreadsheet.getSheetByName('Cấu hình')!.getRange(config.findIndex((cells) => cells[0] === 'pilots') + 1, 3);
    cell.setValue(`${cell.getValue()}; tam-tra: Chi đoàn thôn Đồng Làng (2016-10)`);
    emu.gmail.deliver(
      buildEmlText({
        from: `Đoàn xã Tam Trà <${TRA}>`,
        to: OFFICE,
        messageId: '<inv-son@x>',
        subject: 'Giấy mời',
        date: 'Sat, 10 Sep 2016 07:30:00 +0700',
        text: 'GIẤY MỜI\nKính mời đồng chí Phạm Thị Kim Oanh dự sinh hoạt Chi đoàn thôn Xuân Thọ vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.',
      }),
    );
    emu.run('pollMailbox');
    expect(shown(emu).map((row) => [row[0], row[2], row[8]])).toEqual([
      ['DCS-160915-01', 'Chi đoàn Xuân Thọ', 'Đã mời'],
      ['DCS-160900-02', 'Chi đoàn Thuận Yên Đông', 'Dự kiến'],
      ['DCS-161000-01', 'Chi đoàn thôn Đồng Làng', 'Dự kiến'],
    ]);
    emu.run('pollMailbox');
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    expect(rows(emu)).toHaveLength(3);
  });
});

describe('a pilot whose month ends without a visit', () => {
  test('is Chưa có lịch until the month is over, then Quá tháng, chưa đi; its planned row stays as it was', () => {
    const emu = setUpEmulator(TWO_UNITS, { now: '2016-09-29T01:00:00.000Z' });
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Chưa có lịch', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Chưa có lịch']);
    emu.clock.advanceTo('2016-10-01T08:00:00+07:00');
    expect(statuses(emu)).toEqual(['Đoàn xã Tam Sơn: Chi đoàn Thuận Yên Đông – Quá tháng, chưa đi', 'Đoàn xã Tam Trà: Chi đoàn Xuân Thọ – Quá tháng, chưa đi']);
    expect(shown(emu)).toEqual(PLANNED);
    expect(emu.calendar.allEvents()).toHaveLength(0);
  });
});
