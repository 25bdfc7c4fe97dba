import { checkFormAnswers } from '../../domain/formAnswers';
import { checkPaperEntry, paperAnswers, paperEntryReference, type PaperEntry } from '../../domain/paperEntry';
import { missingItems } from '../../domain/unitStatus';
import type { MailPort } from '../../gas/mail';
import { missingSummary } from '../../ui/email/missing';
import { isoToVi } from '../../workbook/dates';
import { appendIntakeRows } from '../../workbook/intakeCodes';
import { finishIntakeRow, intakeRow, recordOutbox } from '../../workbook/logs';
import type { ApplyResult } from '../../workbook/applySubmission';
import type { ChapterBookPort } from './chapterDecisions';
import { applyAndConfirm, officeLetter, receiptKey, submissionReceipt, type CheckedSubmission } from './confirmSubmission';
import { nextPollBy, type OfficeActionStore, type OfficeQueue } from '../office/officeActions';
import { officeActionMessages } from '../office/officeActionsMessages';
import { settledKeys } from '../notices/notices';
import { openIntakeWorkbook, unitFormLink, type IntakeWorkbook } from './intakeWorkbook';
import { formMessages, paperMessages, type PaperReceipt } from '../messages';
import { sidebarMessages } from '../sidebar/sidebarMessages';

export interface PaperIntakeDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  now: () => Date;
  localDay: (date: Date, timeZone: string) => string;
  /** `HH:mm` of an instant in a time zone. */
  localClock: (date: Date, timeZone: string) => string;
  /** Reported chapters that look like one of the unit's wait there for the office (chapterDecisions.ts). */
  chapterBook: ChapterBookPort;
  /** The office member typing it in (the log's `Người gửi`). */
  clerk: string;
  /**
   * Set when the clerk is not the office account: the receipt, which must go from the office's
   * mailbox, is then kept for the office's next poll instead of sent (the entry is recorded now).
   */
  receiptQueue?: OfficeQueue;
  /** Where a receipt over the day's mail quota waits for a later poll (confirmSubmission.ts); without it such a receipt is not sent. */
  actions?: OfficeActionStore;
}

/** `problems` are for the clerk to fix in the sidebar: nothing was written. */
export type PaperOutcome = { ok: true; message: string; notes: string[] } | { ok: false; problems: string[] };

/**
 * A paper submission the office types in: its ratings checked by the form's rules first, every
 * point in one answer (an invalid entry writes nothing and the clerk fixes it on the spot), its
 * registration taken as stated like an email's (a unit that phones in one rating is recorded, what
 * it leaves out stays as it was and the notes say what is still missing), then logged with the whole entry as
 * `Nội dung gốc`, applied whole, and confirmed to the unit if the clerk asks. The entry id the
 * page chose makes a repeated click or a retry after a lost answer record it once. `recordedAt`:
 * when the clerk first recorded it, for an entry the poll finishes.
 */
