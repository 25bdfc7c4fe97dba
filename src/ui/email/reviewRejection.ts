import { composeLetter, viDate } from './letter';
import { letterText, reviewRejectionText } from './messages';
import { paragraph } from './render';
import type { Email, LetterCampaign, LetterUnit } from './types';

/** What the office's "Từ chối" answer needs: a message it reviewed and decided not to record. */
export interface ReviewRejectionInput {
  campaign: LetterCampaign;
  /** The unit the message seemed to come from, or null for an unknown sender. */
  unit: LetterUnit | null;
  /** The sender's address, the recipient when the unit is unknown. */
  sender: string;
  /** The submission's short code (`Số hiệu` of its log row, `TT-0912-03`), quoted so the office can find the row; never a machine id. */
  reference: string;
  /** The office's reason, as typed in the sidebar. */
  reason: string;
  subject: string | null;
  /** Local `YYYY-MM-DD` it arrived, or null. */
  receivedDay: string | null;
}

/**
 * `Báo lỗi` after a human decision: unlike the automatic rejection it does not claim the content
 * was unreadable; it gives the office's reason and the one way to be recorded (a registered address).
 */
export function reviewRejectionEmail(input: ReviewRejectionInput): Email {
  const { campaign } = input;
  const recipient = input.unit ? letterText.unitRecipient(input.unit.name) : reviewRejectionText.senderRecipient(input.sender);
  return composeLetter(campaign, recipient, reviewRejectionText.subject, [
    paragraph(reviewRejectionText.received(input.subject, input.receivedDay && viDate(input.receivedDay), input.reference)),
    paragraph(reviewRejectionText.reason, { strong: input.reason }),
    paragraph(reviewRejectionText.howToResend(campaign.officeEmail)),
  ]);
}
