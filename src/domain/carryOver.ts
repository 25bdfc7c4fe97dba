import type { IncomingChapter } from './mergeSubmission';
import type { PeriodCode } from './periods';
import type { RatingCode } from './ratings';
import { matchKey } from './text';

/** An earlier unit as an earlier workbook gives it (intake/earlierWorkbook.ts has the same shape). */
export interface EarlierUnitRatings {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly chapters: readonly { name: string; ratings: Readonly<Partial<Record<PeriodCode, RatingCode>>>; updated: string | null }[] | null;
}

/** The chapters one earlier unit brings into the new unit, for the periods both collect. */
export interface CarriedPart {
  /** The earlier unit's name: the source the new unit's tab shows. */
  readonly from: string;
  readonly chapters: IncomingChapter[];
  /** The newest `Cập nhật` among the chapters carried (`dd/MM/yyyy[ HH:mm[:ss]]`), or null. */
  readonly updated: string | null;
}

export interface CarriedUnit {
  readonly unitId: string;
  readonly parts: CarriedPart[];
}

export type CarryWarning =
  | { kind: 'notFound'; unit: string; earlier: string }
  | { kind: 'noTab'; unit: string; earlier: string }
  | { kind: 'noCommonPeriod'; unit: string; earlier: string };

export interface CarryOver {
  readonly units: CarriedUnit[];
  readonly warnings: CarryWarning[];
}

/**
 * For each unit naming `formerly` units: those units found in the earlier workbook (by id, else
 * name, else short name, accent- and case-folded), and their chapters' ratings for the periods the
 * campaign collects. Chapters keep their names (the merge finds one the tab already has);
 * registrations and member counts are not carried: they belong to the new campaign.
 */
export function carryOver(
  units: readonly { id: string; name: string; formerly?: readonly string[] }[],
  periods: readonly PeriodCode[],
  earlier: readonly EarlierUnitRatings[],
): CarryOver {
  const warnings: CarryWarning[] = [];
  const carried: CarriedUnit[] = [];
  const wanted = new Set(periods);
  for (const unit of units) {
    if (!unit.formerly?.length) continue;
    const parts: CarriedPart[] = [];
    for (const named of unit.formerly) {
      const found = findEarlier(earlier, named);
      if (!found) {
        warnings.push({ kind: 'notFound', unit: unit.name, earlier: named });
        continue;
      }
      if (!found.chapters) {
        warnings.push({ kind: 'noTab', unit: unit.name, earlier: found.name });
        continue;
      }
      const chapters = found.chapters.flatMap((chapter): (IncomingChapter & { updated: string | null })[] => {
        const ratings = Object.fromEntries(Object.entries(chapter.ratings).filter(([code, rating]) => wanted.has(code) && rating)) as Partial<Record<PeriodCode, RatingCode>>;
        return Object.keys(ratings).length ? [{ name: chapter.name, members: null, ratings, registration: null, updated: chapter.updated }] : [];
      });
      if (chapters.length === 0) {
        warnings.push({ kind: 'noCommonPeriod', unit: unit.name, earlier: found.name });
        continue;
      }
      const times = chapters.map((c) => c.updated).filter((t): t is string => t !== null);
      parts.push({
        from: found.name,
        chapters: chapters.map(({ updated: _, ...chapter }) => chapter),
        updated: times.length ? times.reduce((a, b) => (sortableTime(b) > sortableTime(a) ? b : a)) : null,
      });
    }
    if (parts.length) carried.push({ unitId: unit.id, parts });
  }
  return { units: carried, warnings };
}

function findEarlier(earlier: readonly EarlierUnitRatings[], named: string): EarlierUnitRatings | null {
  const key = matchKey(named);
  for (const field of ['id', 'name', 'short'] as const) {
    const found = earlier.find((unit) => matchKey(unit[field]) === key);
    if (found) return found;
  }
  return null;
}

const LOCAL_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `dd/MM/yyyy HH:mm:ss` → `yyyyMMddHHmmss`, so times compare as text; '' when unreadable. */
function sortableTime(text: string): string {
  const m = LOCAL_TIME.exec(text.trim());
  if (!m) return '';
  const pad = (v: string | undefined) => (v ?? '0').padStart(2, '0');
  return `${m[3]}${pad(m[2])}${pad(m[1])}${pad(m[4])}${pad(m[5])}${pad(m[6])}`;
}

/**
 * A workbook's local time (`dd/MM/yyyy[ HH:mm[:ss]]`, in the campaign's zone at `offsetMinutes`
 * from UTC; Asia/Ho_Chi_Minh is +07:00 all year) as an instant, or null.
 */
export function localTimeToInstant(text: string, offsetMinutes: number): Date | null {
  const m = LOCAL_TIME.exec(text.trim());
  if (!m) return null;
  const [day, month, year, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const at = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60000;
  return Number.isFinite(at) ? new Date(at) : null;
}

/** A short stable id of a file's bytes (53-bit string hash, in base 36): importing it again finds its log rows. */
export function contentId(bytes: ArrayLike<number>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 2654435761);
    h2 = Math.imul(h2 ^ bytes[i], 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
