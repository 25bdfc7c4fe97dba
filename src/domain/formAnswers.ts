import * as z from 'zod/mini';
import type { Campaign, Unit } from './campaign';
import { findChapter } from './chapterNames';
import type { IncomingChapter, Submission } from './mergeSubmission';
import { parseRating, SCALES, type RatingCode } from './ratings';
import { parseRegistrationLabel, type Registration } from './registration';
import { cleanText } from './text';

/**
 * What a unit states through the form, or what the office types from a paper copy: the same
 * shape either way, so both are checked by the same rules.
 */
export const formAnswersSchema = z.strictObject({
  /** The unit's name as chosen on the first page. */
  unit: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Period code → chapter name → rating label. */
  ratings: z.record(z.string().check(z.maxLength(40)), z.record(z.string().check(z.maxLength(300)), z.string().check(z.maxLength(100)))),
  /** Chapter name → registration labels ticked for it. */
  registration: z.record(z.string().check(z.maxLength(300)), z.array(z.string().check(z.maxLength(100))).check(z.maxLength(2))),
  /** Free lines "Chi đoàn X: 25". */
  members: z.string().check(z.maxLength(20_000)),
  /** Chapters missing from the list, as a table typed in the paragraph (read by the intake text parser). */
  newChapters: z.array(
    z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(300)),
      ratings: z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(100))),
      registration: z.nullable(z.string().check(z.maxLength(100))),
      members: z.nullable(z.int().check(z.gte(0))),
    }),
  ),
  /** What the paragraph parser could not read, said back in the receipt. */
  notes: z.array(z.string().check(z.maxLength(2000))),
});

export type FormAnswers = z.infer<typeof formAnswersSchema>;

export type FormProblem =
  | { kind: 'unknownRating'; chapter: string; period: string; value: string }
  | { kind: 'unknownRegistration'; chapter: string; value: string }
  | { kind: 'bothRegistrations'; chapter: string }
  | { kind: 'noBuild' }
  | { kind: 'noSupport' }
  | { kind: 'tooManySupport'; chapters: string[] };

export type FormCheck =
  | { ok: true; submission: Submission; warnings: string[] }
  | { ok: false; problems: FormProblem[] };

/**
 * `whole`: the form asks for the registration on its own page, so an answer without a valid one
 * is refused. `asStated`: a paper copy (or a phone call) is taken like an email, with only what it
 * says; a registration it leaves out stays as recorded and the unit's status says what is missing.
 */
export type RegistrationRule = 'whole' | 'asStated';

/**
 * A form response is applied whole or not at all: every rating must be a label of the campaign's
 * scale and, under the `whole` rule, the registration must name at least one chapter to build and
 * one or two to support. Member counts that cannot be read are only warnings (they are optional).
 */
export function checkFormAnswers(
  answers: FormAnswers,
  campaign: Pick<Campaign, 'periods' | 'scale'>,
  unit: Pick<Unit, 'chapters'>,
  memberWarning: (line: string) => string,
  rule: RegistrationRule = 'whole',
): FormCheck {
  const problems: FormProblem[] = [];
  const warnings = [...answers.notes];
  const allowed = new Set<RatingCode>(SCALES[campaign.scale].levels.map((l) => l.code));
  const chapters = new Map<string, IncomingChapter>();
  const chapterOf = (name: string): IncomingChapter => {
    const key = cleanText(name);
    let chapter = chapters.get(key);
    if (!chapter) chapters.set(key, (chapter = { name: key, members: null, ratings: {}, registration: null }));
    return chapter;
  };
  for (const period of campaign.periods) {
    for (const [name, label] of Object.entries(answers.ratings[period.code] ?? {})) {
      if (!cleanText(label)) continue;
      const code = parseRating(label);
      if (!code || !allowed.has(code)) problems.push({ kind: 'unknownRating', chapter: name, period: period.label, value: label });
      else chapterOf(name).ratings[period.code] = code;
    }
  }
  for (const extra of answers.newChapters) {
    const chapter = chapterOf(extra.name);
    chapter.members = extra.members;
    for (const [period, label] of Object.entries(extra.ratings)) {
      const code = parseRating(label);
      if (code && allowed.has(code)) chapter.ratings[period] = code;
      else problems.push({ kind: 'unknownRating', chapter: extra.name, period, value: label });
    }
    if (extra.registration) registerTicks(chapter, [extra.registration], problems);
  }
  for (const [name, labels] of Object.entries(answers.registration)) registerTicks(chapterOf(name), labels, problems);
  readMembers(answers.members, [...unit.chapters, ...answers.newChapters.map((c) => c.name)], chapterOf, (line) => warnings.push(memberWarning(line)));

  const all = [...chapters.values()];
  const build = all.filter((c) => c.registration === 'BUILD_STRONG');
  const support = all.filter((c) => c.registration === 'SUPPORT');
  if (rule === 'whole') {
    if (build.length === 0) problems.push({ kind: 'noBuild' });
    if (support.length === 0) problems.push({ kind: 'noSupport' });
    if (support.length > 2) problems.push({ kind: 'tooManySupport', chapters: support.map((c) => c.name) });
  }
  if (problems.length) return { ok: false, problems };
  // As an email's table: a registration stated for any chapter replaces the unit's previous one.
  const hasRegistration = rule === 'whole' || build.length + support.length > 0;
  return { ok: true, submission: { chapters: all, hasRegistration }, warnings };
}

function registerTicks(chapter: IncomingChapter, labels: readonly string[], problems: FormProblem[]): void {
  const ticked = new Set<Registration>();
  for (const label of labels) {
    const registration = parseRegistrationLabel(label);
    if (registration) ticked.add(registration);
    else problems.push({ kind: 'unknownRegistration', chapter: chapter.name, value: label });
  }
  if (ticked.size > 1) problems.push({ kind: 'bothRegistrations', chapter: chapter.name });
  else if (ticked.size === 1) chapter.registration = [...ticked][0];
}

const MEMBER_LINE = /^(.*\S)\s*[:：\-–]\s*(\d{1,5})(?:\s*(?:đoàn viên|ĐV|dv))?\s*$/iu;

/** "Chi đoàn Xuân Thọ: 25", one per line; a chapter name matches the unit's list loosely. */
function readMembers(text: string, known: readonly string[], chapterOf: (name: string) => IncomingChapter, warn: (line: string) => void): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = cleanText(raw);
    if (!line) continue;
    const match = MEMBER_LINE.exec(line);
    const index = match ? findChapter(known, match[1]) : -1;
    if (!match || index < 0) {
      warn(line);
      continue;
    }
    chapterOf(known[index]).members = Number(match[2]);
  }
}
