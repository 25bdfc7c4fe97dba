import { parseNoticeKey, type DueNotice } from '../../domain/deadlines';
import { finishIntakeRow, recordOutbox, recordOutboxBatch, RETRIED_OUTBOX_STATUSES, type OutboxEntry } from '../../workbook/logs';
import { answerOnce, type PollDeps, type SentAnswer } from '../intake/mailbox';
import { reviewMessages } from '../messages';
import { openNoticeContext, sendKeyed, settledKeys, type NoticeDeps } from '../notices/notices';
import { sendNoticeBatch } from '../notices/noticeBatch';
import { openIntakeWorkbook, type IntakeWorkbook } from '../intake/intakeWorkbook';
import type { OfficeAction, OfficeActionStore } from './officeActions';
import { recordReviewNotDone, resolveReviewIn } from '../intake/review';
import { recordReplayNotDone, replayIn } from '../intake/replay';

export interface OfficeRunDeps {
  store: OfficeActionStore;
  /** The office's mailbox, for decisions on messages under review. */
  poll: PollDeps;
  /** The office's mail, for receipts and reminders. */
  notices: NoticeDeps;
}

export interface OfficeRunOutcome {
  done: number;
  waiting: number;
  /** Why an action could not be carried out this time (it stays for the next run). */
  errors: string[];
}

/** Each action reads the workbook afresh (a few seconds at most); stop well before the run's limit. */
const MIN_TIME_PER_ACTION_MS = 30_000;

/**
 * Run by the office account (the trigger owner) at the start of its mailbox poll: what clerks and
 * cadres asked for in the sidebar, oldest first. Every step is keyed (the review's log row, the
 * letter's outbox key), so an action interrupted at any call is finished by the next run and
 * nothing is done twice; an action is removed from the store only after it is done. One that
 * fails waits for the next run without holding up the others.
 */
