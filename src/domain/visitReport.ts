import { addDays } from './calendarDays';
import { keyDay, meetingEnd, type Visit } from './visits';

/** Days after the meeting the cadre's report is due, when the campaign does not say (`visits.reportDays`). */
export const DEFAULT_REPORT_DAYS = 3;

/** The local day a visit's report is due: `reportDays` after the meeting's day. */
export function reportDueDay(visit: Pick<Visit, 'key'>, reportDays: number): string {
  return addDays(keyDay(visit.key), reportDays);
}

/** The outbox key of the n-th `Nhắc báo cáo` of a visit (1: after the meeting, 2: when overdue). */
export function reportChaseKey(id: string, n: 1 | 2): string {
  return `Nhắc báo cáo|${id}|${n}`;
}

/** A visit still owing its report: the meeting was held as invited (not called off) and nothing came back. */
export function awaitsReport(visit: Pick<Visit, 'key' | 'status' | 'start'>, now: number): boolean {
  return visit.key !== '' && visit.status === 'Đã mời' && meetingEnd(visit.start).getTime() <= now;
}

/**
 * Which `Nhắc báo cáo` is due now, if any: the first once the meeting is over, the second (the
 * office in copy) once the due day has passed without a report. A visit chased twice is left to the office.
 */
export function reportChaseDue(visit: Pick<Visit, 'key' | 'status' | 'start' | 'reportChased'>, now: number, today: string, reportDays: number): 1 | 2 | null {
  if (!awaitsReport(visit, now)) return null;
  if (visit.reportChased < 1) return 1;
  if (visit.reportChased < 2 && today > reportDueDay(visit, reportDays)) return 2;
  return null;
}

/**
 * Whether the visits pass may have a chase to send, judged from the sheet alone (the due day needs
 * the campaign, which is read only then): a report is never due before the day after the meeting.
 */
export function mayChase(visit: Pick<Visit, 'key' | 'status' | 'start' | 'reportChased'>, now: number): boolean {
  if (!awaitsReport(visit, now) || visit.reportChased >= 2) return false;
  return visit.reportChased < 1 || now - visit.start.getTime() >= 86_400_000;
}
