import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/**
 * Issue 17, the report back: after the meeting the cadre gets one `Nhắc báo cáo`; still nothing on
 * the due day's morrow, a second with the office in copy; the cadre's reply is read as the report.
 */
const OFFICE = DEFAULT_CAMPAIGN.officeEmail;
const TRA = 'doan.tamtra@example.org';
const CADRE = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-04')!.email;
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
const NOW = '2016-09-10T01:00:00.000Z';
const INVITATION =
  'GIẤY MỜI\nBan Thường vụ Đoàn xã Tam Trà trân trọng kính mời đồng chí Phạm Thị Kim Oanh dự sinh hoạt Chi đoàn thôn Xuân Thọ ' +
  'vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.\nNội dung: Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới.';

const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '');
const outboxKeys = (emu: Emulator) => emu.values('Nhật ký gửi').slice(1).map((row) => String(row[5])).filter(Boolean);
const toCadre = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE));
const chases = (emu: Emulator) => toCadre(emu).filter((m) => m.subject.includes('báo cáo kết quả đi cơ sở DCS-160915-01'));

export function invited(): Emulator {
  const emu = setUpEmulator(CAMPAIGN, { now: NOW });
  emu.gmail.deliver(buildEmlText({ from: `Đoàn xã Tam Trà <${TRA}>`, to: OFFICE, messageId: '<inv1@x>', subject: 'Giấy mời', date: 'Sat, 10 Sep 2016 08:00:00 +0700', text: INVITATION }));
  emu.run('pollMailbox');
  return emu;
}

describe('Nhắc báo cáo', () => {
  test('once after the meeting, a second with the office in copy when overdue, then nothing more', () => {
    const emu = invited();
    emu.clock.advanceTo('2016-09-15T21:00:00+07:00');
    expect(chases(emu)).toHaveLength(0);
    emu.clock.advanceTo('2016-09-16T07:00:00+07:00');
    expect(chases(emu)).toHaveLength(1);
    const first = chases(emu)[0];
    expect(first.cc).toBe('');
    expect(first.subject).toContain('Đề nghị báo cáo kết quả đi cơ sở DCS-160915-01 – Chi đoàn Xuân Thọ, Đoàn xã Tam Trà');
    expect(first.body).toContain('trước ngày 18/09/2016');
    expect(first.body).toContain('Mô hình hay:');
    expect(first.body).toContain('Không dự vì');
    expect(outboxKeys(emu)).toContain('Nhắc báo cáo|DCS-160915-01|1');
    emu.clock.advanceTo('2016-09-18T22:00:00+07:00');
    expect(chases(emu)).toHaveLength(1);
    emu.clock.advanceTo('2016-09-19T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    const second = chases(emu)[1];
    expect(second.cc).toBe(OFFICE);
    expect(second.subject).toContain('Nhắc lần 2');
    expect(outboxKeys(emu)).toContain('Nhắc báo cáo|DCS-160915-01|2');
    emu.clock.advanceTo('2016-09-30T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    expect(outboxKeys(emu).filter((k) => k.startsWith('Nhắc báo cáo'))).toHaveLength(2);
    expect(visits(emu)[0][8]).toBe('Đã mời');
  });

  test('a cancelled meeting is never chased', () => {
    const emu = invited();
    emu.gmail.deliver(buildEmlText({ from: `Đoàn xã Tam Trà <${TRA}>`, to: OFFICE, messageId: '<inv3@x>', subject: 'Hoãn sinh hoạt', date: 'Sat, 10 Sep 2016 10:00:00 +0700', text: 'Đoàn xã Tam Trà xin hoãn buổi sinh hoạt Chi đoàn Xuân Thọ ngày 15/9/2016 do mưa bão.' }));
    emu.run('pollMailbox');
    emu.clock.advanceTo('2016-09-25T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(0);
  });
});
