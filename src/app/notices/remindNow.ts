import { noticeKey, noticeKindOn } from '../../domain/deadlines';
import type { Unit } from '../../domain/campaign';
import { recordOutbox } from '../../workbook/logs';
import type { UnitStatusRow } from '../../workbook/unitStatusCells';
import { deadlineMessages, NOTICE_NAME } from '../messages';
import { deliverNotice, openNoticeContext, settledKeys, unitNotice, type NoticeContext, type NoticeDeps } from './notices';
import { nextPollBy, type OfficeQueue } from '../office/officeActions';
import { officeActionMessages } from '../office/officeActionsMessages';

export type RemindOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * The office sends one unit its reminder now (before the deadline) or overdue notice (after).
 * It carries the key of today's notice, so a scheduled run later today does not send it again,
 * and a second click the same day is refused rather than sent twice.
 */
export function sendReminderNowIn(deps: NoticeDeps, unitId: string): RemindOutcome {
  const ctx = openNoticeContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const due = todaysNotice(ctx, unitId);
  if ('error' in due) return { ok: false, error: due.error };
  const { unit, status, kind, key } = due;
  const mail = unitNotice(ctx, unit, kind, status);
  switch (deliverNotice(ctx, kind, key, mail)) {
    case 'sent':
      return { ok: true, message: deadlineMessages.sent(kind, unit.name, mail.to, mail.cc) };
    case 'deferred':
      return { ok: false, error: deadlineMessages.deferred };
    case 'failed':
      return { ok: false, error: deadlineMessages.failed };
  }
}

/** The notice a unit would get today, or why none may go: unknown, complete, or already sent today. */
type TodaysNotice = { unit: Unit; status: UnitStatusRow; kind: 'Nhắc hạn' | 'Quá hạn'; key: string } | { error: string };

function todaysNotice(ctx: NoticeContext, unitId: string): TodaysNotice {
  const unit = ctx.campaign.units.find((u) => u.id === unitId);
  const status = unit && ctx.statusOf.get(unit.id);
  if (!unit || !status) return { error: deadlineMessages.unknownUnit(unitId) };
  if (status.complete) return { error: deadlineMessages.nothingMissing(unit.name) };
  const kind = noticeKindOn(ctx.campaign.deadline, ctx.today);
  const key = noticeKey(kind, unit.id, ctx.today);
  if (settledKeys(ctx.outbox).has(key)) return { error: deadlineMessages.alreadySentToday(kind, unit.name) };
  return { unit, status, kind, key };
}

/**
 * "Send a reminder now" asked by a clerk with their own account: the letter must go from the
 * office's account, so today's notice is logged `Chờ gửi` in `Nhật ký gửi` (under the key a
 * scheduled run would use, so it is sent once whoever gets there first) and kept for the
 * office's next poll, which writes it with what is missing then.
 */
export function queueReminderIn(deps: NoticeDeps & { queue: OfficeQueue }, unitId: string): RemindOutcome {
  const ctx = openNoticeContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const due = todaysNotice(ctx, unitId);
  if ('error' in due) return { ok: false, error: due.error };
  const { unit, status, kind, key } = due;
  const { queue } = deps;
  const mail = unitNotice(ctx, unit, kind, status);
  if (queue.store.get(key) && ctx.outbox.status.get(key) === 'Chờ gửi') {
    return { ok: true, message: officeActionMessages.reminderAlreadyQueued(NOTICE_NAME[kind], unit.name) };
  }
  queue.store.put({ kind: 'remind', key, unitId: unit.id, by: queue.clerk, at: queue.now().getTime() });
  recordOutbox(ctx.outboxSheet, ctx.outbox, { time: ctx.now(), kind, to: mail.to.join(', '), cc: mail.cc.join(', '), subject: mail.email.subject, key, status: 'Chờ gửi' });
  return { ok: true, message: officeActionMessages.queuedReminder(NOTICE_NAME[kind], unit.name, nextPollBy(queue, ctx.campaign.timeZone)) };
}
