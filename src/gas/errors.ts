/**
 * Platform errors the product must tell apart. A refusal for want of an OAuth scope lasts until the
 * manifest and the office's authorization change, so it must never be caught as a passing failure.
 */

/** The wordings Apps Script uses when the project's scopes do not cover a call. */
const PERMISSION_TEXTS = [
  /^You do not have permission to call /,
  /^Specified permissions are not sufficient /,
  /^The script does not have permission to perform that action/,
  /Required permissions: /,
  // An advanced service (Drive) is a REST call: the API refuses a token without the scope.
  /failed with error: Request had insufficient authentication scopes/,
];

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return '';
}

export function isPermissionError(error: unknown): boolean {
  const message = messageOf(error);
  return PERMISSION_TEXTS.some((text) => text.test(message));
}

/** `Form.getResponse(id)` for a response deleted from the form. */
export function isMissingFormResponse(error: unknown): boolean {
  return /^No response with ID .+ exists for this form\.$/.test(messageOf(error));
}

/** The error's text as thrown (`Exception: ` and all); '' for a value that is not an error. */
export function errorText(error: unknown): string {
  return messageOf(error) || (typeof error === 'string' ? error : '');
}

/** `MailApp`/`GmailApp` once the day's recipients are spent (quota page; the text is the platform's). */
export function isMailQuotaError(error: unknown): boolean {
  return /Service invoked too many times for one day: (email|gmail)\./.test(messageOf(error));
}

/** Platform failures a person can be told about in their own words (see failureReason in app/intakeFailures.ts). */
export type PlatformFailure = 'mailQuota' | 'outsideGrid' | 'cellTooLong' | 'workbookFull' | 'lockTimeout' | 'timeLimit' | 'serviceDown';

const PLATFORM_TEXTS: readonly [PlatformFailure, RegExp][] = [
  ['mailQuota', /Service invoked too many times for one day: (email|gmail)\./],
  ['outsideGrid', /The coordinates (of the range are outside the dimensions of the sheet|or dimensions of the range are invalid)/],
  ['cellTooLong', /more than the maximum of 50000 characters in a single cell/],
  ['workbookFull', /above the limit of 10000000 cells/],
  ['lockTimeout', /^Lock timeout: /],
  ['timeLimit', /Exceeded maximum execution time/],
  ['serviceDown', /^(Exception: )?(Service \w+ (failed|timed out) while accessing|We're sorry, a server error occurred|Service invoked too many times in a short time|Service (error|unavailable))/],
];

export function platformFailure(error: unknown): PlatformFailure | null {
  const text = messageOf(error);
  return PLATFORM_TEXTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
