import * as z from 'zod/mini';
import { parseStored } from '../../domain/storedJson';
import type { KeyValueStore } from '../../gas/properties';
import type { IntakeIndex } from '../../workbook/intakeIndex';
import { PARKED_STATUS } from '../../workbook/logs';
import { TRAILING_GMAIL_TAG } from '../../workbook/legacyGmailTag';

/**
 * What the office must see without opening the logs, kept by the poll in one script property
 * (the dashboard and the digest read it instead of `Nhật ký nhận`, which would be one more sheet
 * read each): how the last poll ended, and the submissions parked as `Lỗi xử lý`.
 */
export const POLL_REPORT_KEY = 'lastPoll';
/** A property value holds 9 KB and Vietnamese takes up to 3 bytes a character: the list is cut to fit. */
const MAX_ITEMS = 10;
const MAX_REASON = 200;

/** `code`: the row's `Số hiệu` (absent in a report an earlier version wrote). */
const parkedSchema = z.object({ id: z.string(), source: z.string(), unit: z.string(), row: z.number(), reason: z.string(), code: z.optional(z.string()) });
const reportSchema = z.object({
  /** When the poll ended (ms). */
  at: z.number(),
  handled: z.number(),
  /** Messages and submissions it did not reach: the next poll goes on with them. */
  left: z.number(),
  /** Why it stopped short: out of time, another execution kept the lock; null when it finished. */
  reason: z.nullable(z.enum(['time', 'lock'])),
  parkedCount: z.number(),
  parked: z.array(parkedSchema),
});

export type PollReport = z.infer<typeof reportSchema>;
export type ParkedItem = z.infer<typeof parkedSchema>;

export function readPollReport(store: KeyValueStore): PollReport | null {
  return parseStored(reportSchema, store.get(POLL_REPORT_KEY));
}

/** The reason a parked row gives, without the status's own words or the Gmail tag (people read it). */
export function parkedReason(detail: string): string {
  const text = detail
    .replace(TRAILING_GMAIL_TAG, '')
    .replace(/^Lỗi xử lý sau \d+ lần thử: /, '')
    .replace(/\. Đề nghị Văn phòng khắc phục.*$/, '');
  return text.length <= MAX_REASON ? text : `${text.slice(0, MAX_REASON - 1)}…`;
}

/** The parked rows of the log as the poll last saw them, the oldest first. */
export function parkedItems(intake: IntakeIndex, also: readonly ParkedItem[] = []): ParkedItem[] {
  const items = new Map<string, ParkedItem>();
  for (const [id, logged] of intake.byId) {
    if (logged.status === PARKED_STATUS) items.set(id, { id, source: logged.source, unit: logged.unit, row: logged.row, reason: parkedReason(logged.detail), code: logged.code });
  }
  for (const item of also) items.set(item.id, item);
  return [...items.values()].sort((a, b) => a.row - b.row);
}

/**
 * Whether a poll's report says anything the last one did not (people read only why a poll stopped
 * short, what it left and what is parked; no report reads as a poll that finished with nothing
 * parked): a poll every 10 minutes takes the lock to write it only then.
 */
export function reportChanged(last: PollReport | null, report: Pick<PollReport, 'left' | 'reason'>, parked: readonly ParkedItem[]): boolean {
  const said = (r: Pick<PollReport, 'left' | 'reason' | 'parkedCount' | 'parked'>) => JSON.stringify([r.reason, r.reason ? r.left : 0, r.parkedCount, r.parked]);
  const before = last ?? { left: 0, reason: null, parkedCount: 0, parked: [] };
  return said(before) !== said({ ...report, parkedCount: parked.length, parked: parked.slice(0, MAX_ITEMS) });
}

/** Written once at the end of a poll; unchanged, it is not written again (a poll every 10 minutes). */
export function recordPollReport(store: KeyValueStore, report: Omit<PollReport, 'parkedCount' | 'parked'>, parked: readonly ParkedItem[]): void {
  const value = JSON.stringify({ ...report, parkedCount: parked.length, parked: parked.slice(0, MAX_ITEMS) } satisfies PollReport);
  store.set(POLL_REPORT_KEY, value);
}

/**
 * A poll that found the lock busy before reading anything: it says so (the parked list as the last
 * poll left it). Written without the lock it could not have: the execution holding it is either
 * not a poll, or a poll that writes its own report when it ends, after this one.
 */
export function recordBusyPoll(store: KeyValueStore, at: number): void {
  const last = readPollReport(store);
  const report: PollReport = { at, handled: 0, left: 0, reason: 'lock', parkedCount: last?.parkedCount ?? 0, parked: last?.parked ?? [] };
  store.set(POLL_REPORT_KEY, JSON.stringify(report));
}

/** After a replay: the row is no longer parked. */
export function forgetParked(store: KeyValueStore, id: string): void {
  const report = readPollReport(store);
  if (!report || !report.parked.some((item) => item.id === id)) return;
  const parked = report.parked.filter((item) => item.id !== id);
  store.set(POLL_REPORT_KEY, JSON.stringify({ ...report, parkedCount: Math.max(0, report.parkedCount - 1), parked }));
}
