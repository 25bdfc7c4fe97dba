import { hasProposal, readHandling, type ProposalStatus } from '../proposals';
import { keyDay, type Visit } from '../visits';
import { addCounts, countsAsMeeting, countVisits, isOpenProposal, monthlySummary, NO_COUNTS, type MonthlyContext, type MonthlyCounts } from '../visitsMonthly';

/**
 * The report's section on the cadres' visits (issue 17): the campaign's visits per month and per
 * cadre, the good practices reported and the proposals still open. Pure, from `Đi cơ sở` as read.
 */
export interface VisitFigures {
  total: MonthlyCounts;
  /** `YYYY-MM`, in order. */
  months: { month: string; counts: MonthlyCounts }[];
  /** By the cadre's name; `units`: how many units the cadre's meetings were held in. */
  cadres: { cadre: string; units: number; counts: MonthlyCounts }[];
  goodPractices: { unit: string; chapter: string; cadre: string; day: string; practice: string }[];
  openProposals: { unit: string; chapter: string; cadre: string; day: string; difficulties: string; status: ProposalStatus }[];
}

const byVi = (a: string, b: string) => a.localeCompare(b, 'vi');

export function visitFigures(visits: readonly Visit[], ctx: MonthlyContext): VisitFigures {
  const meetings = visits.filter(countsAsMeeting);
  const months = monthlySummary(meetings, ctx).map((group) => ({ month: group.month, counts: group.total }));
  const byCadre = new Map<string, Visit[]>();
  for (const visit of meetings) byCadre.set(visit.cadreName.trim(), [...(byCadre.get(visit.cadreName.trim()) ?? []), visit]);
  const cadres = [...byCadre.entries()]
    .sort(([a], [b]) => byVi(a, b))
    .map(([cadre, mine]) => ({
      cadre,
      units: new Set(mine.filter((v) => v.status === 'Đã dự' || v.status === 'Đã báo cáo').map((v) => v.unitName.trim())).size,
      counts: countVisits(mine, ctx),
    }));
  const ordered = [...meetings].sort((a, b) => a.start.getTime() - b.start.getTime());
  return {
    total: months.reduce((sum, m) => addCounts(sum, m.counts), NO_COUNTS),
    months,
    cadres,
    goodPractices: ordered
      .filter((v) => v.goodPractice.trim() !== '')
      .map((v) => ({ unit: v.unitName, chapter: v.chapter, cadre: v.cadreName, day: keyDay(v.key), practice: v.goodPractice.trim() })),
    openProposals: ordered
      .filter((v) => hasProposal(v) && isOpenProposal(v))
      .map((v) => ({ unit: v.unitName, chapter: v.chapter, cadre: v.cadreName, day: keyDay(v.key), difficulties: v.difficulties.trim(), status: readHandling(v.handling).status })),
  };
}
