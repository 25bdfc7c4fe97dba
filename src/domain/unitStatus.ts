import type { PeriodCode } from './periods';
import { ratingLevel, type RatingCode } from './ratings';
import type { Registration } from './registration';

/** One chapter as the unit's tab holds it. */
export interface ChapterRecord {
  name: string;
  members: number | null;
  ratings: Record<PeriodCode, RatingCode | null>;
  registration: Registration | null;
}

export interface PeriodProgress {
  code: PeriodCode;
  rated: number;
  total: number;
  /** Chapters without a rating for this period. */
  missing: string[];
}

export type RegistrationState = 'missing' | 'invalid' | 'valid';

export interface RegistrationCheck {
  state: RegistrationState;
  build: string[];
  support: string[];
  /** Why the registration is not valid (empty when valid). */
  problems: RegistrationProblem[];
  /** Support chapters that are not among the lowest rated of the latest period. */
  notLowest: string[];
}

export type RegistrationProblem = 'noBuild' | 'noSupport' | 'tooManySupport';

export interface UnitProgress {
  periods: PeriodProgress[];
  registration: RegistrationCheck;
  complete: boolean;
}

/**
 * A unit is complete when every chapter has a rating for every period and its registration is
 * valid: at least one chapter to build into a strong chapter and one or two others to support.
 */
export function assessUnit(chapters: readonly ChapterRecord[], periods: readonly PeriodCode[]): UnitProgress {
  const progress = periods.map((code) => {
    const missing = chapters.filter((chapter) => !chapter.ratings[code]).map((chapter) => chapter.name);
    return { code, rated: chapters.length - missing.length, total: chapters.length, missing };
  });
  const registration = checkRegistration(chapters, periods);
  const ratingsComplete = chapters.length > 0 && progress.every((p) => p.missing.length === 0);
  return { periods: progress, registration, complete: ratingsComplete && registration.state === 'valid' };
}

export function checkRegistration(chapters: readonly ChapterRecord[], periods: readonly PeriodCode[]): RegistrationCheck {
  const build = chapters.filter((c) => c.registration === 'BUILD_STRONG').map((c) => c.name);
  const support = chapters.filter((c) => c.registration === 'SUPPORT').map((c) => c.name);
  const problems: RegistrationProblem[] = [];
  if (build.length === 0) problems.push('noBuild');
  if (support.length === 0) problems.push('noSupport');
  if (support.length > 2) problems.push('tooManySupport');
  const state: RegistrationState =
    build.length === 0 && support.length === 0 ? 'missing' : problems.length ? 'invalid' : 'valid';
  return { state, build, support, problems, notLowest: supportNotAmongLowest(chapters, periods) };
}

/** The latest period in which at least one chapter is rated decides who is "lowest rated". */
function supportNotAmongLowest(chapters: readonly ChapterRecord[], periods: readonly PeriodCode[]): string[] {
  const latest = [...periods].reverse().find((code) => chapters.some((c) => c.ratings[code]));
  if (!latest) return [];
  const ranked = chapters
    .map((c) => ({ chapter: c, rank: c.ratings[latest] ? ratingLevel(c.ratings[latest] as RatingCode).rank : 0 }))
    .filter((entry) => entry.rank > 0);
  const support = ranked.filter((entry) => entry.chapter.registration === 'SUPPORT');
  if (support.length === 0) return [];
  // The lowest ranks that together cover as many chapters as the unit supports.
  const ranksWorstFirst = ranked.map((entry) => entry.rank).sort((a, b) => b - a);
  const threshold = ranksWorstFirst[Math.min(support.length, ranksWorstFirst.length) - 1];
  return support.filter((entry) => entry.rank < threshold).map((entry) => entry.chapter.name);
}

/** What a unit still owes: its incomplete periods, and its registration when not valid. */
export interface MissingItems {
  periods: PeriodProgress[];
  registration: RegistrationCheck | null;
}

export function missingItems(progress: UnitProgress): MissingItems {
  return {
    periods: progress.periods.filter((p) => p.total === 0 || p.missing.length > 0),
    registration: progress.registration.state === 'valid' ? null : progress.registration,
  };
}

export function hasMissing(items: MissingItems): boolean {
  return items.periods.length > 0 || items.registration !== null;
}
