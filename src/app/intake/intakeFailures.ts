import { errorText, isPermissionError, platformFailure } from '../../gas/errors';
import type { IntakeStatus } from '../../workbook/logs';
import { failureMessages } from '../messages';
import { keepGmailTag, splitGmailTag } from '../../workbook/legacyGmailTag';

/** Tries a submission gets (one a poll) before it is parked as `Lỗi xử lý` for the office. */
export const MAX_ATTEMPTS = 3;

const ATTEMPT = /\(lần thử (\d+)\/\d+\)/;
/** Our own texts are Vietnamese; a platform text is English and is never shown as it is. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Failed tries so far, as the row's `Chi tiết` says (0 for a row never failed). */
export function failureCount(detail: string): number {
  const match = ATTEMPT.exec(detail);
  return match ? Number(match[1]) : 0;
}

/** The failure in Vietnamese: the platform's English translated, our own messages as they are. */
export function failureReason(error: unknown): string {
  const kind = platformFailure(error);
  if (kind) return failureMessages.platform[kind];
  const text = errorText(error).replace(/^Exception: /, '').trim();
  return text && VIETNAMESE.test(text) ? text.replace(/[.\s]+$/, '') : failureMessages.unknown;
}

export interface FailedTry {
  status: Extract<IntakeStatus, 'Đang xử lý' | 'Lỗi xử lý'>;
  detail: string;
  attempt: number;
}

/**
 * What a row says after one more failed try: still `Đang xử lý` with the count (the next poll tries
 * again), or `Lỗi xử lý` on the last. A refused scope is not a submission's failure: it fails
 * every one alike and must stay visible, so it is thrown on.
 */
export function failedTry(previousDetail: string, error: unknown): FailedTry {
  if (isPermissionError(error)) throw error;
  const attempt = failureCount(splitGmailTag(previousDetail).text) + 1;
  const reason = failureReason(error);
  const text = attempt >= MAX_ATTEMPTS ? failureMessages.parked(MAX_ATTEMPTS, reason) : failureMessages.retrying(attempt, MAX_ATTEMPTS, reason);
  return { status: attempt >= MAX_ATTEMPTS ? 'Lỗi xử lý' : 'Đang xử lý', detail: keepGmailTag(previousDetail, text), attempt };
}
