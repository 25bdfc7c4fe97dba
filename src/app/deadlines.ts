import { dueNotices, type DueNotice } from '../domain/deadlines';
import type { WithLock } from '../gas/lock';
import { lockMessages } from './messages';
import { deliverNotice, officeDigest, openNoticeContext, recordSuperseded, settledKeys, unitNotice, type NoticeContext, type NoticeDeps } from './notices';

export interface DeadlineRun {
  sent: number;
  deferred: number;
  failed: number;
  stoppedEarly: boolean;
}

export interface DeadlineDeps extends NoticeDeps {
  /** The script lock, taken for one batch of letters at a time. */
  lock: WithLock;
}

/** A letter and its log rows take a few seconds; stop while there is room for one more. */
const MIN_TIME_PER_NOTICE_MS = 20_000;
/** Letters sent per hold of the lock: a few seconds, so a form submit waiting meanwhile gets it soon. */
const NOTICES_PER_TURN = 10;

/**
 * The daily deadline check: every notice the schedule says is due and not yet in `Nhật ký gửi`
 * goes out once, to units that still owe something (read from `Đơn vị`, one read), then the
 * office digest. Re-running the same day sends nothing new. The lock is held for a batch of
 * letters at a time; when another execution wrote in between (a unit's submission, a reminder
 * sent from the sidebar), the workbook is read again and a notice now settled or owed no more is
 * skipped.
 */
export function checkDeadlinesIn(deps: DeadlineDeps): DeadlineRun | { errors: string[] } {
  const run: DeadlineRun = { sent: 0, deferred: 0, failed: 0, stoppedEarly: false };
  let ctx: NoticeContext | null = null;
  let due: DueNotice[] = [];
  let next = 0;
  do {
    const turn = deps.lock((othersWrote): 'stop' | { errors: string[] } | null => {
      if (!ctx || othersWrote) {
        const opened = openNoticeContext(deps);
        if ('errors' in opened) return opened;
        if (!ctx) due = dueOf(opened);
        ctx = opened;
      }
      for (const end = Math.min(next + NOTICES_PER_TURN, due.length); next < end; next++) {
        if (deps.timeLeft() < MIN_TIME_PER_NOTICE_MS) return 'stop';
        send(ctx, due[next], run);
      }
      return null;
    });
    // Another execution kept the lock: the run fails visibly, saying what went out.
    if (!turn.ok) return { errors: [lockMessages.deadlinesInterrupted(run.sent)] };
    if (turn.value === 'stop') return { ...run, stoppedEarly: true };
    if (turn.value) return turn.value;
  } while (next < due.length);
  return run;
}

function dueOf(ctx: NoticeContext): DueNotice[] {
  const { campaign } = ctx;
  return dueNotices({
    deadline: campaign.deadline,
    start: campaign.start,
    reminders: campaign.reminders,
    today: ctx.today,
    hour: ctx.localHour(ctx.now(), campaign.timeZone),
    sent: settledKeys(ctx.outbox),
    units: campaign.units.map((unit) => ({ id: unit.id, missing: !(ctx.statusOf.get(unit.id)?.complete ?? false) })),
  });
}

function send(ctx: NoticeContext, notice: DueNotice, run: DeadlineRun): void {
  const settled = settledKeys(ctx.outbox);
  if (settled.has(notice.key)) return;
  const unit = notice.unitId === null ? null : ctx.campaign.units.find((u) => u.id === notice.unitId);
  const status = unit && ctx.statusOf.get(unit.id);
  // A unit whose table arrived since the schedule was read owes nothing now.
  if (status?.complete) return;
  const mail = notice.kind === 'Tổng hợp' ? officeDigest(ctx) : unit && status ? unitNotice(ctx, unit, notice.kind, status) : null;
  if (!mail) return;
  recordSuperseded(ctx, notice.superseded.filter((key) => !settled.has(key)), mail.to.join(', '));
  const delivery = deliverNotice(ctx, notice.kind, notice.key, mail);
  run[delivery]++;
}
