import type { Dashboard } from '../../src/app/sidebar/dashboard';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { buildEmlText } from '../fixtures/eml';
import { OFFICE_ADDRESS, TABLE } from './officeActions';
import { setUpEmulator } from './harness';

const local = (date: unknown) =>
  date instanceof Date ? new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date) : String(date);

describe('one message, one time', () => {
  test('an email that arrived at 10:03 and was read by the 10:10 poll says 10:03 in the log, its tab, Đơn vị and the sidebar', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    emu.clock.advanceTo(new Date('2016-09-06T10:03:00+07:00'));
    emu.gmail.deliver(buildEmlText({ from: 'Đoàn xã Tam Trà <doan.tamtra@example.org>', to: OFFICE_ADDRESS, messageId: '<clock@x>', text: TABLE }));
    // The office's poll runs on its trigger, some minutes later.
    emu.clock.advanceTo(new Date('2016-09-06T10:15:00+07:00'));
    const logged = emu.values('Nhật ký nhận').find((row) => row[3] === '<clock@x>')!;
    expect(logged[5]).toBe('Đã ghi');
    expect(local(logged[0])).toMatch(/10:03/);
    const units = emu.values('Đơn vị');
    const unit = units.find((row) => row[0] === 'tam-tra')!;
    expect(local(unit[units[0].indexOf('Lần nhận cuối')])).toBe(local(logged[0]));
    const tab = emu.values('Tam Trà');
    expect(local(tab[1][tab[0].indexOf('Cập nhật')])).toBe(local(logged[0]));
    const detail = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    const dashboard = emu.run('getDashboard') as Dashboard;
    expect(detail.history[0]).toMatchObject({ id: '<clock@x>', time: '06/09/2016 10:03' });
    expect(detail.unit.lastContact).toBe('06/09/2016 10:03');
    expect(dashboard.units.find((u) => u.id === 'tam-tra')?.lastContact).toBe('06/09/2016 10:03');
    expect(detail.chapters[0].updated).toBe('06/09/2016 10:03');
  });
});
