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
