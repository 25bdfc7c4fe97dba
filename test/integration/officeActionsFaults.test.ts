import type { Emulator } from '../../local/emulator';
import { CLERK, nextPoll, observable, officeWithTwoToReview, sonEntry } from './officeActions';

/** The clerk's four requests, each needing the office's mailbox or quota. */
const REQUESTS: [string, unknown[]][] = [
  ['assignReview', ['<v1@x>', 'tam-tra']],
  ['rejectReview', ['<v2@x>', 'Không rõ người gửi']],
  ['submitPaperEntry', ['tam-son', sonEntry()]],
  ['sendReminderNow', ['tam-hoa']],
];

/** The clerk asks for everything; a failed request is shown to them, and they click again. */
function ask(emu: Emulator, retry = false): void {
  for (const [fn, args] of REQUESTS) {
    try {
      emu.runAs(CLERK, fn, ...args);
    } catch (error) {
      if (retry) throw error;
    }
  }
}

/**
 * What people see, with `Đang gửi` read as `Đã gửi`: a run that died between sending a letter and
 * writing `Đã gửi` leaves `Đang gửi`, which counts as sent (a second letter is worse than a late one).
 */
function seen(emu: Emulator) {
  const o = observable(emu);
  return { ...o, outbox: o.outbox.map((row) => row.map((cell) => (cell === 'Đang gửi' ? 'Đã gửi' : cell))) };
}

describe("the office's work for a clerk under faults", () => {
  test('a failure at any call of the clerk’s requests, the clerk clicking again, then the office’s poll: everything done once', () => {
    const clean = officeWithTwoToReview();
    ask(clean, true);
    const calls = clean.calls.total();
    nextPoll(clean);
    const expected = seen(clean);
    expect(expected.sent).toHaveLength(4);
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = officeWithTwoToReview();
      emu.faults.failAt(index);
      ask(emu);
      emu.faults.clear();
      ask(emu, true);
      nextPoll(emu);
      if (JSON.stringify(seen(emu)) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test('a failure at any call of the office’s poll carrying them out: the next poll finishes, nothing twice', () => {
    const clean = officeWithTwoToReview();
    ask(clean, true);
    clean.calls.reset();
    nextPoll(clean);
    const calls = clean.calls.total();
    nextPoll(clean);
    const expected = seen(clean);
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = officeWithTwoToReview();
      ask(emu, true);
      emu.calls.reset();
      emu.faults.failAt(index);
      nextPoll(emu);
      emu.faults.clear();
      nextPoll(emu);
      if (JSON.stringify(seen(emu)) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
