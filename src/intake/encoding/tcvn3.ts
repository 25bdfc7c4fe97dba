import { TONES, TONE_MARKS, VOWELS, withTone } from './letters';

/**
 * TCVN3 ("ABC", the .VnTime fonts): the VN3 subset of TCVN 5712:1993.
 *
 * Layout, from the standard:
 * - 0xA1–0xA7: Ă Â Ê Ô Ơ Ư Đ; 0xA8–0xAE: ă â ê ô ơ ư đ (so ư is 0xAD, the soft hyphen, which
 *   copy-paste and many tables lose);
 * - 0xB0–0xB4: the five tone marks as separate (combining) characters;
 * - from 0xB5: each vowel of VOWELS with its five tones (huyền, hỏi, ngã, sắc, nặng), in order,
 *   stepping over the positions where the full VN1 set keeps upper-case toned letters.
 * VN3 has no upper-case toned letters: documents use the ".VnTimeH" style fonts, whose glyphs
 * for the lower-case codes are capitals (see `decodeTcvn3(…, true)`).
 */
const PLAIN_LETTERS_UPPER = 'ĂÂÊÔƠƯĐ';
const PLAIN_LETTERS_LOWER = 'ăâêôơưđ';
const FIRST_TONED = 0xb5;
const LAST_TONED = 0xfe;
/** Positions VN1 uses for capitals; VN3 leaves them out of the lower-case run. */
const VN1_CAPITAL_SLOTS = new Set([0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0]);

function buildTable(): Map<number, string> {
  const table = new Map<number, string>();
  for (let i = 0; i < 7; i++) {
    table.set(0xa1 + i, PLAIN_LETTERS_UPPER[i]);
    table.set(0xa8 + i, PLAIN_LETTERS_LOWER[i]);
  }
  TONES.forEach((tone, i) => table.set(0xb0 + i, TONE_MARKS[tone]));
  let code = FIRST_TONED;
  for (const vowel of VOWELS) {
    for (const tone of TONES) {
      while (VN1_CAPITAL_SLOTS.has(code)) code++;
      table.set(code, withTone(vowel, tone));
      code++;
    }
  }
  if (code - 1 !== LAST_TONED) throw new Error('TCVN3 layout does not end at 0xFE');
  return table;
}

/** Byte (or the Latin-1 character Word stores for it) → Unicode. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = buildTable();

export interface LegacyDecoding {
  text: string;
  /** Characters in 0x80–0xFF the encoding does not define: a sign the text is not in it. */
  unknown: number;
}

/**
 * Converts text whose characters are TCVN3 bytes (as Word and Excel store a .VnTime run) to
 * Unicode NFC. `upperCase` for the ".VnTimeH" fonts, which show every letter as a capital.
 */
export function decodeTcvn3(text: string, upperCase = false): LegacyDecoding {
  let out = '';
  let unknown = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code > 0xff) {
      out += text[i];
      continue;
    }
    const mapped = TCVN3_TABLE.get(code);
    if (mapped !== undefined) out += mapped;
    else if (code === 0xa0) out += ' ';
    else {
      out += text[i];
      unknown++;
    }
  }
  const normalized = out.normalize('NFC');
  return { text: upperCase ? normalized.toUpperCase() : normalized, unknown };
}
