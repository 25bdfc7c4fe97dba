import type { Campaign } from '../../domain/campaign';
import { DEFAULT_REPORT_DAYS } from '../../domain/visitReport';
import type { Visit } from '../../domain/visits';
import { monthlySummary, type MonthlyContext } from '../../domain/visitsMonthly';
import { cellText } from '../../workbook/cells';
import { readConfigValues } from '../../workbook/configSheet';
import { readFirstColumns } from '../../workbook/gridRead';
import { CONFIG_HEADERS, SHEET } from '../../workbook/layout';
import { createMonthlySheet, writeMonthlySummary, MONTHLY_SHEET } from '../../workbook/monthlySheet';
import type { WorkbookSheets } from '../../workbook/sheets';
import type { VisitClock } from './recordInvitation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the counts need of the campaign: today's date where the office is, and when a report falls due. */
export interface MonthlySettings {
  timeZone: string;
  reportDays: number;
}

export function monthlySettingsOf(campaign: Pick<Campaign, 'timeZone' | 'visits'>): MonthlySettings {
  return { timeZone: campaign.timeZone, reportDays: campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS };
}

/**
 * The two settings from `Cấu hình` alone (one read, by A1 notation), for a visits pass that had no
 * other reason to read the campaign; null when the sheet does not say (setup will, and the next pass counts).
 */
export function readMonthlySettings(sheets: WorkbookSheets): MonthlySettings | null {
  const values = readFirstColumns(sheets, SHEET.config, 3, (header) => cellText(header[0]) === CONFIG_HEADERS[0]).values;
  if (values.length === 0) return null;
  const draft = readConfigValues(values);
  const timeZone = typeof draft.timeZone === 'string' && draft.timeZone ? draft.timeZone : null;
  if (!timeZone) return null;
  const days = (draft.visits as { reportDays?: unknown } | undefined)?.reportDays;
  const reportDays = typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 30 ? days : DEFAULT_REPORT_DAYS;
  return { timeZone, reportDays };
}

/**
 * `Đi cơ sở theo tháng` from the visits as the pass leaves them: made on the first pass with a
 * visit to count (next to `Đi cơ sở`), then rewritten only when a figure changed. Whether it wrote.
 */
export function summarizeMonthsIn(
  sheets: WorkbookSheets,
  visitsSheet: Sheet,
  visits: readonly Visit[],
  clock: Pick<VisitClock, 'now' | 'localDay'>,
  settings: () => MonthlySettings | null,
): boolean {
  const counted = visits.filter((v) => v.key !== '');
  // No visit yet (most polls before the season's first invitation; a pilot's planned row is none): not even a lookup.
  if (!counted.some((v) => v.status !== 'Dự kiến')) return false;
  const existing = sheets.get(MONTHLY_SHEET);
  const found = settings();
  if (!found) return false;
  const now = clock.now();
  const ctx: MonthlyContext = { now: now.getTime(), today: clock.localDay(now, found.timeZone), reportDays: found.reportDays };
  const groups = monthlySummary(counted, ctx);
  const sheet = existing ?? createMonthlySheet(sheets, visitsSheet.getIndex());
  return writeMonthlySummary(sheet, groups);
}
