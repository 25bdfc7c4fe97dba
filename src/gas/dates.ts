/** Formats a date in a time zone with Java SimpleDateFormat patterns (dd/MM/yyyy, HH:mm). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  return Utilities.formatDate(date, timeZone, pattern);
}
