import type { Emulator } from '../../local/emulator';
import type { ReplayOutcome } from '../../src/app/intake/replay';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { setUpEmulator } from './harness';
import { OFFICE_ADDRESS, SON_EMAIL, sonEntry } from './officeActions';

/**
 * Issue 16, "Technical strings reach people": every submission logged gets a short code
 * (`TT-DDMM-NN`, the local day and its order that day) that the letters, the unit tabs and the
 * sidebar quote; the Message-ID, the response id and the Gmail id stay in their own columns.
 */
const TRA_EMAIL = 'doan.tamtra@example.org';
const TRA_TABLE = ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá'].join('\n');
/** A Message-ID, or any `<…@…>`, anywhere in a letter. */
const MACHINE_ID = /<[^<>\s]+@[^<>\s]+>/;

const log = (emu: Emulator) => emu.values('Nhật ký nhận');
const logRow = (emu: Emulator, id: string) => log(emu).find((row) => row[3] === id)!;
const lettersTo = (emu: Emulator, address: string) => emu.mail.sent.filter((m) => m.to.includes(address));
const gmailIdOf = (emu: Emulator, messageId: string) => emu.gmail.messages().find((m) => m.messageId === messageId)!.id;

function deliver(emu: Emulator, id: string, text = TRA_TABLE): void {
  emu.gmail.deliver(buildEmlText({ from: `Đoàn xã Tam Trà <${TRA_EMAIL}>`, to: OFFICE_ADDRESS, messageId: id, text }));
}

/** 06/09/2016: an email from Tam Trà, a form response and a paper entry from Tam Sơn, in that order. */
function oneDayOfThree(): Emulator {
  const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
  deliver(emu, '<tra@tamtra.example.org>');
  emu.run('pollMailbox');
  emu.clock.advanceBy(60_000);
  answerFor(emu, 'Đoàn xã Tam Sơn', SON_EMAIL);
  emu.clock.advanceBy(60_000);
  expect(emu.run('submitPaperEntry', 'tam-son', sonEntry())).toMatchObject({ ok: true });
  return emu;
}

