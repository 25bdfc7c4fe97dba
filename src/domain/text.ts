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

/** Upper-cases Vietnamese text the way headings are written ("ĐOÀN XÃ TAM TRÀ"). */
export function upperVi(value: string): string {
  return cleanText(value).toLocaleUpperCase('vi');
}
