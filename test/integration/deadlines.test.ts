import { emulatorWithHands, notices, sendTable, setUp, smallCampaign } from './deadlineSeason';

const CADRE_1 = 'nguyenvanbinh.hd@example.org';
const CADRE_3 = 'leminhtuan.hd@example.org';
const XUAN = `doan.tamxuan1@example.org (cc ${CADRE_1})`;
const TIEN = `doan.tamtien@example.org (cc ${CADRE_1})`;
const SON = `doan.tamson@example.org (cc ${CADRE_3})`;
const TRA = 'doan.tamtra@example.org (cc phamthikimoanh.hd@example.org)';
const OFFICE = 'huyendoannuithanh09@gmail.com';
const CADRE_4 = 'phamthikimoanh.hd@example.org';
/** A digest day: the office's, then each cadre's own (in the order of Cán bộ; cadres with no unit here get none). */
const digests = (day: string) => [`${day} Tổng hợp → ${OFFICE}`, `${day} Tổng hợp → ${CADRE_1}`, `${day} Tổng hợp → ${CADRE_3}`, `${day} Tổng hợp → ${CADRE_4}`];

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
    // A digest day's check fired twice: the second sends nothing.
    emu.clock.advanceTo('2016-09-13T08:00:00+07:00');
    const onDigestDay = emu.mail.sent.length;
    emu.fireTrigger(daily?.id ?? '');
    expect(emu.mail.sent.length).toBe(onDigestDay);
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
      ...digests('13/09'),
      // Tam Xuân I completed on 14/09: no more notices.
      `15/09 Quá hạn → ${TIEN}`,
      `15/09 Quá hạn → ${SON}`,
      ...digests('15/09'),
      `19/09 Quá hạn → ${TIEN}`,
      `19/09 Quá hạn → ${SON}`,
      ...digests('19/09'),
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
    // Rating totals per period over all units, as figures with percentages (Tam Trà, Tam Xuân I and Tam Tiến rated every chapter).
    // The pilots section (Chi đoàn làm điểm, issue 17) comes before the ratings.
    expect(lastDigest).toMatch(/III\. Chi đoàn làm điểm/);
    expect(lastDigest).toMatch(/IV\. Kết quả xếp loại Chi đoàn theo từng kỳ/);
    expect(lastDigest).toMatch(/\d+\/\d+ \(\d+(,\d)?%\)/);
    expect(lastDigest).not.toMatch(/\b0\d\/0\d\b/);

    // Each cadre's own digest: only the units they stand for, late ones first with what they owe.
    const binh = letters.filter((m) => m.to === CADRE_1 && m.subject.includes('Tổng hợp'));
    expect(binh.map((m) => m.subject)).toEqual([
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn của các đơn vị đồng chí đứng điểm đến ngày 13/09/2016 (0/2 đơn vị đã nộp đủ)',
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn của các đơn vị đồng chí đứng điểm đến ngày 15/09/2016 (1/2 đơn vị đã nộp đủ)',
      '[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn của các đơn vị đồng chí đứng điểm đến ngày 19/09/2016 (1/2 đơn vị đã nộp đủ)',
    ]);
    expect(binh[1].body).toContain('Kính gửi: Đồng chí Nguyễn Văn Bình, cán bộ đứng điểm');
    expect(binh[1].body).toMatch(/1\. Đoàn xã Tam Tiến: Chưa đủ: đăng ký chưa hợp lệ\n2\. Đoàn xã Tam Xuân I: Đã nộp đủ/);
    expect(binh[1].body).not.toMatch(/Tam Sơn|Tam Trà/);
    expect(binh[1].body).toContain('Đề nghị đồng chí đôn đốc các đơn vị chưa nộp đủ');
    const son3 = letters.find((m) => m.to === CADRE_3 && m.subject.includes('Tổng hợp'))!;
    expect(son3.body).toContain('Đoàn xã Tam Sơn: Chưa đủ: năm 2015 chưa nộp');
    expect(son3.body).not.toMatch(/Tam Tiến|Tam Xuân|Tam Trà/);
    // Tam Trà rated all its chapters by 05/09: its cadre's totals count them all, none unrated.
    const oanh = letters.find((m) => m.to === CADRE_4 && m.subject.includes('Tổng hợp'))!;
    expect(oanh.body).toContain('Tất cả các đơn vị đồng chí đứng điểm đã nộp đủ');
    expect(oanh.body).toMatch(/Chưa xếp loại: năm 2015: 0\/(\d+) \(0%\); 6 tháng đầu năm 2016: 0\/\1 \(0%\)/);

    const log = emu.values('Nhật ký gửi').slice(1);
    const keys = log.map((r) => String(r[5]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(log.every((r) => r[6] === 'Đã gửi')).toBe(true);
    expect(keys.filter((k) => k.startsWith('Quá hạn|tam-son'))).toEqual(['Quá hạn|tam-son|2016-09-13', 'Quá hạn|tam-son|2016-09-15', 'Quá hạn|tam-son|2016-09-19']);
    expect(keys.filter((k) => k.startsWith('Tổng hợp|') && k.endsWith('2016-09-13'))).toEqual([
      'Tổng hợp|van-phong|2016-09-13',
      'Tổng hợp|cb-01|2016-09-13',
      'Tổng hợp|cb-03|2016-09-13',
      'Tổng hợp|cb-04|2016-09-13',
    ]);
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
      ...digests('14/09'),
      `15/09 Quá hạn → ${XUAN}`,
      `15/09 Quá hạn → ${TIEN}`,
      `15/09 Quá hạn → ${SON}`,
      `15/09 Quá hạn → ${TRA}`,
      ...digests('15/09'),
    ]);
    // The 14/09 letters stand for the missed 13/09 round (their keys), and the 11/09 reminders before it went as usual.
    expect(notices(emu.mail.sent).filter((n) => n.startsWith('11/09'))).toHaveLength(4);
    const keys = emu.values('Nhật ký gửi').slice(1).map((r) => String(r[5]));
    expect(keys).toContain('Quá hạn|tam-son|2016-09-13');
    expect(keys).toContain('Tổng hợp|van-phong|2016-09-13');
    expect(keys).toContain('Tổng hợp|cb-01|2016-09-13');
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
