import type { RemindOutcome } from '../../src/app/notices/remindNow';
import { remindAllMessages } from '../../src/app/notices/remindAllMessages';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { CLERK, nextPoll, OFFICE_ACCOUNT, sonEntry } from './officeActions';
import { setUpEmulator } from './harness';

const UNITS = DEFAULT_CAMPAIGN.units.length;
const OVERDUE = '2016-09-14T10:00:00+07:00';
const unitLetters = (rows: unknown[][]) => rows.slice(1).filter((r) => r[1] === 'Quá hạn' || r[1] === 'Nhắc hạn');

describe('"Nhắc tất cả đơn vị chưa nộp" (dist/Code.js in the emulator)', () => {
  test('the office sends today’s overdue notice to every late unit once, in batches, keyed as the daily check keys it', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user], now: OVERDUE });
    expect(emu.run('sendReminderNow', 'tam-son')).toMatchObject({ ok: true });
    emu.calls.reset();
    const outcome = emu.run('remindAllLate') as RemindOutcome;
    expect(outcome).toEqual({ ok: true, message: remindAllMessages.sent('Quá hạn', { sent: UNITS - 1, already: 1, deferred: 0, failed: 0, left: 0 }) });
    expect(outcome.ok && outcome.message).toBe(`Đã gửi thông báo quá hạn nộp cho ${UNITS - 1} đơn vị chưa nộp đủ (ghi trong trang Nhật ký gửi). 1 đơn vị đã nhận thư hôm nay nên không gửi lại.`);
    expect(emu.mail.sent).toHaveLength(UNITS);
    expect(new Set(emu.mail.sent.map((m) => m.from))).toEqual(new Set([OFFICE_ACCOUNT]));
    const letters = unitLetters(emu.values('Nhật ký gửi'));
    expect(letters.map((r) => r[5]).sort()).toEqual(DEFAULT_CAMPAIGN.units.map((u) => `Quá hạn|${u.id}|2016-09-14`).sort());
    expect(letters.every((r) => r[6] === 'Đã gửi')).toBe(true);
    // Read once, two log writes a batch (15 letters, then the rest): the sheet calls do not grow with the units.
    expect(emu.calls.byMethod()['Range.setValues']).toBe(4);
    expect(emu.calls.byMethod()['MailApp.getRemainingDailyQuota']).toBe(1);
    // A second click the same day sends nothing.
    expect(emu.run('remindAllLate')).toEqual({ ok: false, error: remindAllMessages.allAlready('Quá hạn', UNITS) });
    expect(emu.mail.sent).toHaveLength(UNITS);
    expect(emu.races).toEqual([]);
  });

  test('a unit the daily check caught up today (under a missed day’s key) gets no second letter today', () => {
    const emu = setUpEmulator('', { now: OVERDUE });
    emu.run('checkDeadlines');
    const afterCheck = emu.mail.sent.length;
    expect(unitLetters(emu.values('Nhật ký gửi')).map((r) => r[5])).toContain('Quá hạn|tam-son|2016-09-13');
    expect(emu.run('remindAllLate')).toEqual({ ok: false, error: remindAllMessages.allAlready('Quá hạn', UNITS) });
    expect(emu.mail.sent).toHaveLength(afterCheck);
    // The next day it is a new day: every unit still late is reminded once more.
    emu.clock.advanceTo(new Date('2016-09-16T06:00:00+07:00'));
    emu.mail.sent.length = 0;
    expect(emu.run('remindAllLate')).toMatchObject({ ok: true });
    expect(emu.mail.sent).toHaveLength(UNITS);
  });

  test('within the day’s mail quota; past it the letters are `Hoãn`, and the answer says so', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00', mailQuota: 10 });
    const remaining = 10 - emu.mail.sent.reduce((n, m) => n + m.to.split(',').length + (m.cc ? m.cc.split(',').length : 0), 0);
    const outcome = emu.run('remindAllLate') as RemindOutcome;
    expect(outcome.ok).toBe(true);
    const letters = unitLetters(emu.values('Nhật ký gửi'));
    const sent = letters.filter((r) => r[6] === 'Đã gửi');
    const deferred = letters.filter((r) => r[6] === 'Hoãn');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length + deferred.length).toBe(UNITS);
    expect(letters.every((r) => String(r[5]).startsWith('Nhắc hạn|'))).toBe(true);
    const recipients = sent.reduce((n, r) => n + String(r[2]).split(', ').length + (r[3] ? String(r[3]).split(', ').length : 0), 0);
    expect(recipients).toBeLessThanOrEqual(remaining);
    expect(outcome.ok && outcome.message).toContain(`Đã gửi thư nhắc hạn nộp cho ${sent.length} đơn vị`);
    expect(outcome.ok && outcome.message).toContain(`${deferred.length} đơn vị chưa được gửi vì hôm nay đã hết hạn mức gửi thư`);
  });

  test('a clerk’s click queues every letter `Chờ gửi` in one write; the office’s next poll sends each once', () => {
    const emu = setUpEmulator('', { editors: [CLERK.user], now: OVERDUE });
    emu.calls.reset();
    const queued = emu.runAs(CLERK, 'remindAllLate') as RemindOutcome;
    expect(queued).toEqual({ ok: true, message: expect.stringMatching(/^Đã ghi nhận yêu cầu gửi thông báo quá hạn nộp cho \d+ đơn vị chưa nộp đủ/) });
    expect(queued.ok && queued.message).toContain(`cho ${UNITS} đơn vị`);
    expect(queued.ok && queued.message).toMatch(/chậm nhất khoảng \d\d:\d\d 14\/09\/2016\.$/);
    expect(emu.calls.total('Gmail')).toBe(0);
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.calls.byMethod()['Properties.setProperties']).toBe(1);
    // The lock's own marker aside, no property is written one by one.
    expect(emu.calls.byMethod()['Properties.setProperty'] ?? 0).toBeLessThan(3);
    expect(unitLetters(emu.values('Nhật ký gửi')).map((r) => r[6])).toEqual(Array(UNITS).fill('Chờ gửi'));
    // Clicking again queues nothing more.
    const again = emu.runAs(CLERK, 'remindAllLate') as RemindOutcome;
    expect(again.ok && again.message).toContain(`${UNITS} đơn vị đã có yêu cầu gửi hôm nay`);
    // Tam Sơn hands its table in on paper before the office's poll: its letter is not sent.
    expect(emu.run('submitPaperEntry', 'tam-son', { ...sonEntry(), notify: false })).toMatchObject({ ok: true });
    nextPoll(emu);
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'pollMailbox', user: OFFICE_ACCOUNT });
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    const letters = unitLetters(emu.values('Nhật ký gửi'));
    expect(letters.filter((r) => r[6] === 'Đã gửi')).toHaveLength(UNITS - 1);
    expect(letters.find((r) => r[5] === 'Quá hạn|tam-son|2016-09-14')?.[6]).toBe('Bỏ qua');
    expect(emu.mail.sent.map((m) => m.from)).toEqual(Array(UNITS - 1).fill(OFFICE_ACCOUNT));
    expect(Object.keys(emu.properties.script).filter((k) => k.startsWith('officeAction|'))).toEqual([]);
    const sent = emu.mail.sent.length;
    nextPoll(emu);
    expect(emu.mail.sent).toHaveLength(sent);
    expect(emu.runAs(CLERK, 'remindAllLate')).toEqual({ ok: false, error: remindAllMessages.allAlready('Quá hạn', UNITS - 1) });
    expect(emu.races).toEqual([]);
  });
});
