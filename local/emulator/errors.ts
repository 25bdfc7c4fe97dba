/**
 * Errors the fakes throw host-side. The bridge turns each into an Error of the script's realm:
 * `kind: 'exception'` gets `name = 'Exception'` (so the script sees `Exception: <message>`, as
 * Apps Script prints service errors), `kind: 'plain'` stays a plain `Error`.
 */
export type ScriptErrorKind = 'exception' | 'plain' | 'rest';

/** The name the script sees: advanced services are REST calls and fail as `GoogleJsonResponseException: API call to … failed with error: …`. */
const ERROR_NAMES: Readonly<Record<ScriptErrorKind, string>> = { exception: 'Exception', plain: 'Error', rest: 'GoogleJsonResponseException' };

export class ScriptError extends Error {
  constructor(message: string, readonly kind: ScriptErrorKind = 'exception') {
    super(message);
    this.name = ERROR_NAMES[kind];
  }
}

/** An advanced service's REST call refused (`drive.files.create`), as the platform words it. */
export function restError(call: string, reason: string): ScriptError {
  return new ScriptError(`API call to ${call} failed with error: ${reason}`, 'rest');
}

/** A service error as the platform throws it (`Exception: …`). */
export function exception(message: string): ScriptError {
  return new ScriptError(message, 'exception');
}

/** A gap in the emulator itself: loud, never mistaken for platform behaviour. */
export function notImplemented(what: string): ScriptError {
  return new ScriptError(`Emulator: ${what} is not implemented`, 'plain');
}

/** `typeof`-style names Apps Script uses in signature errors. */
function argTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return 'number[]';
    if (value.every((v) => typeof v === 'string')) return 'String[]';
    return 'Object[]';
  }
  if (value instanceof Date) return 'Date';
  return 'Object';
}

/** `The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.` */
export function signatureError(owner: string, method: string, args: readonly unknown[]): ScriptError {
  return exception(
    `The parameters (${args.map(argTypeName).join(',')}) don't match the method signature for ${owner}.${method}.`,
  );
}

export function requireNumber(value: unknown, owner: string, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw signatureError(owner, method, args);
  return value;
}

export function requireString(value: unknown, owner: string, method: string, args: readonly unknown[]): string {
  if (typeof value !== 'string') throw signatureError(owner, method, args);
  return value;
}

export const TEXT = {
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
  spreadsheetFailed: (id: string) => `Service Spreadsheets failed while accessing document with id ${id}.`,
  timeLimit: 'Exceeded maximum execution time',
  tooManySimultaneous: 'There are too many scripts running simultaneously for this Google user account.',
} as const;
