import { isIsoDay } from './calendarDays';
import { findChapter } from './chapterNames';
import { cleanText } from './text';
import type { InvitationFields } from './visits';

/** An invitation the office types in the sidebar (a unit's letter on paper, a phone call). */
export interface VisitEntry {
  unitId: string;
  chapter: string;
  /** `dd/MM/yyyy` (or `yyyy-MM-dd`, as a date input sends it). */
  date: string;
  /** `HH:mm`. */
  time: string;
  place: string;
  agenda: string;
  /** The unit calls the meeting off. */
  cancel?: boolean;
}

export type VisitEntryField = 'unitId' | 'chapter' | 'date' | 'time' | 'place' | 'agenda';

export type VisitEntryProblem =
  | { field: 'chapter'; code: 'required' | 'unknown'; chapters: readonly string[] }
  | { field: 'date'; code: 'required' | 'format' | 'past' }
  | { field: 'time'; code: 'required' | 'format' | 'past' }
  | { field: 'place' | 'agenda'; code: 'tooLong' };

/** Longest place or agenda the office may type. */
export const ENTRY_TEXT_LIMIT = 1000;

/**
 * Every field checked in one round (the clerk fixes them all at once): the chapter among the
 * unit's, a real date and time, not already past. `now` and `instant` as in domain/visits.ts.
 */
export function checkVisitEntry(
  entry: VisitEntry,
  chapters: readonly string[],
  now: number,
  instant: (day: string, clock: string) => Date,
): { ok: true; fields: InvitationFields } | { ok: false; problems: VisitEntryProblem[] } {
  const problems: VisitEntryProblem[] = [];
  const chapter = cleanText(entry.chapter);
  if (!chapter) problems.push({ field: 'chapter', code: 'required', chapters });
  else if (findChapter(chapters, chapter) < 0) problems.push({ field: 'chapter', code: 'unknown', chapters });
  const day = isoDayOf(cleanText(entry.date));
  const dateText = cleanText(entry.date);
  if (!dateText) problems.push({ field: 'date', code: 'required' });
  else if (!day) problems.push({ field: 'date', code: 'format' });
  const clock = /^([01]?\d|2[0-3])[:hg]([0-5]\d)$/.exec(cleanText(entry.time).toLowerCase());
  const cancel = entry.cancel === true;
  if (!cleanText(entry.time) && !cancel) problems.push({ field: 'time', code: 'required' });
  else if (cleanText(entry.time) && !clock) problems.push({ field: 'time', code: 'format' });
  const hhmm = clock ? `${clock[1].padStart(2, '0')}:${clock[2]}` : null;
  if (day && hhmm && !cancel && instant(day, hhmm).getTime() <= now) problems.push({ field: 'time', code: 'past' });
  for (const field of ['place', 'agenda'] as const) {
    if (entry[field].length > ENTRY_TEXT_LIMIT) problems.push({ field, code: 'tooLong' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      chapter,
      date: day ? { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) } : null,
      time: hhmm ? { hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) } : null,
      place: cleanText(entry.place) || null,
      agenda: cleanText(entry.agenda) || null,
      cancelled: cancel,
    },
  };
}

function isoDayOf(text: string): string | null {
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : text;
  return isIsoDay(iso) ? iso : null;
}
