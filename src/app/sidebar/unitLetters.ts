import { parseNoticeKey } from '../../domain/deadlines';
import { normalizeAddress } from '../../domain/senders';
import { cellDate, cellText } from '../../workbook/cells';
import { OUTBOX_LOG_HEADERS } from '../../workbook/layout';
import { formatCellTime, type SidebarClock } from './sidebarApi';

/** A row of `Nhật ký gửi` addressed to one unit, as its page shows it (the key stays in the sheet). */
export interface LetterEntry {
  /** `dd/MM/yyyy HH:mm`, campaign time zone. */
  time: string;
  kind: string;
  to: string;
  subject: string;
  status: string;
  /** `Số hiệu` of the submission a receipt or rejection answers; '' for other letters. */
  code: string;
}

export const LETTERS_LIMIT = 30;

/** The submission an answer's key (`Xác nhận|<Mã>`, `Báo lỗi|<Mã>`) names; '' for other keys. */
function answeredId(key: string): string {
  const bar = key.indexOf('|');
  return bar > 0 && ANSWER_KINDS.has(key.slice(0, bar)) ? key.slice(bar + 1) : '';
}

const ANSWER_KINDS = new Set(['Xác nhận', 'Báo lỗi']);

const COLUMN = Object.fromEntries(OUTBOX_LOG_HEADERS.map((header, i) => [header, i])) as Record<(typeof OUTBOX_LOG_HEADERS)[number], number>;

/**
 * Kinds that are not a letter to the unit: the digest goes to the office and the cadres, naming
 * many units at once. `Bỏ qua` marks a scheduled day a later notice replaced: nothing went.
 */
const NOT_TO_UNIT = new Set(['Tổng hợp']);
const NOT_SENT = new Set(['Bỏ qua']);

/**
 * The letters a unit was sent, newest first, from `Nhật ký gửi` as read (header row included):
 * a reminder or overdue notice by its key's unit, a receipt or rejection (whose key names the
 * submission, not the unit) by its recipients, matched the way senders are (case, `+tag`).
 */
export function unitLetters(
  values: readonly (readonly unknown[])[],
  unit: { id: string; emails: readonly string[] },
  timeZone: string,
  clock: SidebarClock,
  /** The intake log's `Mã` → `Số hiệu`, to name the submission an answer's key carries. */
  codes: ReadonlyMap<string, string> = new Map(),
): { letters: LetterEntry[]; total: number } {
  const addresses = new Set(unit.emails.map(normalizeAddress));
  const matched = values
    .slice(1)
    .map((cells, i) => ({ cells, row: i }))
    .filter(({ cells }) => {
      const kind = cellText(cells[COLUMN['Loại']]);
      if (!kind || NOT_TO_UNIT.has(kind) || NOT_SENT.has(cellText(cells[COLUMN['Trạng thái']]))) return false;
      const notice = parseNoticeKey(cellText(cells[COLUMN['Khóa']]));
      if (notice?.unitId) return notice.unitId === unit.id;
      return cellText(cells[COLUMN['Người nhận']])
        .split(',')
        .some((recipient) => addresses.has(normalizeAddress(recipient)));
    })
    .sort((a, b) => (cellDate(b.cells[COLUMN['Thời gian']])?.getTime() ?? 0) - (cellDate(a.cells[COLUMN['Thời gian']])?.getTime() ?? 0) || b.row - a.row);
  const letters = matched.slice(0, LETTERS_LIMIT).map(({ cells }) => ({
    time: formatCellTime(cells[COLUMN['Thời gian']], timeZone, clock),
    kind: cellText(cells[COLUMN['Loại']]),
    to: cellText(cells[COLUMN['Người nhận']]),
    subject: cellText(cells[COLUMN['Tiêu đề']]),
    status: cellText(cells[COLUMN['Trạng thái']]),
    code: codes.get(answeredId(cellText(cells[COLUMN['Khóa']]))) ?? '',
  }));
  return { letters, total: matched.length };
}
