import { defaultPeriodLabel, parsePeriodHeader, type PeriodCode } from '../../domain/periods';
import { parseRating, parseRatingPrefix, ratingLabel, type RatingCode } from '../../domain/ratings';
import { cleanText } from '../../domain/text';
import { intakeWarnings as warn } from '../messages';
import type { ChapterReading, Row } from './model';

/**
 * The long format: one row per chapter and period (`Chi đoàn | Kỳ xếp loại | Kết quả`), the
 * shape a table exported from another system or typed as a list takes. Rows of one chapter are
 * gathered into one chapter.
 */
export interface LongPlan {
  readonly periodColumn: number;
  readonly ratingColumn: number;
  /** The rating column's header, for warnings. */
  readonly label: string;
}

/** The text of a cell merged down from above (one chapter, or one period, over several rows). */
export function carriedText(row: Row, column: number): string {
  const c = row.cells[column];
  return c?.continuation === 'up' ? cleanText(c.text) : '';
}

type Problem = (line: number, name: string) => string;

export interface LongRating {
  readonly values: Partial<Record<PeriodCode, RatingCode>>;
  readonly problems: Problem[];
  readonly found: boolean;
}

/** One row's period and rating. */
export function readLongRating(row: Row, texts: readonly string[], plan: LongPlan): LongRating {
  const periodText = texts[plan.periodColumn] || carriedText(row, plan.periodColumn);
  const text = texts[plan.ratingColumn] ?? '';
  if (!text) return { values: {}, problems: periodText ? [(line, name) => warn.missingRating(line, name, periodText)] : [], found: false };
  const rating = parseRating(text) ?? parseRatingPrefix(text);
  const period = periodText ? parsePeriodHeader(periodText) : null;
  if (!period) return { values: {}, problems: [(line, name) => warn.longUnknownPeriod(line, name, periodText)], found: true };
  if (!rating) return { values: {}, problems: [(line, name) => warn.unknownRating(line, name, text, plan.label)], found: true };
  return { values: { [period]: rating }, problems: [], found: true };
}

/**
 * Adds a later row's rating to its chapter. Two rows giving one period different ratings leave
 * that period without a rating, with a warning: the office asks rather than guesses.
 */
export class LongGathering {
  private readonly conflicts = new Set<string>();
  private readonly firstLines = new Map<string, number>();
  private readonly chapters = new Map<string, ChapterReading>();
  readonly periods: PeriodCode[] = [];

  constructor(private readonly warnings: string[]) {}

  /** The chapter an earlier row of the same name started. */
  chapter(key: string): ChapterReading | undefined {
    return this.chapters.get(key);
  }

  add(chapter: ChapterReading, key: string, values: Partial<Record<PeriodCode, RatingCode>>, line: number): void {
    if (!this.chapters.has(key)) this.chapters.set(key, chapter);
    for (const [period, rating] of Object.entries(values) as [PeriodCode, RatingCode][]) {
      if (!this.periods.includes(period)) this.periods.push(period);
      const slot = `${key}\u0000${period}`;
      if (this.conflicts.has(slot)) continue;
      const earlier = chapter.ratings[period];
      if (earlier === undefined) {
        chapter.ratings[period] = rating;
        this.firstLines.set(slot, line);
      } else if (earlier !== rating) {
        delete chapter.ratings[period];
        this.conflicts.add(slot);
        this.warnings.push(warn.longConflict(line, chapter.name, defaultPeriodLabel(period), ratingLabel(earlier), ratingLabel(rating), this.firstLines.get(slot) ?? chapter.line));
      }
    }
  }
}
