import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator, snapshot } from './harness';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'huyendoannuithanh09@gmail.com';
const table = (title: string) =>
  `${title}\n1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá\n2. Chi đoàn thôn Mới: năm 2015 Khá; 6 tháng đầu năm 2016 Khá\nĐăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ\nĐăng ký hỗ trợ: Chi đoàn thôn Đồng Làng\n`;

function scenario(): Emulator {
  const emu = setUpEmulator();
  const mail = (from: string, id: string, text: string) =>
    emu.gmail.deliver(buildEmlText({ from, to: OFFICE, messageId: id, text }));
  mail('doan.tamtra@example.org', '<f1@x>', table('ĐOÀN XÃ TAM TRÀ'));
  mail('stranger@gmail.com', '<f2@x>', table('ĐOÀN XÃ TAM SƠN'));
  // The Báo lỗi lists its unit's chapters as its tab holds them when the letter is written: from a
  // unit no other message changes, so a letter a fault delays reads the same as the clean run's.
  mail('doan.tamtien@example.org', '<f3@x>', 'Em gửi sau ạ.');
  mail('doan.tamson@example.org', '<f4@x>', table('Đoàn xã Tam Sơn'));
  emu.calls.reset();
  return emu;
}

/**
 * Everything a person could see, without the times (a retry happens later by construction). The
 * letters and their outbox rows as sets, in a fixed order: a message whose try a fault cost is
 * answered by the next poll, after those the faulted poll finished (a letter twice still shows).
 */
function observable(emu: Emulator) {
  const sheets = snapshot(emu);
  const withoutTimes = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell instanceof Date ? 'time' : cell)));
  const byKey = (rows: unknown[][]) => [rows[0], ...rows.slice(1).sort((a, b) => String(a[5]).localeCompare(String(b[5])))];
  const inOrder = (name: string, rows: unknown[][]) => (name === 'Nhật ký gửi' ? byKey(rows) : rows);
  return {
    sheets: Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, inOrder(name, withoutTimes(rows))])),
    replies: emu.mail.sent.map((m) => ({ to: m.to, subject: m.subject, body: m.body })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    labels: emu.gmail.messages().filter((m) => !m.isSent).map((m) => [m.messageId, [...m.labels].sort()]),
  };
}

describe('pollMailbox under faults', () => {
  test('a failure at any service call loses no message and applies none twice', () => {
    const clean = scenario();
    clean.run('pollMailbox');
    const expected = observable(clean);
    const calls = clean.calls.total();
    expect(calls).toBeGreaterThan(20);
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      // A fault within one message's work is that message's failed try (issue 14: the poll goes on,
      // the row counts it); any other fails the run. Either way the next poll must end as the clean one.
      try {
        emu.run('pollMailbox');
      } catch {
        // failed visibly, as before
      }
      emu.faults.clear();
      emu.run('pollMailbox');
      const got = observable(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(failures).toEqual([]);
  });
});
