import type { Campaign, Unit } from '../../domain/campaign';
import type { FormCheck } from '../../domain/formAnswers';
import type { KeptValue } from '../../domain/mergeSubmission';
import type { MailPort, OutgoingMail } from '../../gas/mail';
import { receiptEmail, type KeptLine, type SubmissionChannel } from '../../ui/email';
import { applySubmission, submissionStamp, type ApplyResult } from '../../workbook/applySubmission';
import type { ChapterBookPort } from './chapterDecisions';
import type { IntakeWorkbook } from './intakeWorkbook';
import { sendKeyed } from '../notices/notices';
import { isMailQuotaError } from '../../gas/errors';
import { recordOutbox } from '../../workbook/logs';
import type { OfficeActionStore } from '../office/officeActions';

export interface CheckedSubmission {
  unit: Unit;
  check: Extract<FormCheck, { ok: true }>;
  channel: SubmissionChannel;
  /** Response id or `PG-…`: the log's `Mã`, part of its outbox key. */
  reference: string;
  /** Its log row's `Số hiệu`: what the receipt quotes and the tab's `Nguồn` shows. */
  code: string;
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

export interface ConfirmDeps {
  mail: MailPort;
  now: () => Date;
  chapterBook: ChapterBookPort;
  /** Where a receipt over the day's mail quota waits for a later poll; without it such a receipt fails the submission. */
  actions?: OfficeActionStore;
}

/**
 * A submission that passed the form's rules, written into its unit (tab, status row, summary)
 * and confirmed once: the receipt's outbox key carries the reference, so a retry never sends two.
 * Reported chapters that only look like one of the unit's are kept for the office. Over the
 * day's mail quota the receipt waits as `Hoãn` (`receiptDeferred`) and the submission stands recorded.
 */
export function applyAndConfirm(workbook: IntakeWorkbook, deps: ConfirmDeps, input: CheckedSubmission): ApplyResult & { receiptDeferred: boolean } {
  const { campaign, sheets } = workbook;
  const source = { kind: input.channel, id: input.reference, at: input.at, code: input.code };
  const applied = applySubmission(sheets, campaign, input.unit, input.check.submission, source, workbook.unitsValues, deps.chapterBook.resolution(input.unit.id, input.channel === 'Thủ công'));
  deps.chapterBook.hold(input.unit.id, applied.merge.held, submissionStamp(source), input.check.submission.hasRegistration);
  if (input.to.length === 0) return { ...applied, receiptDeferred: false };
  const email = submissionReceipt(campaign, input, applied);
  const letter = officeLetter(campaign, input.to, email);
  const sent = sendOrDefer(workbook, deps, { kind: 'Xác nhận', key: receiptKey(input.reference), reference: input.reference, unit: input.unit.name, letter });
  return { ...applied, receiptDeferred: sent === 'deferred' };
}

/**
 * A letter answering a submission, sent once by its key; over the day's mail quota (with a store
 * to keep it in) it waits as `Hoãn`, written as it is now (applying again later could undo newer
 * data), and a later poll sends it (officeActionsRun.ts). Without the store the failure is thrown.
 */
export function sendOrDefer(
  workbook: IntakeWorkbook,
  deps: Pick<ConfirmDeps, 'mail' | 'now' | 'actions'>,
  letter: { kind: 'Xác nhận' | 'Báo lỗi'; key: string; reference: string; unit: string; letter: OutgoingMail },
): 'sent' | 'deferred' {
  const { kind, key, reference, unit } = letter;
  const mail = letter.letter;
  const outbox = { outboxSheet: workbook.outboxSheet, outbox: workbook.outbox, mail: deps.mail, now: deps.now };
  try {
    sendKeyed(outbox, kind, key, mail, 'throw');
    return 'sent';
  } catch (error) {
    if (!deps.actions || !isMailQuotaError(error)) throw error;
    deps.actions.put({ kind: 'receipt', key, reference, letter: kind, mail: { ...mail, to: [...mail.to], cc: [...mail.cc] }, unit, sentDetail: '', by: workbook.campaign.officeEmail, at: deps.now().getTime() });
    recordOutbox(workbook.outboxSheet, workbook.outbox, { time: deps.now(), kind, to: mail.to.join(', '), cc: '', subject: mail.email.subject, key, status: 'Hoãn' });
    return 'deferred';
  }
}

/** The `Xác nhận` letter of a submission, from what applying it recorded. */
export function submissionReceipt(campaign: Campaign, input: CheckedSubmission, applied: ApplyResult): OutgoingMail['email'] {
  return receiptEmail({
    campaign,
    unit: input.unit,
    reference: input.code,
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
  return { to, cc: [], email, senderName: campaign.office, replyTo: campaign.officeEmail };
}
