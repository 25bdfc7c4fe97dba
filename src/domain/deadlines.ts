import { addDays, dayNumber, daysBetween } from './calendarDays';

/**
 * The deadline schedule: which reminders (`Nhắc hạn`), overdue notices (`Quá hạn`) and office
 * digests (`Tổng hợp`) are due on a run of the daily deadline check.
 *
 * Everything is in calendar days of the campaign's time zone. The caller (the adapter that owns
 * the clock) turns "now" into the local day and hour once; this module never touches `Date`, so
 * the schedule is the same on a laptop in any zone, in the emulator and in Apps Script.
 *
 * Exactly-once rests on keys (see `noticeKey`) written to `Nhật ký gửi`: a key in the log is
 * never due again, whatever its status (sent, deferred then sent, superseded).
 */

export { addDays, daysBetween } from './calendarDays';

export type NoticeKind = 'Nhắc hạn' | 'Quá hạn' | 'Tổng hợp';

export interface ReminderSettings {
  /** Reminders go this many calendar days before the deadline's date. */
  before: readonly number[];
  /** Overdue notices (and the office digest) go this many calendar days after it. */
  after: readonly number[];
  /** Local hour (0–23) from which a day's notices are due. */
  hour: number;
}

export interface ScheduleInput {
  /** `YYYY-MM-DD`; the deadline is the end of that day, local time. */
  deadline: string;
  /** `YYYY-MM-DD`; nothing is due before the campaign starts. */
  start: string;
  reminders: ReminderSettings;
  /** Local `YYYY-MM-DD` of this run. */
  today: string;
  /** Local hour (0–23) of this run. */
  hour: number;
  /** Keys already in `Nhật ký gửi` (sent, deferred then sent, or superseded). */
  sent: ReadonlySet<string>;
  /** Units in the order notices should go out; `missing` is what the unit still owes now. */
  units: readonly { id: string; missing: boolean }[];
  /** Cadres who get their own digest on the office's digest days (those with an email and units), in order. */
  cadres?: readonly string[];
}

export interface DueNotice {
  key: string;
  kind: NoticeKind;
  /** Null for a digest. */
  unitId: string | null;
  /** A cadre's own digest: the cadre's id; absent for the office's digest and every unit notice. */
  cadreId?: string;
  /** The scheduled day this notice stands for (in its key), not necessarily today. */
  day: string;
  /** Older keys of the same recipient that this notice replaces: log them, do not send them. */
  superseded: string[];
}

/** The id the office digest's keys use in place of a unit id. Kinds never overlap, so a unit with this id cannot collide. */
export const OFFICE_KEY_ID = 'van-phong';

const KEY_SEPARATOR = '|';
const NOTICE_KINDS: readonly NoticeKind[] = ['Nhắc hạn', 'Quá hạn', 'Tổng hợp'];

/**
 * The outbox key of one scheduled notice: `<kind>|<unit id>|<YYYY-MM-DD>`, e.g.
 * `Nhắc hạn|tam-tra|2016-09-09`, `Quá hạn|tam-tra|2016-09-13`, `Tổng hợp|van-phong|2016-09-13`.
 * The day is the scheduled day, not the day it was actually sent, so a caught-up notice keeps
 * its key and cannot go out a second time. Unit ids cannot contain `|` (the campaign schema
 * allows only a-z, 0-9 and `-`). The kind is written NFC, exactly as the `Loại` column shows it.
 */
export function noticeKey(kind: NoticeKind, unitId: string | null, day: string): string {
  const id = kind === 'Tổng hợp' ? OFFICE_KEY_ID : unitId;
  if (!id) throw new Error(`A ${kind} notice needs a unit id`);
  return [kind, id, day].join(KEY_SEPARATOR);
}

/**
 * A cadre's own digest: `Tổng hợp|<cadre id>|<YYYY-MM-DD>`, e.g. `Tổng hợp|cb-01|2016-09-13`, beside
 * the office's `Tổng hợp|van-phong|…` (a cadre whose id is the office's gets none: see dueNotices).
 */
export function cadreDigestKey(cadreId: string, day: string): string {
  return ['Tổng hợp', cadreId, day].join(KEY_SEPARATOR);
}

