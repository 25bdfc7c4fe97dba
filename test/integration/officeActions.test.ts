import type { PaperOutcome } from '../../src/app/intake/paperIntake';
import type { RemindOutcome } from '../../src/app/notices/remindNow';
import type { ReviewOutcome } from '../../src/app/intake/review';
import { officeActionMessages } from '../../src/app/office/officeActionsMessages';
import { CADRE, CLERK, nextPoll, OFFICE_ACCOUNT, officeWithTwoToReview, observable, SON_EMAIL, sonEntry } from './officeActions';
import { newEmulator, setUpEmulator } from './harness';

const BY_NEXT_POLL = /chậm nhất khoảng \d\d:\d\d 06\/09\/2016\.$/;

describe('work done as the office: a clerk with their own account', () => {
  test("assigning and rejecting under review is recorded at once, without the office's mailbox, and done once by the office's poll", () => {
    const emu = officeWithTwoToReview();
    const assigned = emu.runAs(CLERK, 'assignReview', '<v1@x>', 'tam-tra') as ReviewOutcome;
    const rejected = emu.runAs(CLERK, 'rejectReview', '<v2@x>', 'Không rõ người gửi') as ReviewOutcome;
    expect(assigned).toEqual({ ok: true, status: 'Chờ xem xét', message: expect.stringMatching(BY_NEXT_POLL) });
    expect(assigned.ok && assigned.message).toContain('Đã ghi nhận quyết định giao thư cho Đoàn xã Tam Trà');
    expect(rejected.ok && rejected.message).toContain('từ chối thư (lý do: Không rõ người gửi)');
    // The clerk's executions never touched Gmail or sent anything.
    expect(emu.calls.total('Gmail')).toBe(0);
    expect(emu.mail.sent).toHaveLength(0);
    const waiting = emu.values('Nhật ký nhận').slice(1);
    expect(waiting.map((r) => r[5])).toEqual(['Chờ xem xét', 'Chờ xem xét']);
    expect(String(waiting[0][6])).toMatch(/Đã quyết định giao thư cho Đoàn xã Tam Trà \(thuky@example\.org, \d\d:\d\d 06\/09\/2016\); chờ tài khoản Văn phòng/);
    // Clicking again answers the same; a different decision on a decided message is refused.
    expect(emu.runAs(CLERK, 'assignReview', '<v1@x>', 'tam-tra')).toMatchObject({ ok: true, status: 'Chờ xem xét' });
    expect(emu.runAs(CADRE, 'assignReview', '<v1@x>', 'tam-son')).toEqual({ ok: false, error: officeActionMessages.reviewAlreadyQueued('giao thư cho Đoàn xã Tam Trà') });

    nextPoll(emu);
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'pollMailbox', user: OFFICE_ACCOUNT });
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    const log = emu.values('Nhật ký nhận').slice(1);
    expect(log.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['<v1@x>', 'Đoàn xã Tam Trà', 'Đã ghi'],
      ['<v2@x>', '', 'Đã từ chối'],
    ]);
    expect(emu.values('Tam Trà')[1].slice(0, 4)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá']);
    expect(emu.mail.sent.map((m) => [m.from, m.to])).toEqual([
      [OFFICE_ACCOUNT, expect.stringContaining('bithu.moi@gmail.com')],
      [OFFICE_ACCOUNT, expect.stringContaining('la@gmail.com')],
    ]);
    const after = observable(emu);
    nextPoll(emu);
    expect(observable(emu)).toEqual(after);
    expect(emu.properties.script).not.toHaveProperty(['officeAction|Xem xét|<v1@x>']);
    expect(emu.races).toEqual([]);
  });

  test('a decision the office cannot carry out (the unit left Đơn vị) is said in the log; the message waits for a new one', () => {
    const emu = officeWithTwoToReview();
    emu.runAs(CLERK, 'assignReview', '<v1@x>', 'tam-hai');
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const row = emu.values('Đơn vị').findIndex((r) => r[0] === 'tam-hai') + 1;
    units.deleteRow(row);
    nextPoll(emu);
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    const [logged] = emu.values('Nhật ký nhận').slice(1);
    expect(logged[5]).toBe('Chờ xem xét');
    expect(String(logged[6])).toContain('Tài khoản Văn phòng chưa thực hiện được quyết định giao thư cho đơn vị đã chọn (nay không còn trong trang Đơn vị): Không có đơn vị mã "tam-hai" trong trang Đơn vị.');
    expect(emu.mail.sent).toHaveLength(0);
    // A new decision is taken and carried out.
    emu.runAs(CLERK, 'assignReview', '<v1@x>', 'tam-tra');
    nextPoll(emu);
    expect(emu.values('Nhật ký nhận')[1].slice(4, 6)).toEqual(['Đoàn xã Tam Trà', 'Đã ghi']);
  });

  test('a paper entry is recorded at once and its receipt goes from the office by its next poll, once', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user], now: '2016-09-06T10:00:00+07:00' });
    const outcome = emu.runAs(CLERK, 'submitPaperEntry', 'tam-son', sonEntry()) as PaperOutcome;
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining(`Thư xác nhận tới ${SON_EMAIL} sẽ được gửi từ hộp thư Văn phòng trong lần kiểm tra hộp thư kế tiếp`) });
    expect(emu.values('Tam Sơn')[1].slice(0, 4)).toEqual(['Chi đoàn Thuận Yên Đông', '', 'Khá', 'Vững mạnh']);
    const [row] = emu.values('Nhật ký nhận').filter((r) => r[1] === 'Thủ công');
    expect(row.slice(2, 6)).toEqual([CLERK.user, 'PG-a1b2c3d4e5f6', 'Đoàn xã Tam Sơn', 'Đã ghi']);
    expect(String(row[6])).toContain('sẽ được gửi từ hộp thư Văn phòng');
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[2], r[5], r[6]])).toEqual([['Xác nhận', SON_EMAIL, 'Xác nhận|PG-a1b2c3d4e5f6', 'Chờ gửi']]);
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.mail.remainingToday(CLERK.user)).toBe(100);
    // The letter is kept whole until then, in parts when it is longer than one property value holds.
    const kept = Object.keys(emu.properties.script).filter((key) => key.startsWith('officeAction|'));
    expect(kept).toEqual(expect.arrayContaining(['officeAction|Xác nhận|PG-a1b2c3d4e5f6', 'officeAction|Xác nhận|PG-a1b2c3d4e5f6#1', 'officeAction|Xác nhận|PG-a1b2c3d4e5f6#2']));

    nextPoll(emu);
    expect(emu.mail.sent.map((m) => [m.from, m.to, m.subject])).toEqual([[OFFICE_ACCOUNT, SON_EMAIL, '[Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – Đoàn xã Tam Sơn']]);
    expect(emu.mail.sent[0].body).toContain('Số hiệu: TT-0609-01.');
    expect(emu.mail.sent[0].body).not.toContain('PG-a1b2c3d4e5f6');
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => r[6])).toEqual(['Đã gửi']);
    expect(Object.keys(emu.properties.script).filter((key) => key.startsWith('officeAction|'))).toEqual([]);
    const [done] = emu.values('Nhật ký nhận').filter((r) => r[1] === 'Thủ công');
    expect(done[6]).toBe(`Phiếu giấy nhận ngày 05/09/2016, Văn phòng nhập. Đã ghi 4 Chi đoàn. Đã gửi thư xác nhận tới ${SON_EMAIL}.`);
    // The same entry again (a retry) and later polls change nothing.
    emu.runAs(CLERK, 'submitPaperEntry', 'tam-son', sonEntry());
    nextPoll(emu);
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.races).toEqual([]);
  });

  test('"send a reminder now" is logged Chờ gửi and sent from the office by its next poll, once', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user], now: '2016-09-06T10:00:00+07:00' });
    const queued = emu.runAs(CLERK, 'sendReminderNow', 'tam-son') as RemindOutcome;
    expect(queued).toEqual({ ok: true, message: expect.stringMatching(BY_NEXT_POLL) });
    expect(queued.ok && queued.message).toContain('Đã ghi nhận yêu cầu gửi thư nhắc hạn nộp cho Đoàn xã Tam Sơn');
    expect(emu.runAs(CLERK, 'sendReminderNow', 'tam-son')).toEqual({ ok: true, message: officeActionMessages.reminderAlreadyQueued('thư nhắc hạn nộp', 'Đoàn xã Tam Sơn') });
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([['Nhắc hạn', 'Nhắc hạn|tam-son|2016-09-06', 'Chờ gửi']]);
    expect(emu.mail.sent).toHaveLength(0);
    nextPoll(emu);
    expect(emu.mail.sent.map((m) => [m.from, m.to])).toEqual([[OFFICE_ACCOUNT, expect.stringContaining(SON_EMAIL)]]);
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => r[6])).toEqual(['Đã gửi']);
    nextPoll(emu);
    expect(emu.mail.sent).toHaveLength(1);
    // Sent today: asking again is refused, by the clerk and by the office.
    expect(emu.runAs(CLERK, 'sendReminderNow', 'tam-son')).toMatchObject({ ok: false });
    expect(emu.run('sendReminderNow', 'tam-son')).toMatchObject({ ok: false });
    expect(emu.races).toEqual([]);
  });

  test('the office account at the keyboard sends at once', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user], now: '2016-09-06T10:00:00+07:00' });
    expect(emu.run('sendReminderNow', 'tam-son')).toMatchObject({ ok: true, message: expect.stringContaining('Đã gửi thư nhắc hạn nộp cho Đoàn xã Tam Sơn') });
    expect(emu.mail.sent.map((m) => m.from)).toEqual([OFFICE_ACCOUNT]);
    expect((emu.run('submitPaperEntry', 'tam-son', sonEntry()) as PaperOutcome).ok).toBe(true);
    expect(emu.mail.sent.map((m) => m.from)).toEqual([OFFICE_ACCOUNT, OFFICE_ACCOUNT]);
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => r[6])).toEqual(['Đã gửi', 'Đã gửi']);
  });
});

