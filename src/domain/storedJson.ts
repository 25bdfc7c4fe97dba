import type * as z from 'zod/mini';

/**
 * JSON the script stored itself (a script property, a log cell), read back. Anyone may have edited
 * it by hand, or an older version written another shape: then it reads as nothing, never throws.
 */
export function parseStored<T>(schema: z.ZodMiniType<T>, text: string | null): T | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A stored JSON object of strings (id → name, section → signature); other entries are dropped. */
export function parseStringRecord(text: string | null): Record<string, string> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
