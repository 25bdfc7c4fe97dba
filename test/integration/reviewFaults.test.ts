import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator, snapshot } from './harness';
import { TABLE } from './officeActions';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'huyendoannuithanh09@gmail.com';
const CLERK = { user: 'thuky@example.org' };
/** The office account itself at the keyboard decides at once (a clerk's decision is queued: officeActionsFaults.test.ts). */
const DECIDER = {};

/** Two messages from unregistered addresses, waiting for the office. */
function scenario(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user] });
  for (const [from, id] of [['bithu.moi@gmail.com', '<v1@x>'], ['la@gmail.com', '<v2@x>']]) {
    emu.gmail.deliver(buildEmlText({ from, to: OFFICE, messageId: id, text: TABLE }));
  }
  emu.run('pollMailbox');
  emu.calls.reset();
  return emu;
}

function decide(emu: Emulator): void {
  emu.runAs(DECIDER, 'assignReview', '<v1@x>', 'tam-tra');
  emu.runAs(DECIDER, 'rejectReview', '<v2@x>', 'Không rõ người gửi');
}

function observable(emu: Emulator) {
  const withoutTimes = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell instanceof Date ? 'time' : cell)));
  return {
    sheets: Object.fromEntries(Object.entries(snapshot(emu)).map(([name, rows]) => [name, withoutTimes(rows)])),
    replies: emu.mail.sent.map((m) => ({ to: m.to, subject: m.subject, body: m.body })),
    labels: emu.gmail.messages().filter((m) => !m.isSent).map((m) => [m.messageId, [...m.labels].sort()]),
  };
}

describe('the office\'s review decisions under faults', () => {
  test('a failure at any service call of assign or reject, then the office clicking again, ends as if nothing failed', () => {
    const clean = scenario();
    decide(clean);
    const expected = observable(clean);
    expect(expected.replies).toHaveLength(2);
    const calls = clean.calls.total();
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      expect(() => decide(emu)).toThrow();
      emu.faults.clear();
      // The office sees the error and clicks both buttons again; a finished one answers "already handled".
      for (const retry of [() => emu.runAs(DECIDER, 'assignReview', '<v1@x>', 'tam-tra'), () => emu.runAs(DECIDER, 'rejectReview', '<v2@x>', 'Không rõ người gửi')]) {
        retry();
      }
      if (JSON.stringify(observable(emu)) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(failures).toEqual([]);
  });
});
