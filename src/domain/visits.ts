import { addDays, daysBetween, isIsoDay } from './calendarDays';
import { findChapter } from './chapterNames';
import { matchKey } from './text';

/** `Trạng thái` of a visit row (DESIGN.md). */
export type VisitStatus = 'Dự kiến' | 'Đã mời' | 'Đã dự' | 'Không dự' | 'Đã báo cáo' | 'Hủy';
/** `Dự kiến`: a pilot chapter's visit planned for its month (pilots.ts), before the unit's invitation. */
export const VISIT_STATUSES: readonly VisitStatus[] = ['Dự kiến', 'Đã mời', 'Đã dự', 'Không dự', 'Đã báo cáo', 'Hủy'];

/** How an invitation reached the office, as `Nguồn` says; `Kế hoạch` for a pilot's planned row. */
export type VisitSource = 'Email' | 'Thủ công' | 'Form' | 'Kế hoạch';

/** One row of `Đi cơ sở`: what people read, then the code's bookkeeping (hidden columns). */
export interface Visit {
  /** `Mã`: a short id people can quote, `DCS-160915-01` (the meeting's day, then a number). */
  id: string;
  unitName: string;
  chapter: string;
  agenda: string;
  /** The meeting's start, an instant. */
  start: Date;
  place: string;
  cadreName: string;
  source: VisitSource;
  status: VisitStatus;
  result: string;
  goodPractice: string;
  difficulties: string;
  handling: string;
  /** Unit id, chapter and local day: one row per key. */
  key: string;
  /** Bumped by each change the cadre must hear of: `Mời dự|<id>|<version>`. */
  version: number;
  /** The Calendar event of the meeting ('' before it is made). */
  eventId: string;
  /** The version the calendar and the `Mời dự` letter last reflected (0: none yet). */
  syncedVersion: number;
  /** When the message this version comes from reached the office: an older one never overwrites it. */
  receivedAt: number;
  /** The unit's own words, passed to the cadre. */
  words: string;
  /** How many `Nhắc báo cáo` went (0, 1, or 2: the second with the office in copy). */
  reportChased: number;
  /** The email of the cadre whose report the row holds ('' before one). */
  reporter: string;
  /** The proposal status (`Xử lý`) the cadre was last told of ('' none). */
  proposalTold: string;
}

/** Default length of a meeting in the calendar. */
export const MEETING_HOURS = 2;

export function visitKey(unitId: string, chapter: string, day: string): string {
  return `${unitId}|${matchKey(chapter)}|${day}`;
}

/** The local day of a key. */
export function keyDay(key: string): string {
  return key.slice(key.lastIndexOf('|') + 1);
}

/** `DCS-160915-01`: the next number among the ids of that day. */
export function nextVisitId(existing: readonly string[], day: string): string {
  const stem = `DCS-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-`;
  const taken = existing.filter((id) => id.startsWith(stem)).map((id) => Number(id.slice(stem.length)) || 0);
  return `${stem}${String(Math.max(0, ...taken) + 1).padStart(2, '0')}`;
}

/** An invitation as read (email, the office's form), before it is checked against the unit. */
export interface InvitationFields {
  /** The chapter as written ("Chi đoàn thôn Xuân Thọ"), or null. */
  chapter: string | null;
  /** The meeting's day; `year` null when the text gives none ("15/9"). Not checked for existence. */
  date: { year: number | null; month: number; day: number } | null;
  /** The meeting's time as written; not checked (25 giờ is kept for the unit to be told). */
  time: { hour: number; minute: number } | null;
  place: string | null;
  agenda: string | null;
  /** The unit postpones or cancels the meeting ("hoãn", "hủy"). */
  cancelled: boolean;
}

export type VisitProblem =
  | { code: 'noDate' }
  | { code: 'badDate'; text: string }
  | { code: 'noTime' }
  | { code: 'badTime'; text: string }
  | { code: 'past'; day: string; clock: string }
  | { code: 'noChapter'; chapters: readonly string[] }
  | { code: 'unknownChapter'; chapter: string; chapters: readonly string[] }
  | { code: 'nothingToCancel'; chapter: string | null; day: string | null };

export interface InvitationContext {
  unit: { id: string; name: string };
  /** The unit's chapters, as its tab lists them. */
  chapters: readonly string[];
  cadreName: string;
  /** Local `YYYY-MM-DD` the invitation arrived, and now (an instant). */
  today: string;
  now: number;
  received: number;
  source: VisitSource;
  words: string;
  /** The instant of a local day and `HH:mm` in the campaign's time zone. */
  instant: (day: string, clock: string) => Date;
}

