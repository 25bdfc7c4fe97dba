import type { DashboardUnit } from '../../app/dashboard';

/** The dashboard's filters; '' means "all". */
export interface UnitFilter {
  cluster: string;
  cadre: string;
  /** Only units that still owe something (overdue once the deadline has passed). */
  lateOnly: boolean;
}

export const NO_FILTER: UnitFilter = { cluster: '', cadre: '', lateOnly: false };

export function filterUnits<U extends Pick<DashboardUnit, 'cluster' | 'cadre' | 'complete'>>(units: readonly U[], filter: UnitFilter): U[] {
  return units.filter(
    (unit) =>
      (filter.cluster === '' || unit.cluster === filter.cluster) &&
      (filter.cadre === '' || unit.cadre === filter.cadre) &&
      (!filter.lateOnly || !unit.complete),
  );
}
