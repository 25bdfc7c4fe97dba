/**
 * Threads and delivery (issue 14, items 5, 6 and 12), on dist/Code.js: a thread is labelled only
 * when every message in it is logged, mail is found by delivery to the office (an alias, a group,
 * Bcc), and a slow day's listing leaves time to handle what it read.
 */
import { buildEmlText } from '../fixtures/eml';
import { readFileSync } from 'node:fs';
import { BUNDLE, setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';
const PASS = 'mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=doan.tamtra@example.org';

const TABLE = [
  'ĐOÀN XÃ TAM TRÀ',
  'Bảng xếp loại Chi đoàn',
  '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
  '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
].join('\n');

interface Mail {
  messageId: string;
  subject?: string;
  to?: string;
  inReplyTo?: string;
  text?: string;
}

interface Outcome {
  handled: number;
  stoppedEarly: boolean;
}

/**
 * Delivered a second after the one before (Gmail orders threads by their last message), dated
 * within the hour before now: the clock does not move, so the installed 10-minute poll does not
 * run on its own between deliveries.
 */
function deliver(emu: Emulator, mail: Mail): { id: string; threadId: string } {
  const headers: Record<string, string> = { 'Authentication-Results': PASS };
  if (mail.inReplyTo) {
    headers['In-Reply-To'] = mail.inReplyTo;
    headers.References = mail.inReplyTo;
  }
  const date = emu.clock.now().getTime() - 3_600_000 + 1000 * delivered.count++;
  return emu.gmail.deliver(
    buildEmlText({ from: TAM_TRA, to: mail.to ?? OFFICE, messageId: mail.messageId, subject: mail.subject ?? 'Bảng xếp loại Chi đoàn', text: mail.text ?? TABLE, headers }),
    { date },
  );
}
const delivered = { count: 0 };
beforeEach(() => {
  delivered.count = 0;
});

/** The intake log's rows, by Message-ID: [Mã, Trạng thái]. */
function logged(emu: Emulator): [unknown, unknown][] {
  return emu.values('Nhật ký nhận').slice(1).map((r) => [r[3], r[5]]);
}

function poll(emu: Emulator): Outcome {
  return emu.run('pollMailbox') as Outcome;
}

/** Received messages labelled while the log has no final row for them: what must never be. */
function labelledUnlogged(emu: Emulator): string[] {
  const final = new Set(emu.values('Nhật ký nhận').slice(1).filter((r) => r[5] !== 'Đang xử lý').map((r) => String(r[3])));
  return emu.gmail.messages().filter((m) => !m.isSent && m.labels.length > 0 && !final.has(m.messageId)).map((m) => m.messageId);
}

describe('a thread is labelled only when all its messages are logged', () => {
  test('a reply in a handled thread, behind thirty new threads, is logged within five polls (the issue)', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<first@x>' });
    poll(emu);
    expect(logged(emu)).toEqual([['<first@x>', 'Đã ghi']]);
    for (let i = 0; i < 30; i++) deliver(emu, { messageId: `<new${i}@x>`, subject: `Bảng xếp loại ${i}` });
    deliver(emu, { messageId: '<reply@x>', subject: 'Re: Bảng xếp loại Chi đoàn', inReplyTo: '<first@x>' });
    for (let i = 0; i < 5; i++) poll(emu);
    const log = logged(emu);
    expect(log).toContainEqual(['<reply@x>', 'Đã ghi']);
    expect(log.filter(([id]) => id !== '<first@x>')).toHaveLength(31);
    // every received message ends labelled, none labelled before it was logged
    expect(emu.gmail.messages().filter((m) => !m.isSent && m.labels.length === 0)).toEqual([]);
  });
});

describe('a message arriving while a poll runs', () => {
  /** How long a poll of one message takes, from its start. */
  function pollLength(): { start: number; length: number } {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<first@x>' });
    const start = emu.clock.now().getTime();
    poll(emu);
    return { start, length: emu.clock.now().getTime() - start };
  }

  test('is never labelled before it is logged, whenever it comes; the next poll logs it', () => {
    const { length } = pollLength();
    const step = Math.max(100, Math.floor(length / 25));
    for (let at = 0; at <= length + step; at += step) {
      delivered.count = 0;
      const emu = setUpEmulator();
      deliver(emu, { messageId: '<first@x>' });
      emu.schedule(emu.clock.now().getTime() + at, () => {
        deliver(emu, { messageId: '<reply@x>', subject: 'Re: Bảng xếp loại Chi đoàn', inReplyTo: '<first@x>' });
      });
      poll(emu);
      expect({ at, labelled: labelledUnlogged(emu) }).toEqual({ at, labelled: [] });
      poll(emu);
      expect({ at, logged: logged(emu) }).toEqual({ at, logged: [['<first@x>', 'Đã ghi'], ['<reply@x>', 'Đã ghi']] });
      expect(emu.gmail.messages().filter((m) => !m.isSent).map((m) => m.labels)).toEqual([['Đi cơ sở/Đã xử lý'], ['Đi cơ sở/Đã xử lý']]);
      expect(emu.scheduledErrors).toEqual([]);
    }
  });
});

