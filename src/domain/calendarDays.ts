/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), as plain day numbers.
 *
 * The caller converts "now" into the campaign's local date once, in the adapter that owns the
 * clock and the time zone; from then on a day is just a label, and adding or comparing days must
 * not depend on the machine's time zone or on daylight saving. So nothing here builds a `Date`:
 * days are counted with the proleptic Gregorian civil-day formula (H. Hinnant, "chrono-compatible
 * low-level date algorithms"), day 0 being 1970-01-01.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Reads `YYYY-MM-DD`; null for anything else, including impossible days such as 2016-02-30. */
export function parseIsoDay(iso: string): CivilDate | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDay(iso: string): boolean {
  return parseIsoDay(iso) !== null;
}

/** A wrong date here is a programming error (the campaign schema validated the dates already). */
function requireIsoDay(iso: string): CivilDate {
  const date = parseIsoDay(iso);
  if (!date) throw new Error(`Not an ISO calendar day (YYYY-MM-DD): ${iso}`);
  return date;
}

/** Days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const { year, month, day } = requireIsoDay(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumber`. */
export function isoFromDayNumber(days: number): string {
  if (!Number.isInteger(days)) throw new Error(`Not a whole day number: ${days}`);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The day `n` calendar days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  return isoFromDayNumber(dayNumber(iso) + n);
}

/** Whole calendar days from `fromIso` to `toIso`: positive when `toIso` is later. */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** `2016-09-12` → `12/09/2016`, the way Vietnamese letters write dates. */
export function formatViDate(iso: string): string {
  const { year, month, day } = requireIsoDay(iso);
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