describe('one owner for the triggers', () => {
  test('setup records the office account; a second editor’s setup installs nothing and is told whose they are', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user] });
    expect(emu.properties.script.TRIGGER_OWNER).toBe(OFFICE_ACCOUNT);
    const installed = emu.triggers();
    expect(installed.map((t) => [t.handler, t.user])).toEqual([
      ['pollMailbox', OFFICE_ACCOUNT],
      ['checkDeadlines', OFFICE_ACCOUNT],
      // The cadres' form's, made before the units' form's build.
      ['onCadreFormSubmit', OFFICE_ACCOUNT],
      ['onFormSubmit', OFFICE_ACCOUNT],
    ]);
    emu.run('onOpen');
    emu.runAs(CLERK, 'setup');
    emu.runAs(CLERK, 'syncForm');
    expect(emu.triggers()).toEqual(installed);
    expect(emu.properties.script.TRIGGER_OWNER).toBe(OFFICE_ACCOUNT);
    const told = emu.ui.alerts.find((a) => a.title === officeActionMessages.triggersOwnedTitle);
    expect(told?.prompt).toBe(officeActionMessages.triggersOwnedBody(OFFICE_ACCOUNT, CLERK.user));
    expect(told?.prompt).toContain(`đã được cài bằng tài khoản ${OFFICE_ACCOUNT}`);
    expect(told?.prompt).toContain('xóa thuộc tính TRIGGER_OWNER');
    // The owner running setup again keeps its one set.
    emu.run('setup');
    expect(emu.triggers()).toEqual(installed);
    expect(emu.races).toEqual([]);
  });

  test('someone who may only view the workbook cannot run setup at all', () => {
    const emu = newEmulator({ editors: [CLERK.user] });
    emu.run('onOpen');
    expect(() => emu.runAs({ user: 'nguoixem@example.org' }, 'setup')).toThrow(/^Emulator: nguoixem@example\.org can only view the spreadsheet, so they cannot run setup/);
    expect(emu.triggers()).toEqual([]);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
  });
});
