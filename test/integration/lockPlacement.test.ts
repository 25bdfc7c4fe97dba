import { lockMessages } from '../../src/app/messages';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { PaperEntry } from '../../src/domain/paperEntry';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { newEmulator, setUpEmulator, snapshot } from './harness';
import { readLocking } from './lockDiscipline';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
const CLERK = 'thuky@example.org';
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });

function deliverTable(emu: Emulator, messageId: string): void {
  emu.gmail.deliver(
    buildEmlText({
      from: `${TRA} <${TRA_EMAIL}>`,
      to: OFFICE,
      messageId,
      date: 'Mon, 5 Sep 2016 08:15:00 +0700',
      text: ['ĐOÀN XÃ TAM TRÀ', 'Bảng xếp loại Chi đoàn', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá'].join('\n'),
    }),
  );
}

const lastRunOf = (emu: Emulator, fn: string) => [...emu.executions].reverse().find((ex) => ex.fn === fn);
const receiptsTo = (emu: Emulator, to: string) => emu.mail.sent.filter((m) => m.to === to && m.subject.includes('Xác nhận'));

const paperEntry = (): PaperEntry => ({
  entryId: 'a1b2c3d4e5f6',
  receivedOn: '2016-08-26',
  note: '',
  notify: false,
  chapters: [{ name: 'Chi đoàn Xuân Thọ', isNew: false, ratings: { '2015': 'Khá', '2016-H1': 'Khá' }, registration: '', members: null }],
});

describe('the script lock: held per item, never while a person answers, and a busy lock said in Vietnamese', () => {
  test('the poll takes the lock for the office\'s actions, once to look, then once per batch of messages, letting go in between; Gmail is read while it is free', () => {
    const emu = setUpEmulator(CAMPAIGN);
    for (let i = 0; i < 3; i++) deliverTable(emu, `<lock${i}@example.org>`);
    emu.calls.reset();
    emu.run('pollMailbox');
    const reading = readLocking(emu.calls.log);
    // The office's queued sidebar actions, the first look, then one hold for the first batch (three messages).
    expect(reading.takes).toBe(3);
    expect(emu.calls.byMethod()['Lock.releaseLock']).toBe(3);
    expect(reading.outside).toEqual([]);
    expect(emu.races).toEqual([]);
    // The listing and each message, read whole (body and attachments), between two holds.
    expect(reading.unlocked.get('GmailApp.search')).toBe(1);
    expect(reading.unlocked.get('GmailMessage.getRawContent')).toBe(3);
    expect(emu.values('Nhật ký nhận').slice(1).map((row) => row[5])).toEqual(['Đã ghi', 'Đã ghi', 'Đã ghi']);
  });

  test('a form submit arriving in the middle of a long poll gets the lock within seconds; nothing either writes is lost', () => {
    const emu = setUpEmulator(CAMPAIGN);
    // A slow day on Google's side: each message then takes the poll a few seconds.
    emu.setMsPerCall(100);
    for (let i = 0; i < 8; i++) deliverTable(emu, `<long${i}@example.org>`);
    const start = emu.clock.now().getTime();
    let responseId = '';
    emu.schedule(start + 10_000, () => (responseId = answerFor(emu, TRA, TRA_EMAIL)));
    emu.run('pollMailbox');
    expect(emu.scheduledErrors).toEqual([]);
    const poll = lastRunOf(emu, 'pollMailbox')!;
    const submit = lastRunOf(emu, 'onFormSubmit')!;
    expect(submit.error).toBeUndefined();
    // It arrived while the poll ran, and waited for one item at most.
    expect(submit.start.getTime()).toBeLessThan(poll.end.getTime());
    expect(submit.end.getTime() - submit.start.getTime()).toBeLessThan(15_000);
    const log = emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[5]]);
    expect(log).toHaveLength(9);
    expect(log).toContainEqual([responseId, 'Đã ghi']);
    for (let i = 0; i < 8; i++) expect(log).toContainEqual([`<long${i}@example.org>`, 'Đã ghi']);
    // The poll read the log again after the submit wrote it: no row written over.
    expect(new Set(log.map(([id]) => id)).size).toBe(9);
    // The form's receipt (mail receipts are Gmail replies in their threads).
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(emu.gmail.messages().filter((m) => m.isSent)).toHaveLength(8);
    expect(emu.races).toEqual([]);
  });

  test('a form submit arriving in the middle of a long deadline check gets the lock within seconds', () => {
    const emu = setUpEmulator('', { now: '2016-09-09T08:00:00+07:00' });
    emu.setMsPerCall(100);
    const start = emu.clock.now().getTime();
    let responseId = '';
    // While the first batch of letters goes (fifteen, about 4 s at 100 ms a call): Tam Trà's is in the second.
    emu.schedule(start + 2_000, () => (responseId = answerFor(emu, TRA, TRA_EMAIL)));
    emu.run('checkDeadlines');
    expect(emu.scheduledErrors).toEqual([]);
    const submit = lastRunOf(emu, 'onFormSubmit')!;
    expect(submit.error).toBeUndefined();
    expect(submit.end.getTime() - submit.start.getTime()).toBeLessThan(15_000);
    expect(emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[5]])).toEqual([[responseId, 'Đã ghi']]);
    // The outbox keeps one row per letter, none written over; Tam Trà, whose whole table arrived
    // before its turn came, owes nothing and gets no reminder; every other unit gets one.
    const outbox = emu.values('Nhật ký gửi').slice(1);
    expect(new Set(outbox.map((row) => row[5])).size).toBe(outbox.length);
    const reminded = outbox.filter((row) => row[1] === 'Nhắc hạn').map((row) => String(row[5]).split('|')[1]);
    expect(reminded.sort()).toEqual(DEFAULT_CAMPAIGN.units.map((u) => u.id).filter((id) => id !== 'tam-tra').sort());
    expect(outbox.filter((row) => row[1] === 'Xác nhận').map((row) => row[6])).toEqual(['Đã gửi']);
    expect(emu.races).toEqual([]);
  });

  test('a form submit arriving while another execution holds the lock briefly waits and records the response', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.lock.holdByOther(5_000);
    const id = answerFor(emu, TRA, TRA_EMAIL);
    expect(emu.values('Nhật ký nhận').filter((row) => row[3] === id).map((row) => row[5])).toEqual(['Đã ghi']);
  });

  test('every entry point reads and writes the workbook, the form, properties and triggers under the lock, and asks no question holding it', () => {
    const emu = newEmulator({ editors: [CLERK] });
    emu.ui.respond({ button: 'OK', text: CAMPAIGN });
    emu.run('setup');
    emu.run('setup');
    answerFor(emu, TRA, TRA_EMAIL);
    deliverTable(emu, '<discipline@example.org>');
    emu.run('pollMailbox');
    for (const fn of ['getDashboard', 'getReviewQueue', 'getPendingChapters']) emu.runAs({ user: CLERK }, fn);
    emu.runAs({ user: CLERK }, 'decideChapter', 'tam-tra', '<none@example.org>|xuan thoo', { add: true });
    for (const fn of ['getUnitDetail', 'openUnitTab', 'sendReminderNow']) emu.runAs({ user: CLERK }, fn, 'tam-son');
    emu.runAs({ user: CLERK }, 'submitPaperEntry', 'tam-tra', paperEntry());
    emu.run('refreshSummary');
    emu.run('syncForm');
    emu.run('checkDeadlines');
    emu.run('onOpen');
    expect(emu.executions.filter((ex) => ex.error)).toEqual([]);
    const reading = readLocking(emu.calls.log);
    expect(reading.outside).toEqual([]);
    expect(emu.races).toEqual([]);
    expect(reading.dialogsUnderLock).toEqual([]);
    expect(reading.unlocked.get('Ui.prompt')).toBe(1);
  });

  test('the deadline check sends its letters in batches, one hold of the lock each, letting go in between', () => {
    const emu = setUpEmulator('', { now: '2016-09-09T08:00:00+07:00' });
    emu.run('checkDeadlines');
    const reminders = emu.mail.sent.filter((m) => m.subject.includes('Nhắc'));
    expect(reminders).toHaveLength(DEFAULT_CAMPAIGN.units.length);
    const reading = readLocking(emu.calls.log);
    // The first hold reads the schedule and sends the first fifteen; the next batch is sized from the
    // time those took (about 10 s of letters a hold) and holds the other nine, the digest last.
    expect(reading.takes).toBe(2);
    expect(emu.calls.byMethod()['Lock.releaseLock']).toBe(2);
    expect(reading.outside).toEqual([]);
    emu.run('checkDeadlines');
    expect(emu.mail.sent.filter((m) => m.subject.includes('Nhắc'))).toHaveLength(DEFAULT_CAMPAIGN.units.length);
  });

  test('a deadline check that cannot get the lock fails visibly in Vietnamese; the next one sends the letters', () => {
    const emu = setUpEmulator(CAMPAIGN, { now: '2016-09-09T08:00:00+07:00' });
    emu.lock.holdByOther();
    expect(() => emu.run('checkDeadlines')).toThrow(/^Lần kiểm tra hạn nộp dừng giữa chừng .*đã gửi 0 thư/);
    expect(emu.mail.sent).toHaveLength(0);
    emu.lock.release();
    emu.run('checkDeadlines');
    expect(emu.mail.sent.filter((m) => m.subject.includes('Nhắc'))).toHaveLength(2);
  });

  test('setup run twice installs each trigger once and changes nothing the second time', () => {
    const emu = setUpEmulator(CAMPAIGN);
    const before = snapshot(emu);
    emu.run('setup');
    emu.run('setup');
    expect(snapshot(emu)).toEqual(before);
    const handlers = emu.triggers().map((t) => t.handler).sort();
    expect(handlers).toEqual(['checkDeadlines', 'onCadreFormSubmit', 'onFormSubmit', 'pollMailbox']);
  });

  describe('while another execution keeps the lock past the 30-second wait', () => {
    let emu: Emulator;
    beforeEach(() => {
      emu = setUpEmulator(CAMPAIGN, { editors: [CLERK] });
      emu.lock.holdByOther();
    });

    test.each([
      ['getDashboard', []],
      ['getUnitDetail', ['tam-tra']],
      ['getReviewQueue', []],
      ['getPendingChapters', []],
      ['decideChapter', ['tam-tra', '<none@example.org>|xuan thoo', { map: 'Chi đoàn Xuân Thọ' }]],
      ['openUnitTab', ['tam-tra']],
      ['sendReminderNow', ['tam-tra']],
      ['remindAllLate', []],
      ['submitPaperEntry', ['tam-tra', paperEntry()]],
      ['assignReview', ['<none@example.org>', 'tam-tra']],
    ])('the sidebar call %s answers with the Vietnamese busy message and changes nothing', (fn, args) => {
      const before = snapshot(emu);
      const started = emu.clock.now().getTime();
      expect(() => emu.runAs({ user: CLERK }, fn, ...args)).toThrow(lockMessages.busy);
      expect(emu.clock.now().getTime() - started).toBeGreaterThanOrEqual(30_000);
      expect(snapshot(emu)).toEqual(before);
      expect(emu.mail.sent).toHaveLength(0);
      emu.lock.release();
      expect(() => emu.runAs({ user: CLERK }, fn, ...args)).not.toThrow(lockMessages.busy);
    });

    test.each(['refreshSummary', 'syncForm', 'setup'])('the menu item %s says the system is busy in an alert, shown after waiting, and changes nothing', (fn) => {
      const before = snapshot(emu);
      const started = emu.clock.now().getTime();
      emu.run(fn);
      expect(emu.clock.now().getTime() - started).toBeGreaterThanOrEqual(30_000);
      expect(emu.ui.alerts.at(-1)).toMatchObject({ kind: 'alert', prompt: lockMessages.busy });
      expect(snapshot(emu)).toEqual(before);
    });

    test('the poll stops quietly and the next poll does the work', () => {
      deliverTable(emu, '<busy@example.org>');
      emu.run('pollMailbox');
      expect(emu.values('Nhật ký nhận')).toHaveLength(1);
      emu.lock.release();
      emu.run('pollMailbox');
      expect(emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[5]])).toEqual([['<busy@example.org>', 'Đã ghi']]);
    });
  });
});
