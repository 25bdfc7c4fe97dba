/**
 * The only place that turns text into HTML for emails. Every value that reaches an email's HTML
 * goes through `escapeHtml` (text and attribute values alike), and only http(s) addresses become
 * links, so a unit name, a chapter name, a parser warning or a link read from a sheet can never
 * add markup or a `javascript:` link to a letter.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '`: safe both between tags and inside a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/**
 * Whether `url` may become a link: an absolute http(s) address with a host and no white space
 * or control characters (which some clients strip, turning a harmless-looking text into another
 * scheme).
 */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#\\]+[^\s\\]*$/i.test(url) && !/[\u0000-\u001f\u007f]/.test(url);
}

/** Inline styles, not a stylesheet: Gmail on a phone drops `<style>` blocks in many cases. */
export const STYLE = {
  body: 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1f1f1f;max-width:680px',
  paragraph: 'margin:0 0 12px',
  heading: 'margin:18px 0 8px;font-weight:bold',
  list: 'margin:0 0 12px;padding-left:24px',
  listItem: 'margin:0 0 4px',
  table: 'border-collapse:collapse;width:100%;margin:0 0 12px;font-size:13px',
  th: 'border:1px solid #c8c8c8;padding:4px 6px;text-align:left;background:#f1f3f4;vertical-align:top',
  td: 'border:1px solid #c8c8c8;padding:4px 6px;text-align:left;vertical-align:top',
  link: 'color:#1a56b0',
  // Right half, centred, as the signature of an administrative letter; still readable on a phone.
  signature: 'margin:24px 0 0 40%;text-align:center;font-weight:bold',
  footer: 'margin:24px 0 0;padding-top:8px;border-top:1px solid #dadce0;font-size:12px;color:#5f6368',
} as const;

/** `<tag style="…">` with an escaped style; every tag the templates emit is written here or in `render.ts`. */
export function openTag(tag: string, style: string, extra = ''): string {
  return `<${tag} style="${escapeHtml(style)}"${extra}>`;
}

/** A link when `url` is http(s); anything else is shown as the (escaped) address, never as a link. */
export function linkHtml(url: string, label: string | undefined): string {
  if (!isHttpUrl(url)) return escapeHtml(url);
  return `<a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(label ?? url)}</a>`;
}
