import { SHEET } from '../workbook/layout';
import { readSheet, type WorkbookSheets } from '../workbook/sheets';
import { ratingChart, type RatingChart } from './ratingChart';
import { deadlineInfo, periodShortLabel, readSettingsAndUnits, type DeadlineInfo, type SidebarClock } from './sidebarApi';
import { readUnitRowViews, type UnitRowView } from './unitRowView';

/** One unit of the dashboard's list; plain strings and numbers (google.script.run cannot carry Dates). */
export interface DashboardUnit extends Omit<UnitRowView, 'emails' | 'secretary' | 'formUrl'> {
  /** Calendar days until the deadline while something is missing; null once the unit is complete. */
  daysLeft: number | null;
  /** Calendar days past the deadline while something is missing; 0 otherwise. */
  daysOverdue: number;
  /** The cadre's name as last read from `Cán bộ` (see cadreNames.ts); '' when not known. */
  cadreName: string;
}

export interface Dashboard {
  campaign: { name: string; district: string };
  deadline: DeadlineInfo;
  complete: number;
  total: number;
  periods: { label: string; short: string }[];
  units: DashboardUnit[];
  chart: RatingChart;
  /** Choices of the filters, in the order of `Đơn vị` (clusters) and by id (cadres; `name` '' when not known). */
  filters: { clusters: string[]; cadres: { id: string; name: string }[] };
}

/**
 * Reads three sheets, one `getValues()` each, whatever the number of units: `Cấu hình` (deadline,
 * periods, scale, time zone), `Đơn vị` (its status columns already hold every unit's progress)
 * and `Tổng hợp` (the rating counts for the chart). Cadres are named from the names remembered
 * when `Cán bộ` was last read (a fourth sheet read would break the budget), by id when unknown.
 */
export function loadDashboard(sheets: WorkbookSheets, clock: SidebarClock, cadreNames: ReadonlyMap<string, string>): Dashboard {
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const deadline = deadlineInfo(settings, clock);
  const units = readUnitRowViews(unitValues, settings, clock).map(
    ({ emails: _emails, secretary: _secretary, formUrl: _formUrl, ...unit }): DashboardUnit => ({
      ...unit,
      daysLeft: unit.complete ? null : deadline.daysLeft,
      daysOverdue: unit.complete ? 0 : deadline.daysOverdue,
      cadreName: cadreNames.get(unit.cadre) ?? '',
    }),
  );
  return {
    campaign: { name: settings.name, district: settings.district },
    deadline,
    complete: units.filter((unit) => unit.complete).length,
    total: units.length,
    periods: settings.periods.map((period) => ({ label: period.label, short: periodShortLabel(period) })),
    units,
    chart: ratingChart(readSheet(sheets.get(SHEET.summary)), settings),
    filters: {
      clusters: unique(units.map((unit) => unit.cluster)),
      cadres: unique(units.map((unit) => unit.cadre))
        .sort()
        .map((id) => ({ id, name: cadreNames.get(id) ?? '' })),
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
