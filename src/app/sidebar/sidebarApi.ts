import * as z from 'zod/mini';
import { campaignSchema, type Campaign } from '../../domain/campaign';
import { daysLeft, daysOverdue } from '../../domain/deadlines';
import { describeIssue } from '../../domain/messages';
import { paperEntrySchema, type PaperEntry } from '../../domain/paperEntry';
import { PERIOD_CODE_PATTERN } from '../../domain/periods';
import { cellDate, cellText } from '../../workbook/cells';
import { readFirstColumns } from '../../workbook/gridRead';
import { readConfigValues } from '../../workbook/configSheet';
import { CONFIG_HEADERS, FORM_LINK_HEADER, SHEET, UNIT_HEADERS, unitSheetHeaders } from '../../workbook/layout';
import { noteTabIds, type WorkbookSheets } from '../../workbook/sheets';
import { accessMessages } from '../messages';
import { isoToVi } from '../../workbook/dates';
import { locateField } from '../../workbook/readCampaign';
import { inputMessages, sidebarMessages } from './sidebarMessages';

/**
 * What every sidebar read model shares: its inputs validated (google.script.run hands over
 * whatever the page sent), the campaign settings read from `Cấu hình`, and the clock.
 */

const boundedId = (max: number, error: string) => z.string({ error }).check(z.trim(), z.minLength(1, { error }), z.maxLength(max, { error }));

const schemas = {
  unitId: boundedId(100, inputMessages.unitId),
  messageId: boundedId(1000, inputMessages.messageId),
  reason: z.optional(z.nullable(z.string({ error: inputMessages.reason }).check(z.trim(), z.maxLength(1000, { error: inputMessages.reason })))),
  remember: z.optional(z.nullable(z.boolean({ error: inputMessages.remember }))),
};

function parseInput<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? inputMessages.unitId);
  return result.data;
}

export const validUnitId = (value: unknown): string => parseInput(schemas.unitId, value);
export const validMessageId = (value: unknown): string => parseInput(schemas.messageId, value);
/** A rejection reason: the sender reads it, so it cannot be empty. */
export function validReason(value: unknown): string {
  const reason = parseInput(schemas.reason, value) ?? '';
  if (reason === '') throw new Error(inputMessages.reasonRequired);
  return reason;
}
/** "Ghi nhớ địa chỉ này cho đơn vị": absent (an older page) means no. */
export const validRemember = (value: unknown): boolean => parseInput(schemas.remember, value) ?? false;

/** A paper entry as the page sends it; any flaw is the page's, so one message names where it is. */
export function validPaperEntry(value: unknown): PaperEntry {
  const result = paperEntrySchema.safeParse(value);
  if (!result.success) throw new Error(inputMessages.paperEntry(result.error.issues[0]?.path.join('.') ?? ''));
  return result.data;
}

/** The clock and the date formatter (Utilities.formatDate in Apps Script). */
export interface SidebarClock {
  now(): Date;
  format(date: Date, timeZone: string, pattern: string): string;
}

export const DATE_TIME_PATTERN = 'dd/MM/yyyy HH:mm';
/** When a view was read, as the footer says it. */
export const READ_AT_PATTERN = 'HH:mm dd/MM/yyyy';

/** The part of the campaign the sidebar needs, from `Cấu hình` alone (units and cadres are read separately). */
export type SidebarSettings = Pick<Campaign, 'name' | 'office' | 'timeZone' | 'start' | 'deadline' | 'scale' | 'periods' | 'pilots'>;

/** Non-strict: the other keys of `Cấu hình` belong to other use cases, which validate them. */
const settingsSchema = z.object(
  z.pick(campaignSchema, { name: true, office: true, timeZone: true, start: true, deadline: true, scale: true, periods: true, pilots: true }).shape,
);

/** Reads `Cấu hình` values (header included); throws the office's Vietnamese explanation when invalid. */
export function readSettings(configValues: readonly (readonly unknown[])[]): SidebarSettings {
  const draft = readConfigValues(configValues);
  const result = settingsSchema.safeParse(draft);
  if (!result.success) {
    throw new Error(sidebarMessages.badSettings(result.error.issues.map((issue) => describeIssue(issue, draft, locateField(issue.path)))));
  }
  return result.data;
}

/** `Cấu hình` then `Đơn vị` (one read each): what every sidebar view starts from. */
export function readSettingsAndUnits(sheets: WorkbookSheets): { settings: SidebarSettings; unitValues: unknown[][] } {
  // Khóa, Mục and Giá trị (or, set up before the labels, Khóa, Giá trị and Ghi chú) hold all the
  // settings need: read by A1 notation, no sheet lookup (gridRead.ts).
  const config = readFirstColumns(sheets, SHEET.config, 3, (header) => cellText(header[0]) === CONFIG_HEADERS[0]).values;
  if (config.length === 0) throw new Error(accessMessages.notSetUp);
  const settings = readSettings(config);
  // The editable columns, the status columns, the tab ids and the form link, as setup lays them out;
  // a sheet the office rearranged (a column added before the link) is read whole instead.
  const width = unitSheetHeaders(settings).length + 1;
  const unitValues = readFirstColumns(sheets, SHEET.units, width, (header) => {
    const present = header.map(cellText);
    return UNIT_HEADERS.every((h, i) => present[i] === h) && present.includes(FORM_LINK_HEADER);
  }).values;
  if (unitValues.length === 0) throw new Error(accessMessages.notSetUp);
  noteTabIds(sheets, unitValues);
  return { settings, unitValues };
}

/** The deadline as the sidebar shows it: `12/09/2016`, and calendar days left or overdue today. */
export interface DeadlineInfo {
  date: string;
  today: string;
  /** `HH:mm dd/MM/yyyy` when the server read the workbook: the page's "Cập nhật lúc" (one clock, the server's). */
  now: string;
  daysLeft: number;
  daysOverdue: number;
}

export function deadlineInfo(settings: Pick<SidebarSettings, 'deadline' | 'timeZone'>, clock: SidebarClock): DeadlineInfo {
  const now = clock.now();
  const today = clock.format(now, settings.timeZone, 'yyyy-MM-dd');
  return {
    date: isoToVi(settings.deadline),
    today: isoToVi(today),
    now: clock.format(now, settings.timeZone, READ_AT_PATTERN),
    daysLeft: Math.max(0, daysLeft(settings.deadline, today)),
    daysOverdue: daysOverdue(settings.deadline, today),
  };
}

/**
 * A period's name as the plan writes it (`năm 2015`, `6 tháng đầu năm 2016`), whatever label the
 * campaign gave it, so every view says it the same way; the label when the code is not a period's.
 */
export function periodShortLabel(period: { code: string; label: string }): string {
  const match = PERIOD_CODE_PATTERN.exec(period.code);
  if (!match) return period.label;
  if (match[2] === 'H1') return `6 tháng đầu năm ${match[1]}`;
  if (match[2] === 'H2') return `6 tháng cuối năm ${match[1]}`;
  return `năm ${match[1]}`;
}

/** A date-time cell as `dd/MM/yyyy HH:mm` in the campaign's zone; '' for anything else. */
export function formatCellTime(value: unknown, timeZone: string, clock: SidebarClock): string {
  const date = cellDate(value);
  return date ? clock.format(date, timeZone, DATE_TIME_PATTERN) : '';
}
