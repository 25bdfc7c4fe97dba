import { matchChapter } from './chapterMatch';
import { findChapter } from './chapterNames';
import type { PeriodCode } from './periods';
import { emptyProvenance, newestStamp, sameStamp, supersedes, type ChapterProvenance, type Stamp } from './provenance';
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
  /** Whether the submission states a registration at all; if so it replaces the unit's previous one (when newer). */
  hasRegistration: boolean;
  /**
   * The registration stated is part of one recorded before (a held chapter the office maps or adds
   * later): it is set on the chapters named without clearing the others, when no newer one is recorded.
   */
  registrationPart?: boolean;
}

/** How the unit's chapters are told apart from a reported name (chapterDecisions.ts keeps what the office decided). */
export interface ChapterResolution {
  /** The chapter the office said a reported name is (`Ghép vào`), or null. */
  aliasOf(name: string): string | null;
  /** Whether a reported name that resembles a chapter is added anyway (`Thêm Chi đoàn mới`). */
  acceptsNew(name: string): boolean;
}

/** A reported chapter that resembles one of the unit's: not applied, kept for the office. */
export interface HeldChapter {
  reported: IncomingChapter;
  /** The unit's chapter it looks like. */
  suggestion: string;
}

/** A chapter of the unit with when and from where each of its values was received. */
export interface KnownChapter extends ChapterRecord {
  /** Absent: nothing recorded about it (a chapter setup listed). */
  provenance?: ChapterProvenance;
}

/** Which values of a chapter the submission set: the only cells written. */
export interface Touched {
  members: boolean;
  ratings: PeriodCode[];
  registration: boolean;
  /**
   * The submission replaced the unit's registration and this chapter has none before or after:
   * its cell is part of that one value, so it is written (empty) with the chapter's other cells,
   * without counting as a change of its own.
   */
  restatesRegistration?: boolean;
}

export interface MergedChapter extends ChapterRecord {
  provenance: ChapterProvenance;
  touched: Touched;
}

/** What was recorded for one chapter, for the receipt. */
export interface RecordedChapter {
  name: string;
  isNew: boolean;
  members: number | null;
  ratings: Partial<Record<PeriodCode, RatingCode>>;
  registration: Registration | null;
}

export type KeptField = { kind: 'members' } | { kind: 'rating'; period: PeriodCode } | { kind: 'registration' };

/**
 * A value the submission stated but did not change, because what is recorded came later (or at
 * the same time from another submission). `chapter` is null for the unit's registration, which
 * is one value for the whole unit.
 */
export interface KeptValue {
  chapter: string | null;
  field: KeptField;
  /** The value that stays (null: empty). */
  current: number | RatingCode | null;
  recorded: Stamp;
  /** Recorded at the same instant as this submission (another submission): not "newer", but it stays. */
  sameTime: boolean;
}

export interface MergeResult {
  chapters: MergedChapter[];
  /** Index in `chapters` of each chapter the submission changed. */
  changed: number[];
  recorded: RecordedChapter[];
  kept: KeptValue[];
  /** Reported chapters that look like one of the unit's: they wait for the office. */
  held: HeldChapter[];
  /** Periods the submission rated that the campaign does not collect. */
  ignoredPeriods: PeriodCode[];
  /** Ratings from the other scale, left out: `[chapter, period, code]`. */
  wrongScale: [string, PeriodCode, RatingCode][];
}

const untouched = (): Touched => ({ members: false, ratings: [], registration: false });

/**
 * Applies a submission to a unit's chapters, value by value: a value changes only where the
 * submission (`stamp`) is newer than what is recorded, or is the very submission that recorded it
 * (a retry changes nothing more). Chapters it names that the unit does not have are appended. A
 * stated registration is one value for the unit: it replaces the unit's whole previous
 * registration when the submission is newer than the latest registration recorded. Chapters it
 * does not name keep what they had. What it could not change is listed in `kept`, with why.
 */