describe('short submission codes (issue 16)', () => {
  test('a day of email, form and paper: TT-0609-01, -02, -03 in the log, the letters and the tabs; no machine id where people read', () => {
    const emu = oneDayOfThree();
    const rows = log(emu);
    expect(rows[0].slice(8, 10)).toEqual(['Số hiệu', 'Mã Gmail']);
    expect(rows.slice(1).map((row) => [row[1], row[8]])).toEqual([
      ['Email', 'TT-0609-01'],
      ['Form', 'TT-0609-02'],
      ['Thủ công', 'TT-0609-03'],
    ]);
    // The Gmail id in its own hidden column, for the email only; `Chi tiết` is for people.
    expect(rows.slice(1).map((row) => row[9])).toEqual([gmailIdOf(emu, '<tra@tamtra.example.org>'), '', '']);
    expect(emu.spreadsheet.getSheetByName('Nhật ký nhận')!.isColumnHiddenByUser(10)).toBe(true);
    for (const row of rows.slice(1)) expect(String(row[6])).not.toContain('[gmail:');

    const [traReceipt] = lettersTo(emu, TRA_EMAIL);
    expect(traReceipt.body).toContain('gửi qua email ngày 06/09/2016. Số hiệu: TT-0609-01.');
    const sonLetters = lettersTo(emu, SON_EMAIL);
    expect(sonLetters.map((m) => /Số hiệu: (TT-\d{4}-\d{2,3})\./.exec(m.body)?.[1])).toEqual(['TT-0609-02', 'TT-0609-03']);
    for (const letter of emu.mail.sent) {
      expect(letter.body).not.toMatch(MACHINE_ID);
      expect(letter.htmlBody ?? '').not.toMatch(/&lt;[^&\s]+@[^&\s]+&gt;/);
      expect(letter.body).not.toContain('Mã tham chiếu');
    }

    expect(emu.values('Tam Trà').find((row) => row[0] === 'Chi đoàn Xuân Thọ')![5]).toBe('Email TT-0609-01');
    // The paper came last: it is what Tam Sơn's chapters show.
    expect(emu.values('Tam Sơn').slice(1, 5).map((row) => row[5])).toEqual(Array(4).fill('Thủ công TT-0609-03'));

    // The sidebar names the submissions by their codes.
    const detail = emu.run('getUnitDetail', 'tam-son') as { history: { code: string; source: string }[]; letters: { kind: string; code: string }[] };
    expect(detail.history.map((entry) => [entry.source, entry.code])).toEqual([
      ['Thủ công', 'TT-0609-03'],
      ['Form', 'TT-0609-02'],
    ]);
    expect(detail.letters.map((letter) => [letter.kind, letter.code])).toEqual([
      ['Xác nhận', 'TT-0609-03'],
      ['Xác nhận', 'TT-0609-02'],
    ]);
  });

  test('replayed, a submission keeps its code; the next day starts again at 01, a copy of a message gets its own', () => {
    const emu = oneDayOfThree();
    const before = emu.values('Tam Trà');
    const sent = emu.mail.sent.length;
    expect(emu.run('replaySubmission', '<tra@tamtra.example.org>')).toMatchObject({ ok: true, status: 'Đã ghi' } satisfies Partial<ReplayOutcome>);
    expect(logRow(emu, '<tra@tamtra.example.org>')[8]).toBe('TT-0609-01');
    expect(emu.values('Tam Trà')).toEqual(before);
    expect(emu.mail.sent).toHaveLength(sent);

    emu.clock.advanceTo(new Date('2016-09-07T08:00:00+07:00'));
    deliver(emu, '<tra-2@tamtra.example.org>');
    // Another copy of the first message (a second delivery under the same Message-ID).
    deliver(emu, '<tra@tamtra.example.org>');
    emu.run('pollMailbox');
    const next = log(emu).slice(4);
    expect(next.map((row) => [row[3], row[5], row[8]])).toEqual([
      ['<tra-2@tamtra.example.org>', 'Đã ghi', 'TT-0709-01'],
      ['<tra@tamtra.example.org>', 'Trùng', 'TT-0709-02'],
    ]);
    expect(next[1][6]).toContain('dòng 2 (số hiệu TT-0609-01)');
    expect(lettersTo(emu, TRA_EMAIL).at(-1)!.body).toContain('Số hiệu: TT-0709-01.');
  });

  test('a log from before the codes: its rows keep their place, a legacy row is resumed by its tag, and the columns are added on the next write', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    deliver(emu, '<legacy@tamtra.example.org>');
    // The poll logs it, then fails writing the tab: the row stays `Đang xử lý` for the next poll.
    emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets timed out while accessing document with id 1.');
    emu.run('pollMailbox');
    expect(logRow(emu, '<legacy@tamtra.example.org>')[5]).toBe('Đang xử lý');
    // As an earlier version left it: eight columns, the Gmail id tagged at the end of `Chi tiết`.
    const sheet = emu.spreadsheet.getSheetByName('Nhật ký nhận')!;
    const gmailId = gmailIdOf(emu, '<legacy@tamtra.example.org>');
    sheet.deleteColumns(9, 2);
    sheet.getRange(2, 7).setValue(`${String(sheet.getRange(2, 7).getValue())} [gmail:${gmailId}]`);
    expect(sheet.getMaxColumns()).toBe(8);

    emu.clock.advanceBy(10 * 60_000);
    emu.run('pollMailbox');
    const legacy = logRow(emu, '<legacy@tamtra.example.org>');
    expect(legacy[5]).toBe('Đã ghi');
    expect(String(legacy[6])).toMatch(/^Đã ghi 1 Chi đoàn\. \[gmail:[^\]]+\]$/);
    expect(lettersTo(emu, TRA_EMAIL)).toHaveLength(1);
    expect(lettersTo(emu, TRA_EMAIL)[0].body).toContain('Số hiệu: TT-0609-01.');
    expect(emu.values('Tam Trà').find((row) => row[0] === 'Chi đoàn Xuân Thọ')![5]).toBe('Email TT-0609-01');

    // The next submission widens the log: headers, the old row's code and Gmail id filled in, nothing lost.
    emu.clock.advanceBy(60_000);
    answerFor(emu, 'Đoàn xã Tam Sơn', SON_EMAIL);
    const rows = log(emu);
    expect(rows[0].slice(7)).toEqual(['Nội dung gốc', 'Số hiệu', 'Mã Gmail']);
    expect(rows.slice(1).map((row) => [row[3], row[5], row[8], row[9]])).toEqual([
      ['<legacy@tamtra.example.org>', 'Đã ghi', 'TT-0609-01', gmailId],
      [expect.any(String), 'Đã ghi', 'TT-0609-02', ''],
    ]);
    expect(sheet.isColumnHiddenByUser(10)).toBe(true);
    // Polling again finds the legacy message handled: no `Trùng`, no second letter.
    emu.clock.advanceBy(10 * 60_000);
    emu.run('pollMailbox');
    expect(log(emu)).toHaveLength(3);
    expect(lettersTo(emu, TRA_EMAIL)).toHaveLength(1);
  });
});
