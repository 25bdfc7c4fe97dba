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
}

export interface Dashboard {
  campaign: { name: string; district: string };
  deadline: DeadlineInfo;
  complete: number;
  total: number;
  periods: { label: string; short: string }[];
  units: DashboardUnit[];
  chart: RatingChart;
  /** Choices of the filters, in the order of `Đơn vị` (clusters) and sorted (cadres: ids of `Cán bộ`). */
  filters: { clusters: string[]; cadres: string[] };
}

/**
 * Reads three sheets, one `getValues()` each, whatever the number of units: `Cấu hình` (deadline,
 * periods, scale, time zone), `Đơn vị` (its status columns already hold every unit's progress)
 * and `Tổng hợp` (the rating counts for the chart). Cadres are shown by their id: their names
 * would cost a fourth read (`Cán bộ`); the unit detail shows the name.
 */
export function loadDashboard(sheets: WorkbookSheets, clock: SidebarClock): Dashboard {
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const deadline = deadlineInfo(settings, clock);
  const units = readUnitRowViews(unitValues, settings, clock).map(
    ({ emails: _emails, secretary: _secretary, formUrl: _formUrl, ...unit }): DashboardUnit => ({
      ...unit,
      daysLeft: unit.complete ? null : deadline.daysLeft,
      daysOverdue: unit.complete ? 0 : deadline.daysOverdue,
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
      cadres: unique(units.map((unit) => unit.cadre)).sort(),
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
