import type { Campaign, Unit } from '../domain/campaign';
import type { FormCheck } from '../domain/formAnswers';
import type { MailPort, OutgoingMail } from '../gas/mail';
import { receiptEmail, type SubmissionChannel } from '../ui/email';
import { applySubmission, type ApplyResult } from '../workbook/applySubmission';
import type { IntakeWorkbook } from './intakeWorkbook';
import { sendKeyed } from './notices';
import { isMailQuotaError } from '../gas/errors';
import { recordOutbox } from '../workbook/logs';
import type { OfficeActionStore } from './officeActions';

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
}

export interface ConfirmDeps {
  mail: MailPort;
  now: () => Date;
  /** Where a receipt over the day's mail quota waits for a later poll; without it such a receipt fails the submission. */
  actions?: OfficeActionStore;
}

/**
 * A submission that passed the form's rules, written into its unit (tab, status row, summary)
 * and confirmed once: the receipt's outbox key carries the reference, so a retry never sends two.
 * Over the day's mail quota the receipt waits as `Hoãn` (`receiptDeferred`) and the submission
 * stands recorded.
 */
export function applyAndConfirm(workbook: IntakeWorkbook, deps: ConfirmDeps, input: CheckedSubmission): ApplyResult & { receiptDeferred: boolean } {
  const { campaign, sheets } = workbook;
  const applied = applySubmission(sheets, campaign, input.unit, input.check.submission, { kind: input.channel, id: input.reference, at: input.at }, workbook.unitsValues);
  if (input.to.length === 0) return { ...applied, receiptDeferred: false };
  const email = submissionReceipt(campaign, input, applied);
  const outbox = { outboxSheet: workbook.outboxSheet, outbox: workbook.outbox, mail: deps.mail, now: deps.now };
  const key = receiptKey(input.reference);
  const letter = officeLetter(campaign, input.to, email);
  try {
    sendKeyed(outbox, 'Xác nhận', key, letter, 'throw');
  } catch (error) {
    if (!deps.actions || !isMailQuotaError(error)) throw error;
    // The letter as written now (applying again later could undo newer data), sent by a later poll.
    deps.actions.put({ kind: 'receipt', key, reference: input.reference, mail: { ...letter, to: [...letter.to], cc: [...letter.cc] }, unit: input.unit.name, sentDetail: '', by: campaign.officeEmail, at: deps.now().getTime() });
    recordOutbox(workbook.outboxSheet, workbook.outbox, { time: deps.now(), kind: 'Xác nhận', to: letter.to.join(', '), cc: '', subject: email.subject, key, status: 'Hoãn' });
    return { ...applied, receiptDeferred: true };
  }
  return { ...applied, receiptDeferred: false };
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
