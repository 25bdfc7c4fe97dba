import { cellText } from './cells';
import { readFirstColumns } from './gridRead';
import { INTAKE_LOG_HEADERS, SHEET } from './layout';
import type { WorkbookSheets } from './sheets';

const TIME = INTAKE_LOG_HEADERS.indexOf('Thời gian');
const UNIT = INTAKE_LOG_HEADERS.indexOf('Đơn vị');
const STATUS = INTAKE_LOG_HEADERS.indexOf('Trạng thái');
const WIDTH = STATUS + 1;

/**
 * When each unit's first recorded submission (`Đã ghi`) arrived, by the unit's name as the log
 * writes it: one read of the log's first columns (its raw content is never read).
 */
export function firstRecordedByUnitName(sheets: WorkbookSheets): Map<string, Date> {
  const { values } = readFirstColumns(sheets, SHEET.intakeLog, WIDTH, (header) => cellText(header[STATUS]) === 'Trạng thái');
  const first = new Map<string, Date>();
  for (const row of values.slice(1)) {
    const at = row[TIME];
    const unit = cellText(row[UNIT]);
    if (!(at instanceof Date) || !unit || cellText(row[STATUS]) !== 'Đã ghi') continue;
    const known = first.get(unit);
    if (!known || at.getTime() < known.getTime()) first.set(unit, at);
  }
  return first;
}
