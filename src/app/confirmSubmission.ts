import type { Campaign, Unit } from '../domain/campaign';
import type { FormCheck } from '../domain/formAnswers';
import type { KeptValue } from '../domain/mergeSubmission';
import type { MailPort, OutgoingMail } from '../gas/mail';
import { receiptEmail, type KeptLine, type SubmissionChannel } from '../ui/email';
import { applySubmission, submissionStamp, type ApplyResult } from '../workbook/applySubmission';
import type { ChapterBookPort } from './chapterDecisions';
import type { IntakeWorkbook } from './intakeWorkbook';
import { sendKeyed } from './notices';

export interface CheckedSubmission {
  unit: Unit;
  check: Extract<FormCheck, { ok: true }>;
  channel: SubmissionChannel;
  /** Response id or `PG-…`: the log's `Mã`, the reference the receipt quotes, part of its outbox key. */
  reference: string;
  at: Date;
  /** Local `YYYY-MM-DD` the unit sent it, and of today. */
  receivedDay: string;
  today: string;
  formLink: string | null;
  /** Who gets the `Xác nhận` letter; none when empty. */
  to: readonly string[];
  /** Local day and time of an instant, for what the receipt says was kept. */
  clock: LocalClock;
}

/** `YYYY-MM-DD` and `HH:mm` of an instant in a time zone (Utilities.formatDate in Apps Script). */
export interface LocalClock {
  localDay: (date: Date, timeZone: string) => string;
  localClock: (date: Date, timeZone: string) => string;
}

/** What the receipt says was kept, each with when what stays was received, in the campaign's zone. */
export function keptLines(kept: readonly KeptValue[], clock: LocalClock, timeZone: string): KeptLine[] {
  return kept.map((value) => {
    const at = new Date(value.recorded.at);
    return { value, time: clock.localClock(at, timeZone), day: clock.localDay(at, timeZone) };
  });
}

/**
 * A submission that passed the form's rules, written into its unit (tab, status row, summary)
 * and confirmed once: the receipt's outbox key carries the reference, so a retry never sends two.
 * Reported chapters that only look like one of the unit's are kept for the office.
 */
export function applyAndConfirm(workbook: IntakeWorkbook, deps: { mail: MailPort; now: () => Date; chapterBook: ChapterBookPort }, input: CheckedSubmission): ApplyResult {
  const { campaign, sheets } = workbook;
  const source = { kind: input.channel, id: input.reference, at: input.at };
  const applied = applySubmission(sheets, campaign, input.unit, input.check.submission, source, workbook.unitsValues, deps.chapterBook.resolution(input.unit.id, input.channel === 'Thủ công'));
  deps.chapterBook.hold(input.unit.id, applied.merge.held, submissionStamp(source), input.check.submission.hasRegistration);
  if (input.to.length === 0) return applied;
  const email = submissionReceipt(campaign, input, applied);
  const outbox = { outboxSheet: workbook.outboxSheet, outbox: workbook.outbox, mail: deps.mail, now: deps.now };
  sendKeyed(outbox, 'Xác nhận', receiptKey(input.reference), officeLetter(campaign, input.to, email), 'throw');
  return applied;
}

/** The `Xác nhận` letter of a submission, from what applying it recorded. */
export function submissionReceipt(campaign: Campaign, input: CheckedSubmission, applied: ApplyResult): OutgoingMail['email'] {
  return receiptEmail({
    campaign,
    unit: input.unit,
    reference: input.reference,
    channel: input.channel,
    receivedDay: input.receivedDay,
    today: input.today,
    merge: applied.merge,
    kept: keptLines(applied.merge.kept, input.clock, campaign.timeZone),
    warnings: input.check.warnings,
    progress: applied.progress,
    formLink: input.formLink,
  });
}

/** The outbox key of a submission's `Xác nhận`: one per submission, whatever the retries. */
export function receiptKey(reference: string): string {
  return `Xác nhận|${reference}`;
}

/** A letter from the office to `to`: sent in the district's name, replies to the office address. */
export function officeLetter(campaign: Campaign, to: readonly string[], email: OutgoingMail['email']): OutgoingMail {
  return { to, cc: [], email, senderName: campaign.district, replyTo: campaign.officeEmail };
}
