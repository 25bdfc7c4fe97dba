/** The emails the automation sends, each `{ subject, text, html }`; see `messages.ts` for the wording. */
export { reminderEmail, overdueEmail, type DeadlineNoticeInput } from './deadlineNotices';
export { digestEmail, type DigestInput, type DigestPilot, type DigestUnit } from './digest';
export { cadreDigestEmail, type CadreDigestInput } from './cadreDigest';
export type { RatingCounts } from './ratingTotals';
export { receiptEmail, type KeptLine, type ReceiptInput } from './receipt';
export { rejectionEmail, type RejectionInput } from './rejection';
export { reviewRejectionEmail, type ReviewRejectionInput } from './reviewRejection';
export { escapeHtml, isHttpUrl } from './html';
export { ANSWER_TAG } from './messages';
export type { Email, LetterCampaign, LetterCadre, LetterUnit, SubmissionChannel } from './types';
