import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

/**
 * Issue 14, acceptance: a poll whose batch holds a poisoned message (its unit's tab replaced by a renamed copy by
 * hand) and a stranger's, faulted at every one of its service calls, then left to run clean: nothing lost, nothing
 * applied twice, no letter twice, nothing recorded for anyone but the senders, and the poisoned
 * message parked as `Lỗi xử lý` rather than holding up the others.
 */
const OFFICE = 'huyendoannuithanh09@gmail.com';
const MESSAGES = [
  { from: 'doan.tamtien@example.org', id: '<good1@x>', text: 'ĐOÀN XÃ TAM TIẾN\n1. Chi đoàn thôn Tiến Đông: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá' },
  { from: 'doan.tamtra@example.org', id: '<poison@x>', text: 'ĐOÀN XÃ TAM TRÀ\n1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá' },
  { from: 'doan.tamhiep@example.org', id: '<good2@x>', text: 'ĐOÀN XÃ TAM HIỆP\n1. Chi đoàn thôn Thuận Phước: năm 2015 Khá; 6 tháng đầu năm 2016 Vững mạnh' },
  // A stranger writing as Tam Tiến: waits for review, never applied, never answered.
  { from: 'someone@gmail.com', id: '<stranger@x>', text: 'ĐOÀN XÃ TAM TIẾN\n1. Chi đoàn thôn Tiến Tây: năm 2015 Yếu; 6 tháng đầu năm 2016 Yếu' },
];

function scenario(): Emulator {
  const emu = setUpEmulator();
  replaceTabByCopy(emu);
  MESSAGES.forEach((m, i) =>
    emu.gmail.deliver(buildEmlText({ from: m.from, to: OFFICE, messageId: m.id, date: `Mon, 5 Sep 2016 08:1${i}:00 +0700`, text: m.text })),
  );
  emu.calls.reset();
  return emu;
}

/** What must come out the same whatever failed on the way: the log's outcome, the tabs, the letters. */
function observable(emu: Emulator) {
  const log = emu.values('Nhật ký nhận').slice(1);
  return {
    log: log.map((row) => [row[3], row[4], row[5]]),
    tabs: ['Tam Tiến', 'Tam Hiệp', 'Tam Trà (cũ)'].map((name) => emu.values(name).map((row) => row.slice(0, 5))),
    letters: emu.mail.sent.map((m) => m.to).sort(),
    // As a set: a message whose try a fault cost is answered by a later poll, after the others.
    receipts: emu.values('Nhật ký gửi').slice(1).map((row) => [row[1], row[5], row[6]]).sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
  };
}

describe('a poll with a poisoned message, faulted at every call', () => {
  test('nothing lost, nothing applied twice, no letter twice, the poisoned one parked', () => {
    const clean = scenario();
    for (let i = 0; i < 3; i++) clean.run('pollMailbox');
    const expected = observable(clean);
    expect(expected.log.map((row) => row[2])).toEqual(['Đã ghi', 'Lỗi xử lý', 'Đã ghi', 'Chờ xem xét']);
    expect(expected.letters).toEqual(['doan.tamhiep@example.org', 'doan.tamtien@example.org']);
    expect(expected.tabs[0].find((row) => row[0] === 'Chi đoàn thôn Tiến Tây')?.slice(2, 4)).toEqual(['', '']);

    const probe = scenario();
    probe.run('pollMailbox');
    const calls = probe.calls.total();
    expect(calls).toBeGreaterThan(20);
    const failures: { index: number; call: string; got: unknown }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      try {
        emu.run('pollMailbox');
      } catch {
        // A failure the poll cannot take as one message's (the log unreadable, the lock): the next poll goes on.
      }
      emu.faults.clear();
      // The fault may have cost any message one try: three clean polls bring every one to its end.
      for (let i = 0; i < 3; i++) emu.run('pollMailbox');
      const got = observable(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: probe.calls.log[index] ?? '', got });
    }
    expect(failures).toEqual([]);
  });
});

/** The office replaced a unit's tab by a copy under another name: a new sheet, found neither by the unit's name nor by the recorded sheet id. */
function replaceTabByCopy(emu: Emulator): void {
  const original = emu.spreadsheet.getSheetByName('Tam Trà')!;
  const copy = original.copyTo(emu.spreadsheet);
  emu.spreadsheet.deleteSheet(original);
  copy.setName('Tam Trà (cũ)');
}
