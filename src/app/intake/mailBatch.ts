import { writeAppliedUnits } from '../../workbook/applySubmission';
import type { Row } from '../../workbook/cells';
import { appendIntakeRows, loggedGmailId } from '../../workbook/intakeCodes';
import { keepGmailTag } from '../../workbook/legacyGmailTag';
import { finishIntakeRows, intakeRow, recordOutboxBatch, FINAL_INTAKE_STATUSES, PARKED_STATUS, type IntakeEntry, type IntakeStatus } from '../../workbook/logs';
import { act, mailReport, sendPlanned, type Deferred, type MailboxMessage, type PollContext } from './mailbox';
import { failedTry } from './intakeFailures';
import { parkedReason, type ParkedItem } from './pollReport';
import { triageMessage } from './mailTriage';
import { archiveMessages, mailboxMessages } from '../messages';
import { actOnInvitation, invitationIn } from '../visits/mailInvitation';
import { keepReceivedFiles } from './archiveAttachments';
import { actOnVisitReport, visitReportIn } from '../visits/mailReport';

/** A message of the batch and what the log says of it before the batch. */
type Planned =
  | { message: MailboxMessage; kind: 'handled' }
  /** `again`: logged by an earlier try, which may have kept some of its files already. */
  | { message: MailboxMessage; kind: 'open'; row: number; again: boolean };

/**
 * A batch of messages under one hold of the lock, with the log written as few times as it can:
 * first every new message as `Đang xử lý` (and every other copy of one already handled as
 * `Trùng`) in one write; then each is triaged, applied to its unit's tab and answered; then
 * `Đơn vị`, `Tổng hợp`, the outbox and the log rows' outcome are written once each for the
 * batch; the poll labels the threads after (mailThreads.ts). A run that dies half-way leaves the
 * rows `Đang xử lý` and the threads unlabelled: the next poll finds them again and redoes only
 * what did not happen (applying is idempotent, the thread is checked for the reply, the outbox
 * for its key).
 * The messages' ids are distinct (the caller cuts a batch before a repeated one).
 */
export function handleBatch(ctx: PollContext, messages: readonly MailboxMessage[]): ParkedItem[] {
  const planned: Planned[] = [];
  const newRows: Row[] = [];
  const newOpen: { index: number; offset: number; code: string }[] = [];
  for (const message of messages) {
    const logged = ctx.intake.byId.get(message.messageId);
    if (logged && FINAL_INTAKE_STATUSES.includes(logged.status)) {
      const loggedId = loggedGmailId(ctx.intakeSheet, ctx.intake, logged);
      if (loggedId !== '' && loggedId !== message.gmailId) {
        // Another copy of a message already logged: recorded (under its own code), never applied twice.
        // One that cannot be told apart is taken for the same message: a copy is never applied either way.
        newRows.push(intakeRow({ ...logEntry(ctx, message, ''), status: 'Trùng', detail: mailboxMessages.duplicate(logged.row, logged.code, message) }));
      }
      planned.push({ message, kind: 'handled' });
    } else if (logged) {
      planned.push({ message, kind: 'open', row: logged.row, again: true });
    } else {
      const entry = logEntry(ctx, message, rawContent(message));
      newOpen.push({ index: planned.length, offset: newRows.length, code: entry.code });
      newRows.push(intakeRow(entry));
      planned.push({ message, kind: 'open', row: 0, again: false });
    }
  }
  const first = appendIntakeRows(ctx.intakeSheet, ctx.intake, newRows);
  for (const { index, offset, code } of newOpen) {
    const entry = planned[index];
    if (entry.kind !== 'open') continue;
    entry.row = first + offset;
    const { message } = entry;
    ctx.intake.byId.set(message.messageId, { row: entry.row, source: 'Email', sender: message.from, status: 'Đang xử lý', unit: '', detail: '', code, gmailId: message.gmailId });
  }

  const deferred: Deferred = { applied: [], outbox: [], today: ctx.localDay(ctx.now(), ctx.campaign.timeZone), sends: [] };
  const finished: { row: number; unit: string; status: IntakeStatus; detail: string; message: MailboxMessage }[] = [];
  for (const entry of planned) {
    if (entry.kind !== 'open') continue;
    const { message } = entry;
    // Each message on its own: one that fails is counted on its row and the batch goes on.
    try {
      if (message.failure !== undefined) throw message.failure;
      // The files first, into Lưu VT under the submission's code: kept whatever the message turns out to be.
      const kept = keepReceivedFiles(ctx.archive, archiveMessages.folder(ctx.campaign.office), message, ctx.intake.byId.get(message.messageId)?.code ?? '', entry.again);
      const report = message.report ?? mailReport(message, ctx.legacy);
      // A cadre's report of a visit (app/visits/mailReport.ts), or a unit's invitation to its cadre (mailInvitation.ts), rather than a classification.
      const visitReport = report.ok ? null : visitReportIn(ctx, message);
      const invitation = visitReport ? null : invitationIn(message, report);
      const outcome = visitReport
        ? actOnVisitReport(ctx, message, visitReport, deferred)
        : invitation
        ? actOnInvitation(ctx, message, invitation, deferred)
        : act(ctx, message, triageMessage(ctx.campaign.units, { from: message.from, authenticationResults: message.authenticationResults, report }), ctx.outboxSheet, deferred);
      const detail = kept ? `${outcome.detail} ${kept}` : outcome.detail;
      finished.push({ row: entry.row, unit: outcome.unit, status: outcome.status, detail: keepGmailTag(ctx.intake.byId.get(message.messageId)?.detail ?? '', detail), message });
    } catch (error) {
      const failed = failedTry(ctx.intake.byId.get(message.messageId)?.detail ?? '', error);
      finished.push({ row: entry.row, unit: '', status: failed.status, detail: failed.detail, message });
    }
  }
  // The answers last, once every message of the batch is applied: their guard rows in one write.
  const answered = sendPlanned(ctx, deferred);
  for (const [index, done] of finished.entries()) {
    const outcome = answered.get(done.message.messageId);
    if (!outcome) continue;
    if ('deferredNote' in outcome) finished[index] = { ...done, detail: `${done.detail} ${outcome.deferredNote}` };
    else finished[index] = { ...done, unit: '', ...failedTry(ctx.intake.byId.get(done.message.messageId)?.detail ?? '', outcome.error) };
  }
  writeAppliedUnits(ctx.sheets, ctx.campaign, deferred.applied, ctx.unitsValues);
  recordOutboxBatch(ctx.outboxSheet, ctx.outbox, deferred.outbox);
  finishIntakeRows(ctx.intakeSheet, finished);
  for (const done of finished) {
    const before = ctx.intake.byId.get(done.message.messageId);
    ctx.intake.byId.set(done.message.messageId, { row: done.row, source: 'Email', sender: done.message.from, status: done.status, unit: done.unit, detail: done.detail, code: before?.code ?? '', gmailId: done.message.gmailId });
  }
  return finished.filter((done) => done.status === PARKED_STATUS).map((done) => parkedOf(ctx, done.message, done.row, done.unit, done.detail));
}