export function recordPaperEntryIn(deps: PaperIntakeDeps, unitId: string, entry: PaperEntry, recordedAt?: Date): PaperOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, problems: workbook.errors };
  const { campaign, intakeSheet, intake } = workbook;
  const unit = campaign.units.find((u) => u.id === unitId);
  if (!unit) return { ok: false, problems: [sidebarMessages.unknownUnit(unitId)] };
  const reference = paperEntryReference(entry);
  const logged = intake.byId.get(reference);
  if (logged && logged.status !== 'Đang xử lý') return { ok: true, message: paperMessages.alreadyRecorded(logged.row, logged.code), notes: [] };

  const now = deps.now();
  // The entry's time for newer-wins is when the clerk recorded it, also when the poll finishes it later.
  const at = recordedAt ?? now;
  const today = deps.localDay(now, campaign.timeZone);
  const listed = entry.chapters.filter((c) => !c.isNew).map((c) => c.name);
  const problems = checkPaperEntry(entry, today, listed).map(paperMessages.problem);
  const check = checkFormAnswers(paperAnswers(entry, unit.name), campaign, { chapters: listed }, formMessages.memberLineUnread, 'asStated');
  if (!check.ok) problems.push(...check.problems.map(formMessages.problem));
  if (problems.length || !check.ok) return { ok: false, problems };

  const code = logged?.code ?? intake.codes.next(now);
  const row =
    logged?.row ??
    appendIntakeRows(intakeSheet, intake, [
      intakeRow({
        time: now,
        source: 'Thủ công',
        sender: deps.clerk,
        id: reference,
        unit: unit.name,
        status: 'Đang xử lý',
        detail: '',
        raw: JSON.stringify({ unit: unit.id, clerk: deps.clerk, recordedAt: at.toISOString(), ...entry }),
        code,
      }),
    ]);
  const alreadySent = settledKeys(workbook.outbox).has(receiptKey(reference));
  const receipt = receiptFor(entry, unit.emails, deps.mail, alreadySent, deps.receiptQueue !== undefined, deps.actions !== undefined);
  const submission: CheckedSubmission = {
    unit,
    check,
    channel: 'Thủ công',
    reference,
    code,
    at,
    receivedDay: entry.receivedOn,
    today,
    formLink: unitFormLink(workbook, unit.id),
    to: receipt === 'sent' ? unit.emails : [],
    clock: deps,
  };
  const applied = applyAndConfirm(workbook, deps, submission);
  const recorded = applied.merge.recorded.length;
  const received = isoToVi(entry.receivedOn);
  const sentText = paperMessages.receipt.sent(unit.emails);
  let receiptText = receipt === 'queued' ? sentText : applied.receiptDeferred ? paperMessages.receipt.deferred() : paperMessages.receipt[receipt](unit.emails);
  if (receipt === 'queued' && deps.receiptQueue) {
    const queue = deps.receiptQueue;
    const sentDetail = paperMessages.logDetail(received, entry.note, recorded, sentText);
    queueReceipt(workbook, queue, submission, applied, sentDetail);
    receiptText = officeActionMessages.queuedReceipt(unit.emails, nextPollBy(queue, campaign.timeZone));
  }
  finishIntakeRow(intakeSheet, row, unit.name, 'Đã ghi', paperMessages.logDetail(received, entry.note, recorded, receiptText));
  const progress = applied.progress;
  const notes = [
    progress.complete ? paperMessages.unitComplete : paperMessages.unitStillMissing(missingSummary(campaign, missingItems(progress))),
    ...(progress.registration.notLowest.length ? [paperMessages.notLowest(progress.registration.notLowest)] : []),
    ...check.warnings,
  ];
  return { ok: true, message: paperMessages.recorded(unit.name, recorded, received, receiptText), notes };
}

/**
 * The receipt goes only if asked for, to an address the unit has, within today's mail quota (a
 * resumed entry may have sent it already); a clerk's is left to the office account, whose quota it uses.
 */
function receiptFor(entry: PaperEntry, emails: readonly string[], mail: MailPort, alreadySent: boolean, byOffice: boolean, canDefer: boolean): PaperReceipt | 'queued' {
  if (!entry.notify) return 'notAsked';
  if (alreadySent) return 'sent';
  if (emails.length === 0) return 'noAddress';
  if (byOffice) return 'queued';
  // Over the quota it is tried all the same where it can wait (`Hoãn`) for a later poll.
  return !canDefer && mail.remainingRecipients() < emails.length ? 'overQuota' : 'sent';
}

/**
 * The receipt written now, from what this entry recorded (applying it again later could undo a
 * newer submission), kept for the office's poll, and shown as `Chờ gửi` in `Nhật ký gửi`.
 */
function queueReceipt(workbook: IntakeWorkbook, queue: OfficeQueue, input: CheckedSubmission, applied: ApplyResult, sentDetail: string): void {
  const email = submissionReceipt(workbook.campaign, input, applied);
  const mail = officeLetter(workbook.campaign, input.unit.emails, email);
  const key = receiptKey(input.reference);
  queue.store.put({
    kind: 'receipt',
    key,
    reference: input.reference,
    mail: { ...mail, to: [...mail.to], cc: [...mail.cc] },
    unit: input.unit.name,
    sentDetail,
    by: queue.clerk,
    at: queue.now().getTime(),
  });
  recordOutbox(workbook.outboxSheet, workbook.outbox, { time: queue.now(), kind: 'Xác nhận', to: mail.to.join(', '), cc: '', subject: email.subject, key, status: 'Chờ gửi' });
}
