import type { Emulator } from '../emulator';

/**
 * google.script.run as the platform does it: functions ending in `_` and names that are not
 * top-level functions are unreachable, and arguments and results must survive the trip
 * (no Date, function or circular value; undefined array items arrive as null).
 */
export type ScriptRunResult = { ok: true; value: unknown } | { ok: false; error: string };

export function isCallable(emu: Emulator, name: string): boolean {
  if (!/^[A-Za-z$][\w$]*$/.test(name) || name.endsWith('_')) return false;
  return typeof (emu.context as Record<string, unknown>)[name] === 'function';
}

/** Throws when a value cannot cross google.script.run; returns its serialised copy. */
export function transferable(value: unknown, where: string, seen = new Set<object>()): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'function') throw new TypeError(`${where}: không gửi được hàm qua google.script.run`);
  if (typeof value !== 'object') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new TypeError(`${where}: không gửi được đối tượng Date qua google.script.run (đề nghị đổi thành chuỗi)`);
  }
  if (seen.has(value)) throw new TypeError(`${where}: dữ liệu có vòng tham chiếu`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, i) => transferable(item, `${where}[${i}]`, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = transferable(item, `${where}.${key}`, seen);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

export function scriptRun(emu: Emulator, name: string, args: unknown[]): ScriptRunResult {
  if (!isCallable(emu, name)) return { ok: false, error: `Script function not found: ${name}` };
  try {
    const input = transferable(args, 'arguments') as unknown[];
    const value = emu.run(name, ...input);
    return { ok: true, value: transferable(value, 'result') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
