import { matchKey } from '../../domain/text';

/**
 * Header and keyword matching works on "word keys": accents folded, lower case, punctuation
 * turned into spaces ("SL ĐV" → "sl dv", "T/M. BCH" → "t m bch").
 */
export function wordKey(text: string): string {
  return matchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Each line of a cell cleaned of surrounding space; empty lines dropped. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean);
}
