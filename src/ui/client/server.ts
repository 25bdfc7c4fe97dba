import type * as Api from '../../main';
import { isPermissionError, platformFailure } from '../../gas/errors';
import { FAILURE_TEXT } from './text';

/** The server functions google.script.run can reach: exports of main.ts not ending in `_`. */
type PublicApi = { [K in keyof typeof Api as K extends `${string}_` ? never : K]: (typeof Api)[K] };

/** Promise-based, compiler-checked calls: `server.getDashboard()` fails to compile if it does not exist. */
export type ServerClient = {
  [K in keyof PublicApi]: PublicApi[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** Texts of a call that never reached the server (the browser's and google.script.run's own). */
const OFFLINE = /Failed to fetch|NetworkError|Network request failed|Load failed|Connection failure|net::ERR_/i;
/** The account's own authorization, beside the project's scopes (isPermissionError). */
const NOT_AUTHORIZED = /^Authorization is required|^You do not have access|^Access denied/i;
/** Any letter only Vietnamese uses: the server's own messages have them, the platform's never do. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/**
 * A failed call as the person at the sidebar reads it: the server's own messages are Vietnamese
 * and complete (a busy lock it caught, a missing right), so only the runtime's `Error:` /
 * `Exception:` prefix is taken off; a platform or browser text (`Service Spreadsheets timed
 * out…`, `Failed to fetch`, a lock timeout, a permission) becomes what happened and what to do.
 */
export function serverMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = raw.replace(/^(?:Error|Exception|ScriptError|TypeError): /, '').trim();
  if (VIETNAMESE.test(message)) return message;
  if (OFFLINE.test(message)) return FAILURE_TEXT.offline;
  if (isPermissionError({ message }) || NOT_AUTHORIZED.test(message)) return FAILURE_TEXT.permission;
  switch (platformFailure({ message })) {
    case 'serviceDown':
      return FAILURE_TEXT.serviceDown;
    case 'lockTimeout':
      return FAILURE_TEXT.lockTimeout;
    case 'timeLimit':
      return FAILURE_TEXT.timeLimit;
    case 'mailQuota':
      return FAILURE_TEXT.mailQuota;
    case 'outsideGrid':
    case 'cellTooLong':
    case 'workbookFull':
      return FAILURE_TEXT.sheetLimit;
    case null:
      return FAILURE_TEXT.unknown;
  }
}

export const server = new Proxy({} as ServerClient, {
  get(_target, name) {
    return (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler((error) => reject(new Error(serverMessage(error))));
        const fn = runner[String(name)];
        if (typeof fn !== 'function') {
          reject(new Error(`Không tìm thấy chức năng ${String(name)} trên máy chủ.`));
          return;
        }
        (fn as (...a: unknown[]) => void).apply(runner, args);
      });
  },
});
