import { matchKey } from './text';

/**
 * Units write the same chapter many ways: "Chi đoàn thôn Xuân Thọ", "CĐ Xuân Thọ", "Xuân Thọ",
 * "chi doan xuan tho". The core key drops the words that name the kind of chapter.
 */
export function chapterCoreKey(name: string): string {
  return matchKey(name)
    .replace(/^(chi doan|c\.?\s?d\.?)\s+/, '')
    .replace(/^(thon|khoi pho|kp|khoi|to dan pho|lop|doi)\s+/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/**
 * Index of the chapter `name` designates among `known`: an accent- and case-insensitive match
 * first, then a match on the core key when exactly one chapter has it. -1 when none.
 */
export function findChapter(known: readonly string[], name: string): number {
  const key = matchKey(name);
  const exact = known.findIndex((candidate) => matchKey(candidate) === key);
  if (exact >= 0) return exact;
  const core = chapterCoreKey(name);
  if (!core) return -1;
  const matches = known.map((candidate, i) => (chapterCoreKey(candidate) === core ? i : -1)).filter((i) => i >= 0);
  return matches.length === 1 ? matches[0] : -1;
}
