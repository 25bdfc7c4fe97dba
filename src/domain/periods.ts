import { matchKey } from './text';

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
