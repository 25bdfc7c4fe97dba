import { noticeKey, noticeKindOn, parseNoticeKey, type DueNotice } from '../../domain/deadlines';
import { cellDate, cellText } from '../../workbook/cells';
import { OUTBOX_LOG_HEADERS } from '../../workbook/layout';
import { recordOutboxBatch, type OutboxEntry } from '../../workbook/logs';
import { sendNoticesInTurns, type DeadlineDeps } from './deadlines';
import { openNoticeContext, settledKeys, unitNotice, type NoticeContext, type NoticeDeps } from './notices';
import { nextPollBy, type OfficeAction, type OfficeQueue } from '../office/officeActions';
import type { RemindOutcome } from './remindNow';
import { remindAllMessages } from './remindAllMessages';

/** Every unit still owing something, and today's notice of those not sent one today (sheet order). */
interface LatePlan {
  kind: 'Nhắc hạn' | 'Quá hạn';
  late: number;
  due: DueNotice[];
}

/**
 * Today's `Nhắc hạn` (before the deadline) or `Quá hạn` (after) for each late unit, under the key
 * the daily check would use for today: a unit reminded today, by the schedule or a click, is not
 * reminded again, and the schedule later today does not send what a click sent.
 */
function latePlan(ctx: NoticeContext): LatePlan {
  const kind = noticeKindOn(ctx.campaign.deadline, ctx.today);
  const settled = settledKeys(ctx.outbox);
  const reminded = remindedToday(ctx);
  const late = ctx.campaign.units.filter((unit) => ctx.statusOf.get(unit.id)?.complete === false);
  const due = late
    .map((unit): DueNotice => ({ key: noticeKey(kind, unit.id, ctx.today), kind, unitId: unit.id, day: ctx.today, superseded: [] }))
    .filter((notice) => !settled.has(notice.key) && !reminded.has(notice.unitId ?? ''));
  return { kind, late: late.length, due };
}

const TIME = OUTBOX_LOG_HEADERS.indexOf('Thời gian');
const KEY = OUTBOX_LOG_HEADERS.indexOf('Khóa');
const STATUS = OUTBOX_LOG_HEADERS.indexOf('Trạng thái');

/**
 * Units a reminder or overdue notice went to today under another day's key (the daily check
 * catching up a day its trigger missed): they are not sent a second letter today.
 */
function remindedToday(ctx: NoticeContext): Set<string> {
  const units = new Set<string>();
  for (const row of ctx.outbox.values.slice(1)) {
    const notice = parseNoticeKey(cellText(row[KEY]));
    const time = cellDate(row[TIME]);
    if (!notice?.unitId || notice.kind === 'Tổng hợp' || !time || !SENT.includes(cellText(row[STATUS]))) continue;
    if (ctx.localDay(time, ctx.campaign.timeZone) === ctx.today) units.add(notice.unitId);
  }
  return units;
}

/** A letter that went, or may have gone (a run that died mid-send): never sent twice. */
const SENT = ['Đã gửi', 'Đang gửi'];

/**
 * "Nhắc tất cả đơn vị chưa nộp" by the office account: the letters go as the daily check sends
 * them (noticeBatch.ts: batches under the lock, two log writes a batch, within the day's mail
 * quota and `Hoãn` past it).
 */
export function remindAllLateIn(deps: DeadlineDeps): RemindOutcome {
  let plan: LatePlan | null = null;
  const run = sendNoticesInTurns(
    deps,
    (ctx) => {
      plan = latePlan(ctx);
      return plan.due;
    },
    remindAllMessages.interrupted,
  );
  if ('errors' in run) return { ok: false, error: run.errors.join('\n') };
  const planned = plan as LatePlan | null;
  if (!planned || planned.late === 0) return { ok: false, error: remindAllMessages.noneLate };
  if (planned.due.length === 0) return { ok: false, error: remindAllMessages.allAlready(planned.kind, planned.late) };
  // A letter the batch skipped (the unit's table arrived meanwhile) is neither sent nor left.
  const left = run.stoppedEarly ? planned.due.length - run.sent - run.deferred - run.failed : 0;
  return {
    ok: true,
    message: remindAllMessages.sent(planned.kind, { sent: run.sent, already: planned.late - planned.due.length, deferred: run.deferred, failed: run.failed, left: Math.max(0, left) }),
  };
}

/**
 * The same asked by a clerk with their own account: each letter is logged `Chờ gửi` under its
 * key and queued for the office's next poll (as "Gửi nhắc hạn ngay" queues one), in one write
 * to the log and one to the store.
 */
export function queueAllRemindersIn(deps: NoticeDeps & { queue: OfficeQueue }): RemindOutcome {
  const ctx = openNoticeContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const plan = latePlan(ctx);
  if (plan.late === 0) return { ok: false, error: remindAllMessages.noneLate };
  if (plan.due.length === 0) return { ok: false, error: remindAllMessages.allAlready(plan.kind, plan.late) };
  const { queue } = deps;
  const pending = new Set(queue.store.all().map((action) => action.key));
  const fresh = plan.due.filter((notice) => !(pending.has(notice.key) && ctx.outbox.status.get(notice.key) === 'Chờ gửi'));
  const at = queue.now().getTime();
  const actions: OfficeAction[] = [];
  const entries: OutboxEntry[] = [];
  for (const notice of fresh) {
    const unit = ctx.campaign.units.find((u) => u.id === notice.unitId)!;
    const mail = unitNotice(ctx, unit, plan.kind, ctx.statusOf.get(unit.id)!);
    actions.push({ kind: 'remind', key: notice.key, unitId: unit.id, by: queue.clerk, at });
    entries.push({ time: ctx.now(), kind: plan.kind, to: mail.to.join(', '), cc: mail.cc.join(', '), subject: mail.email.subject, key: notice.key, status: 'Chờ gửi' });
  }
  queue.store.putAll(actions);
  recordOutboxBatch(ctx.outboxSheet, ctx.outbox, entries);
  const counts = { queued: fresh.length, already: plan.late - plan.due.length, waiting: plan.due.length - fresh.length };
  return { ok: true, message: remindAllMessages.queued(plan.kind, counts, nextPollBy(queue, ctx.campaign.timeZone)) };
}
