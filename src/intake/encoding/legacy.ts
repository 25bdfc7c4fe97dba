import { isVietnameseSyllable } from './syllable';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';

/**
 * Decides, for one run of text (a cell, a Word run), whether it is Unicode or text typed in a
 * legacy Vietnamese font (TCVN3 or VNI) and converts it. Font names decide when known; otherwise
 * each reading is scored by how Vietnamese it looks.
 */
export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

export interface FontHint {
  readonly encoding: 'tcvn3' | 'vni' | null;
  /** ".VnTimeH" and the other "H" fonts draw every letter as a capital. */
  readonly upperCase: boolean;
}

export const NO_HINT: FontHint = { encoding: null, upperCase: false };

/** ".VnTime", ".VnArial", ".VnTimeH" → TCVN3 (H = capitals); "VNI-Times", "VNI-Helve" → VNI. */
export function fontHint(fontName: string | null | undefined): FontHint {
  const name = (fontName ?? '').trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', upperCase: /H$/.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', upperCase: false };
  return NO_HINT;
}

/**
 * Characters that only Unicode Vietnamese (or another Unicode script) produces: Ă…ư, the
 * combining marks, the Latin Extended Additional block. Windows-1252 punctuation (“ ” – …) can
 * come out of a legacy document too, so it does not count.
 */
const UNICODE_ONLY = /[\u0100-\u0151\u0154-\u015f\u0162-\u0177\u0179-\u017c\u0193-\u02c5\u02c7-\u02db\u02dd-\u036f\u0370-\u1fff]/;
const EIGHT_BIT = /[\u0080-\u00ff]/;

export interface Conversion {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** How much better the chosen reading scored than the next one (0: a tie). */
  readonly margin: number;
}

/**
 * Converts one run of text to Unicode NFC. `preferred` breaks ties (the encoding most of the
 * document was found in).
 */
export function convertText(text: string, hint: FontHint = NO_HINT, preferred: TextEncoding = 'unicode'): Conversion {
  if (!EIGHT_BIT.test(text) || UNICODE_ONLY.test(text)) {
    const normalized = text.normalize('NFC');
    return { text: hint.upperCase && hint.encoding ? normalized.toUpperCase() : normalized, encoding: 'unicode', margin: Infinity };
  }
  if (hint.encoding) {
    const decoded = hint.encoding === 'tcvn3' ? decodeTcvn3(text, hint.upperCase) : decodeVni(text);
    if (decoded.unknown === 0) return { text: decoded.text, encoding: hint.encoding, margin: Infinity };
  }
  const readings: { encoding: TextEncoding; text: string; score: number }[] = [
    { encoding: 'unicode', text: text.normalize('NFC'), score: 0 },
    ...(['tcvn3', 'vni'] as const).map((encoding) => {
      const decoded = encoding === 'tcvn3' ? decodeTcvn3(text, hint.upperCase) : decodeVni(text);
      return { encoding, text: decoded.text, score: -3 * decoded.unknown };
    }),
  ];
  for (const reading of readings) reading.score += plausibility(reading.text);
  const order: TextEncoding[] = [preferred, 'unicode', 'tcvn3', 'vni'];
  readings.sort((a, b) => b.score - a.score || order.indexOf(a.encoding) - order.indexOf(b.encoding));
  const [best, next] = readings;
  return { text: best.text, encoding: best.encoding, margin: best.score - next.score };
}

/** Vietnamese letters that exist in Latin-1, upper and lower case. */
const LATIN1_VIETNAMESE = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
const HARMLESS_LATIN1 = new Set('\u00a0«»°');

/** Higher is more Vietnamese: +1 per well-formed syllable with diacritics, −1 per malformed, −2 per stray symbol. */
export function plausibility(text: string): number {
  let score = 0;
  for (const word of text.toLowerCase().split(/[\s\d.,;:!?()[\]{}"'“”‘’\-–—/\\|*+=<>_]+/)) {
    if (!word) continue;
    let hasAccent = false;
    let stray = 0;
    for (const char of word) {
      const code = char.charCodeAt(0);
      if (code < 0x80) continue;
      hasAccent = true;
      if (code <= 0xff && !LATIN1_VIETNAMESE.has(char) && !HARMLESS_LATIN1.has(char)) stray++;
    }
    if (!hasAccent) continue;
    if (stray) score -= 2 * stray;
    else score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}

/**
 * Tallies decisive conversions over a document, so ambiguous runs ("Khá" could be TCVN3 "Khỏ")
 * follow the document's majority.
 */
export class EncodingVote {
  private readonly counts: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };

  add(conversion: Conversion): void {
    if (conversion.margin >= 2 && conversion.margin !== Infinity) this.counts[conversion.encoding]++;
  }

  winner(): TextEncoding {
    const { tcvn3, vni } = this.counts;
    if (tcvn3 === 0 && vni === 0) return 'unicode';
    return tcvn3 >= vni ? 'tcvn3' : 'vni';
  }
}

/** A piece of text with the font it is shown in (a Word run, an Excel rich-text run or cell). */
export interface FontedText {
  readonly text: string;
  readonly hint: FontHint;
}

/**
 * Converts a document's cells, each made of fonted pieces, to Unicode. Two passes: decisive
 * pieces vote for the document's encoding, which then settles the ambiguous ones.
 */
export function convertDocumentTexts(cells: readonly (readonly FontedText[])[]): string[] {
  const vote = new EncodingVote();
  const first = cells.map((pieces) =>
    pieces.map((piece) => {
      const conversion = convertText(piece.text, piece.hint);
      vote.add(conversion);
      return conversion;
    }),
  );
  const preferred = vote.winner();
  return first.map((conversions, i) =>
    conversions
      .map((conversion, j) => (conversion.margin < 2 && preferred !== 'unicode' ? convertText(cells[i][j].text, cells[i][j].hint, preferred).text : conversion.text))
      .join(''),
  );
}
