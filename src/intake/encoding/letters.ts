/**
 * The Vietnamese alphabet as data, so the legacy code tables can be generated from the rules
 * of their layouts instead of typed by hand (hand-typed public tables are where the known
 * off-by-one errors and the lost ư come from).
 */

/** Base vowels, in the order every Vietnamese code table uses. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

export type Tone = 'grave' | 'hook' | 'tilde' | 'acute' | 'dot';

/** Tone names in TCVN 5712 order (huyền, hỏi, ngã, sắc, nặng). */
export const TONES: readonly Tone[] = ['grave', 'hook', 'tilde', 'acute', 'dot'];

export const TONE_MARKS: Readonly<Record<Tone, string>> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};

/** "ê" + acute → "ế" (NFC). */
export function withTone(vowel: string, tone: Tone | null): string {
  return tone ? (vowel + TONE_MARKS[tone]).normalize('NFC') : vowel;
}

/**
 * Every letter of Vietnamese outside ASCII, lower and upper case: 12 vowels × 6 tone forms
 * minus the 6 plain ASCII vowels, plus đ — 67 in each case, 134 in all.
 */
export function vietnameseLetters(): string[] {
  const lower: string[] = [];
  for (const vowel of VOWELS) {
    for (const tone of [null, ...TONES]) {
      const letter = withTone(vowel, tone);
      if (letter.charCodeAt(0) >= 0x80) lower.push(letter);
    }
  }
  lower.push('đ');
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
}
