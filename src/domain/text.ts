/**
 * Vietnamese text helpers shared by the domain, the parsers and the workbook.
 * Everything that compares names goes through `matchKey`, so "Hòa"/"Hoà", "Đoàn"/"doan"
 * and NFD text typed on some phones all meet in one place.
 */

/** NFC, trimmed, inner runs of white space (including NBSP) collapsed to one space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Strips every diacritic and folds đ/Đ, which NFD decomposition leaves alone. */
export function foldAccents(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Accent-, case- and spacing-insensitive key for comparing names. */
export function matchKey(value: string): string {
  return foldAccents(cleanText(value)).toLowerCase();
}

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Moves the tone mark of open syllables "oa", "oe", "uy" to the first vowel (old style, "Hòa"),
 * so that accent-sensitive comparisons treat "Hoà" and "Hòa" as the same word.
 */
export function canonicalTonePlacement(value: string): string {
  const decomposed = value.normalize('NFD');
  const pattern = new RegExp(`(^|[^qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\u0300-\\u036f])`, 'gu');
  return decomposed.replace(pattern, '$1$2$4$3').normalize('NFC');
}

/** Accent-sensitive but case-, spacing- and tone-placement-insensitive key. */
export function exactKey(value: string): string {
  return canonicalTonePlacement(cleanText(value)).toLowerCase();
}

/** 20000 → "20.000", as Vietnamese writes numbers (Intl is not relied on in Apps Script). */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Upper-cases Vietnamese text the way headings are written ("ĐOÀN XÃ TAM TRÀ"). */
export function upperVi(value: string): string {
  return cleanText(value).toLocaleUpperCase('vi');
}

const alignedFoldCache = new Map<string, string>();

/**
 * Lower-cased, accent-folded copy of `value` with exactly the same length, character for
 * character, so a match found in the folded text can be cut out of the original at the same
 * indices. (`matchKey` may change the length: it trims and collapses spaces.)
 */
export function foldAligned(value: string): string {
  let folded = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char.charCodeAt(0) < 0x80) {
      folded += char.toLowerCase();
      continue;
    }
    let mapped = alignedFoldCache.get(char);
    if (mapped === undefined) {
      const candidate = foldAccents(char.normalize('NFC')).toLowerCase();
      mapped = candidate.length === 1 ? candidate : char;
      alignedFoldCache.set(char, mapped);
    }
    folded += mapped;
  }
  return folded;
}
