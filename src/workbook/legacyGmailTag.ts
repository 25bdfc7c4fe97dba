/**
 * Rows logged by versions before the `Mã Gmail` column end an email's `Chi tiết` with
 * `[gmail:<id>]`: the reader of that tag, so those rows are still found by their Gmail id. No
 * row is written with it any more; a legacy row's tag is kept when its `Chi tiết` is rewritten.
 */
const TAGGED_ID = /\[gmail:([^\]]+)\]/;

/** The Gmail id a legacy row's detail carries; null when it has none. */
export function taggedGmailId(detail: string): string | null {
  return TAGGED_ID.exec(detail)?.[1] ?? null;
}

/** The tag at the end of a detail, with the spaces around it: what people need not read. */
export const TRAILING_GMAIL_TAG = /\s*\[gmail:[^\]]+\]\s*$/;

/** `Chi tiết` apart from a legacy row's trailing Gmail tag ('' without one). */
export function splitGmailTag(detail: string): { text: string; tag: string } {
  const tag = TRAILING_GMAIL_TAG.exec(detail)?.[0] ?? '';
  return { text: detail.slice(0, detail.length - tag.length), tag: tag.trim() };
}

/** A new `Chi tiết` for a row, keeping the legacy tag its previous one ended with. */
export function keepGmailTag(previous: string, text: string): string {
  const { tag } = splitGmailTag(previous);
  return tag ? [text.trim(), tag].filter(Boolean).join(' ') : text;
}
