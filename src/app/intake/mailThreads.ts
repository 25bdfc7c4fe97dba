import type { IntakeIndex } from '../../workbook/intakeIndex';
import { FINAL_INTAKE_STATUSES, PARKED_STATUS, type IntakeStatus } from '../../workbook/logs';
import type { ListingProgress, MailboxLabel, MailboxMessage } from './mailbox';

/**
 * How a poll reads threads, cuts them into batches and decides which to label. Labels live on
 * messages and GmailThread labelling labels every message the thread has at that moment, so a
 * thread is labelled only once every message of it from others than the office is logged final;
 * the intake log, not the label, says what is done.
 */

/**
 * Handling a message (its log rows, its unit's tab, the receipt, the label) took 2.7 times what
 * listing it took in the bench's poll of 30 messages at 170 units; rounded up.
 */
const HANDLING_PER_LISTED = 3;

/**
 * Whether the listing may read the next thread: reading it, then handling every message read by
 * then, at the pace the listing has had so far (a slow day slows both), must still leave the
 * poll's reserve. The first thread is read whenever the reserve is there: without it no poll
 * would make progress on a slow day.
 */
export function listingHasRoom(timeLeftMs: number, elapsedMs: number, reserveMs: number, progress: ListingProgress): boolean {
  const room = timeLeftMs - reserveMs;
  if (progress.read === 0) return room >= 0;
  const perMessage = elapsedMs / progress.read;
  return room >= perMessage * progress.next + HANDLING_PER_LISTED * perMessage * (progress.received + progress.next);
}

/**
 * The next batch from `start`: whole threads (a thread's messages go together, oldest first), as
 * many as fit in `size`, and always the first even when it alone is larger. It ends before a
 * Message-ID already in it (handleBatch takes distinct ids: the repeat, another copy of a message
 * the batch logs, goes in the next batch and is logged `Trùng`), which may split a thread.
 */
export function nextBatch(queue: readonly MailboxMessage[], start: number, size: number): MailboxMessage[] {
  const ids = new Set<string>();
  let end = start;
  while (end < queue.length && end - start < size) {
    const thread = queue[end].thread?.id;
    let stop = end + 1;
    while (thread !== undefined && stop < queue.length && queue[stop].thread?.id === thread) stop++;
    if (end > start && stop - start > size) break;
    for (let i = end; i < stop; i++) {
      if (ids.has(queue[i].messageId)) return queue.slice(start, i);
      ids.add(queue[i].messageId);
    }
    end = stop;
  }
  return queue.slice(start, end);
}

/**
 * The threads of a handled batch that can be labelled now: every message of the thread the
 * listing read is logged final (`Cần xem` when one waits for review or is parked, else `Đã xử lý`). A thread
 * the batch ends in the middle of (`next` is of it) waits for its last batch; a message fetched
 * on its own (no thread: its thread was labelled by hand) is not labelled again.
 */
export function threadLabels(intake: Pick<IntakeIndex, 'byId'>, batch: readonly MailboxMessage[], next: MailboxMessage | undefined): { gmailId: string; label: MailboxLabel }[] {
  const labels: { gmailId: string; label: MailboxLabel }[] = [];
  const seen = new Set<string>();
  for (const message of batch) {
    const thread = message.thread;
    if (!thread || seen.has(thread.id)) continue;
    seen.add(thread.id);
    if (next?.thread?.id === thread.id) continue;
    const statuses = thread.members.map((id) => intake.byId.get(id)?.status);
    if (!statuses.every((status) => status !== undefined && FINAL_INTAKE_STATUSES.includes(status))) continue;
    labels.push({ gmailId: message.gmailId, label: statuses.some((status) => status !== undefined && labelOf(status) === 'review') ? 'review' : 'done' });
  }
  return labels;
}

/** Waiting for the office (review, or parked after its last try) is `Cần xem`; anything else is done. */
export function labelOf(status: IntakeStatus): MailboxLabel {
  return status === 'Chờ xem xét' || status === PARKED_STATUS ? 'review' : 'done';
}
