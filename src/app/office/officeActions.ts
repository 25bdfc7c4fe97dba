import * as z from 'zod/mini';
import { parseStored } from '../../domain/storedJson';
import { POLL_MINUTES } from './officeActionsOwner';

/**
 * Work a clerk or cadre asked for in the sidebar that needs the office's mailbox or mail quota:
 * recorded at once (here, and visibly in the logs), carried out by the office account's next
 * mailbox poll (officeActionsRun.ts). Each action's key is the key of what it produces (the
 * review's message, the receipt's or the notice's outbox key), so asking twice queues it once.
 */
const decisionSchema = z.union([z.object({ unitId: z.string() }), z.object({ reject: z.string() })]);

const actionSchema = z.union([
  z.object({ kind: z.literal('review'), key: z.string(), messageId: z.string(), decision: decisionSchema, by: z.string(), at: z.number() }),
  z.object({
    kind: z.literal('receipt'),
    key: z.string(),
    reference: z.string(),
    /** The letter as it was written when the entry was recorded (re-applying the entry later could undo newer data). */
    mail: z.object({
      to: z.array(z.string()),
      cc: z.array(z.string()),
      email: z.object({ subject: z.string(), text: z.string(), html: z.string() }),
      senderName: z.string(),
      replyTo: z.string(),
    }),
    /** `Đơn vị` and `Chi tiết` of the log row once the letter is sent ('' : left as it is). */
    unit: z.string(),
    sentDetail: z.string(),
    by: z.string(),
    at: z.number(),
    /** A `Báo lỗi` rather than a `Xác nhận` (an email's rejection deferred past the mail quota). */
    letter: z.optional(z.enum(['Xác nhận', 'Báo lỗi'])),
    /** Set for a reply to an email, deferred past the day's mail quota: it goes in the message's thread. */
    gmailId: z.optional(z.string()),
    /** With gmailId: the registered address the answer goes to as a new message, its thread not being the unit's (replyRoute.ts). */
    sendTo: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('remind'), key: z.string(), unitId: z.string(), by: z.string(), at: z.number() }),
  /** A logged submission to process again (replay.ts); `id` is its `Mã`. */
  z.object({ kind: z.literal('replay'), key: z.string(), id: z.string(), by: z.string(), at: z.number() }),
]);

export type OfficeAction = z.infer<typeof actionSchema>;
export type ReviewDecision = z.infer<typeof decisionSchema>;

/** Where pending actions live between the sidebar call and the office's run (script properties). */
export interface OfficeActionStore {
  /** Every pending action, oldest first. */
  all(): OfficeAction[];
  get(key: string): OfficeAction | null;
  put(action: OfficeAction): void;
  /** Several at once, in one write (a request for every late unit). */
  putAll(actions: readonly OfficeAction[]): void;
  remove(key: string): void;
}

/** A stored action, or null for anything that is not one (a value written by hand, an older format). */
export function parseOfficeAction(text: string | null): OfficeAction | null {
  return parseStored(actionSchema, text);
}

/** What a use case needs to queue an action: the store, who asks, and the clock to say when it will be done. */
export interface OfficeQueue {
  store: OfficeActionStore;
  clerk: string;
  now: () => Date;
  format: (date: Date, timeZone: string, pattern: string) => string;
}

/** The latest time the office's next poll runs, as people read it. */
export function nextPollBy(queue: Pick<OfficeQueue, 'now' | 'format'>, timeZone: string): string {
  return queue.format(new Date(queue.now().getTime() + POLL_MINUTES * 60_000), timeZone, 'HH:mm dd/MM/yyyy');
}

export const reviewActionKey = (messageId: string): string => `Xem xét|${messageId}`;

export function sameDecision(a: ReviewDecision, b: ReviewDecision): boolean {
  return 'unitId' in a ? 'unitId' in b && a.unitId === b.unitId : 'reject' in b && a.reject === b.reject;
}
