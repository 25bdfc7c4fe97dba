import type { DashboardUnit } from '../../app/sidebar/dashboard';
import type { RatingChart } from '../../app/sidebar/ratingChart';
import { sumRatingCounts } from '../../app/sidebar/ratingCounts';
import { matchKey } from '../../domain/text';

/** How the list is ordered: as in `Đơn vị`, least submitted first, longest overdue first, by cluster. */
export type UnitSort = 'order' | 'status' | 'overdue' | 'cluster';

export const UNIT_SORTS: readonly UnitSort[] = ['order', 'status', 'overdue', 'cluster'];

/** The dashboard's filters; '' means "all". */
export interface UnitFilter {
  /** Typed by the clerk: part of a unit's name, with or without diacritics. */
  search: string;
  cluster: string;
  cadre: string;
  /** Only units that still owe something (overdue once the deadline has passed). */
  lateOnly: boolean;
  sort: UnitSort;
}

export const NO_FILTER: UnitFilter = { search: '', cluster: '', cadre: '', lateOnly: false, sort: 'order' };

/** Whether anything narrows the list (the order alone does not). */
export function isFiltered(filter: UnitFilter): boolean {
  return filter.search.trim() !== '' || filter.cluster !== '' || filter.cadre !== '' || filter.lateOnly;
}

type FilteredUnit = Pick<DashboardUnit, 'name' | 'short' | 'cluster' | 'cadre' | 'complete'>;

export function filterUnits<U extends FilteredUnit>(units: readonly U[], filter: UnitFilter): U[] {
  // "tam hoa" finds "Tam Hòa" and "Tam Hoà"; "doan" finds "Đoàn".
  const typed = matchKey(filter.search);
  return units.filter(
    (unit) =>
      (typed === '' || matchKey(unit.name).includes(typed) || matchKey(unit.short).includes(typed)) &&
      (filter.cluster === '' || unit.cluster === filter.cluster) &&
      (filter.cadre === '' || unit.cadre === filter.cadre) &&
      (!filter.lateOnly || !unit.complete),
  );
}

type SortedUnit = Pick<DashboardUnit, 'cluster' | 'complete' | 'daysOverdue' | 'daysLeft' | 'periods'>;

/** 0 nothing received, 1 partly received, 2 complete: the units to chase come first. */
function statusRank(unit: SortedUnit): number {
  if (unit.complete) return 2;
  return unit.periods.some((period) => period.rated > 0) ? 1 : 0;
}

/** Share of the chapter ratings still missing, so a unit missing more comes first within a rank. */
function missingShare(unit: SortedUnit): number {
  const total = unit.periods.reduce((sum, period) => sum + period.total, 0);
  const rated = unit.periods.reduce((sum, period) => sum + period.rated, 0);
  return total === 0 ? 1 : (total - rated) / total;
}

const byStatus = (a: SortedUnit, b: SortedUnit) => statusRank(a) - statusRank(b) || missingShare(b) - missingShare(a);

const COMPARE: Record<UnitSort, ((a: SortedUnit, b: SortedUnit) => number) | null> = {
  order: null,
  status: byStatus,
  // A complete unit is never overdue (daysLeft null): after every unit still owing something.
  overdue: (a, b) => b.daysOverdue - a.daysOverdue || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || byStatus(a, b),
  cluster: (a, b) => a.cluster.localeCompare(b.cluster, 'vi', { numeric: true }) || byStatus(a, b),
};

/** A sorted copy; units that compare equal keep the order of `Đơn vị`. */
export function sortUnits<U extends SortedUnit>(units: readonly U[], sort: UnitSort): U[] {
  const compare = COMPARE[sort];
  return compare ? [...units].sort(compare) : [...units];
}

/** The chart of the units shown: their rows of `Tổng hợp` summed, period by period. */
export function chartOf(chart: RatingChart, units: readonly Pick<DashboardUnit, 'ratings'>[]): RatingChart {
  const totals = sumRatingCounts(
    units.map((unit) => unit.ratings),
    chart.levels.length,
    chart.periods.length,
  );
  return { levels: chart.levels, periods: chart.periods.map((period, p) => ({ ...period, ...totals[p] })) };
}