export type InvitationPlan =
  | { kind: 'reject'; problem: VisitProblem }
  /** `index`: the row changed, or -1 for a new one. */
  | { kind: 'write'; index: number; visit: Visit; change: 'new' | 'changed' | 'cancelled' }
  /** Nothing new (the same invitation again, or an older one than the row's). */
  | { kind: 'unchanged'; index: number; visit: Visit };

const pad = (n: number) => String(n).padStart(2, '0');

/** The invitation's row among `visits`: a new one, a change of the same chapter's meeting that day, or its cancellation. */
export function planInvitation(visits: readonly Visit[], fields: InvitationFields, ctx: InvitationContext): InvitationPlan {
  const chapter = chapterOf(fields.chapter, ctx.chapters);
  if (fields.cancelled) return planCancellation(visits, fields, ctx, chapter);
  if ('problem' in chapter) return { kind: 'reject', problem: chapter.problem };
  const when = whenOf(fields, ctx);
  if ('problem' in when) return { kind: 'reject', problem: when.problem };
  const key = visitKey(ctx.unit.id, chapter.name, when.day);
  const same = visits.findIndex((v) => v.key === key);
  // A pilot's planned row of that month is the meeting's row: the unit's invitation fills it. Its
  // `Mã` becomes the meeting day's, as every visit's: no one was given the planned one (a `Dự kiến`
  // row has no event and no letter), and the cadre's letters and report quote the day's.
  const planned = same < 0 ? plannedRowOf(visits, ctx.unit.id, chapter.name, when.day) : -1;
  if (planned >= 0) {
    const visit = { ...adopted(visits[planned], fields, ctx, key, when.start), id: nextVisitId(visits.map((v) => v.id), when.day) };
    return { kind: 'write', index: planned, visit, change: 'new' };
  }
  const index = same;
  const old = index >= 0 ? visits[index] : null;
  const fresh: Visit = {
    id: old?.id ?? nextVisitId(visits.map((v) => v.id), when.day),
    unitName: ctx.unit.name,
    chapter: chapter.name,
    agenda: fields.agenda ?? old?.agenda ?? '',
    start: when.start,
    place: fields.place ?? old?.place ?? '',
    cadreName: ctx.cadreName,
    source: ctx.source,
    status: 'Đã mời',
    result: old?.result ?? '',
    goodPractice: old?.goodPractice ?? '',
    difficulties: old?.difficulties ?? '',
    handling: old?.handling ?? '',
    key,
    version: old?.version ?? 1,
    eventId: old?.eventId ?? '',
    syncedVersion: old?.syncedVersion ?? 0,
    receivedAt: ctx.received,
    words: ctx.words,
    reportChased: old?.reportChased ?? 0,
    reporter: old?.reporter ?? '',
    proposalTold: old?.proposalTold ?? '',
  };
  if (!old) return { kind: 'write', index: -1, visit: fresh, change: 'new' };
  if (old.receivedAt > ctx.received) return { kind: 'unchanged', index, visit: old };
  // The office may have marked it `Đã dự` since: the same invitation again leaves it so.
  const unchanged = old.status !== 'Hủy' && old.start.getTime() === fresh.start.getTime() && old.place === fresh.place && old.agenda === fresh.agenda;
  if (unchanged) return { kind: 'unchanged', index, visit: old };
  return { kind: 'write', index, visit: { ...fresh, version: old.version + 1 }, change: 'changed' };
}

/** A planned row adopted by the unit's invitation: what the unit wrote, a first version for the cadre to hear of. */
function adopted(planned: Visit, fields: InvitationFields, ctx: InvitationContext, key: string, start: Date): Visit {
  return {
    ...planned,
    agenda: fields.agenda ?? planned.agenda,
    start,
    place: fields.place ?? '',
    cadreName: ctx.cadreName || planned.cadreName,
    source: ctx.source,
    status: 'Đã mời',
    key,
    version: 1,
    eventId: '',
    syncedVersion: 0,
    receivedAt: ctx.received,
    words: ctx.words,
  };
}

/**
 * The planned row (`Dự kiến`) of this unit's chapter in the month of `day`; -1 when none. The
 * chapter as units write it ("Chi đoàn thôn Xuân Thọ" is the pilot "Chi đoàn Xuân Thọ").
 */
