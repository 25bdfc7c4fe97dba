import { foldAligned, matchKey } from './text';

/** `2015` (a year), `2016-H1` (first six months), `2016-H2` (last six months). */
export type PeriodCode = string;

export const PERIOD_CODE_PATTERN = /^(\d{4})(?:-(H1|H2))?$/;

export function isPeriodCode(value: string): boolean {
  return PERIOD_CODE_PATTERN.test(value);
}

/** The label used in headers and letters: "năm 2015", "6 tháng đầu năm 2016". */
export function defaultPeriodLabel(code: PeriodCode): string {
  const match = PERIOD_CODE_PATTERN.exec(code);
  if (!match) throw new Error(`Not a period code: ${code}`);
  const [, year, half] = match;
  if (half === 'H1') return `6 tháng đầu năm ${year}`;
  if (half === 'H2') return `6 tháng cuối năm ${year}`;
  return `năm ${year}`;
}

const FIRST_HALF = /\b(6 ?t(hang)?( dau)?|dau nam|nua dau|nua nam dau|h1|hk ?1|ki 1|ky 1|6t dau)\b/;
const SECOND_HALF = /\b(6 ?t(hang)? cuoi|cuoi nam|nua cuoi|nua nam cuoi|h2|hk ?2|ki 2|ky 2|6t cuoi)\b/;

/**
 * Reads the period a column header names: "Năm 2015", "Xếp loại 2015", "6 tháng đầu năm 2016",
 * "6T/2016", "6 thang dau nam 2016", "6 tháng cuối năm 2016". Null when no year is named.
 * A header naming two years ("2015 - 2016") is ambiguous and also null.
 */
export function parsePeriodHeader(header: string): PeriodCode | null {
  const key = matchKey(header).replace(/[/\\.,:;()_-]+/g, ' ').replace(/\s+/g, ' ');
  const years = key.match(/\b(19|20)\d{2}\b/g);
  if (!years || new Set(years).size !== 1) return null;
  const year = years[0];
  if (SECOND_HALF.test(key)) return `${year}-H2`;
  if (FIRST_HALF.test(key)) return `${year}-H1`;
  return year;
}

/** Periods ordered in time: 2015, 2016-H1, 2016, 2016-H2 (a whole year sorts after its first half). */
export function comparePeriods(a: PeriodCode, b: PeriodCode): number {
  return periodSortKey(a) - periodSortKey(b);
}

function periodSortKey(code: PeriodCode): number {
  const match = PERIOD_CODE_PATTERN.exec(code);
  if (!match) return Number.MAX_SAFE_INTEGER;
  const offset = match[2] === 'H1' ? 1 : match[2] === 'H2' ? 3 : 2;
  return Number(match[1]) * 10 + offset;
}

/** Where a text names a period: `start`/`end` are indices into the text itself. */
export interface PeriodMention {
  readonly code: PeriodCode;
  readonly start: number;
  readonly end: number;
}

const DATE_BEFORE_YEAR = /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|thang\s+\d{1,2}\s*,?\s*(nam\s+)?)$/;

/** Words that belong to a period phrase ("xếp loại 6 tháng đầu năm 2016"), folded. */
const PERIOD_WORDS = /^(nam|thang|6|06|6t|t|dau|cuoi|nua|h1|h2|hk|hk1|hk2|ky|ki|i|ii|xep|loai|xl|ket|qua|cua|trong)$/;

/**
 * Every period a sentence names, in order, with where it stands:
 * "năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá" names 2015 at 0–8 and 2016-H1 at 19–39.
 * Each year is read together with the words just before it (back to the previous year).
 */
export function findPeriodMentions(text: string): PeriodMention[] {
  const folded = foldAligned(text);
  const mentions: PeriodMention[] = [];
  const yearPattern = /(^|[^0-9])((?:19|20)\d{2})(?![0-9])/g;
  let previousEnd = 0;
  for (let match = yearPattern.exec(folded); match; match = yearPattern.exec(folded)) {
    const yearStart = match.index + match[1].length;
    const yearEnd = yearStart + match[2].length;
    // A date ("ngày 5 tháng 9 năm 2016", "12/9/2016") names a day, not a rating period.
    const isDate = DATE_BEFORE_YEAR.test(folded.slice(Math.max(previousEnd, yearStart - 20), yearStart));
    const code = isDate ? null : parsePeriodHeader(folded.slice(previousEnd, yearEnd));
    if (code) mentions.push({ code, start: phraseStart(folded, previousEnd, yearStart), end: yearEnd });
    previousEnd = yearEnd;
  }
  return mentions;
}

/** Walks back from a year over period words ("6 tháng đầu năm") to where the phrase starts. */
function phraseStart(folded: string, floor: number, yearStart: number): number {
  let start = yearStart;
  const words = /[a-z0-9]+/g;
  const before = folded.slice(floor, yearStart);
  const found: { start: number; word: string }[] = [];
  for (let match = words.exec(before); match; match = words.exec(before)) found.push({ start: floor + match.index, word: match[0] });
  for (let i = found.length - 1; i >= 0; i--) {
    if (!PERIOD_WORDS.test(found[i].word)) break;
    start = found[i].start;
  }
  return start;
}

/** The periods a sentence names, in order, each once: "năm 2015 và 6 tháng đầu năm 2016" → 2015, 2016-H1. */
export function findPeriods(text: string): PeriodCode[] {
  const codes: PeriodCode[] = [];
  for (const mention of findPeriodMentions(text)) if (!codes.includes(mention.code)) codes.push(mention.code);
  return codes;
}
