import type { Emulator } from '../../local/emulator';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { buildDocxBody } from '../fixtures/docx';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/**
 * Issue 17, invitations in: a unit's emailed invitation (typed, or a Word file) becomes one `Đi cơ sở` row,
 * one calendar event with its cadre as guest and one `Mời dự`; a change updates all three, a
 * cancellation deletes the event; the eve of the meeting brings one `Nhắc dự`.
 */
const OFFICE = DEFAULT_CAMPAIGN.officeEmail;
const TRA = 'doan.tamtra@example.org';
const CADRE = DEFAULT_CAMPAIGN.cadres.find((c) => c.id === 'cb-04')!.email;
/** Two units keep setup short. */
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
/** Saturday 10/9/2016, 08:00 in Hồ Chí Minh. */
const NOW = '2016-09-10T01:00:00.000Z';

const INVITATION =
  'GIẤY MỜI\nBan Thường vụ Đoàn xã Tam Trà trân trọng kính mời đồng chí Phạm Thị Kim Oanh dự sinh hoạt Chi đoàn thôn Xuân Thọ ' +
  'vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.\nNội dung: Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới.';

function deliver(emu: Emulator, id: string, text: string, options: { date?: string; from?: string; attachments?: { name: string; bytes: Uint8Array }[]; subject?: string } = {}): void {
  emu.gmail.deliver(
    buildEmlText({ from: `Đoàn xã Tam Trà <${options.from ?? TRA}>`, to: OFFICE, messageId: id, subject: options.subject ?? 'Giấy mời', date: options.date ?? 'Sat, 10 Sep 2016 08:00:00 +0700', text, attachments: options.attachments }),
  );
}

function scenario(): Emulator {
  return setUpEmulator(CAMPAIGN, { now: NOW });
}

/** The meetings' rows: the campaign's pilots' planned rows (`Dự kiến`, pilots.test.ts) left out. */
const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '' && row[8] !== 'Dự kiến');
const outbox = (emu: Emulator) => emu.values('Nhật ký gửi').slice(1).map((row) => [row[1], row[2], row[5], row[6]]);
const intake = (emu: Emulator) => emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[4], row[5], row[6]]);
const toCadre = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE));

