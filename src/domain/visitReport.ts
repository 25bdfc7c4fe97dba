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

/** A report as read from the cadre's words (intake/visitReport.ts). */
export interface ReportFields {
  result: string;
  goodPractice: string;
  difficulties: string;
  proposal: string;
  absentReason: string | null;
}

export type ReportProblem =
  | { code: 'unknownVisit'; id: string }
  | { code: 'cancelled'; id: string }
  | { code: 'notTheirs'; id: string; cadre: string }
  | { code: 'otherReporter'; id: string; reporter: string }
  | { code: 'empty'; id: string };

export type ReportPlan = { kind: 'review'; problem: ReportProblem } | { kind: 'write'; index: number; visit: Visit };

/**
 * The row a cadre's report fills: only the visit's own cadre may report it, and once one has,
 * another's report waits for the office (nothing overwritten). The same cadre writing again
 * replaces their own report (a correction). `confirmed`: the office decided in review that this is
 * the cadre's report (another address of theirs, or the report to keep): the sender's checks are skipped.
 */
export function planReport(visits: readonly Visit[], id: string, sender: { email: string; name: string }, visitCadreEmail: (visit: Visit) => string, report: ReportFields, confirmed = false): ReportPlan {
  const index = visits.findIndex((v) => v.id === id);
  if (index < 0) return { kind: 'review', problem: { code: 'unknownVisit', id } };
  const visit = visits[index];
  const email = sender.email.toLowerCase();
  if (visit.status === 'Hủy') return { kind: 'review', problem: { code: 'cancelled', id } };
  if (!confirmed && visit.reporter && visit.reporter.toLowerCase() !== email) return { kind: 'review', problem: { code: 'otherReporter', id, reporter: visit.reporter } };
  if (!confirmed && visitCadreEmail(visit).toLowerCase() !== email) return { kind: 'review', problem: { code: 'notTheirs', id, cadre: visit.cadreName } };
  const absent = report.absentReason !== null;
  const said = [report.result, report.goodPractice, report.difficulties, report.proposal].some(Boolean);
  if (!absent && !said) return { kind: 'review', problem: { code: 'empty', id } };
  const difficulties = [report.difficulties, report.proposal && `Đề xuất: ${report.proposal}`].filter(Boolean).join('\n');
  const result = absent && !report.result ? `Không dự${report.absentReason ? ` vì ${report.absentReason}` : ''}` : report.result;
  return {
    kind: 'write',
    index,
    visit: { ...visit, status: absent ? 'Không dự' : 'Đã báo cáo', result, goodPractice: report.goodPractice, difficulties, reporter: email },
  };
}

/** Whether a planned report says nothing the row does not already hold from the same reporter (the same report sent again). */
export function sameReport(before: Visit, after: Visit): boolean {
  return (
    (before.status === 'Đã báo cáo' || before.status === 'Không dự') &&
    before.reporter.toLowerCase() === after.reporter.toLowerCase() &&
    before.status === after.status &&
    before.result === after.result &&
    before.goodPractice === after.goodPractice &&
    before.difficulties === after.difficulties
  );
}
