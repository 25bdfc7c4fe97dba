import type * as Api from '../../main';

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

/**
 * The server's own words, for the person reading the sidebar: its messages are Vietnamese and
 * complete (a busy lock, a missing right), so only the runtime's `Error:` / `Exception:` prefix,
 * if the platform adds one, is taken off.
 */
export function serverMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.replace(/^(?:Error|Exception|ScriptError): /, '');
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
