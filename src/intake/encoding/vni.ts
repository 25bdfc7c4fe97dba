import { TONES, withTone, type Tone } from './letters';
import type { LegacyDecoding } from './tcvn3';

/**
 * VNI Windows (the VNI-Times fonts): a base letter followed by a mark character, all in the
 * Latin-1 range. The upper-case marks below are the layout; each lower-case mark is its Latin-1
 * lower-case partner (code + 0x20), used after a lower-case base letter.
 *
 * - tone alone: sắc Ù, huyền Ø, hỏi Û, ngã Õ, nặng Ï  ("AØ" = À, "aø" = à);
 * - circumflex with a tone (after A, E, O): none Â, sắc Á, huyền À, hỏi Å, ngã Ã, nặng Ä;
 * - breve with a tone (after A): none Ê, sắc É, huyền È, hỏi Ú, ngã Ü, nặng Ë;
 * - single characters: Ơ = Ô, Ư = Ö (tones follow as marks), Đ = Ñ,
 *   I with tones Í Ì Æ Ó Ò, and Ỵ = Î.
 */
const TONE_MARK: Readonly<Record<Tone, string>> = { acute: 'Ù', grave: 'Ø', hook: 'Û', tilde: 'Õ', dot: 'Ï' };
const CIRCUMFLEX_MARK: Readonly<Record<Tone | 'none', string>> = { none: 'Â', acute: 'Á', grave: 'À', hook: 'Å', tilde: 'Ã', dot: 'Ä' };
const BREVE_MARK: Readonly<Record<Tone | 'none', string>> = { none: 'Ê', acute: 'É', grave: 'È', hook: 'Ú', tilde: 'Ü', dot: 'Ë' };
const I_WITH_TONE: Readonly<Record<Tone, string>> = { acute: 'Í', grave: 'Ì', hook: 'Æ', tilde: 'Ó', dot: 'Ò' };
const SINGLE: ReadonlyArray<readonly [string, string]> = [
  ['Ô', 'Ơ'],
  ['Ö', 'Ư'],
  ['Ñ', 'Đ'],
  ['Î', 'Ỵ'],
];

function lower(mark: string): string {
  return String.fromCharCode(mark.charCodeAt(0) + 0x20);
}

/** Upper-case VNI sequence → upper-case letter; lower-case forms are derived. */
function buildUpperTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [code, letter] of SINGLE) table.set(code, letter);
  for (const tone of TONES) {
    for (const base of ['A', 'E', 'O', 'U', 'Y']) table.set(base + TONE_MARK[tone], withTone(base, tone));
    table.set('Ô' + TONE_MARK[tone], withTone('Ơ', tone));
    table.set('Ö' + TONE_MARK[tone], withTone('Ư', tone));
    table.set(I_WITH_TONE[tone], withTone('I', tone));
  }
  table.delete('YÏ'); // Ỵ is the single character Î
  for (const tone of ['none', ...TONES] as const) {
    const toneOrNull = tone === 'none' ? null : tone;
    table.set('A' + CIRCUMFLEX_MARK[tone], withTone('Â', toneOrNull));
    table.set('E' + CIRCUMFLEX_MARK[tone], withTone('Ê', toneOrNull));
    table.set('O' + CIRCUMFLEX_MARK[tone], withTone('Ô', toneOrNull));
    table.set('A' + BREVE_MARK[tone], withTone('Ă', toneOrNull));
  }
  return table;
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [code, letter] of buildUpperTable()) {
    table.set(code, letter);
    const lowerLetter = letter.toLowerCase();
    if (code.length === 1) {
      table.set(lower(code), lowerLetter);
      continue;
    }
    const [base, mark] = [code[0], code[1]];
    const lowerBase = base.length === 1 && base >= 'A' && base <= 'Z' ? base.toLowerCase() : lower(base);
    // Typists mix cases (Caps Lock): the base letter decides the case of the result.
    table.set(lowerBase + lower(mark), lowerLetter);
    table.set(lowerBase + mark, lowerLetter);
    table.set(base + lower(mark), letter);
  }
  return table;
}

/** VNI sequence (one or two characters) → Unicode letter. */
export const VNI_TABLE: ReadonlyMap<string, string> = buildTable();

/** Converts a VNI-Times run to Unicode NFC; `unknown` counts mark characters left without a letter. */
export function decodeVni(text: string): LegacyDecoding {
  let out = '';
  let unknown = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_TABLE.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    const single = VNI_TABLE.get(text[i]);
    if (single !== undefined) {
      out += single;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code >= 0x80 && code <= 0xff && code !== 0xa0) unknown++;
    out += text[i];
  }
  return { text: out.normalize('NFC'), unknown };
}