export function carryOutOfficeActionsIn(deps: OfficeRunDeps): OfficeRunOutcome {
  const outcome: OfficeRunOutcome = { done: 0, waiting: 0, errors: [] };
  const actions = deps.store.all();
  const reminders = actions.filter((action): action is ReminderAction => action.kind === 'remind');
  for (const action of actions) {
    if (action.kind === 'remind') continue;
    if (deps.notices.timeLeft() < MIN_TIME_PER_ACTION_MS) {
      outcome.waiting++;
      continue;
    }
    try {
      if (carryOut(deps, action)) {
        deps.store.remove(action.key);
        outcome.done++;
      } else {
        outcome.waiting++;
      }
    } catch (error) {
      outcome.waiting++;
      outcome.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (reminders.length === 0) return outcome;
  if (deps.notices.timeLeft() < MIN_TIME_PER_ACTION_MS) outcome.waiting += reminders.length;
  else carryOutReminders(deps, reminders, outcome);
  return outcome;
}

type ReminderAction = Extract<OfficeAction, { kind: 'remind' }>;

/** True once nothing is left to do for the action. */
function carryOut(deps: OfficeRunDeps, action: Exclude<OfficeAction, ReminderAction>): boolean {
  switch (action.kind) {
    case 'review':
      return carryOutReview(deps, action);
    case 'receipt':
      return carryOutReceipt(deps, action);
    case 'replay':
      return carryOutReplay(deps, action);
  }
}

function carryOutReview(deps: OfficeRunDeps, action: Extract<OfficeAction, { kind: 'review' }>): boolean {
  const outcome = resolveReviewIn(deps.poll, action.messageId, action.decision);
  if (outcome.ok) return true;
  // No longer waiting: the office decided it itself meanwhile (or an earlier run did this one).
  if (outcome.error === reviewMessages.notWaiting) return true;
  const unitId = 'unitId' in action.decision ? action.decision.unitId : '';
  const cannotBeDone = [reviewMessages.messageGone, reviewMessages.unknownUnit(unitId)];
  if (!cannotBeDone.includes(outcome.error)) throw new Error(outcome.error);
  recordReviewNotDone(deps.poll.ss, action.messageId, action.decision, outcome.error);
  return true;
}

function carryOutReceipt(deps: OfficeRunDeps, action: Extract<OfficeAction, { kind: 'receipt' }>): boolean {
  const workbook = openIntakeWorkbook(deps.notices.ss);
  if ('errors' in workbook) throw new Error(workbook.errors.join('\n'));
  const logged = workbook.outbox.status.get(action.key);
  const kind = action.letter ?? 'Xác nhận';
  if (!logged || RETRIED_OUTBOX_STATUSES.includes(logged)) {
    const recipients = action.mail.to.length + action.mail.cc.length;
    // Over today's quota: still `Chờ gửi` (or `Hoãn`), sent by a later run.
    if (deps.notices.mail.remainingRecipients() < recipients) return false;
    const outbox = { outboxSheet: workbook.outboxSheet, outbox: workbook.outbox, mail: deps.notices.mail, now: deps.notices.now };
    if (action.gmailId) answerDeferred(deps, workbook, action, action.gmailId, kind);
    else sendKeyed(outbox, kind, action.key, action.mail, 'throw');
  }
  const row = workbook.intake.byId.get(action.reference);
  if (row && action.sentDetail && (row.status === 'Đã ghi' || row.status === 'Lỗi') && row.detail !== action.sentDetail) {
    finishIntakeRow(workbook.intakeSheet, row.row, action.unit, row.status, action.sentDetail);
  }
  return true;
}

/**
 * An email's answer deferred past the mail quota, sent now as it would have gone: as a reply
 * (the thread checked first for one under the old subject), or as a new message to the registered
 * address, guarded by its `Đang gửi` row as answer() does; then `Đã gửi` with what was sent.
 */
function answerDeferred(deps: OfficeRunDeps, workbook: IntakeWorkbook, action: Extract<OfficeAction, { kind: 'receipt' }>, gmailId: string, kind: 'Xác nhận' | 'Báo lỗi'): void {
  const mailbox = deps.poll.mailboxFor(workbook.campaign);
  const { to, email } = action.mail;
  const entryOf = (sent: SentAnswer, status: OutboxEntry['status']): OutboxEntry => ({ time: deps.notices.now(), kind, to: sent.to, cc: '', subject: sent.subject, key: action.key, status });
  const inThread = action.sendTo ? null : mailbox.find(action.reference);
  // Without its thread (gone from Gmail, or never the way): a new message to the address it was meant for.
  const letter = { key: action.key, kind, reference: action.reference, code: workbook.intake.byId.get(action.reference)?.code ?? '', gmailId, status: workbook.outbox.status.get(action.key) };
  const sent = answerOnce(mailbox, workbook.outboxSheet, workbook.outbox, entryOf, letter, inThread ? { thread: inThread } : { to: action.sendTo ?? to.join(', ') }, email);
  recordOutbox(workbook.outboxSheet, workbook.outbox, entryOf(sent, 'Đã gửi'));
}

/** Done either way: what it could not do is said in the row, and the office can ask again. */
function carryOutReplay(deps: OfficeRunDeps, action: Extract<OfficeAction, { kind: 'replay' }>): boolean {
  const outcome = replayIn(deps.poll, action.id);
  if (!outcome.ok) recordReplayNotDone(deps.poll.ss, action.id, outcome.error);
  return true;
}

/**
 * Every queued reminder in one batch (one clerk's "Nhắc tất cả" queues one per late unit): the
 * workbook read once, the letters sent as the daily check sends them (noticeBatch.ts: two log
 * writes, within the quota, `Hoãn` past it). A reminder is done once its key is settled, or when
 * the unit sent everything (or left the campaign) before this run (`Bỏ qua`); the others wait.
 */
function carryOutReminders(deps: OfficeRunDeps, reminders: readonly ReminderAction[], outcome: OfficeRunOutcome): void {
  const ctx = openNoticeContext(deps.notices);
  if ('errors' in ctx) {
    outcome.waiting += reminders.length;
    outcome.errors.push(ctx.errors.join('\n'));
    return;
  }
  const settledBefore = settledKeys(ctx.outbox);
  const done: string[] = [];
  const skipped: OutboxEntry[] = [];
  const due: DueNotice[] = [];
  for (const action of reminders) {
    const notice = parseNoticeKey(action.key);
    // Sent already (a scheduled run got there first), replaced by a later notice, or not a unit's notice.
    if (!notice || notice.kind === 'Tổng hợp' || settledBefore.has(action.key)) {
      done.push(action.key);
      continue;
    }
    const unit = ctx.campaign.units.find((u) => u.id === action.unitId);
    const status = unit && ctx.statusOf.get(unit.id);
    if (!unit || !status || status.complete) {
      skipped.push({ time: ctx.now(), kind: notice.kind, to: unit?.emails.join(', ') ?? '', cc: '', subject: '', key: action.key, status: 'Bỏ qua' });
      done.push(action.key);
      continue;
    }
    due.push({ key: action.key, kind: notice.kind, unitId: unit.id, day: notice.day, superseded: [] });
  }
  try {
    recordOutboxBatch(ctx.outboxSheet, ctx.outbox, skipped);
    sendNoticeBatch(ctx, due, { sent: 0, deferred: 0, failed: 0 });
  } catch (error) {
    // A log write failed: the index in memory may say more than the sheet holds. Every reminder
    // waits; the next run reads the log again, and what it shows as sent is not sent twice.
    outcome.waiting += reminders.length;
    outcome.errors.push(error instanceof Error ? error.message : String(error));
    return;
  }
  const settled = settledKeys(ctx.outbox);
  for (const notice of due) if (settled.has(notice.key)) done.push(notice.key);
  for (const key of done) deps.store.remove(key);
  outcome.done += done.length;
  outcome.waiting += reminders.length - done.length;
}
