import { intakeWarnings } from './messages';
import type { ReadOutcome } from './table/read';
import type { ChapterReport, ParseReport, ReportSource } from './report';

/** Turns the core's reading into the contract's report for a given source kind. */
export function toReport(source: ReportSource, outcome: ReadOutcome): ParseReport {
  if (!outcome.ok) return failure(outcome.error);
  const { reading } = outcome;
  const chapters: ChapterReport[] = reading.chapters.map((chapter) => {
    const ratings: ChapterReport['ratings'] = {};
    for (const period of reading.periods) {
      const code = chapter.ratings[period];
      if (code) ratings[period] = code;
    }
    return { name: chapter.name, members: chapter.members, ratings, registration: chapter.registration };
  });
  // A message carrying only the registration is a partial report: kept, and said to be partial.
  const onlyRegistration = chapters.every((c) => Object.keys(c.ratings).length === 0) && !reading.warnings.includes(intakeWarnings.registrationOnly);
  const warnings = onlyRegistration ? [...reading.warnings, intakeWarnings.registrationOnly] : reading.warnings;
  return { ok: true, source, unit: reading.unit, periods: reading.periods, chapters, warnings };
}

export function failure(error: string): ParseReport {
  return { ok: false, error };
}
