import { digestCadres, dueNotices, type DueNotice } from '../../domain/deadlines';
import type { WithLock } from '../../gas/lock';
import { itemsPerTurn } from '../office/lockTurnSize';
import { lockMessages } from '../messages';
import { openNoticeContext, settledKeys, type NoticeContext, type NoticeDeps } from './notices';
import { sendNoticeBatch } from './noticeBatch';

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

/** Time kept back at the end of a run: the batch's last write and the run's own end. */
const FINISH_RESERVE_MS = 20_000;
/** What one letter is assumed to take before any was timed (MailApp is usually well under it). */
const FIRST_MS_PER_NOTICE = 2_000;
/** The first batch, before anything was timed: ~15 s of letters at a slow 1 s each, inside the 30 s others wait for the lock. */
const FIRST_BATCH = 15;
/** At most this many letters per batch: the `Đang gửi` rows a run killed mid-batch would leave. */
const MAX_BATCH = 50;

/**
 * The daily deadline check: every notice the schedule says is due and not yet in `Nhật ký gửi`
 * goes out once, to units that still owe something (read from `Đơn vị`, one read), then the
 * office digest and each cadre's own (their units only; `Tổng hợp` read once for the ratings). Re-running the same day sends nothing new. Letters go in batches, each under
 * one hold of the lock with one log write before and one after (noticeBatch.ts), sized so that
 * a hold lasts about 10 s; when another execution wrote in between (a unit's submission, a
 * reminder sent from the sidebar), the workbook is read again and a notice now settled or owed
 * no more is skipped.
 */
export function checkDeadlinesIn(deps: DeadlineDeps): DeadlineRun | { errors: string[] } {
  return sendNoticesInTurns(deps, dueOf);
}

/**
 * Sends the notices `plan` lists (read once, from the first context) in batches under the lock,
 * as the daily check does; "Nhắc tất cả đơn vị chưa nộp" (remindAll.ts) plans its own list.
 */
export function sendNoticesInTurns(
  deps: DeadlineDeps,
  plan: (ctx: NoticeContext) => DueNotice[],
  interrupted: (sent: number) => string = lockMessages.deadlinesInterrupted,
): DeadlineRun | { errors: string[] } {
  const run: DeadlineRun = { sent: 0, deferred: 0, failed: 0, stoppedEarly: false };
  let ctx: NoticeContext | null = null;
  let due: DueNotice[] = [];
  let next = 0;
  let batch = FIRST_BATCH;
  let msPerNotice = FIRST_MS_PER_NOTICE;
  do {
    const turn = deps.lock((othersWrote): 'stop' | { errors: string[] } | null => {
      if (!ctx || othersWrote) {
        const opened = openNoticeContext(deps);
        if ('errors' in opened) return opened;
        if (!ctx) due = plan(opened);
        ctx = opened;
      }
      if (next >= due.length) return null;
      // Twice the time letters took so far, so a slow day still ends before the limit.
      const fits = Math.floor((deps.timeLeft() - FINISH_RESERVE_MS) / (2 * msPerNotice));
      const size = Math.min(batch, fits, due.length - next);
      if (size < 1) return 'stop';
      const began = deps.now().getTime();
      sendNoticeBatch(ctx, due.slice(next, next + size), run);
      next += size;
      msPerNotice = Math.max(1, (deps.now().getTime() - began) / size);
      // Batches are sized from the letters timed so far.
      batch = itemsPerTurn(msPerNotice, MAX_BATCH);
      return null;
    });
    // Another execution kept the lock: the run fails visibly, saying what went out.
    if (!turn.ok) return { errors: [interrupted(run.sent)] };
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
    cadres: digestCadres(campaign).map((cadre) => cadre.id),
  });
}