describe('a thread is handled whole, oldest first', () => {
  test('a table and its correction in one thread: both logged in order, the correction stands, one label', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<t1@x>' });
    deliver(emu, {
      messageId: '<t2@x>',
      subject: 'Re: Bảng xếp loại Chi đoàn',
      inReplyTo: '<t1@x>',
      text: 'ĐOÀN XÃ TAM TRÀ\n1. Chi đoàn Xuân Thọ: năm 2015 Khá; 6 tháng đầu năm 2016 Khá\n',
    });
    expect(poll(emu)).toMatchObject({ handled: 2, stoppedEarly: false });
    expect(logged(emu)).toEqual([['<t1@x>', 'Đã ghi'], ['<t2@x>', 'Đã ghi']]);
    expect(emu.values('Tam Trà')[1].slice(0, 4)).toEqual(['Chi đoàn Xuân Thọ', '', 'Khá', 'Khá']);
    expect(labelledUnlogged(emu)).toEqual([]);
    expect(emu.gmail.messages().filter((m) => !m.isSent).every((m) => m.labels.length === 1)).toBe(true);
  });
});

describe('mail is found by delivery to the office', () => {
  test('a message Bcc\'d to the office, one to an alias of it and one through a group are logged', () => {
    const emu = setUpEmulator();
    // Each reached the office's mailbox (Delivered-To); none names the office's address in To or Cc.
    deliver(emu, { messageId: '<bcc@x>', to: 'Đoàn xã Tam Trà <doan.tamtra@example.org>', subject: 'Bảng xếp loại (Bcc)' });
    deliver(emu, { messageId: '<alias@x>', to: 'Văn phòng Huyện đoàn <vanphong@example.org>', subject: 'Bảng xếp loại (bí danh)' });
    deliver(emu, { messageId: '<group@x>', to: 'Ban Chấp hành <bch-huyendoan@googlegroups.com>', subject: 'Bảng xếp loại (nhóm)' });
    expect(emu.gmail.messages().every((m) => !/huyendoannuithanh09/.test(`${m.to} ${m.cc}`))).toBe(true);
    poll(emu);
    expect(logged(emu)).toEqual([['<bcc@x>', 'Đã ghi'], ['<alias@x>', 'Đã ghi'], ['<group@x>', 'Đã ghi']]);
    expect(emu.mail.sent).toHaveLength(3);
    expect(labelledUnlogged(emu)).toEqual([]);
  });
});

describe('a slow day (Gmail 30 times slower, for this test only)', () => {
  test('each poll makes progress, says it stopped early, and never reaches the execution limit', () => {
    // The polls are run by hand, one after the other, to read each one's outcome: not by the trigger.
    const code = `${readFileSync(BUNDLE, 'utf8')}
function dropPollTrigger() {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getHandlerFunction() === 'pollMailbox') ScriptApp.deleteTrigger(t); });
}`;
    const emu = setUpEmulator('', { code });
    emu.run('dropPollTrigger');
    for (let i = 0; i < 30; i++) deliver(emu, { messageId: `<slow${i}@x>`, subject: `Bảng xếp loại ${i}` });
    emu.setCosts({ perService: { Gmail: 3_000 } });
    const outcomes: Outcome[] = [];
    for (let polls = 0; polls < 30 && logged(emu).length < 30; polls++) {
      const before = logged(emu).length;
      const start = emu.clock.now().getTime();
      const outcome = poll(emu);
      outcomes.push(outcome);
      expect(emu.clock.now().getTime() - start).toBeLessThan(6 * 60 * 1000);
      expect(logged(emu).length).toBeGreaterThan(before);
      expect(outcome.handled).toBe(logged(emu).length - before);
      // Stopped early exactly when mail was left for the next poll.
      expect(outcome.stoppedEarly).toBe(logged(emu).length < 30);
      expect(labelledUnlogged(emu)).toEqual([]);
    }
    expect(outcomes.length).toBeGreaterThan(1);
    expect(logged(emu).map(([, status]) => status)).toEqual(Array(30).fill('Đã ghi'));
    expect(emu.executions.filter((e) => e.error !== undefined)).toEqual([]);
  });
});
