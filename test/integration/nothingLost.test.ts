import * as fs from 'node:fs';
import { unitsFormId } from './cadreFormHarness';
import { lockMessages } from '../../src/app/messages';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { BUNDLE, setUpEmulator } from './harness';

const TRA = 'Đoàn xã Tam Trà';
const TRA_EMAIL = 'doan.tamtra@example.org';
const SON = 'Đoàn xã Tam Sơn';
const SON_EMAIL = 'doan.tamson@example.org';
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
const POLL_EVERY_MS = 10 * 60 * 1000;
const WATERMARK = 'FORM_LOGGED_UNTIL';

/** `Mã` and `Trạng thái` of the log's form rows, in the log's order. */
const formRows = (emu: Emulator) => emu.values('Nhật ký nhận').filter((row) => row[1] === 'Form').map((row) => [row[3], row[5]]);
const receiptsTo = (emu: Emulator, to: string) => emu.mail.sent.filter((m) => m.to === to && m.subject.includes('Xác nhận'));
const lastRunOf = (emu: Emulator, fn: string) => [...emu.executions].reverse().find((ex) => ex.fn === fn);
/** The next run of the 10-minute poll, fired by its trigger as the office account. */
const nextPoll = (emu: Emulator) => emu.clock.advanceBy(POLL_EVERY_MS);

/** The project with one more function, as if the office deleted the form's trigger on the Triggers page. */
function withTriggerRemover(): string {
  return `${fs.readFileSync(BUNDLE, 'utf8')}
function removeFormTrigger_() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getHandlerFunction() === 'onFormSubmit') ScriptApp.deleteTrigger(t); });
  lock.releaseLock();
}
`;
}

