import { wordKey } from './keys';

/** A chapter name reduced for comparing: "Chi đoàn thôn Xuân Thọ" → "thon xuan tho". */
export function chapterKey(name: string): string {
  return wordKey(name).replace(/^(chi doan|cd|c d)\s+/, '');
}

/**
 * Whether two spellings name the same chapter: equal keys, or one ending the other on a word
 * boundary ("Xuân Thọ" and "Chi đoàn thôn Xuân Thọ").
 */
export function sameChapter(a: string, b: string): boolean {
  const [x, y] = [chapterKey(a), chapterKey(b)];
  if (!x || !y) return false;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** The chapter among `names` that `wanted` names: an exact key first, then a unique partial match. */
export function findChapterIndex(names: readonly string[], wanted: string): number {
  const key = chapterKey(wanted);
  const exact = names.findIndex((name) => chapterKey(name) === key);
  if (exact >= 0) return exact;
  const partial = names.map((name, index) => (sameChapter(name, wanted) ? index : -1)).filter((index) => index >= 0);
  return partial.length === 1 ? partial[0] : -1;
}

/** Strips list numbering and bullets from the start of a name: "1. Chi đoàn A" → "Chi đoàn A". */
export function stripNumbering(text: string): string {
  // "1." and "1)" go; "10/1" and "10.1" (school classes) stay.
  return text.replace(/^\s*(?:[-+*•–—·]\s*|\(?\d{1,5}\s*[.)](?=\s|[^\d\s])\s*|[a-zđ]\s*[.)]\s+)/i, '').trim();
}