/** Reads a key written by `noticeKey` or `cadreDigestKey`; null for any other key (receipts, manual sends…). */
export function parseNoticeKey(key: string): { kind: NoticeKind; unitId: string | null; day: string; cadreId?: string } | null {
  const parts = key.normalize('NFC').split(KEY_SEPARATOR);
  if (parts.length !== 3) return null;
  const [kind, id, day] = parts;
  const known = NOTICE_KINDS.find((candidate) => candidate === kind);
  if (!known || !id || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  if (known !== 'Tổng hợp') return { kind: known, unitId: id, day };
  return id === OFFICE_KEY_ID ? { kind: known, unitId: null, day } : { kind: known, unitId: null, day, cadreId: id };
}

export interface ScheduledDay {
  day: string;
  kind: 'Nhắc hạn' | 'Quá hạn';
}

/** A unit's notice days, earliest first: deadline − each `before`, deadline + each `after`. */
export function unitNoticeDays(deadline: string, reminders: Pick<ReminderSettings, 'before' | 'after'>): ScheduledDay[] {
  const before = uniqueOffsets(reminders.before).map((n) => ({ day: addDays(deadline, -n), kind: 'Nhắc hạn' as const }));
  const after = uniqueOffsets(reminders.after).map((n) => ({ day: addDays(deadline, n), kind: 'Quá hạn' as const }));
  return [...before, ...after].sort((a, b) => dayNumber(a.day) - dayNumber(b.day));
}

/** The office digest's days, earliest first: the day after the deadline and each overdue day. */
export function digestDays(deadline: string, reminders: Pick<ReminderSettings, 'after'>): string[] {
  return uniqueOffsets([1, ...reminders.after]).map((n) => addDays(deadline, n));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function uniqueOffsets(offsets: readonly number[]): number[] {
  // Offsets are whole days ≥ 1 (the schema says so); sorting makes the order of the config irrelevant.
  return [...new Set(offsets)].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
}

/**
 * Notices due on this run, in a stable order: each missing unit's notice in unit order, then
 * the office digest, then each cadre's digest (the office's days, each cadre keyed apart).
 *
 * A scheduled day is reached once its hour has come (`day < today`, or `day === today` and
 * `hour >= reminders.hour`) and it is not before the campaign start. For each recipient only the
 * most recent reached day is sent; older reached days not yet in the log are returned in
 * `superseded`, so a trigger that missed several days sends one notice, not a burst, and the
 * log still accounts for every scheduled day.
 *
 * A reminder day that was missed until after the deadline is stale ("còn N ngày" would be
 * false): it is never sent, only superseded by the unit's next overdue notice.
 */
export function dueNotices(input: ScheduleInput): DueNotice[] {
  const { deadline, reminders, today, sent } = input;
  const reached = (day: string) =>
    dayNumber(day) >= dayNumber(input.start) &&
    (dayNumber(day) < dayNumber(today) || (day === today && input.hour >= reminders.hour));
  const deadlinePassed = dayNumber(today) > dayNumber(deadline);
  const notices: DueNotice[] = [];

  const unitDays = unitNoticeDays(deadline, reminders).filter((d) => reached(d.day));
  for (const unit of input.units) {
    if (!unit.missing) continue;
    const sendable = unitDays.filter((d) => d.kind === 'Quá hạn' || !deadlinePassed);
    const latest = sendable[sendable.length - 1];
    if (!latest) continue;
    const key = noticeKey(latest.kind, unit.id, latest.day);
    if (sent.has(key)) continue;
    const superseded = unitDays
      .filter((d) => dayNumber(d.day) < dayNumber(latest.day))
      .map((d) => noticeKey(d.kind, unit.id, d.day))
      .filter((older) => !sent.has(older));
    notices.push({ key, kind: latest.kind, unitId: unit.id, day: latest.day, superseded });
  }

  const officeDays = digestDays(deadline, reminders).filter(reached);
  const latestDigest = officeDays[officeDays.length - 1];
  if (latestDigest) {
    // A cadre whose id is the office's key id would share the office's keys: left out rather than collide.
    const recipients: { keyOf: (day: string) => string; cadreId?: string }[] = [
      { keyOf: (day) => noticeKey('Tổng hợp', null, day) },
      ...unique(input.cadres ?? []).filter((id) => id !== OFFICE_KEY_ID).map((id) => ({ keyOf: (day: string) => cadreDigestKey(id, day), cadreId: id })),
    ];
    for (const { keyOf, cadreId } of recipients) {
      const key = keyOf(latestDigest);
      if (sent.has(key)) continue;
      const superseded = officeDays
        .slice(0, -1)
        .map(keyOf)
        .filter((older) => !sent.has(older));
      notices.push({ key, kind: 'Tổng hợp', unitId: null, ...(cadreId ? { cadreId } : {}), day: latestDigest, superseded });
    }
  }
  return notices;
}

/**
 * The cadres who get their own digest: those with an email who stand for at least one unit, in
 * the order of `Cán bộ` (a cadre with no unit or no address gets none).
 */
export function digestCadres<C extends { id: string; email: string }>(campaign: { units: readonly { cadre: string }[]; cadres: readonly C[] }): C[] {
  const standing = new Set(campaign.units.map((unit) => unit.cadre));
  return campaign.cadres.filter((cadre) => cadre.email.trim() !== '' && standing.has(cadre.id));
}

/** Calendar days from `day` to the deadline: 3 on 09/09 for a 12/09 deadline, 0 on the deadline, negative after it. */
export function daysLeft(deadline: string, day: string): number {
  return daysBetween(day, deadline);
}

/** Calendar days `day` is past the deadline: 1 on 13/09 for a 12/09 deadline, 0 on or before it. */
export function daysOverdue(deadline: string, day: string): number {
  return Math.max(0, daysBetween(deadline, day));
}

/**
 * Which letter a unit that still owes something gets on `day` (for a reminder sent by hand from
 * the sidebar): a reminder up to and including the deadline's day, an overdue notice after it.
 */
export function noticeKindOn(deadline: string, day: string): 'Nhắc hạn' | 'Quá hạn' {
  return daysBetween(deadline, day) > 0 ? 'Quá hạn' : 'Nhắc hạn';
}
