import { noticeKey, noticeKindOn } from '../domain/deadlines';
import { deadlineMessages } from './messages';
import { deliverNotice, openNoticeContext, settledKeys, unitNotice, type NoticeDeps } from './notices';

export type RemindOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * The office sends one unit its reminder now (before the deadline) or overdue notice (after).
 * It carries the key of today's notice, so a scheduled run later today does not send it again,
 * and a second click the same day is refused rather than sent twice.
 */
export function sendReminderNowIn(deps: NoticeDeps, unitId: string): RemindOutcome {
  const ctx = openNoticeContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const unit = ctx.campaign.units.find((u) => u.id === unitId);
  const status = unit && ctx.statusOf.get(unit.id);
  if (!unit || !status) return { ok: false, error: deadlineMessages.unknownUnit(unitId) };
  if (status.complete) return { ok: false, error: deadlineMessages.nothingMissing(unit.name) };
  const kind = noticeKindOn(ctx.campaign.deadline, ctx.today);
  const key = noticeKey(kind, unit.id, ctx.today);
  if (settledKeys(ctx.outbox).has(key)) return { ok: false, error: deadlineMessages.alreadySentToday(kind, unit.name) };
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
