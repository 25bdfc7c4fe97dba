import { isCadreLogId } from '../../form/cadreForm';
import { isPermissionError } from '../../gas/errors';
import type { LoggedSubmission } from '../../workbook/intakeIndex';
import { finishIntakeRow, type IntakeStatus } from '../../workbook/logs';
import { splitGmailTag, keepGmailTag } from '../../workbook/legacyGmailTag';
import { failureReason } from './intakeFailures';
import { forgetParked } from './pollReport';
import { openMailContext, resumeDepsOf, type PollContext, type PollDeps } from './mailbox';
import { handleBatch, recordBatchFailure } from './mailBatch';
import { replayMessages, reviewMessages } from '../messages';
import { nextPollBy, type OfficeQueue } from '../office/officeActions';
import { openIntakeWorkbook } from './intakeWorkbook';
import { resumeIntakeRows } from './resumeIntake';

export type ReplayOutcome = { ok: true; status: string; message: string } | { ok: false; error: string };

export const replayActionKey = (id: string): string => `Xử lý lại|${id}`;

/** A copy of a submission already logged is only a note: the submission itself is its first row. */
const NOT_REPLAYED: readonly IntakeStatus[] = ['Trùng'];

/**
 * The office processes a logged submission again (one parked as `Lỗi xử lý`, one waiting for
 * review after a unit's emails were fixed, any earlier one): from zero tries, through the same
 * path a new one takes, so it is idempotent (applying is, and each letter's outbox key and the
 * thread are checked before it goes: a replay sends a letter only when none went before). The
 * row goes back to `Đang xử lý` first: a run that dies meanwhile leaves it for the next poll.
 * Runs as the office account: an email is re-read from the office's mailbox by its Message-ID, a
 * form response from the form, a paper entry from `Nội dung gốc`.
 */
export function replayIn(deps: PollDeps, id: string): ReplayOutcome {
  const ctx = openMailContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const logged = ctx.intake.byId.get(id);
  if (!logged || NOT_REPLAYED.includes(logged.status)) return { ok: false, error: replayMessages.notReplayable };
  try {
    return logged.source === 'Email' ? replayEmail(ctx, id, logged) : replayEntry(ctx, id, logged);
  } catch (error) {
    if (isPermissionError(error)) throw error;
    return { ok: false, error: replayMessages.failed(failureReason(error)) };
  }
}

function replayEmail(ctx: PollContext, id: string, logged: LoggedSubmission): ReplayOutcome {
  const message = ctx.mailbox.find(id);
  if (!message) return { ok: false, error: reviewMessages.messageGone };
  const fresh = { ...logged, status: 'Đang xử lý' as const, detail: keepGmailTag(logged.detail, '') };
  finishIntakeRow(ctx.intakeSheet, logged.row, logged.unit, fresh.status, fresh.detail);
  ctx.intake.byId.set(id, fresh);
  try {
    handleBatch(ctx, [message]);
  } catch (error) {
    if (isPermissionError(error)) throw error;
    // A shared write failed: counted on the row as the poll counts it (read again, it may be half-written).
    const again = openMailContext(ctx);
    if ('errors' in again) throw error;
    recordBatchFailure(again, message, error);
    return { ok: false, error: replayMessages.failed(failureReason(error)) };
  }
  const done = ctx.intake.byId.get(id) ?? fresh;
  // Out of the office's "to review" label once it no longer waits for the office.
  if (done.status !== 'Chờ xem xét' && done.status !== 'Lỗi xử lý' && done.status !== 'Đang xử lý') ctx.mailbox.resolve(message.gmailId);
  return outcomeOf(ctx, id, done);
}

/** A form response or a paper entry, through the poll's resume path (resumeIntake.ts). */
function replayEntry(ctx: PollContext, id: string, logged: LoggedSubmission): ReplayOutcome {
  const source = logged.source;
  // A cadre's report by their form is not a unit's submission: the review's own action records it (cadreFormIntake.ts).
  if ((source !== 'Form' && source !== 'Thủ công') || isCadreLogId(id)) throw new Error(replayMessages.notReplayable);
  finishIntakeRow(ctx.intakeSheet, logged.row, logged.unit, 'Đang xử lý', '');
  resumeIntakeRows([{ id, source, row: logged.row, unit: logged.unit, detail: '', code: logged.code }], ctx.intakeSheet, resumeDepsOf(ctx));
  const after = openIntakeWorkbook(ctx.ss);
  if ('errors' in after) return { ok: false, error: after.errors.join('\n') };
  const done = after.intake.byId.get(id);
  return done ? outcomeOf(ctx, id, done) : { ok: false, error: replayMessages.notReplayable };
}

function outcomeOf(ctx: PollContext, id: string, done: LoggedSubmission): ReplayOutcome {
  if (done.status !== 'Lỗi xử lý') forgetParked(ctx.reconcile.store, id);
  return { ok: true, status: done.status, message: replayMessages.done(done.status, splitGmailTag(done.detail).text.trim()) };
}

/**
 * A clerk's request to process a submission again, made with their own account: an email is in
 * the office's mailbox and its letters go from there, so the request waits for the office's next
 * poll (officeActionsRun.ts), keyed once by the submission; the log row says so meanwhile.
 */
export function queueReplayIn(deps: { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; queue: OfficeQueue }, id: string): ReplayOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, error: workbook.errors.join('\n') };
  const { campaign, intake, intakeSheet } = workbook;
  const logged = intake.byId.get(id);
  if (!logged || NOT_REPLAYED.includes(logged.status)) return { ok: false, error: replayMessages.notReplayable };
  const { queue } = deps;
  const key = replayActionKey(id);
  const by = nextPollBy(queue, campaign.timeZone);
  if (queue.store.get(key)) return { ok: true, status: logged.status, message: replayMessages.alreadyQueued(by) };
  queue.store.put({ kind: 'replay', key, id, by: queue.clerk, at: queue.now().getTime() });
  const note = replayMessages.logNote(queue.clerk, queue.format(queue.now(), campaign.timeZone, 'HH:mm dd/MM/yyyy'));
  // Before a legacy row's Gmail tag, which stays last (the poll finds the message by it).
  const { text, tag } = splitGmailTag(logged.detail);
  finishIntakeRow(intakeSheet, logged.row, logged.unit, logged.status, [text.trim(), note, tag].filter(Boolean).join(' '));
  return { ok: true, status: logged.status, message: replayMessages.queued(by) };
}

/**
 * A clerk's request the office's run could not carry out (the message left the mailbox, the
 * service failed): said in the row instead of the request's note, so the office can ask again.
 */
export function recordReplayNotDone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string, reason: string): void {
  const workbook = openIntakeWorkbook(ss);
  if ('errors' in workbook) throw new Error(workbook.errors.join('\n'));
  const logged = workbook.intake.byId.get(id);
  if (!logged) return;
  const { text, tag } = splitGmailTag(logged.detail);
  const start = text.indexOf(replayMessages.logNoteStart);
  const before = (start >= 0 ? text.slice(0, start) : text).trim();
  finishIntakeRow(workbook.intakeSheet, logged.row, logged.unit, logged.status, [before, replayMessages.notDone(reason), tag].filter(Boolean).join(' '));
}