function parkedOf(ctx: PollContext, message: MailboxMessage, row: number, unit: string, detail: string): ParkedItem {
  return { id: message.messageId, source: 'Email', unit, row, reason: parkedReason(detail), code: ctx.intake.byId.get(message.messageId)?.code ?? '' };
}

/**
 * A batch whose shared writes failed (`Đơn vị`, the outbox, the log) is redone a message at a
 * time; when one message alone still fails, its row records the failed try here, in one write.
 */
export function recordBatchFailure(ctx: PollContext, message: MailboxMessage, error: unknown): ParkedItem[] {
  const logged = ctx.intake.byId.get(message.messageId);
  if (!logged || FINAL_INTAKE_STATUSES.includes(logged.status)) throw error;
  const failed = failedTry(logged.detail, error);
  finishIntakeRows(ctx.intakeSheet, [{ row: logged.row, unit: logged.unit, status: failed.status, detail: failed.detail }]);
  ctx.intake.byId.set(message.messageId, { ...logged, status: failed.status, detail: failed.detail });
  if (failed.status !== PARKED_STATUS) return [];
  // The poll labels the thread from the log (mailThreads.ts): a parked message's thread is `Cần xem`.
  return [parkedOf(ctx, message, logged.row, logged.unit, failed.detail)];
}

/**
 * `Thời gian` is when the message reached the office, as its tab, `Đơn vị` and its receipt say
 * (not when the poll read it); its code is taken now, in the order the rows are appended.
 */
function logEntry(ctx: PollContext, message: MailboxMessage, raw: string): IntakeEntry {
  return { time: message.date, source: 'Email', sender: message.from, id: message.messageId, unit: '', status: 'Đang xử lý', detail: '', raw, code: ctx.intake.codes.next(message.date), gmailId: message.gmailId };
}

/** The plain body with the attachments' names and sizes; the message itself stays in Gmail. */
function rawContent(message: MailboxMessage): string {
  let contents: ReturnType<MailboxMessage['contents']>;
  try {
    contents = message.contents();
  } catch {
    // Not fetched (the try is counted as failed): logged with what the listing read, the message stays in Gmail.
    return mailboxMessages.raw(message.subject, message.link, '', '');
  }
  const files = contents.attachments.map((a) => `${a.name} (${a.size} byte)`).join(', ');
  return mailboxMessages.raw(message.subject, message.link, files, contents.plainBody);
}
