import { readHandling, hasProposal } from './proposals';
import { awaitsReport, reportDueDay } from './visitReport';
import { keyDay, type Visit, type VisitStatus } from './visits';

/**
 * The monthly summary of the visits (issue 17): per month of the meeting, per cadre and unit, what
 * was planned, held and reported back. Pure: the app reads `Đi cơ sở`, this only counts.
 */
export interface MonthlyCounts {
  /** Meetings the cadre was invited to (or planned) that were not called off. */
  invited: number;
  /** Held with the cadre there: `Đã dự` or `Đã báo cáo`. */
  attended: number;
  absent: number;
  /** Reports that came back (a report of absence counts: the cadre reported). */
  reported: number;
  /** Meetings over, still without a report after its due day. */
  overdue: number;
  goodPractices: number;
  /** Difficulties and proposals reported that the office has not yet marked `Đã giải quyết`. */
  openProposals: number;
}

export interface MonthlyRow {
  /** `YYYY-MM` of the meeting's local day. */
  month: string;
  cadre: string;
  unit: string;
  counts: MonthlyCounts;
}

export interface MonthGroup {
  month: string;
  rows: MonthlyRow[];
  total: MonthlyCounts;
}

/** What "now" means for the counts: overdue depends on today and the campaign's `visits.reportDays`. */
export interface MonthlyContext {
  now: number;
  /** Local `YYYY-MM-DD`. */
  today: string;
  reportDays: number;
}

/** The statuses of a meeting that takes place; `Hủy` and anything else typed by hand are left out. */
const HELD_OR_AHEAD: readonly VisitStatus[] = ['Đã mời', 'Đã dự', 'Không dự', 'Đã báo cáo'];

export const NO_COUNTS: MonthlyCounts = { invited: 0, attended: 0, absent: 0, reported: 0, overdue: 0, goodPractices: 0, openProposals: 0 };

/** The month (`YYYY-MM`) a visit counts in: its meeting's local day, as its key holds it. */
export function visitMonth(visit: Pick<Visit, 'key'>): string {
  return keyDay(visit.key).slice(0, 7);
}

/** A visit row the summary counts: one the code keeps (a key with a day) and that was not called off. */
export function countsAsMeeting(visit: Pick<Visit, 'key' | 'status'>): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(keyDay(visit.key)) && HELD_OR_AHEAD.includes(visit.status);
}

export function isOverdue(visit: Pick<Visit, 'key' | 'status' | 'start'>, ctx: MonthlyContext): boolean {
  return awaitsReport(visit, ctx.now) && ctx.today > reportDueDay(visit, ctx.reportDays);
}

export function isOpenProposal(visit: Pick<Visit, 'status' | 'difficulties' | 'handling'>): boolean {
  return hasProposal(visit) && readHandling(visit.handling).status !== 'Đã giải quyết';
}

/** The counts of some visits (all assumed meetings: see `countsAsMeeting`). */
export function countVisits(visits: readonly Visit[], ctx: MonthlyContext): MonthlyCounts {
  const counts = { ...NO_COUNTS };
  for (const visit of visits) {
    counts.invited++;
    if (visit.status === 'Đã dự' || visit.status === 'Đã báo cáo') counts.attended++;
    if (visit.status === 'Không dự') counts.absent++;
    if (visit.status === 'Đã báo cáo' || visit.reporter !== '') counts.reported++;
    if (isOverdue(visit, ctx)) counts.overdue++;
    if (visit.goodPractice.trim() !== '') counts.goodPractices++;
    if (isOpenProposal(visit)) counts.openProposals++;
  }
  return counts;
}

export function addCounts(a: MonthlyCounts, b: MonthlyCounts): MonthlyCounts {
  return {
    invited: a.invited + b.invited,
    attended: a.attended + b.attended,
    absent: a.absent + b.absent,
    reported: a.reported + b.reported,
    overdue: a.overdue + b.overdue,
    goodPractices: a.goodPractices + b.goodPractices,
    openProposals: a.openProposals + b.openProposals,
  };
}

const byVi = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Months in order; in each, one row per cadre and unit (by cadre's name, then unit's), then the month's total. */
export function monthlySummary(visits: readonly Visit[], ctx: MonthlyContext): MonthGroup[] {
  const groups = new Map<string, Map<string, { cadre: string; unit: string; visits: Visit[] }>>();
  for (const visit of visits.filter(countsAsMeeting)) {
    const month = visitMonth(visit);
    const rows = groups.get(month) ?? new Map<string, { cadre: string; unit: string; visits: Visit[] }>();
    groups.set(month, rows);
    const cadre = visit.cadreName.trim();
    const unit = visit.unitName.trim();
    const key = `${cadre}\u0000${unit}`;
    const row = rows.get(key) ?? { cadre, unit, visits: [] };
    rows.set(key, row);
    row.visits.push(visit);
  }
  return [...groups.keys()].sort().map((month) => {
    const rows = [...groups.get(month)!.values()]
      .sort((a, b) => byVi(a.cadre, b.cadre) || byVi(a.unit, b.unit))
      .map((r) => ({ month, cadre: r.cadre, unit: r.unit, counts: countVisits(r.visits, ctx) }));
    return { month, rows, total: rows.reduce((sum, r) => addCounts(sum, r.counts), NO_COUNTS) };
  });
}

/** The digest's `Đi cơ sở` section: this month so far, and what the office must chase now. */
export interface MonthToDate {
  /** `YYYY-MM` of today. */
  month: string;
  counts: MonthlyCounts;
  /** This month's meetings still ahead (after today). */
  ahead: number;
  /** This month's reports that carry a proposal still at `Mới`: the office has not taken them up. */
  newProposals: number;
  /** Every report overdue today, whatever its month: the office chases them. */
  overdue: Visit[];
}

export function monthToDate(visits: readonly Visit[], ctx: MonthlyContext): MonthToDate {
  const month = ctx.today.slice(0, 7);
  const meetings = visits.filter(countsAsMeeting);
  const thisMonth = meetings.filter((v) => visitMonth(v) === month && keyDay(v.key) <= ctx.today);
  return {
    month,
    counts: countVisits(thisMonth, ctx),
    ahead: meetings.filter((v) => visitMonth(v) === month && keyDay(v.key) > ctx.today).length,
    newProposals: thisMonth.filter((v) => hasProposal(v) && readHandling(v.handling).status === 'Mới').length,
    overdue: meetings.filter((v) => isOverdue(v, ctx)).sort((a, b) => a.start.getTime() - b.start.getTime()),
  };
}
