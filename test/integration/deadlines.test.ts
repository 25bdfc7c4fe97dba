import { emulatorWithHands, notices, sendTable, setUp, smallCampaign } from './deadlineSeason';

const CADRE_1 = 'nguyenvanbinh.hd@example.org';
const CADRE_3 = 'leminhtuan.hd@example.org';
const XUAN = `doan.tamxuan1@example.org (cc ${CADRE_1})`;
const TIEN = `doan.tamtien@example.org (cc ${CADRE_1})`;
const SON = `doan.tamson@example.org (cc ${CADRE_3})`;
const TRA = 'doan.tamtra@example.org (cc phamthikimoanh.hd@example.org)';
const OFFICE = 'huyendoannuithanh09@gmail.com';

describe('checkDeadlines over the 2016 season (26/08 → 20/09, deadline 12/09, reminders 3 and 1 days before, 1, 3 and 7 after, at 07:00)', () => {
  const campaign = smallCampaign();

  test('setup installs the daily check once, at the campaign hour in its time zone', () => {
    const emu = emulatorWithHands();
    setUp(emu, campaign);
    emu.run('setupFromCampaign_', '');
    const daily = emu.triggers().filter((t) => t.handler === 'checkDeadlines');
    expect(daily.map((t) => t.schedule)).toEqual(['every 1 day(s) at 07:00 (Asia/Ho_Chi_Minh)']);
  });

  test('complete, incomplete, late and invalid units each get exactly their notices; a second firing sends nothing', () => {
    const emu = emulatorWithHands();
    setUp(emu, campaign);
    emu.clock.advanceTo('2016-09-05T08:00:00+07:00');
    sendTable(emu, campaign, 'tam-tra', '<tra@x>');
    sendTable(emu, campaign, 'tam-tien', '<tien@x>', { support: false });
    emu.clock.advanceTo('2016-09-09T08:00:00+07:00');
    const daily = emu.triggers().find((t) => t.handler === 'checkDeadlines');
    const before = emu.mail.sent.length;
    emu.fireTrigger(daily?.id ?? '');
    expect(emu.mail.sent.length).toBe(before);
    emu.clock.advanceTo('2016-09-14T09:00:00+07:00');
    sendTable(emu, campaign, 'tam-xuan-1', '<xuan@x>');
    emu.clock.advanceTo('2016-09-20T23:59:00+07:00');
    expect(emu.executions.filter((e) => e.error)).toEqual([]);

    expect(notices(emu.mail.sent)).toEqual([
      `09/09 Nhắc hạn → ${XUAN}`,
      `09/09 Nhắc hạn → ${TIEN}`,
      `09/09 Nhắc hạn → ${SON}`,
      `11/09 Nhắc hạn → ${XUAN}`,
      `11/09 Nhắc hạn → ${TIEN}`,
      `11/09 Nhắc hạn → ${SON}`,
      `13/09 Quá hạn → ${XUAN}`,
      `13/09 Quá hạn → ${TIEN}`,
      `13/09 Quá hạn → ${SON}`,
      `13/09 Tổng hợp → ${OFFICE}`,
      // Tam Xuân I completed on 14/09: no more notices.
      `15/09 Quá hạn → ${TIEN}`,
      `15/09 Quá hạn → ${SON}`,
      `15/09 Tổng hợp → ${OFFICE}`,
      `19/09 Quá hạn → ${TIEN}`,
      `19/09 Quá hạn → ${SON}`,
      `19/09 Tổng hợp → ${OFFICE}`,
    ]);
    // Tam Trà, complete from 05/09, only ever got its receipt.
    expect(emu.mail.sent.filter((m) => m.to.includes('doan.tamtra')).map((m) => m.subject)).toEqual([expect.stringMatching(/^\[Đã nhận\] Re: /)]);

    const letters = emu.mail.sent.filter((m) => !m.subject.startsWith('[Đã nhận] Re:'));
    const son = letters.find((m) => m.to === 'doan.tamson@example.org');
    expect(son?.subject).toBe('[Đi cơ sở] Nhắc hạn nộp bảng xếp loại Chi đoàn – Đoàn xã Tam Sơn (hạn 12/09/2016)');
    expect(son?.body).toContain('Kính gửi: Ban Thường vụ Đoàn xã Tam Sơn');
    expect(son?.body).toContain('còn 3 ngày');
    expect(son?.body).toContain('Xếp loại năm 2015: chưa nộp');
    expect(son?.body).toContain(OFFICE);
    expect(son?.body).toContain('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN');
    expect(son?.htmlBody).toContain('<p');
    // The unit's own pre-filled form link (the `Biểu mẫu` column of Đơn vị) is in the letter.
    const sonLink = String(emu.values('Đơn vị').find((r) => r[0] === 'tam-son')?.at(-1));
    expect(sonLink).toMatch(/^https:\/\/docs\.google\.com\/forms\/.*usp=pp_url/);
    expect(son?.htmlBody).toContain(sonLink.replace(/&/g, '&amp;'));
    const tien = letters.filter((m) => m.to === 'doan.tamtien@example.org');
    expect(tien.every((m) => m.body.includes('Đăng ký chưa hợp lệ: chưa chọn Chi đoàn hỗ trợ') && !m.body.includes('Xếp loại năm 2015:'))).toBe(true);
    const overdue = letters.find((m) => m.subject.includes('Quá hạn') && m.to === 'doan.tamson@example.org');
    expect(overdue?.body).toContain('đã quá hạn nộp 1 ngày');
    const digest = letters.filter((m) => m.to === OFFICE).map((m) => m.subject);
    expect(digest).toEqual([
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày 13/09/2016 (1/4 đơn vị đã nộp đủ)',
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày 15/09/2016 (2/4 đơn vị đã nộp đủ)',
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày 19/09/2016 (2/4 đơn vị đã nộp đủ)',
    ]);
    const lastDigest = letters.filter((m) => m.to === OFFICE)[2].body;
    expect(lastDigest).toContain('Cụm 3');
    expect(lastDigest).toContain('Nguyễn Văn Bình');

    const log = emu.values('Nhật ký gửi').slice(1);
    const keys = log.map((r) => String(r[5]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(log.every((r) => r[6] === 'Đã gửi')).toBe(true);
    expect(keys.filter((k) => k.startsWith('Quá hạn|tam-son'))).toEqual(['Quá hạn|tam-son|2016-09-13', 'Quá hạn|tam-son|2016-09-15', 'Quá hạn|tam-son|2016-09-19']);
  });

  test('a day the trigger does not fire is caught up once on the next run', () => {
    const emu = emulatorWithHands();
    setUp(emu, campaign);
    emu.clock.advanceTo('2016-09-12T23:00:00+07:00');
    emu.run('stopDeadlineChecks');
    emu.clock.advanceTo('2016-09-14T05:00:00+07:00');
    emu.run('setupFromCampaign_', ''); // the office notices and runs setup again: the check is back
    emu.clock.advanceTo('2016-09-16T23:00:00+07:00');
    const after = notices(emu.mail.sent).filter((n) => n >= '13/09');
    expect(after).toEqual([
      `14/09 Quá hạn → ${XUAN}`,
      `14/09 Quá hạn → ${TIEN}`,
      `14/09 Quá hạn → ${SON}`,
      `14/09 Quá hạn → ${TRA}`,
      `14/09 Tổng hợp → ${OFFICE}`,
      `15/09 Quá hạn → ${XUAN}`,
      `15/09 Quá hạn → ${TIEN}`,
      `15/09 Quá hạn → ${SON}`,
      `15/09 Quá hạn → ${TRA}`,
      `15/09 Tổng hợp → ${OFFICE}`,
    ]);
    // The 14/09 letters stand for the missed 13/09 round (their keys), and the 11/09 reminders before it went as usual.
    expect(notices(emu.mail.sent).filter((n) => n.startsWith('11/09'))).toHaveLength(4);
    const keys = emu.values('Nhật ký gửi').slice(1).map((r) => String(r[5]));
    expect(keys).toContain('Quá hạn|tam-son|2016-09-13');
    expect(keys).toContain('Tổng hợp|van-phong|2016-09-13');
  });

  test('a quota that runs out mid-run defers the rest, logged Hoãn, and sends them on the next run', () => {
    // 5 recipients a day: two reminders (unit + cadre each) fit, the third does not.
    const emu = emulatorWithHands({ mailQuota: 5 });
    setUp(emu, smallCampaign(['tam-son', 'tam-xuan-1', 'tam-tien']));
    emu.clock.advanceTo('2016-09-09T08:00:00+07:00');
    expect(notices(emu.mail.sent)).toEqual([`09/09 Nhắc hạn → ${XUAN}`, `09/09 Nhắc hạn → ${TIEN}`]);
    const log = () => emu.values('Nhật ký gửi').slice(1).map((r) => `${r[5]} ${r[6]}`);
    expect(log()).toEqual(['Nhắc hạn|tam-xuan-1|2016-09-09 Đã gửi', 'Nhắc hạn|tam-tien|2016-09-09 Đã gửi', 'Nhắc hạn|tam-son|2016-09-09 Hoãn']);
    emu.clock.advanceTo('2016-09-10T08:00:00+07:00');
    expect(notices(emu.mail.sent).slice(2)).toEqual([`10/09 Nhắc hạn → ${SON}`]);
    expect(log()).toEqual(['Nhắc hạn|tam-xuan-1|2016-09-09 Đã gửi', 'Nhắc hạn|tam-tien|2016-09-09 Đã gửi', 'Nhắc hạn|tam-son|2016-09-09 Đã gửi']);
    expect(emu.mail.sent.at(-1)?.body).toContain('còn 2 ngày');
  });
});

describe('the office sends a reminder now (sidebar)', () => {
  const campaign = smallCampaign();

  test('one unit, once a day, with today\'s key so the scheduled run does not repeat it; editors only', () => {
    const emu = emulatorWithHands();
    setUp(emu, campaign);
    emu.clock.advanceTo('2016-09-05T08:00:00+07:00');
    sendTable(emu, campaign, 'tam-tra', '<tra@x>');
    emu.clock.advanceTo('2016-09-11T06:00:00+07:00');
    const sentBefore = emu.mail.sent.length;
    expect(() => emu.runAs({ user: 'stranger@example.org' }, 'sendReminderNow', 'tam-son')).toThrow('Bạn chưa có quyền');
    expect(emu.run('sendReminderNow', 'tam-son')).toEqual({
      ok: true,
      message: `Đã gửi thư nhắc hạn nộp cho Đoàn xã Tam Sơn (doan.tamson@example.org; đồng gửi ${CADRE_3}).`,
    });
    expect(emu.run('sendReminderNow', 'tam-son')).toMatchObject({ ok: false, error: expect.stringContaining('Hôm nay đã gửi thư nhắc hạn nộp cho Đoàn xã Tam Sơn') });
    expect(emu.run('sendReminderNow', 'tam-tra')).toMatchObject({ ok: false, error: expect.stringContaining('đã nộp đủ') });
    expect(emu.run('sendReminderNow', 'khong-co')).toMatchObject({ ok: false, error: expect.stringContaining('Không có đơn vị mã "khong-co"') });
    expect(() => emu.run('sendReminderNow', '')).toThrow();
    emu.clock.advanceTo('2016-09-11T09:00:00+07:00');
    // At 07:00 the scheduled run sent Tam Xuân I and Tam Tiến their 11/09 reminder, not Tam Sơn a second one.
    expect(notices(emu.mail.sent.slice(sentBefore))).toEqual([`11/09 Nhắc hạn → ${SON}`, `11/09 Nhắc hạn → ${XUAN}`, `11/09 Nhắc hạn → ${TIEN}`]);
    emu.clock.advanceTo('2016-09-14T09:00:00+07:00');
    const overdue = emu.run('sendReminderNow', 'tam-son') as { ok: boolean; message: string };
    expect(overdue.message).toContain('thông báo quá hạn nộp');
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => String(r[5]))).toContain('Quá hạn|tam-son|2016-09-14');
  });
});
