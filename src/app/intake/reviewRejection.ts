import type { Campaign } from '../../domain/campaign';
import { answerSubject } from '../../domain/replyRoute';
import { unitOfSender } from '../../domain/senders';
import { ANSWER_TAG, reviewRejectionEmail, type Email } from '../../ui/email';
import { cellDate, cellText } from '../../workbook/cells';
import { INTAKE_LOG_HEADERS } from '../../workbook/layout';
import { INTAKE_RAW_COLUMN } from '../../workbook/logs';
import { openIntakeWorkbook } from './intakeWorkbook';
import { reviewMessages } from '../messages';
import { rejectionReasonsFor, splitRawContent } from '../sidebar/reviewQueue';

/** What the rejection letter is made of, all of it as `Nhật ký nhận` holds it (so the sidebar can show it without the mailbox). */
export interface RejectedMessage {
  from: string;
  subject: string;
  /** Local `YYYY-MM-DD` the message was logged, or null. */
  receivedDay: string | null;
  /** Its log row's `Số hiệu`, which the letter quotes. */
  reference: string;
  /** The log's `Đơn vị`: the unit the content seems to come from, '' when none. */
  loggedUnit: string;
}

/** The letter that goes, subject included: one function for the preview and for the answer itself. */
export function reviewRejectionLetter(campaign: Campaign, message: RejectedMessage, reason: string): Email {
  const why = reason.trim() || rejectionReasonsFor(campaign.units, message.from, message.loggedUnit)[0];
  const email = reviewRejectionEmail({
    campaign,
    // Addressed as the unit only when it came from that unit's address (the log's unit may be a guess from the document).
    unit: unitOfSender(campaign.units, message.from),
    sender: message.from,
    reference: message.reference,
    reason: why,
    subject: message.subject || null,
    receivedDay: message.receivedDay,
  });
  return { ...email, subject: answerSubject(ANSWER_TAG['Báo lỗi'], message.subject, email.subject) };
}

/** The logged message as the letter needs it, from its row of `Nhật ký nhận` (one read: `Thời gian` to `Nội dung gốc`). */
export function readRejectedMessage(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  logged: { row: number; unit: string; code: string },
  localDay: (date: Date, timeZone: string) => string,
  timeZone: string,
): RejectedMessage {
  const cells = sheet.getRange(logged.row, 1, 1, INTAKE_RAW_COLUMN).getValues()[0];
  const time = cellDate(cells[INTAKE_LOG_HEADERS.indexOf('Thời gian')]);
  const subject = splitRawContent(cellText(cells[INTAKE_RAW_COLUMN - 1])).fields.get('Tiêu đề') ?? '';
  const from = cellText(cells[INTAKE_LOG_HEADERS.indexOf('Người gửi')]);
  return { from, subject, receivedDay: time && localDay(time, timeZone), reference: logged.code, loggedUnit: logged.unit };
}

export type RejectionPreview = { ok: true; to: string; subject: string; text: string; html: string } | { ok: false; error: string };

/** The rejection letter for a message waiting for review and a reason, rendered and not sent (any editor: only the workbook is read). */
export function previewRejectionIn(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  messageId: string,
  reason: string,
  localDay: (date: Date, timeZone: string) => string,
): RejectionPreview {
  const workbook = openIntakeWorkbook(ss);
  if ('errors' in workbook) return { ok: false, error: workbook.errors.join('\n') };
  const logged = workbook.intake.byId.get(messageId);
  if (!logged || logged.status !== 'Chờ xem xét') return { ok: false, error: reviewMessages.notWaiting };
  const message = readRejectedMessage(workbook.intakeSheet, logged, localDay, workbook.campaign.timeZone);
  return { ok: true, to: message.from, ...reviewRejectionLetter(workbook.campaign, message, reason) };
}