describe('an emailed invitation', () => {
  test('typed in the body: a row Đã mời, an event with the cadre as guest, one Mời dự; polling again does nothing twice', () => {
    const emu = scenario();
    deliver(emu, '<inv1@x>', INVITATION);
    emu.run('pollMailbox');
    const rows = visits(emu);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 9)).toEqual([
      'DCS-160915-01',
      'Đoàn xã Tam Trà',
      'Chi đoàn Xuân Thọ',
      'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới',
      new Date('2016-09-15T12:30:00.000Z'),
      'Nhà văn hóa thôn Xuân Thọ',
      'Phạm Thị Kim Oanh',
      'Email',
      'Đã mời',
    ]);
    const events = emu.calendar.events();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ title: 'Sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà', location: 'Nhà văn hóa thôn Xuân Thọ', guests: [{ email: CADRE }] });
    expect(events[0].start.toISOString()).toBe('2016-09-15T12:30:00.000Z');
    expect(events[0].end.toISOString()).toBe('2016-09-15T14:30:00.000Z');
    expect(emu.calendar.invitations).toHaveLength(1);
    const letters = toCadre(emu);
    expect(letters).toHaveLength(1);
    expect(letters[0].subject).toContain('Mời dự sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà, 15/09/2016 19:30');
    expect(letters[0].body).toContain('Nhà văn hóa thôn Xuân Thọ');
    expect(letters[0].body).toContain('kính mời đồng chí Phạm Thị Kim Oanh');
    expect(outbox(emu)).toContainEqual(['Mời dự', CADRE, 'Mời dự|DCS-160915-01|1', 'Đã gửi']);
    const logged = intake(emu);
    expect(logged).toHaveLength(1);
    expect(logged[0].slice(0, 3)).toEqual(['<inv1@x>', 'Đoàn xã Tam Trà', 'Đã ghi']);
    expect(String(logged[0][3])).toContain('Giấy mời cán bộ dự sinh hoạt Chi đoàn Xuân Thọ, 15/09/2016 19:30');
    // Nothing goes to the unit as a classification receipt or rejection.
    expect(emu.mail.sent.filter((m) => m.to.includes(TRA))).toHaveLength(0);

    const before = { rows: visits(emu), events: emu.calendar.allEvents().length, sent: emu.mail.sent.length, outbox: outbox(emu) };
    emu.run('pollMailbox');
    emu.run('pollMailbox');
    expect({ rows: visits(emu), events: emu.calendar.allEvents().length, sent: emu.mail.sent.length, outbox: outbox(emu) }).toEqual(before);
  });

  test('attached as a Word file, without diacritics in the body', () => {
    const emu = scenario();
    const docx = buildDocxBody(['ĐOÀN XÃ TAM TRÀ', 'Tam Trà, ngày 09 tháng 9 năm 2016', 'GIẤY MỜI', 'Kính mời đồng chí Phạm Thị Kim Oanh về dự sinh hoạt Chi đoàn Xuân Thọ', 'Thời gian: lúc 7 giờ 30 ngày 18/9/2016', 'Địa điểm: Hội trường thôn Xuân Thọ', 'Nội dung: Sinh hoạt chủ điểm tháng 9']);
    deliver(emu, '<inv-docx@x>', 'gui dong chi giay moi dinh kem', { attachments: [{ name: 'giay-moi.docx', bytes: docx }] });
    emu.run('pollMailbox');
    const rows = visits(emu);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(2, 9)).toEqual(['Chi đoàn Xuân Thọ', 'Sinh hoạt chủ điểm tháng 9', new Date('2016-09-18T00:30:00.000Z'), 'Hội trường thôn Xuân Thọ', 'Phạm Thị Kim Oanh', 'Email', 'Đã mời']);
    expect(emu.calendar.events()).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
  });

  test('a second email changes the time: the event and the row follow, a new Mời dự; "hoãn" cancels it and deletes the event', () => {
    const emu = scenario();
    deliver(emu, '<inv1@x>', INVITATION);
    emu.run('pollMailbox');
    const eventId = emu.calendar.events()[0].id;
    deliver(emu, '<inv2@x>', INVITATION.replace('19 giờ 30', '20 giờ'), { date: 'Sat, 10 Sep 2016 09:00:00 +0700' });
    emu.run('pollMailbox');
    expect(visits(emu)).toHaveLength(1);
    expect(visits(emu)[0][4]).toEqual(new Date('2016-09-15T13:00:00.000Z'));
    const events = emu.calendar.events();
    expect(events.map((e) => [e.id, e.start.toISOString()])).toEqual([[eventId, '2016-09-15T13:00:00.000Z']]);
    expect(toCadre(emu).map((m) => m.subject)).toEqual([expect.stringContaining('Mời dự sinh hoạt'), expect.stringContaining('Thay đổi lịch sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà, 15/09/2016 20:00')]);
    expect(outbox(emu).map((row) => row[2])).toContain('Mời dự|DCS-160915-01|2');

    deliver(emu, '<inv3@x>', 'Đoàn xã Tam Trà xin hoãn buổi sinh hoạt Chi đoàn Xuân Thọ ngày 15/9/2016 do mưa bão.', { date: 'Sat, 10 Sep 2016 10:00:00 +0700', subject: 'Hoãn sinh hoạt' });
    emu.run('pollMailbox');
    expect(visits(emu)[0][8]).toBe('Hủy');
    expect(emu.calendar.events()).toHaveLength(0);
    expect(toCadre(emu)).toHaveLength(3);
    expect(toCadre(emu)[2].subject).toContain('Hoãn/hủy buổi sinh hoạt');
    expect(intake(emu).map((row) => row[2])).toEqual(['Đã ghi', 'Đã ghi', 'Đã ghi']);
  });

  test('Nhắc dự goes once, on the evening before the meeting', () => {
    const emu = scenario();
    deliver(emu, '<inv1@x>', INVITATION.replace('15/9/2016', '11/9/2016'));
    emu.run('pollMailbox');
    expect(toCadre(emu)).toHaveLength(1);
    emu.clock.advanceTo('2016-09-10T16:55:00+07:00');
    expect(toCadre(emu)).toHaveLength(1);
    emu.clock.advanceTo('2016-09-10T23:30:00+07:00');
    const reminders = toCadre(emu).filter((m) => m.subject.includes('Nhắc lịch'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain('ngày mai dự sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà, 11/09/2016 19:30');
    expect(outbox(emu)).toContainEqual(['Nhắc dự', CADRE, 'Nhắc dự|DCS-160911-01|2016-09-11', 'Đã gửi']);
  });
});

