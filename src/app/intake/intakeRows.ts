import { codesOfRows } from '../../domain/submissionCode';
import { cellDate, cellText } from '../../workbook/cells';
import { INTAKE_LOG_HEADERS } from '../../workbook/layout';
import { formatCellTime, type SidebarClock } from '../sidebar/sidebarApi';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A row of `Nhật ký nhận` without its raw content, as the sidebar shows it. */
export interface IntakeRowView {
  /** Sheet row, 1-based. */
  row: number;
  /** `dd/MM/yyyy HH:mm`, campaign time zone. */
  time: string;
  /** For ordering only; not sent to the page. */
  timeMs: number;
  source: string;
  sender: string;
  /** The log's `Mã`, for what the page asks of the server (never shown). */
  id: string;
  /** `Số hiệu`, what people read (domain/submissionCode.ts). */
  code: string;
  unit: string;
  status: string;
  detail: string;
}

const GMAIL_TAG = /\s*\[gmail:[^\]]*\]/g;
/** Thời gian … Chi tiết: every column but `Nội dung gốc`, which can hold 50,000 characters a row. */
export const INTAKE_VIEW_WIDTH = INTAKE_LOG_HEADERS.indexOf('Chi tiết') + 1;

/** Reads the log's rows in one `getValues()` (plus `getLastRow()`), the raw content column left out. */
export function readIntakeRows(sheet: Sheet, timeZone: string, clock: SidebarClock): IntakeRowView[] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  return views(sheet.getRange(2, 1, lastRow - 1, INTAKE_VIEW_WIDTH).getValues(), timeZone, clock);
}

/** The same from the log's values as read (header row included). */
export function intakeRowViews(values: readonly (readonly unknown[])[], timeZone: string, clock: SidebarClock): IntakeRowView[] {
  return views(values.slice(1), timeZone, clock);
}

/** Rows from sheet row 2 on; every row's code follows from the rows above it, so all are read. */
function views(rows: readonly (readonly unknown[])[], timeZone: string, clock: SidebarClock): IntakeRowView[] {
  const codes = codesOfRows(rows.map((cells) => cellDate(cells[0])), timeZone);
  return rows.map((cells, i) => intakeRowView(cells, i + 2, codes[i], timeZone, clock)).filter((entry) => entry.id !== '' || entry.status !== '');
}

function intakeRowView(cells: readonly unknown[], row: number, code: string, timeZone: string, clock: SidebarClock): IntakeRowView {
  return {
    row,
    time: formatCellTime(cells[0], timeZone, clock),
    timeMs: cellDate(cells[0])?.getTime() ?? 0,
    source: cellText(cells[1]),
    sender: cellText(cells[2]),
    id: cellText(cells[3]),
    code,
    unit: cellText(cells[4]),
    status: cellText(cells[5]),
    // A legacy row's Gmail id tag is bookkeeping, not something the office reads.
    detail: cellText(cells[6]).replace(GMAIL_TAG, '').trim(),
  };
}

/** Newest first; rows logged in the same instant keep the log's order reversed. */
export function newestFirst<T extends Pick<IntakeRowView, 'row' | 'timeMs'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.timeMs - a.timeMs || b.row - a.row);
}
