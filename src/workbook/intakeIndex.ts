import { submissionCodes, type SubmissionCodes } from '../domain/submissionCode';
import { cellDate, cellText } from './cells';
import { INTAKE_LOG_HEADERS } from './layout';
import { taggedGmailId } from './legacyGmailTag';
import { readLogColumns, type IntakeStatus, type LogGrid } from './logs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/*
 * What every intake use case knows of `Nhật ký nhận` after one read of `Thời gian` … `Chi tiết`:
 * each submission id's first row, and each row's code (domain/submissionCode.ts), so the next
 * rows' codes need no other read.
 */

/** Where a submission id stands in the log: its first row (1-based) and status. */
export interface LoggedSubmission {
  row: number;
  /** `Form`, `Email`, `Thủ công`. */
  source: string;
  /** `Người gửi`: the From of an email, the respondent of a form, the clerk of a paper entry. */
  sender: string;
  status: IntakeStatus;
  unit: string;
  detail: string;
  /** `Số hiệu` of its first row. */
  code: string;
  /** Its Gmail id where known without reading `Mã Gmail` (a legacy row's tag, a row this run wrote); '' otherwise (intakeCodes.ts reads it). */
  gmailId: string;
}

const INTAKE_DETAIL_COLUMN = INTAKE_LOG_HEADERS.indexOf('Chi tiết') + 1;
const at = (header: (typeof INTAKE_LOG_HEADERS)[number]) => INTAKE_LOG_HEADERS.indexOf(header);

/** The log's ids without reading its raw content column, in one read. */
export interface IntakeIndex extends LogGrid {
  byId: Map<string, LoggedSubmission>;
  /** The next rows' codes, counting the rows read; every row appended takes one, in order. */
  codes: SubmissionCodes;
  /** The code of each row read (index 0 is sheet row 2). */
  rowCodes: string[];
  /** `Mã Gmail` as read, once and only when needed (intakeCodes.ts). */
  gmailIds?: string[];
}

export function readIntakeIndex(sheet: Sheet, timeZone: string): IntakeIndex {
  // Thời gian to Chi tiết: the raw content column is never read back here; the codes follow from the times.
  const { values, grid } = readLogColumns(sheet, 1, INTAKE_DETAIL_COLUMN);
  const byId = new Map<string, LoggedSubmission>();
  const codes = submissionCodes(timeZone);
  const rowCodes: string[] = [];
  values.slice(1, grid.lastRow).forEach((row, i) => {
    const code = codes.next(cellDate(row[at('Thời gian')]));
    rowCodes.push(code);
    const id = cellText(row[at('Mã')]);
    const status = cellText(row[at('Trạng thái')]) as IntakeStatus;
    if (!id || status === 'Trùng' || byId.has(id)) return;
    const detail = cellText(row[at('Chi tiết')]);
    byId.set(id, { row: i + 2, source: cellText(row[at('Nguồn')]), sender: cellText(row[at('Người gửi')]), status, unit: cellText(row[at('Đơn vị')]), detail, code, gmailId: taggedGmailId(detail) ?? '' });
  });
  return { ...grid, byId, codes, rowCodes };
}
