import * as z from 'zod/mini';
import { dayNumber, isIsoDay } from './calendarDays';
import { findChapter } from './chapterNames';
import type { FormAnswers } from './formAnswers';
import { cleanText } from './text';

/**
 * A unit's table received on paper (or read out on the phone), typed by the office in the
 * sidebar. It becomes the same `FormAnswers` as a form response, so it is checked by the same
 * rules and applied the same way.
 */

const label = z.string().check(z.maxLength(100));
const chapterName = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

export const paperChapterSchema = z.strictObject({
  name: chapterName,
  /** True for a chapter the paper lists that the unit's tab does not have yet. */
  isNew: z.boolean(),
  /** Period code → rating label; '' where the paper gives none. */
  ratings: z.record(z.string().check(z.maxLength(40)), label),
  /** A registration label, or '' for none. */
  registration: label,
  members: z.nullable(z.int().check(z.gte(0), z.lte(99_999))),
});

export const paperEntrySchema = z.strictObject({
  /** Chosen by the page for each attempt: the same attempt sent twice is recorded once. */
  entryId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  /** `YYYY-MM-DD` the document reached the office. */
  receivedOn: z.string().check(z.refine(isIsoDay)),
  /** Document number, who handed it in: kept in the log. */
  note: z.string().check(z.trim(), z.maxLength(500)),
  chapters: z.array(paperChapterSchema).check(z.minLength(1), z.maxLength(300)),
  /** Whether the unit gets a `Xác nhận` letter at its addresses. */
  notify: z.boolean(),
});

export type PaperChapter = z.infer<typeof paperChapterSchema>;
export type PaperEntry = z.infer<typeof paperEntrySchema>;

/** The log's `Mã` of an entry, also the reference quoted in the receipt. */
export function paperEntryReference(entry: Pick<PaperEntry, 'entryId'>): string {
  return `PG-${entry.entryId}`;
}

export type PaperEntryProblem =
  | { kind: 'receivedInFuture'; receivedOn: string; today: string }
  | { kind: 'duplicateChapter'; name: string }
  | { kind: 'newChapterExists'; name: string };

/**
 * What the form itself would have prevented: a date in the future, the same chapter twice, a
 * "new" chapter that the unit already has (it would be recorded under a second name).
 */
export function checkPaperEntry(entry: Pick<PaperEntry, 'receivedOn' | 'chapters'>, today: string, listed: readonly string[]): PaperEntryProblem[] {
  const problems: PaperEntryProblem[] = [];
  if (dayNumber(entry.receivedOn) > dayNumber(today)) problems.push({ kind: 'receivedInFuture', receivedOn: entry.receivedOn, today });
  const seen: string[] = [];
  for (const chapter of entry.chapters) {
    const name = cleanText(chapter.name);
    if (chapter.isNew && findChapter(listed, name) >= 0) problems.push({ kind: 'newChapterExists', name });
    else if (findChapter(seen, name) >= 0) problems.push({ kind: 'duplicateChapter', name });
    seen.push(name);
  }
  return problems;
}

/** The entry as the form's answers: listed chapters by name, new ones as the form's "missing chapters". */
export function paperAnswers(entry: PaperEntry, unitName: string): FormAnswers {
  const ratings: FormAnswers['ratings'] = {};
  const registration: FormAnswers['registration'] = {};
  const memberLines: string[] = [];
  const newChapters: FormAnswers['newChapters'] = [];
  for (const chapter of entry.chapters) {
    const name = cleanText(chapter.name);
    const stated = Object.entries(chapter.ratings).filter(([, value]) => cleanText(value) !== '');
    if (chapter.isNew) {
      newChapters.push({ name, ratings: Object.fromEntries(stated), registration: cleanText(chapter.registration) || null, members: chapter.members });
      continue;
    }
    for (const [period, value] of stated) (ratings[period] ??= {})[name] = value;
    if (cleanText(chapter.registration)) registration[name] = [chapter.registration];
    if (chapter.members !== null) memberLines.push(`${name}: ${chapter.members}`);
  }
  return { unit: unitName, ratings, registration, members: memberLines.join('\n'), newChapters, notes: [] };
}