describe('an invitation that cannot be recorded', () => {
  test.each([
    ['no date', INVITATION.replace(' ngày 15/9/2016', ''), 'không ghi ngày sinh hoạt'],
    ['a date in the past', INVITATION.replace('15/9/2016', '5/9/2016'), 'đã qua'],
    ['a time that does not exist', INVITATION.replace('19 giờ 30', '25 giờ'), 'Giờ “25 giờ 00” ghi trong giấy mời không có thật'],
    ['a chapter the unit does not have', INVITATION.replace('thôn Xuân Thọ vào', 'thôn Tây Yên vào'), 'Các Chi đoàn của đơn vị: Chi đoàn Xuân Thọ, Chi đoàn thôn Đồng Làng'],
  ])('%s: a Báo lỗi to the unit, logged Lỗi, nothing written or sent to the cadre', (_name, text, reason) => {
    const emu = scenario();
    deliver(emu, '<bad@x>', text);
    emu.run('pollMailbox');
    emu.run('pollMailbox');
    expect(visits(emu)).toHaveLength(0);
    expect(emu.calendar.allEvents()).toHaveLength(0);
    expect(toCadre(emu)).toHaveLength(0);
    const logged = intake(emu);
    expect(logged.map((row) => row[2])).toEqual(['Lỗi']);
    expect(String(logged[0][3])).toContain(reason);
    const replies = emu.mail.sent.filter((m) => m.to.includes(TRA));
    expect(replies).toHaveLength(1);
    expect(replies[0].body).toContain(reason);
    expect(replies[0].subject).toBe('[Chưa ghi nhận] Re: Giấy mời');
    expect(outbox(emu).map((row) => row[0])).toEqual(['Báo lỗi']);
  });

  test('from an address that is not the unit\'s: Chờ xem xét, no reply, nothing written', () => {
    const emu = scenario();
    deliver(emu, '<stranger@x>', INVITATION, { from: 'someone@gmail.com' });
    emu.run('pollMailbox');
    expect(intake(emu).map((row) => row[2])).toEqual(['Chờ xem xét']);
    expect(String(intake(emu)[0][3])).toContain('Giấy mời');
    expect(visits(emu)).toHaveLength(0);
    expect(emu.calendar.allEvents()).toHaveLength(0);
    expect(emu.mail.sent).toHaveLength(0);

    // The office assigns it to Tam Trà: recorded as an invitation, passed to the cadre by the next poll.
    expect(emu.run('assignReview', '<stranger@x>', 'tam-tra')).toMatchObject({ ok: true, status: 'Đã ghi' });
    expect(visits(emu)).toHaveLength(1);
    emu.run('pollMailbox');
    expect(emu.calendar.events()).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
  });
});

describe('an invitation polled with a fault at every call', () => {
  test('exactly one row, one event and one Mời dự', () => {
    const observable = (emu: Emulator) => ({
      rows: visits(emu).map((row) => row.slice(0, 9)),
      events: emu.calendar.allEvents().filter((e) => !e.deleted).map((e) => [e.title, e.start.toISOString(), e.guests.map((g) => g.email)]),
      made: emu.calendar.allEvents().length,
      letters: toCadre(emu).map((m) => m.subject),
      log: intake(emu).map((row) => row.slice(0, 3)),
    });
    const clean = scenario();
    deliver(clean, '<inv1@x>', INVITATION);
    for (let i = 0; i < 3; i++) clean.run('pollMailbox');
    const expected = observable(clean);
    expect(expected.made).toBe(1);
    expect(expected.letters).toHaveLength(1);

    const probe = scenario();
    deliver(probe, '<inv1@x>', INVITATION);
    probe.calls.reset();
    probe.run('pollMailbox');
    const calls = probe.calls.total();
    // The mail, the row, the calendar and the letter: every one of their calls is faulted in turn.
    expect(probe.calls.total('Calendar')).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(20);
    const failures: { index: number; call: string; got: unknown }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      deliver(emu, '<inv1@x>', INVITATION);
      emu.calls.reset();
      emu.faults.failAt(index);
      try {
        emu.run('pollMailbox');
      } catch {
        // The next poll goes on.
      }
      emu.faults.clear();
      for (let i = 0; i < 3; i++) emu.run('pollMailbox');
      const got = observable(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: probe.calls.log[index] ?? '', got });
    }
    expect(failures).toEqual([]);
  });
});

describe('the Đi cơ sở sheet', () => {
  test('setup makes it before the logs, its bookkeeping hidden; a workbook without it gets it back from setup, or from the first invitation', () => {
    const emu = scenario();
    const names = emu.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.indexOf('Đi cơ sở')).toBe(names.indexOf('Nhật ký nhận') - 1);
    const sheet = emu.spreadsheet.getSheetByName('Đi cơ sở')!;
    expect(emu.values('Đi cơ sở')[0].slice(0, 13)).toEqual(['Mã', 'Đơn vị', 'Chi đoàn', 'Nội dung', 'Thời gian', 'Địa điểm', 'Cán bộ', 'Nguồn', 'Trạng thái', 'Kết quả', 'Mô hình hay', 'Khó khăn, kiến nghị', 'Xử lý']);
    expect(sheet.isColumnHiddenByUser(14)).toBe(true);
    expect(sheet.isColumnHiddenByUser(13)).toBe(false);

    emu.spreadsheet.deleteSheet(sheet);
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    expect(emu.spreadsheet.getSheetByName('Đi cơ sở')).not.toBeNull();

    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('Đi cơ sở')!);
    deliver(emu, '<inv1@x>', INVITATION);
    emu.run('pollMailbox');
    expect(visits(emu)).toHaveLength(1);
    expect(toCadre(emu)).toHaveLength(1);
  });
});
