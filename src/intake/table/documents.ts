import { comparePeriods, defaultPeriodLabel } from '../../domain/periods';
import { ratingLabel } from '../../domain/ratings';
import { intakeWarnings as warn, registrationLabelsInText } from '../messages';
import type { ChapterReading } from './model';
import { findChapterIndex } from './names';
import type { DocumentReading } from './read';

/** A reading and where it came from, as the sender sees it ("tệp "bang.xlsx"", "nội dung thư"). */
export interface NamedReading {
  readonly reading: DocumentReading;
  readonly source: string;
}

/**
 * One message, several documents (the ratings in a spreadsheet, the registration in a Word
 * letter or the body): one report, merged by chapter. The main document's values are kept where
 * another gives a different one, and a warning names both documents and the value kept.
 */
export function mergeReadings(main: NamedReading, others: readonly NamedReading[]): DocumentReading {
  const chapters = main.reading.chapters.map((c) => ({ ...c, ratings: { ...c.ratings } }));
  const periods = new Set(main.reading.periods);
  const warnings = [...main.reading.warnings];
  for (const other of others) {
    warnings.push(...other.reading.warnings);
    for (const period of other.reading.periods) periods.add(period);
    for (const chapter of other.reading.chapters) {
      const index = findChapterIndex(chapters.map((c) => c.name), chapter.name);
      if (index < 0) {
        chapters.push({ ...chapter, ratings: { ...chapter.ratings } });
        warnings.push(addedWarning(chapter, other.source));
      } else {
        mergeChapter(chapters[index], chapter, main.source, other.source, warnings);
      }
    }
  }
  return { ...main.reading, chapters, periods: [...periods].sort(comparePeriods), warnings };
}

function mergeChapter(target: ChapterReading, chapter: ChapterReading, kept: string, other: string, warnings: string[]): void {
  for (const [period, code] of Object.entries(chapter.ratings)) {
    const current = target.ratings[period];
    if (!current) target.ratings[period] = code;
    else if (code && current !== code) {
      warnings.push(warn.documentsDisagree(target.name, `xếp loại ${defaultPeriodLabel(period)}`, [kept, ratingLabel(current)], [other, ratingLabel(code)]));
    }
  }
  target.members ??= chapter.members;
  if (!chapter.registration) return;
  if (!target.registration) target.registration = chapter.registration;
  else if (target.registration !== chapter.registration) {
    const label = (r: keyof typeof registrationLabelsInText) => registrationLabelsInText[r];
    warnings.push(warn.documentsDisagree(target.name, 'đăng ký', [kept, label(target.registration)], [other, label(chapter.registration)]));
  }
}

function addedWarning(chapter: ChapterReading, source: string): string {
  if (Object.keys(chapter.ratings).length === 0 && chapter.registration) {
    return warn.registrationNewChapter(chapter.name, registrationLabelsInText[chapter.registration]);
  }
  return warn.chapterOnlyIn(chapter.name, source);
}
