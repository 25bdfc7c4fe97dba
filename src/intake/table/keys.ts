import { matchKey } from '../../domain/text';

/**
 * Header and keyword matching works on "word keys": accents folded, lower case, punctuation
 * turned into spaces ("SL ĐV" → "sl dv", "T/M. BCH" → "t m bch").
 */
export function wordKey(text: string): string {
  let key = wordKeys.get(text);
  if (key === undefined) {
    key = matchKey(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    // Tables repeat the same few texts (ratings, registrations); a bounded memo saves re-folding them.
    if (wordKeys.size >= 20000) wordKeys.clear();
    wordKeys.set(text, key);
  }
  return key;
}

const wordKeys = new Map<string, string>();

/** Each line of a cell cleaned of surrounding space; empty lines dropped. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean);
}
