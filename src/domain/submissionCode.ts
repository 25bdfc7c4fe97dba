/**
 * The short code people quote for a submission (`TT-0912-03`): the local day it was logged,
 * day before month as Vietnamese dates read, and its order among that day's rows of `Nhật ký
 * nhận` (01, 02, …, three digits past 99). It is a function of the log as written (each row's
 * `Thời gian` and position; the log is only appended to), so every reader of the log derives the
 * same code from the columns it already reads, and the code never changes on replay or retry.
 */

const CODE_PREFIX = 'TT';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Every zone's offset is a whole number of quarter hours, so an instant's local day is that of
 * its quarter hour: each is formatted once (a log is read whole at every poll).
 */
const QUARTER_HOUR_MS = 900_000;
const dayOfQuarter = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/**
 * `yyyy-MM-dd` of an instant in a time zone, computed in the script itself: one
 * Utilities.formatDate a log row would be a service call per row.
 */
export function localDayKey(date: Date, timeZone: string): string {
  const quarter = `${timeZone}|${Math.floor(date.getTime() / QUARTER_HOUR_MS)}`;
  const known = dayOfQuarter.get(quarter);
  if (known) return known;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  if (dayOfQuarter.size >= MAX_REMEMBERED) dayOfQuarter.clear();
  dayOfQuarter.set(quarter, day);
  return day;
}

/** `TT-DDMM-NN` for the `order`-th row (1-based) of the local day `yyyy-MM-dd`. */
export function submissionCode(dayKey: string, order: number): string {
  const [, month, day] = dayKey.split('-');
  return `${CODE_PREFIX}-${day}${month}-${String(order).padStart(2, '0')}`;
}

/**
 * Hands out the next code of each day, counting the rows already logged on it: `next(time)` is
 * the code of the next row logged at `time`; '' for a row without a time (typed in by hand),
 * which takes no number.
 */
export interface SubmissionCodes {
  next(time: Date | null): string;
}

export function submissionCodes(timeZone: string): SubmissionCodes {
  const perDay = new Map<string, number>();
  return {
    next(time) {
      if (!time || Number.isNaN(time.getTime())) return '';
      const day = localDayKey(time, timeZone);
      const order = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, order);
      return submissionCode(day, order);
    },
  };
}

/** The codes of a log's rows in order (index 0 is the first row below the header). */
export function codesOfRows(times: readonly (Date | null)[], timeZone: string): string[] {
  const codes = submissionCodes(timeZone);
  return times.map((time) => codes.next(time));
}

/** Whether a letter's text quotes `code` itself, not a longer code it begins (`TT-0912-10` is not quoted by `TT-0912-100`). */
export function quotesCode(text: string, code: string): boolean {
  if (!code) return false;
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    if (!/\d/.test(text.charAt(at + code.length))) return true;
  }
  return false;
}
