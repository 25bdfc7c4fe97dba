import type { Emulator } from '../../local/emulator';
import type { ReplayOutcome } from '../../src/app/intake/replay';
import { buildEmlText } from '../fixtures/eml';
import { answerFor } from './formHarness';
import { setUpEmulator } from './harness';
import { CLERK, nextPoll, OFFICE_ADDRESS, sonEntry } from './officeActions';

/**
 * Issue 14, "Replay": from the sidebar the office processes any logged submission again, through
 * the path a new one takes; twice is the same as once, and no letter goes twice.
 */
const TRA_EMAIL = 'doan.tamtra@example.org';
const TRA_TABLE = ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá'].join('\n');

const logRow = (emu: Emulator, id: string) => emu.values('Nhật ký nhận').find((row) => row[3] === id)!;
const letters = (emu: Emulator, address: string) => emu.mail.sent.filter((m) => m.to.includes(address));
const replay = (emu: Emulator, id: string) => emu.run('replaySubmission', id) as ReplayOutcome;
const labelsOf = (emu: Emulator, id: string) => [...emu.gmail.messages().find((m) => m.messageId === id)!.labels];
/** Everything a replay could change, without times. */
const state = (emu: Emulator) => ({
  log: emu.values('Nhật ký nhận').slice(1).map((row) => row.slice(1, 7)),
  outbox: emu.values('Nhật ký gửi').slice(1).map((row) => row.slice(1)),
  tabs: ['Tam Trà', 'Tam Sơn'].map((name) => emu.values(name)),
  sent: emu.mail.sent.length,
});

function deliver(emu: Emulator, from: string, id: string, text: string): void {
  emu.gmail.deliver(buildEmlText({ from, to: OFFICE_ADDRESS, messageId: id, text }));
}

/**
 * Tam Trà's message parked as `Lỗi xử lý`: its tab was replaced by hand with a copy under another
 * name (a new sheet, which neither the name nor the recorded sheet id finds) for three polls; the
 * copy is then given the unit's name.
 */
function parkedThenFixed(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user], now: '2016-09-06T10:00:00+07:00' });
  const original = emu.spreadsheet.getSheetByName('Tam Trà')!;
  const tab = original.copyTo(emu.spreadsheet);
  emu.spreadsheet.deleteSheet(original);
  tab.setName('Tam Trà (cũ)');
  deliver(emu, TRA_EMAIL, '<parked@x>', TRA_TABLE);
  for (let i = 0; i < 3; i++) emu.run('pollMailbox');
  expect(logRow(emu, '<parked@x>')[5]).toBe('Lỗi xử lý');
  tab.setName('Tam Trà');
  return emu;
}

