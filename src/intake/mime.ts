import { binaryToBytes, bytesToBinary, encodeUtf8 } from './bytes';
import { LIMITS } from './limits';
import { decodeBase64, decodeCharset, decodeHeaderValue, decodeQuotedPrintable, parseMailDate, parseStructured } from './mime-decode';

export { decodeHeaderValue, parseMailDate } from './mime-decode';

/**
 * A small pure MIME parser (RFC 5322 / 2045–2047 / 2231): headers with encoded words,
 * multipart trees, base64 and quoted-printable, and the charsets Vietnamese mail uses. The
 * mailbox code and the local Gmail fake read raw messages through it.
 */
export interface ParsedAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /**
   * An image shown inside the HTML body (a signature logo: `Content-Disposition: inline`, or a
   * `Content-ID` with no disposition), which Gmail's `getAttachments({ includeInlineImages: false })`
   * leaves out.
   */
  readonly inline: boolean;
}

export interface ParsedEmail {
  /** Header names in lower case; a repeated header's values joined by "\n". Encoded words decoded. */
  readonly headers: Record<string, string>;
  /**
   * Every instance of each header (names in lower case), in the message's order, unfolded but not
   * decoded: where the order matters (the receiving server's Authentication-Results is above those
   * a sender could write).
   */
  readonly headerFields: Record<string, string[]>;
  readonly messageId: string | null;
  readonly from: string;
  readonly to: string;
  readonly date: Date | null;
  readonly subject: string;
  readonly plainBody: string;
  readonly htmlBody: string;
  readonly attachments: ParsedAttachment[];
}

export function parseEml(raw: string | Uint8Array): ParsedEmail {
  const binary = typeof raw === 'string' ? toBinaryString(raw) : bytesToBinary(raw);
  const state: WalkState = { plain: [], html: [], attachments: [], parts: 0 };
  const root = splitEntity(binary);
  walk(root, state, 0);
  const headers: Record<string, string> = {};
  const headerFields: Record<string, string[]> = {};
  for (const [name, values] of root.headers) {
    headers[name] = values.map(decodeHeaderValue).join('\n');
    headerFields[name] = [...values];
  }
  return {
    headers,
    headerFields,
    messageId: headers['message-id']?.trim() || null,
    from: headers.from ?? '',
    to: headers.to ?? '',
    date: parseMailDate(headers.date ?? ''),
    subject: headers.subject ?? '',
    plainBody: state.plain.join('\n'),
    htmlBody: state.html.join('\n'),
    attachments: state.attachments,
  };
}

/** A JS string given as the raw message: characters above 0xFF mean it was already decoded from UTF-8. */
function toBinaryString(raw: string): string {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 0xff) return bytesToBinary(encodeUtf8(raw));
  return raw;
}

interface Entity {
  readonly headers: Map<string, string[]>;
  readonly body: string;
}

interface WalkState {
  plain: string[];
  html: string[];
  attachments: ParsedAttachment[];
  parts: number;
}

function splitEntity(binary: string): Entity {
  const match = /\r?\n\r?\n/.exec(binary);
  const headerText = match ? binary.slice(0, match.index) : binary;
  const body = match ? binary.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string[]>();
  const unfolded = headerText.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    const values = headers.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(name, values);
  }
  return { headers, body };
}

function header(entity: Entity, name: string): string {
  return entity.headers.get(name)?.[0] ?? '';
}

function decodeTransfer(entity: Entity): Uint8Array {
  const encoding = header(entity, 'content-transfer-encoding').toLowerCase().trim();
  if (encoding === 'base64') return decodeBase64(entity.body);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  return binaryToBytes(entity.body);
}

function walk(entity: Entity, state: WalkState, depth: number): void {
  if (++state.parts > LIMITS.maxMimeParts || depth > LIMITS.maxMimeDepth) return;
  const type = parseStructured(header(entity, 'content-type') || 'text/plain; charset=us-ascii');
  const disposition = parseStructured(header(entity, 'content-disposition'));
  if (type.value.startsWith('multipart/')) {
    const boundary = type.params.boundary;
    if (!boundary) return;
    for (const part of splitMultipart(entity.body, boundary)) walk(splitEntity(part), state, depth + 1);
    return;
  }
  const filename = disposition.params.filename || type.params.name || '';
  const isAttachment = disposition.value === 'attachment' || filename !== '';
  if (!isAttachment && (type.value === 'text/plain' || type.value === 'text/html' || type.value === '')) {
    const text = decodeCharset(decodeTransfer(entity), type.params.charset || 'us-ascii');
    (type.value === 'text/html' ? state.html : state.plain).push(text);
    return;
  }
  if (state.attachments.length >= LIMITS.maxAttachments) return;
  const bytes = type.value === 'message/rfc822' && !header(entity, 'content-transfer-encoding').match(/base64|quoted/i) ? binaryToBytes(entity.body) : decodeTransfer(entity);
  const inline = type.value.startsWith('image/') && (disposition.value === 'inline' || (disposition.value === '' && header(entity, 'content-id') !== ''));
  state.attachments.push({ name: filename || defaultName(type.value, state.attachments.length + 1), contentType: type.value || 'application/octet-stream', bytes, inline });
}

function defaultName(contentType: string, index: number): string {
  const extension: Record<string, string> = {
    'message/rfc822': 'eml',
    'text/plain': 'txt',
    'text/html': 'html',
    'text/csv': 'csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  };
  return `tep-dinh-kem-${index}.${extension[contentType] ?? 'bin'}`;
}

/** The parts between "--boundary" lines, up to the closing "--boundary--". */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let index = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`) + 1;
  while (index > 0 || (index === 0 && body.startsWith(delimiter))) {
    const afterDelimiter = index + delimiter.length;
    if (body.startsWith('--', afterDelimiter) || parts.length >= LIMITS.maxMimeParts) break;
    const lineEnd = body.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const next = body.indexOf(`\n${delimiter}`, lineEnd);
    const end = next < 0 ? body.length : next;
    const part = body.slice(lineEnd + 1, Math.max(lineEnd + 1, end));
    parts.push(part.endsWith('\r') ? part.slice(0, -1) : part);
    if (next < 0) break;
    index = next + 1;
  }
  return parts;
}