describe('a form response no trigger recorded is recorded by the poll (nothing lost)', () => {
  test('onFormSubmit cannot get the lock within 30 s: it fails visibly, and the next poll records and answers the response once', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.lock.holdByOther(45_000);
    const id = answerFor(emu, TRA, TRA_EMAIL);
    const run = lastRunOf(emu, 'onFormSubmit');
    expect(run?.error).toBe(`Error: ${lockMessages.formDeferred}`);
    expect(run!.end.getTime() - run!.start.getTime()).toBeGreaterThanOrEqual(30_000);
    expect(formRows(emu)).toEqual([]);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(0);

    nextPoll(emu);
    const poll = lastRunOf(emu, 'pollMailbox');
    expect(poll?.trigger).toBeDefined();
    expect(poll?.error).toBeUndefined();
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(emu.values('Tam Trà').slice(1).every((row) => row[2] === 'Khá' && row[3] === 'Khá')).toBe(true);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);

    const after = emu.values('Nhật ký nhận');
    nextPoll(emu);
    emu.run('pollMailbox');
    expect(emu.values('Nhật ký nhận')).toEqual(after);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(emu.races).toEqual([]);
  });

  test('onFormSubmit cannot open the workbook (one bad cell in Đơn vị): after the office fixes it, the poll records it', () => {
    const emu = setUpEmulator(CAMPAIGN);
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    expect(units.getRange('B2').getValue()).toBe(SON);
    const emails = units.getRange('F2').getValue();
    units.getRange('F2').setValue('doan.tamson(a)example.org');
    const id = answerFor(emu, TRA, TRA_EMAIL);
    expect(lastRunOf(emu, 'onFormSubmit')?.error).toMatch(/^Error: Chưa ghi được câu trả lời biểu mẫu: .*dòng 2.*Câu trả lời vẫn được lưu trong biểu mẫu/s);
    expect(formRows(emu)).toEqual([]);

    // The poll cannot open it either: it fails visibly and records nothing.
    nextPoll(emu);
    expect(lastRunOf(emu, 'pollMailbox')?.error).toMatch(/dòng 2/);
    expect(formRows(emu)).toEqual([]);
    expect(emu.properties.script[WATERMARK]).toBeUndefined();

    units.getRange('F2').setValue(emails);
    nextPoll(emu);
    expect(lastRunOf(emu, 'pollMailbox')?.error).toBeUndefined();
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(emu.races).toEqual([]);
  });

  test('a trigger that never fired (deleted): the poll records the response', () => {
    const emu = setUpEmulator(CAMPAIGN, { code: withTriggerRemover(), bundlePath: BUNDLE });
    emu.run('removeFormTrigger_');
    expect(emu.triggers().map((t) => t.handler)).not.toContain('onFormSubmit');
    const id = answerFor(emu, TRA, TRA_EMAIL);
    expect(lastRunOf(emu, 'onFormSubmit')).toBeUndefined();
    expect(formRows(emu)).toEqual([]);
    nextPoll(emu);
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(emu.races).toEqual([]);
  });

  test('several missed responses are recorded oldest first, and the watermark follows the newest one logged', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.lock.holdByOther(5 * 60_000);
    const first = answerFor(emu, TRA, TRA_EMAIL);
    const second = answerFor(emu, SON, SON_EMAIL, { ratings: (rows) => rows.map(() => 'Vững mạnh') });
    expect(formRows(emu)).toEqual([]);
    nextPoll(emu);
    expect(formRows(emu)).toEqual([
      [first, 'Đã ghi'],
      [second, 'Đã ghi'],
    ]);
    const newest = emu.forms.responses(unitsFormId(emu)).find((r) => r.id === second)!;
    expect(emu.properties.script[WATERMARK]).toBe(newest.timestamp.toISOString());
  });

  test('the watermark never passes a response the log does not hold: one whose logging failed is recorded by the next poll', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.lock.holdByOther(5 * 60_000);
    const first = answerFor(emu, TRA, TRA_EMAIL);
    const second = answerFor(emu, SON, SON_EMAIL);
    emu.clock.advanceBy(5 * 60_000);
    // The poll's first write is the log row of the oldest missed response.
    emu.faults.failOn('Range.setValues', 0, 'Service Spreadsheets timed out while accessing document with id 1.');
    emu.run('pollMailbox');
    expect(formRows(emu)).toEqual([[second, 'Đã ghi']]);
    expect(emu.properties.script[WATERMARK]).toBeUndefined();
    emu.run('pollMailbox');
    expect(formRows(emu)).toEqual([
      [second, 'Đã ghi'],
      [first, 'Đã ghi'],
    ]);
    const newest = emu.forms.responses(unitsFormId(emu)).find((r) => r.id === second)!;
    expect(emu.properties.script[WATERMARK]).toBe(newest.timestamp.toISOString());
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(receiptsTo(emu, SON_EMAIL)).toHaveLength(1);
    expect(emu.races).toEqual([]);
  });

  test('a poll reads only the responses since the watermark (less a margin), not every response', () => {
    const emu = setUpEmulator(CAMPAIGN);
    for (let i = 0; i < 4; i++) answerFor(emu, i % 2 ? SON : TRA, i % 2 ? SON_EMAIL : TRA_EMAIL);
    nextPoll(emu);
    expect(emu.properties.script[WATERMARK]).toBeDefined();
    emu.clock.advanceBy(60 * 60_000);
    const late = answerFor(emu, TRA, TRA_EMAIL);
    // This poll moves the watermark to the late response; the next one looks back a quarter hour from it.
    nextPoll(emu);
    emu.calls.reset();
    emu.run('pollMailbox');
    const calls = emu.calls.byMethod();
    // One look at each form: the units' and the cadres' (its own watermark, cadreFormCatchUp.ts).
    expect(calls['Form.getResponses']).toBe(2);
    // Only the response of the last quarter hour is listed: its id and timestamp, no answers.
    expect(calls['FormResponse.getId']).toBe(1);
    expect(calls['FormResponse.getItemResponses'] ?? 0).toBe(0);
    expect(formRows(emu).map((row) => row[0])).toContain(late);
  });

  test('the form cannot be read: the mail is still handled, the poll fails visibly, and the next poll catches up', () => {
    const emu = setUpEmulator(CAMPAIGN);
    emu.lock.holdByOther(45_000);
    const id = answerFor(emu, TRA, TRA_EMAIL);
    emu.gmail.deliver(
      buildEmlText({
        from: `${SON} <${SON_EMAIL}>`,
        to: 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>',
        messageId: '<son@example.org>',
        date: 'Fri, 26 Aug 2016 08:15:00 +0700',
        text: 'ĐOÀN XÃ TAM SƠN\nBảng xếp loại Chi đoàn\n1. Chi đoàn Thuận Yên Đông: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
      }),
    );
    // The units' form's: the poll first looks at the cadres' form (cadreFormCatchUp.ts), then at this one.
    emu.faults.failOn('FormApp.openById', 1, 'Service Forms failed while accessing form.');
    nextPoll(emu);
    expect(lastRunOf(emu, 'pollMailbox')?.error).toMatch(/^Error: Chưa đối chiếu được các câu trả lời biểu mẫu .*Service Forms failed/);
    expect(emu.values('Nhật ký nhận').slice(1).map((row) => [row[3], row[5]])).toEqual([['<son@example.org>', 'Đã ghi']]);
    nextPoll(emu);
    expect(lastRunOf(emu, 'pollMailbox')?.error).toBeUndefined();
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
  });

  test('a response a trigger is recording when the poll looks is left to the trigger: recorded once', () => {
    const emu = setUpEmulator(CAMPAIGN);
    const id = answerFor(emu, TRA, TRA_EMAIL);
    // The trigger's run is fired again, as Apps Script may do: nothing is written twice.
    const trigger = emu.triggers().find((t) => t.handler === 'onFormSubmit')!;
    emu.fireTrigger(trigger.id);
    emu.run('pollMailbox');
    expect(formRows(emu)).toEqual([[id, 'Đã ghi']]);
    expect(receiptsTo(emu, TRA_EMAIL)).toHaveLength(1);
  });
});