describe('the office processes a logged submission again (issue 14, Replay)', () => {
  test('a parked email, once its cause is fixed: recorded and answered once; replayed again, nothing changes', () => {
    const emu = parkedThenFixed();
    expect((emu.run('getDashboard') as { parked: { count: number } }).parked.count).toBe(1);
    const first = replay(emu, '<parked@x>');
    expect(first).toMatchObject({ ok: true, status: 'Đã ghi' });
    expect(first.ok && first.message).toMatch(/^Đã xử lý lại: Đã ghi/);
    expect(logRow(emu, '<parked@x>')[6]).toBe('Đã ghi 1 Chi đoàn.');
    // The code the row took when first logged, kept through its failed tries and the replay; the Gmail id in its own column.
    expect(logRow(emu, '<parked@x>').slice(8, 10)).toEqual(['TT-0609-01', expect.stringMatching(/^\S+$/)]);
    expect(emu.values('Tam Trà')[1][5]).toBe('Email TT-0609-01');
    expect(emu.values('Tam Trà')[1].slice(0, 4)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá']);
    expect(letters(emu, TRA_EMAIL)).toHaveLength(1);
    expect(labelsOf(emu, '<parked@x>')).not.toContain('Đi cơ sở/Cần xem');
    expect((emu.run('getDashboard') as { parked: { count: number } }).parked.count).toBe(0);
    const once = state(emu);
    expect(replay(emu, '<parked@x>')).toMatchObject({ ok: true, status: 'Đã ghi' });
    expect(state(emu)).toEqual(once);
    // The poll finds nothing left to do for it.
    nextPoll(emu);
    emu.run('pollMailbox');
    expect(state(emu)).toEqual(once);
  });

  test('a clerk asks: queued once for the office, noted in the row; the office’s next poll processes it', () => {
    const emu = parkedThenFixed();
    const calls = emu.calls.log.length;
    const asked = emu.runAs(CLERK, 'replaySubmission', '<parked@x>') as ReplayOutcome;
    expect(asked).toMatchObject({ ok: true, status: 'Lỗi xử lý' });
    expect(asked.ok && asked.message).toMatch(/lần kiểm tra hộp thư kế tiếp/);
    expect(emu.calls.log.slice(calls).some((call) => /^Gmail|^MailApp/.test(call))).toBe(false);
    expect(emu.runAs(CLERK, 'replaySubmission', '<parked@x>')).toMatchObject({ ok: true, status: 'Lỗi xử lý' });
    const detail = String(logRow(emu, '<parked@x>')[6]);
    expect(detail.match(/Đã yêu cầu xử lý lại/g)).toHaveLength(1);
    expect(detail).not.toContain('[gmail:');
    expect(letters(emu, TRA_EMAIL)).toHaveLength(0);
    nextPoll(emu);
    expect(logRow(emu, '<parked@x>')[5]).toBe('Đã ghi');
    expect(String(logRow(emu, '<parked@x>')[6])).not.toMatch(/yêu cầu/);
    expect(letters(emu, TRA_EMAIL)).toHaveLength(1);
    nextPoll(emu);
    expect(letters(emu, TRA_EMAIL)).toHaveLength(1);
  });

  test('waiting for review from an address not yet registered: after the office adds it to Đơn vị, replayed as the unit', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    deliver(emu, 'bithu.tamtra@gmail.com', '<new-address@x>', TRA_TABLE);
    emu.run('pollMailbox');
    expect(logRow(emu, '<new-address@x>')[5]).toBe('Chờ xem xét');
    expect(emu.mail.sent).toHaveLength(0);
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const values = units.getDataRange().getValues();
    const emailColumn = values[0].indexOf('Email');
    const row = values.findIndex((r) => r[1] === 'Đoàn xã Tam Trà');
    units.getRange(row + 1, emailColumn + 1).setValue(`${values[row][emailColumn]}, bithu.tamtra@gmail.com`);
    expect(replay(emu, '<new-address@x>')).toMatchObject({ ok: true, status: 'Đã ghi' });
    expect(logRow(emu, '<new-address@x>')[4]).toBe('Đoàn xã Tam Trà');
    expect(letters(emu, 'bithu.tamtra@gmail.com')).toHaveLength(1);
    expect(labelsOf(emu, '<new-address@x>')).not.toContain('Đi cơ sở/Cần xem');
    const once = state(emu);
    replay(emu, '<new-address@x>');
    expect(state(emu)).toEqual(once);
  });

  test('rejected by mistake, then replayed once the address is the unit’s: the receipt goes, although the thread already holds the office’s Báo lỗi', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    deliver(emu, 'bithu.tamtra@gmail.com', '<rejected@x>', TRA_TABLE);
    emu.run('pollMailbox');
    expect(emu.run('rejectReview', '<rejected@x>', 'Đề nghị gửi từ địa chỉ đã đăng ký của đơn vị.')).toMatchObject({ ok: true });
    expect(letters(emu, 'bithu.tamtra@gmail.com')).toHaveLength(1);
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const values = units.getDataRange().getValues();
    const emailColumn = values[0].indexOf('Email');
    const row = values.findIndex((r) => r[1] === 'Đoàn xã Tam Trà');
    units.getRange(row + 1, emailColumn + 1).setValue(`${values[row][emailColumn]}, bithu.tamtra@gmail.com`);
    expect(replay(emu, '<rejected@x>')).toMatchObject({ ok: true, status: 'Đã ghi' });
    const sent = letters(emu, 'bithu.tamtra@gmail.com');
    expect(sent).toHaveLength(2);
    const outbox = emu.values('Nhật ký gửi').slice(1).filter((r) => String(r[5]).endsWith('|<rejected@x>'));
    expect(outbox.map((r) => [r[1], r[6]])).toEqual([['Báo lỗi', 'Đã gửi'], ['Xác nhận', 'Đã gửi']]);
    const once = state(emu);
    replay(emu, '<rejected@x>');
    nextPoll(emu);
    emu.run('pollMailbox');
    expect(state(emu)).toEqual(once);
  });

  test('a form response and a paper entry replayed: the same values, no second receipt', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    const responseId = answerFor(emu, 'Đoàn xã Tam Trà', TRA_EMAIL, { ratings: (rows, period) => rows.map(() => (period === 0 ? 'Vững mạnh' : 'Khá')) });
    const paper = emu.run('submitPaperEntry', 'tam-son', sonEntry()) as { ok: boolean };
    expect(paper.ok).toBe(true);
    const paperId = 'PG-a1b2c3d4e5f6';
    expect(logRow(emu, responseId)[5]).toBe('Đã ghi');
    expect(logRow(emu, paperId)[5]).toBe('Đã ghi');
    const once = state(emu);
    expect(once.sent).toBe(2);
    for (let i = 0; i < 2; i++) {
      expect(replay(emu, responseId)).toMatchObject({ ok: true, status: 'Đã ghi' });
      expect(replay(emu, paperId)).toMatchObject({ ok: true, status: 'Đã ghi' });
    }
    expect(state(emu)).toEqual(once);
  });

  test('what cannot be replayed says so in Vietnamese', () => {
    const emu = setUpEmulator('', { now: '2016-09-06T10:00:00+07:00' });
    const outcome = replay(emu, '<never-logged@x>');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/^Không tìm thấy bài nộp này/);
  });
});
