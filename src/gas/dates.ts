/** Formats a date in a time zone with Java SimpleDateFormat patterns (dd/MM/yyyy, HH:mm). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  return Utilities.formatDate(date, timeZone, pattern);
}

/** The instant a local date-time text stands for in a time zone (`yyyy-MM-dd HH:mm`). */
export function parseLocalDate(text: string, timeZone: string, pattern: string): Date {
  return Utilities.parseDate(text, timeZone, pattern);
}
