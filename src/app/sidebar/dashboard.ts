import { SCALES } from '../../domain/ratings';
import { SHEET } from '../../workbook/layout';
import type { WorkbookSheets } from '../../workbook/sheets';
import { cellText } from '../../workbook/cells';
import { readFirstColumns } from '../../workbook/gridRead';
import { isSummaryTitle, summaryColumns } from '../../workbook/summarySheet';
import type { SidebarSettings } from './sidebarApi';
import { ratingChart, unitRatingCounts, type RatingChart } from './ratingChart';
import { sumRatingCounts, type UnitRatingCounts } from './ratingCounts';
import { deadlineInfo, periodShortLabel, readSettingsAndUnits, type DeadlineInfo, type SidebarClock } from './sidebarApi';
import { readPilotStatuses } from './pilotStatus';
import { readUnitRowViews, type UnitRowView } from './unitRowView';
import { pollReportMessages } from '../../ui/email/messages';
import type { PollReport } from '../intake/pollReport';

/** One unit of the dashboard's list; plain strings and numbers (google.script.run cannot carry Dates). */
export interface DashboardUnit extends Omit<UnitRowView, 'emails' | 'secretary' | 'formUrl'> {
  /** Calendar days until the deadline while something is missing; null once the unit is complete. */
  daysLeft: number | null;
  /** Calendar days past the deadline while something is missing; 0 otherwise. */
  daysOverdue: number;
  /** The cadre's name as last read from `Cán bộ` (see cadreNames.ts); '' when not known. */
  cadreName: string;
  /** The unit's row of `Tổng hợp`, so a filtered list redraws the chart without asking the server. */
  ratings: UnitRatingCounts;
}

export interface Dashboard {
  campaign: { name: string; office: string };
  deadline: DeadlineInfo;
  complete: number;
  total: number;
  periods: { label: string; short: string }[];
  units: DashboardUnit[];
  chart: RatingChart;
  /** Choices of the filters, in the order of `Đơn vị` (clusters) and by id (cadres; `name` '' when not known). */
  filters: { clusters: string[]; cadres: { id: string; name: string }[] };
  /** The last mailbox poll when it could not finish (a sentence), else null. */
  lastPoll: string | null;
  /** Submissions parked as `Lỗi xử lý`: how many, and the first few with their reason. */
  parked: { count: number; items: { id: string; code: string; source: string; unit: string; reason: string }[] };
}

/** The poll's report as the dashboard shows it (pollReport.ts). */
export function pollView(report: PollReport | null, clock: SidebarClock, timeZone: string): Pick<Dashboard, 'lastPoll' | 'parked'> {
  if (!report) return { lastPoll: null, parked: { count: 0, items: [] } };
  return {
    lastPoll: report.reason ? pollReportMessages.unfinished(clock.format(new Date(report.at), timeZone, 'HH:mm dd/MM/yyyy'), report.left, report.reason) : null,
    parked: {
      count: report.parkedCount,
      items: report.parked.map((item) => ({ id: item.id, code: item.code ?? '', source: pollReportMessages.sourceName(item.source), unit: item.unit, reason: item.reason })),
    },
  };
}

/**
 * Reads three sheets, one `getValues()` each, whatever the number of units: `Cấu hình` (deadline,
 * periods, scale, time zone), `Đơn vị` (its status columns already hold every unit's progress)
 * and `Tổng hợp` (the rating counts for the chart); a fourth, `Đi cơ sở`, when the campaign has
 * pilots, for their status. Cadres are named from the names remembered
 * when `Cán bộ` was last read (a fourth sheet read would break the budget), by id when unknown.
 */
export function loadDashboard(sheets: WorkbookSheets, clock: SidebarClock, cadreNames: ReadonlyMap<string, string>, report: PollReport | null = null): Dashboard {
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const deadline = deadlineInfo(settings, clock);
  const summary = readSummaryValues(sheets, settings);
  const ratingsOf = unitRatingCounts(summary, settings);
  const none = sumRatingCounts([], SCALES[settings.scale].levels.length, settings.periods.length);
  const known = [...cadreNames].map(([id, name]) => ({ id, name }));
  const pilotsOf = readPilotStatuses(sheets, settings, clock);
  const units = readUnitRowViews(unitValues, settings, clock, known).map(
    ({ emails: _emails, secretary: _secretary, formUrl: _formUrl, ...unit }): DashboardUnit => ({
      ...unit,
      pilots: pilotsOf(unit.id),
      daysLeft: unit.complete ? null : deadline.daysLeft,
      daysOverdue: unit.complete ? 0 : deadline.daysOverdue,
      cadreName: cadreNames.get(unit.cadre) ?? '',
      ratings: ratingsOf.get(unit.name) ?? none,
    }),
  );
  return {
    campaign: { name: settings.name, office: settings.office },
    deadline,
    complete: units.filter((unit) => unit.complete).length,
    total: units.length,
    periods: settings.periods.map((period) => ({ label: period.label, short: periodShortLabel(period) })),
    units,
    chart: ratingChart(summary, settings),
    filters: {
      clusters: unique(units.map((unit) => unit.cluster)),
      cadres: unique(units.map((unit) => unit.cadre))
        .sort()
        .map((id) => ({ id, name: cadreNames.get(id) ?? '' })),
    },
    ...pollView(report, clock, settings.timeZone),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** `Tổng hợp` as the campaign lays it out, by A1 notation (no sheet lookup). */
export function readSummaryValues(sheets: WorkbookSheets, settings: Pick<SidebarSettings, 'scale' | 'periods'>): unknown[][] {
  return readFirstColumns(sheets, SHEET.summary, summaryColumns(settings).width, isSummaryTitle).values;
}
