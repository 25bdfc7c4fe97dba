import { dueNotices } from '../domain/deadlines';
import { deliverNotice, officeDigest, openNoticeContext, recordSuperseded, settledKeys, unitNotice, type NoticeDeps } from './notices';

export interface DeadlineRun {
  sent: number;
  deferred: number;
  failed: number;
  stoppedEarly: boolean;
}

/** A letter and its log rows take a few seconds; stop while there is room for one more. */
const MIN_TIME_PER_NOTICE_MS = 20_000;

/**
 * The daily deadline check: every notice the schedule says is due and not yet in `Nhật ký gửi`
 * goes out once, to units that still owe something (read from `Đơn vị`, one read), then the
 * office digest. Re-running the same day sends nothing new.
 */
export function checkDeadlinesIn(deps: NoticeDeps): DeadlineRun | { errors: string[] } {
  const ctx = openNoticeContext(deps);
  if ('errors' in ctx) return ctx;
  const { campaign } = ctx;
  const due = dueNotices({
    deadline: campaign.deadline,
    start: campaign.start,
    reminders: campaign.reminders,
    today: ctx.today,
    hour: deps.localHour(deps.now(), campaign.timeZone),
    sent: settledKeys(ctx.outbox),
    units: campaign.units.map((unit) => ({ id: unit.id, missing: !(ctx.statusOf.get(unit.id)?.complete ?? false) })),
  });
  const run: DeadlineRun = { sent: 0, deferred: 0, failed: 0, stoppedEarly: false };
  for (const notice of due) {
    if (deps.timeLeft() < MIN_TIME_PER_NOTICE_MS) return { ...run, stoppedEarly: true };
    const unit = notice.unitId === null ? null : campaign.units.find((u) => u.id === notice.unitId);
    const status = unit && ctx.statusOf.get(unit.id);
    const mail = notice.kind === 'Tổng hợp' ? officeDigest(ctx) : unit && status ? unitNotice(ctx, unit, notice.kind, status) : null;
    if (!mail) continue;
    recordSuperseded(ctx, notice.superseded, mail.to.join(', '));
    const delivery = deliverNotice(ctx, notice.kind, notice.key, mail);
    run[delivery]++;
  }
  return run;
}
