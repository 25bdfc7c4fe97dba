import type { MailboxMessage } from '../../../src/app/intake/mailbox';
import { listingHasRoom, nextBatch, threadLabels } from '../../../src/app/intake/mailThreads';
import type { IntakeIndex } from '../../../src/workbook/intakeIndex';
import type { IntakeStatus } from '../../../src/workbook/logs';

/** A listed message `gmailId` with that Message-ID, in thread `thread` whose messages are `members`. */
function message(gmailId: string, thread: string | null, members: string[] = [], messageId = `<${gmailId}@x>`): MailboxMessage {
  return {
    gmailId,
    messageId,
    from: 'doan.tamtra@example.org',
    subject: '',
    date: new Date(0),
    authenticationResults: [],
    replyTo: '',
    link: '',
    contents: () => ({ plainBody: '', htmlBody: '', attachments: [] }),
    ...(thread === null ? {} : { thread: { id: thread, members } }),
  };
}

/** Thread `id` of messages `ids` (gmail ids; Message-IDs `<id@x>`). */
function thread(id: string, ...ids: string[]): MailboxMessage[] {
  const members = ids.map((g) => `<${g}@x>`);
  return ids.map((g) => message(g, id, members));
}

function log(statuses: Record<string, IntakeStatus>): Pick<IntakeIndex, 'byId'> {
  return { byId: new Map(Object.entries(statuses).map(([id, status], i) => [id, { row: i + 2, source: 'Email', sender: '', status, unit: '', detail: '', code: '', gmailId: '' }])) };
}

const ids = (batch: readonly MailboxMessage[]) => batch.map((m) => m.gmailId);

describe('nextBatch: whole threads', () => {
  const queue = [...thread('A', 'a1'), ...thread('B', 'b1', 'b2', 'b3'), ...thread('C', 'c1', 'c2')];

  test('as many whole threads as fit; the next thread starts the next batch', () => {
    expect(ids(nextBatch(queue, 0, 3))).toEqual(['a1']);
    expect(ids(nextBatch(queue, 0, 4))).toEqual(['a1', 'b1', 'b2', 'b3']);
    expect(ids(nextBatch(queue, 1, 5))).toEqual(['b1', 'b2', 'b3', 'c1', 'c2']);
    expect(ids(nextBatch(queue, 4, 10))).toEqual(['c1', 'c2']);
    expect(nextBatch(queue, 6, 10)).toEqual([]);
  });

  test('a thread larger than the batch goes whole, alone', () => {
    expect(ids(nextBatch(queue, 1, 1))).toEqual(['b1', 'b2', 'b3']);
  });

  test('messages fetched on their own (no thread) are one each', () => {
    const alone = [message('u1', null), message('u2', null), ...thread('A', 'a1', 'a2')];
    expect(ids(nextBatch(alone, 0, 2))).toEqual(['u1', 'u2']);
    expect(ids(nextBatch(alone, 0, 3))).toEqual(['u1', 'u2']);
    expect(ids(nextBatch(alone, 0, 4))).toEqual(['u1', 'u2', 'a1', 'a2']);
  });

  test('ends before a Message-ID already in the batch, even inside a thread', () => {
    const copies = [message('x1', 'X', ['<same@x>', '<same@x>'], '<same@x>'), message('x2', 'X', ['<same@x>', '<same@x>'], '<same@x>'), ...thread('B', 'b1')];
    expect(ids(nextBatch(copies, 0, 10))).toEqual(['x1']);
    expect(ids(nextBatch(copies, 1, 10))).toEqual(['x2', 'b1']);
    const across = [message('u1', null, [], '<same@x>'), message('x1', 'X', ['<same@x>'], '<same@x>')];
    expect(ids(nextBatch(across, 0, 10))).toEqual(['u1']);
  });
});

describe('threadLabels: a thread is labelled when all its messages are logged final', () => {
  test('done, review when one waits for review, nothing while one is unlogged or half-done', () => {
    const batch = [...thread('A', 'a1', 'a2'), ...thread('B', 'b1', 'b2'), ...thread('C', 'c1'), ...thread('D', 'd1')];
    const intake = log({ '<a1@x>': 'Đã ghi', '<a2@x>': 'Lỗi', '<b1@x>': 'Đã ghi', '<b2@x>': 'Chờ xem xét', '<c1@x>': 'Đang xử lý' });
    expect(threadLabels(intake, batch, undefined)).toEqual([
      { gmailId: 'a1', label: 'done' },
      { gmailId: 'b1', label: 'review' },
    ]);
  });

  test('an older message logged does not label a thread whose newer one is not (the issue)', () => {
    const members = ['<old@x>', '<reply@x>'];
    expect(threadLabels(log({ '<old@x>': 'Đã ghi' }), [message('old', 'T', members)], undefined)).toEqual([]);
    expect(threadLabels(log({ '<old@x>': 'Đã ghi', '<reply@x>': 'Trùng' }), [message('reply', 'T', members, '<reply@x>')], undefined)).toEqual([
      { gmailId: 'reply', label: 'done' },
    ]);
  });

  test('a thread the batch ends inside waits for the batch with its last message', () => {
    const [x1, x2] = thread('X', 'x1', 'x2');
    const intake = log({ '<x1@x>': 'Đã ghi', '<x2@x>': 'Đã ghi' });
    expect(threadLabels(intake, [x1], x2)).toEqual([]);
    expect(threadLabels(intake, [x2], undefined)).toEqual([{ gmailId: 'x2', label: 'done' }]);
  });

  test('a message fetched on its own is not labelled', () => {
    expect(threadLabels(log({ '<u1@x>': 'Đã ghi' }), [message('u1', null)], undefined)).toEqual([]);
  });
});

describe('listingHasRoom: reading stops when handling what was read would take the time left', () => {
  const reserve = 45_000;

  test('the first thread is read whenever the reserve is there', () => {
    expect(listingHasRoom(45_000, 0, reserve, { read: 0, received: 0, next: 5 })).toBe(true);
    expect(listingHasRoom(44_999, 0, reserve, { read: 0, received: 0, next: 5 })).toBe(false);
  });

  test('reading the next thread, then handling all at three times the reading pace, must fit', () => {
    // 10 messages read in 10 s: 1 s each; the next thread of 2 costs 2 s to read, then 12 × 3 s to handle.
    const progress = { read: 10, received: 10, next: 2 };
    expect(listingHasRoom(reserve + 38_000, 10_000, reserve, progress)).toBe(true);
    expect(listingHasRoom(reserve + 37_999, 10_000, reserve, progress)).toBe(false);
  });

  test("the office's own messages cost reading, not handling", () => {
    // 10 read, of which 4 from others: 2 s to read the next 2, then 6 × 3 s.
    expect(listingHasRoom(reserve + 20_000, 10_000, reserve, { read: 10, received: 4, next: 2 })).toBe(true);
    expect(listingHasRoom(reserve + 19_999, 10_000, reserve, { read: 10, received: 4, next: 2 })).toBe(false);
  });

  test('a normal day reads thirty messages with room to spare; a day thirty times slower stops early', () => {
    const normal = { read: 29, received: 29, next: 1 };
    expect(listingHasRoom(280_000, 29 * 300, reserve, normal)).toBe(true);
    expect(listingHasRoom(120_000, 29 * 9_000, reserve, normal)).toBe(false);
  });
});
