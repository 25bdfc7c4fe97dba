import { createEmulator, type Emulator, type EmulatorOptions } from '../../local/emulator';

export const START = '2016-08-26T08:00:00+07:00';

/** An emulator running `code` (a script source, as in dist/Code.js) from 26/8/2016 08:00 ICT. */
export function emulate(code: string, options: Partial<EmulatorOptions> = {}): Emulator {
  return createEmulator({ now: START, code, ...options });
}

/** The error a run throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): { name: string; message: string; text: string; isError: boolean } {
  try {
    fn();
  } catch (e) {
    const err = e as { name: string; message: string };
    return { name: err.name, message: err.message, text: String(e), isError: e instanceof Error };
  }
  throw new Error('expected an error');
}
