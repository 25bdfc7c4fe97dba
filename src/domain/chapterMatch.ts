import { findChapter } from './chapterNames';
import { matchKey } from './text';

/**
 * Whether a reported chapter name that matches none of the unit's chapters (findChapter) is
 * clearly new or looks like one of them: a misspelling must not become a new chapter forever
 * missing its ratings, so a look-alike waits for the office to decide.
 */

/** Words naming the kind of chapter, dropped wherever they lead (several may: "Chi đoàn thôn …"). */
const KIND_WORDS = /^(chi doan|c\.?\s?d\.?|doan|thon|khoi pho|kp|khoi|to dan pho|tdp|to|lop|doi|ap|xom|ban|buon|lang)\s+/;

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

/** The words that name the place: folded, the kind words dropped, Roman numerals as digits. */
export function resemblanceWords(name: string): string[] {
  let key = matchKey(name).replace(/[,;:()"“”'’–-]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(KIND_WORDS, '');
  }
  return key
    .split(' ')
    .filter(Boolean)
    .map((word) => ROMAN[word] ?? word);
}

function numbers(words: readonly string[]): string {
  return words.flatMap((word) => word.match(/\d+/g) ?? []).join(' ');
}

/** Levenshtein distance, cut off above `limit` (names are short). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Typos allowed for a name of this many letters: none for 1–3, one up to 6, two beyond. */
function allowedTypos(letters: number): number {
  return letters <= 3 ? 0 : letters <= 6 ? 1 : 2;
}

/** `short` is `long` with one word missing. */
function oneWordMissing(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || long.length !== short.length + 1) return false;
  for (let skip = 0; skip < long.length; skip++) {
    if (long.filter((_, i) => i !== skip).join(' ') === short.join(' ')) return true;
  }
  return false;
}

/** "XT" for "Xuân Thọ", or "X. Thọ" / "X Thọ": each word the same or its first letters. */
function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 1 && long.length >= 2 && short[0].replace(/\./g, '') === long.map((w) => w[0]).join('')) return true;
  if (short.length !== long.length || short.join(' ') === long.join(' ')) return false;
  return short.every((word, i) => {
    const bare = word.replace(/\.$/, '');
    return bare === long[i] || (bare.length <= 2 && !/\d/.test(bare) && long[i].startsWith(bare));
  });
}

/** How much `reported` looks like `known`: a lower score is closer; null when they are different chapters. */
function likeness(reported: readonly string[], known: readonly string[]): number | null {
  if (reported.length === 0 || known.length === 0) return null;
  // "Xuân Thọ 1" and "Xuân Thọ 2" are two chapters, not a typo.
  if (numbers(reported) !== numbers(known)) return null;
  const a = reported.join(' ');
  const b = known.join(' ');
  if (a === b) return 0;
  const letters = Math.min(a.replace(/ /g, '').length, b.replace(/ /g, '').length);
  const typos = distance(a, b, allowedTypos(letters));
  if (typos <= allowedTypos(letters)) return typos;
  if (oneWordMissing(reported, known) || oneWordMissing(known, reported)) return 3;
  if (abbreviates(reported, known) || abbreviates(known, reported)) return 4;
  return null;
}

/** Index of the chapter of `known` that `name` most looks like, or -1 when `name` is clearly new. */
export function resemblingChapter(known: readonly string[], name: string): number {
  const reported = resemblanceWords(name);
  let best = -1;
  let bestScore = Infinity;
  known.forEach((candidate, i) => {
    const score = likeness(reported, resemblanceWords(candidate));
    if (score !== null && score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

export type ChapterMatch = { kind: 'known'; index: number } | { kind: 'resembles'; index: number } | { kind: 'new' };

/** The chapter `name` designates, the one it looks like, or that it is clearly new. */
export function matchChapter(known: readonly string[], name: string): ChapterMatch {
  const index = findChapter(known, name);
  if (index >= 0) return { kind: 'known', index };
  const like = resemblingChapter(known, name);
  return like >= 0 ? { kind: 'resembles', index: like } : { kind: 'new' };
}