export function plannedRowOf(visits: readonly Visit[], unitId: string, chapter: string, day: string): number {
  const month = day.slice(0, 7);
  return visits.findIndex(
    (v) => v.status === 'Dự kiến' && v.key.startsWith(`${unitId}|`) && keyDay(v.key).slice(0, 7) === month && findChapter([v.chapter], chapter) === 0,
  );
}

function planCancellation(visits: readonly Visit[], fields: InvitationFields, ctx: InvitationContext, chapter: { name: string } | { problem: VisitProblem }): InvitationPlan {
  const day = fields.date ? dayOf(fields.date, ctx.today) : null;
  const named = 'name' in chapter ? matchKey(chapter.name) : null;
  const open = visits
    .map((visit, index) => ({ visit, index }))
    .filter(({ visit }) => visit.key.startsWith(`${ctx.unit.id}|`) && visit.status === 'Đã mời' && visit.start.getTime() > ctx.now)
    .filter(({ visit }) => (named === null || matchKey(visit.chapter) === named) && (day === null || keyDay(visit.key) === day));
  if (open.length !== 1) {
    const older = visits.findIndex((v) => v.key.startsWith(`${ctx.unit.id}|`) && v.status === 'Hủy' && (named === null || matchKey(v.chapter) === named) && (day === null || keyDay(v.key) === day));
    if (older >= 0) return { kind: 'unchanged', index: older, visit: visits[older] };
    return { kind: 'reject', problem: { code: 'nothingToCancel', chapter: 'name' in chapter ? chapter.name : fields.chapter, day } };
  }
  const { visit, index } = open[0];
  if (visit.receivedAt > ctx.received) return { kind: 'unchanged', index, visit };
  return { kind: 'write', index, visit: { ...visit, status: 'Hủy', version: visit.version + 1, receivedAt: ctx.received, words: ctx.words }, change: 'cancelled' };
}

function chapterOf(written: string | null, chapters: readonly string[]): { name: string } | { problem: VisitProblem } {
  if (written === null) return chapters.length === 1 ? { name: chapters[0] } : { problem: { code: 'noChapter', chapters } };
  const index = findChapter(chapters, written);
  return index >= 0 ? { name: chapters[index] } : { problem: { code: 'unknownChapter', chapter: written, chapters } };
}

/** A day without a year is this year's, or next year's when it would be over two months gone ("15/1" written in December). */
function dayOf(date: NonNullable<InvitationFields['date']>, today: string): string | null {
  const thisYear = Number(today.slice(0, 4));
  const make = (year: number) => `${year}-${pad(date.month)}-${pad(date.day)}`;
  if (date.year !== null) return isIsoDay(make(date.year)) ? make(date.year) : null;
  const day = make(thisYear);
  if (!isIsoDay(day)) return isIsoDay(make(thisYear + 1)) ? make(thisYear + 1) : null;
  return daysBetween(day, today) > 60 ? make(thisYear + 1) : day;
}

function whenOf(fields: InvitationFields, ctx: InvitationContext): { day: string; start: Date } | { problem: VisitProblem } {
  if (!fields.date) return { problem: { code: 'noDate' } };
  const day = dayOf(fields.date, ctx.today);
  const dateText = `${pad(fields.date.day)}/${pad(fields.date.month)}${fields.date.year === null ? '' : `/${fields.date.year}`}`;
  if (day === null) return { problem: { code: 'badDate', text: dateText } };
  if (!fields.time) return { problem: { code: 'noTime' } };
  const { hour, minute } = fields.time;
  const clock = `${pad(hour)}:${pad(minute)}`;
  if (hour > 23 || minute > 59) return { problem: { code: 'badTime', text: `${hour} giờ ${pad(minute)}` } };
  const start = ctx.instant(day, clock);
  if (start.getTime() <= ctx.now) return { problem: { code: 'past', day, clock } };
  return { day, start };
}

/** The end of a meeting in the calendar. */
export function meetingEnd(start: Date): Date {
  return new Date(start.getTime() + MEETING_HOURS * 3600_000);
}

/** The day before the meeting, when `Nhắc dự` goes (from this hour, local). */
export const REMIND_HOUR = 17;

/** Whether `Nhắc dự` is due now: the visit is still on, it is the eve of its day and the hour has come. */
export function remindDue(visit: Pick<Visit, 'status' | 'key'>, today: string, hour: number): boolean {
  return visit.status === 'Đã mời' && addDays(today, 1) === keyDay(visit.key) && hour >= REMIND_HOUR;
}
