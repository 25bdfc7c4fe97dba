import { cadreAnswersText, isCadreLogId } from '../../form/cadreForm';
import { cellText } from '../../workbook/cells';
import { SHEET } from '../../workbook/layout';
import type { WorkbookSheets } from '../../workbook/sheets';
import { readUnitRows } from '../../workbook/unitsSheet';
import { readIntakeRows } from '../intake/intakeRows';
import { INTAKE_RAW_COLUMN } from '../../workbook/logs';
import { READ_AT_PATTERN, readSettingsAndUnits, type SidebarClock } from './sidebarApi';
import { sidebarMessages } from './sidebarMessages';
import type { Unit } from '../../domain/campaign';
import { unitOfSender } from '../../domain/senders';
import { REJECTION_REASONS } from '../messages';

/** A message waiting for the office's decision, with what the script read from it. */
export interface ReviewItem {
  /** The log's key (Message-ID or response id): what assignReview / rejectReview take. */
  messageId: string;
  /** `Số hiệu`, what the clerk reads (the log's key is never shown). */
  code: string;
  time: string;
  source: string;
  sender: string;
  /** `Tiêu đề` of an email, '' for other sources. */
  subject: string;
  /** Attachment names and sizes, '' when none. */
  attachments: string;
  /** Why it waits (`Chi tiết`). */
  detail: string;
  /** The start of the content as received (`Nội dung gốc`). */
  excerpt: string;
  /** The unit the content seems to come from (the log's `Đơn vị`), as an id; '' when none. */
  suggestedUnit: string;
  /** The message in Gmail (https://mail.google.com/…), '' when unknown. */
  link: string;
  /** The formal reasons the clerk may choose for a rejection, the default first. */
  reasons: string[];
  /** A cadre's report of a visit by their form: the office may record it as the cadre's report (applyVisitReview). */
  visitReport?: boolean;
}

export interface ReviewQueue {
  /** Oldest first, as they arrived. */
  items: ReviewItem[];
  /** Units the office can assign an item to, in the order of `Đơn vị`. */
  units: { id: string; name: string }[];
  /** `HH:mm dd/MM/yyyy` when the log was read (the page's "Cập nhật lúc"). */
  readAt: string;
}

export const REVIEW_STATUS = 'Chờ xem xét';
export const EXCERPT_LENGTH = 600;

/** The lines the mailbox writes before an email's body in `Nội dung gốc` (mailboxMessages.raw). */
const RAW_FIELDS = ['Tiêu đề', 'Thư gốc', 'Tệp đính kèm'];

/** `Tiêu đề: …` / `Thư gốc: …` / `Tệp đính kèm: …` lines, a blank line, then the body (how the mailbox logs an email). */
export function splitRawContent(raw: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  for (; index < lines.length; index++) {
    const match = /^([^:]+): ?(.*)$/.exec(lines[index]);
    if (!match || !RAW_FIELDS.includes(match[1])) break;
    fields.set(match[1], match[2].trim());
  }
  if (fields.size === 0 || index >= lines.length || lines[index].trim() !== '') return { fields: new Map(), body: raw };
  return { fields, body: lines.slice(index + 1).join('\n') };
}

export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return clean.length <= length ? clean : `${clean.slice(0, length).trimEnd()}…`;
}

const GMAIL_LINK = /^https:\/\/mail\.google\.com\/[^\s"'<>]*$/;

/**
 * The `Chờ xem xét` rows of `Nhật ký nhận`: `Cấu hình` (time zone) and `Đơn vị` (units) once
 * each, the log without its raw column once, then the raw column of the waiting rows' span once.
 */
export function loadReviewQueue(sheets: WorkbookSheets, clock: SidebarClock): ReviewQueue {
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const drafts = readUnitRows(unitValues.slice(1));
  const units = drafts.map((unit) => ({ id: unit.id, name: unit.name }));
  const log = sheets.get(SHEET.intakeLog);
  if (!log) throw new Error(sidebarMessages.missingIntakeLog);
  const waiting = readIntakeRows(log, settings.timeZone, clock).filter((row) => row.status === REVIEW_STATUS && row.id !== '');
  const readAt = clock.format(clock.now(), settings.timeZone, READ_AT_PATTERN);
  if (waiting.length === 0) return { items: [], units, readAt };
  const first = waiting[0].row;
  const raw = log.getRange(first, INTAKE_RAW_COLUMN, waiting[waiting.length - 1].row - first + 1, 1).getValues();
  const items = waiting.map((row): ReviewItem => {
    const visitReport = isCadreLogId(row.id);
    // A form report is kept as its answers in JSON: shown as the cadre answered, question by question.
    const { fields, body } = visitReport ? { fields: new Map<string, string>(), body: cadreAnswersText(cellText(raw[row.row - first][0])) } : splitRawContent(cellText(raw[row.row - first][0]));
    const link = fields.get('Thư gốc') ?? '';
    const files = fields.get('Tệp đính kèm') ?? '';
    return {
      messageId: row.id,
      code: row.code,
      time: row.time,
      source: row.source,
      sender: row.sender,
      subject: fields.get('Tiêu đề') ?? '',
      attachments: files === 'không có' ? '' : files,
      detail: row.detail,
      excerpt: excerptOf(body),
      suggestedUnit: units.find((unit) => row.unit !== '' && unit.name === row.unit)?.id ?? '',
      link: GMAIL_LINK.test(link) ? link : '',
      reasons: rejectionReasonsFor(drafts, row.sender, row.unit),
      visitReport,
    };
  });
  return { items, units, readAt };
}

/**
 * The reasons offered for a message, the default first. A message that names a unit of the
 * district (its address is a unit's, or its document names one) is never told it is not from a
 * unit: the default then says what is really wrong (an unverified or unregistered address).
 */
export function rejectionReasonsFor(units: readonly Pick<Unit, 'name' | 'emails'>[], from: string, loggedUnit: string): string[] {
  const own = unitOfSender(units, from);
  const named = loggedUnit !== '' && units.some((unit) => unit.name === loggedUnit);
  const first = own ? REJECTION_REASONS.unverified : named ? REJECTION_REASONS.unregisteredAddress : REJECTION_REASONS.notAUnit;
  const rest = [REJECTION_REASONS.unregisteredAddress, REJECTION_REASONS.unverified, REJECTION_REASONS.notThisCampaign, REJECTION_REASONS.duplicate];
  return [first, ...rest.filter((reason) => reason !== first)].filter((reason) => reason !== REJECTION_REASONS.notAUnit || (!own && !named));
}