export function mergeSubmission(
  existing: readonly KnownChapter[],
  submission: Submission,
  periods: readonly PeriodCode[],
  scale: ScaleId,
  stamp: Stamp,
  resolution: ChapterResolution | null = null,
): MergeResult {
  const chapters: MergedChapter[] = existing.map((c) => ({
    ...c,
    ratings: { ...c.ratings },
    provenance: copyProvenance(c.provenance),
    touched: untouched(),
  }));
  const allowed = new Set(SCALES[scale].levels.map((level) => level.code));
  const wanted = new Set(periods);
  const kept: KeptValue[] = [];
  const registrationStamp = newestStamp(chapters.map((c) => c.provenance.registration));
  const statesRegistration = submission.hasRegistration || submission.registrationPart === true;
  const takesRegistration = statesRegistration && supersedes(stamp, registrationStamp);
  if (statesRegistration && !takesRegistration && registrationStamp) {
    kept.push({ chapter: null, field: { kind: 'registration' }, current: null, recorded: registrationStamp, sameTime: registrationStamp.at === stamp.at });
  }
  const stated = new Map<MergedChapter, Registration>();
  const recorded: RecordedChapter[] = [];
  const ignored = new Set<PeriodCode>();
  const wrongScale: [string, PeriodCode, RatingCode][] = [];

  const held: HeldChapter[] = [];
  for (const incoming of submission.chapters) {
    const names = chapters.map((c) => c.name);
    let index = locate(names, incoming.name, resolution);
    if (index === 'held') {
      const like = matchChapter(names, incoming.name);
      held.push({ reported: incoming, suggestion: like.kind === 'resembles' ? names[like.index] : '' });
      continue;
    }
    const isNew = index < 0;
    if (isNew) {
      chapters.push({ name: incoming.name, members: null, ratings: Object.fromEntries(periods.map((p) => [p, null])), registration: null, provenance: emptyProvenance(), touched: untouched() });
      index = chapters.length - 1;
    }
    const target = chapters[index];
    const keptBefore = kept.length;
    const entry: RecordedChapter = { name: target.name, isNew, members: null, ratings: {}, registration: null };
    for (const [period, code] of Object.entries(incoming.ratings)) {
      if (!code) continue;
      if (!wanted.has(period)) ignored.add(period);
      else if (!allowed.has(code)) wrongScale.push([target.name, period, code]);
      else if (supersedes(stamp, target.provenance.ratings[period])) {
        if (target.ratings[period] !== code || !sameStamp(target.provenance.ratings[period], stamp)) target.touched.ratings.push(period);
        target.ratings[period] = code;
        target.provenance.ratings[period] = stamp;
        entry.ratings[period] = code;
      } else {
        const recordedStamp = target.provenance.ratings[period] as Stamp;
        kept.push({ chapter: target.name, field: { kind: 'rating', period }, current: target.ratings[period] ?? null, recorded: recordedStamp, sameTime: recordedStamp.at === stamp.at });
      }
    }
    if (incoming.members !== null) {
      if (supersedes(stamp, target.provenance.members)) {
        if (target.members !== incoming.members || !sameStamp(target.provenance.members, stamp)) target.touched.members = true;
        target.members = incoming.members;
        target.provenance.members = stamp;
        entry.members = incoming.members;
      } else {
        const recordedStamp = target.provenance.members as Stamp;
        kept.push({ chapter: target.name, field: { kind: 'members' }, current: target.members, recorded: recordedStamp, sameTime: recordedStamp.at === stamp.at });
      }
    }
    if (takesRegistration && incoming.registration !== null) {
      stated.set(target, incoming.registration);
      entry.registration = incoming.registration;
    }
    const appliedSomething = entry.members !== null || Object.keys(entry.ratings).length > 0 || entry.registration !== null;
    if (isNew || appliedSomething || kept.length === keptBefore) recorded.push(entry);
  }
  // A newer registration replaces the old one whole: chapters it omits lose theirs (a part sets its own only).
  if (takesRegistration) {
    for (const chapter of chapters) if (submission.hasRegistration || stated.has(chapter)) setRegistration(chapter, stated.get(chapter) ?? null, stamp);
  }
  const changed = chapters
    .map((c, i) => (c.touched.members || c.touched.ratings.length > 0 || c.touched.registration || i >= existing.length ? i : -1))
    .filter((i) => i >= 0);
  return { chapters, changed, recorded, kept, held, ignoredPeriods: [...ignored].sort(), wrongScale };
}

/**
 * The chapter a reported name designates (-1: a new one to append), or `held` when, with a
 * resolution to ask, it only resembles one and the office has not decided it yet.
 */
function locate(names: readonly string[], name: string, resolution: ChapterResolution | null): number | 'held' {
  const index = findChapter(names, name);
  if (index >= 0 || !resolution) return index;
  const alias = resolution.aliasOf(name);
  const aliased = alias === null ? -1 : findChapter(names, alias);
  if (aliased >= 0) return aliased;
  if (matchChapter(names, name).kind !== 'resembles' || resolution.acceptsNew(name)) return -1;
  return 'held';
}

/**
 * Sets a registration the submission won. An empty one that stays empty keeps its stamp: the
 * chapters the submission names or clears carry its stamp, so the unit's latest is this one.
 */
function setRegistration(chapter: MergedChapter, registration: Registration | null, stamp: Stamp): void {
  const before = chapter.registration;
  if (before === null && registration === null) {
    chapter.touched.restatesRegistration = true;
    return;
  }
  if (before === registration && sameStamp(chapter.provenance.registration, stamp)) return;
  chapter.registration = registration;
  chapter.provenance.registration = stamp;
  chapter.touched.registration = true;
}

function copyProvenance(provenance: ChapterProvenance | undefined): ChapterProvenance {
  if (!provenance) return emptyProvenance();
  return { members: provenance.members, ratings: { ...provenance.ratings }, registration: provenance.registration };
}
