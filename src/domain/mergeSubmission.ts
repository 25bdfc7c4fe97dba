import { findChapter } from './chapterNames';
import type { PeriodCode } from './periods';
import { SCALES, type RatingCode, type ScaleId } from './ratings';
import type { Registration } from './registration';
import type { ChapterRecord } from './unitStatus';

/** A chapter as a submission states it (form, email, paper): only what it names. */
export interface IncomingChapter {
  name: string;
  members: number | null;
  ratings: Partial<Record<PeriodCode, RatingCode>>;
  registration: Registration | null;
}

export interface Submission {
  chapters: IncomingChapter[];
  /** Whether the submission states a registration at all; if so it replaces the unit's previous one. */
  hasRegistration: boolean;
}

/** What was recorded for one chapter, for the receipt. */
export interface RecordedChapter {
  name: string;
  isNew: boolean;
  members: number | null;
  ratings: Partial<Record<PeriodCode, RatingCode>>;
  registration: Registration | null;
}

export interface MergeResult {
  chapters: ChapterRecord[];
  /** Index in `chapters` of each chapter the submission changed. */
  changed: number[];
  recorded: RecordedChapter[];
  /** Periods the submission rated that the campaign does not collect. */
  ignoredPeriods: PeriodCode[];
  /** Ratings from the other scale, left out: `[chapter, period, code]`. */
  wrongScale: [string, PeriodCode, RatingCode][];
}

/**
 * Applies a submission to a unit's chapters: ratings of the chapters it names override earlier
 * ones (period by period), chapters it names that the unit does not have are appended, and a
 * stated registration replaces the whole previous registration. Chapters it does not name keep
 * what they had.
 */
export function mergeSubmission(
  existing: readonly ChapterRecord[],
  submission: Submission,
  periods: readonly PeriodCode[],
  scale: ScaleId,
): MergeResult {
  const chapters: ChapterRecord[] = existing.map((c) => ({ ...c, ratings: { ...c.ratings } }));
  if (submission.hasRegistration) for (const chapter of chapters) chapter.registration = null;
  const allowed = new Set(SCALES[scale].levels.map((level) => level.code));
  const wanted = new Set(periods);
  // A new registration clears the old one: those chapters change even if the submission omits them.
  const changed = new Set<number>();
  if (submission.hasRegistration) existing.forEach((c, i) => c.registration !== null && changed.add(i));
  const recorded: RecordedChapter[] = [];
  const ignored = new Set<PeriodCode>();
  const wrongScale: [string, PeriodCode, RatingCode][] = [];

  for (const incoming of submission.chapters) {
    let index = findChapter(chapters.map((c) => c.name), incoming.name);
    const isNew = index < 0;
    if (isNew) {
      chapters.push({ name: incoming.name, members: null, ratings: Object.fromEntries(periods.map((p) => [p, null])), registration: null });
      index = chapters.length - 1;
    }
    const target = chapters[index];
    const ratings: Partial<Record<PeriodCode, RatingCode>> = {};
    for (const [period, code] of Object.entries(incoming.ratings)) {
      if (!code) continue;
      if (!wanted.has(period)) ignored.add(period);
      else if (!allowed.has(code)) wrongScale.push([target.name, period, code]);
      else {
        target.ratings[period] = code;
        ratings[period] = code;
      }
    }
    if (incoming.members !== null) target.members = incoming.members;
    if (submission.hasRegistration) target.registration = incoming.registration;
    changed.add(index);
    recorded.push({ name: target.name, isNew, members: incoming.members, ratings, registration: submission.hasRegistration ? incoming.registration : null });
  }
  return {
    chapters,
    changed: [...changed].sort((a, b) => a - b),
    recorded,
    ignoredPeriods: [...ignored].sort(),
    wrongScale,
  };
}
