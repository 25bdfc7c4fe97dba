import { binaryToBytes, decodeUtf8, decodeUtf8Lenient } from './bytes';
import { decodeCp1258 } from './encoding/cp1258';
import { decodeTextBytes } from './encoding/text-bytes';

/**
 * The decoding layers of MIME: structured header values with RFC 2231 parameters, RFC 2047
 * encoded words, base64, quoted-printable, the charsets Vietnamese mail uses, and dates.
 */
export interface StructuredValue {
  readonly value: string;
  readonly params: Record<string, string>;
}

/** "text/plain; charset=UTF-8; name*=utf-8''B%E1%BA%A3ng.xlsx" → value and decoded parameters. */
export function parseStructured(text: string): StructuredValue {
  const [value = '', ...rest] = splitParams(text);
  const raw: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    raw[part.slice(0, eq).trim().toLowerCase()] = unquote(part.slice(eq + 1).trim());
  }
  const params: Record<string, string> = {};
  for (const [key, val] of Object.entries(raw)) {
    const continued = /^([^*]+)\*(\d+)\*?$/.exec(key);
    if (continued) continue;
    if (key.endsWith('*')) params[key.slice(0, -1)] = decodeRfc2231(val);
    else if (!(key in params)) params[key] = decodeHeaderValue(val);
  }
  // RFC 2231 continuations: name*0*=…; name*1*=…
  const pieces = new Map<string, { index: number; value: string; encoded: boolean }[]>();
  for (const [key, val] of Object.entries(raw)) {
    const continued = /^([^*]+)\*(\d+)(\*?)$/.exec(key);
    if (!continued) continue;
    const list = pieces.get(continued[1]) ?? [];
    list.push({ index: Number(continued[2]), value: val, encoded: continued[3] === '*' });
    pieces.set(continued[1], list);
  }
  for (const [key, list] of pieces) {
    list.sort((a, b) => a.index - b.index);
    const first = list[0];
    const joined = list.map((p) => p.value).join('');
    params[key] = first.encoded ? decodeRfc2231(joined) : decodeHeaderValue(joined);
  }
  return { value: value.trim().toLowerCase(), params };
}

function splitParams(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

/** "utf-8''B%E1%BA%A3ng%20x%E1%BA%BFp.xlsx" → "Bảng xếp.xlsx". */
function decodeRfc2231(value: string): string {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  const charset = match ? match[1] : 'utf-8';
  const encoded = match ? match[2] : value;
  const bytes = binaryToBytes(encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  return decodeCharset(bytes, charset || 'utf-8');
}

/** Decodes RFC 2047 encoded words; whitespace between two encoded words disappears. */
export function decodeHeaderValue(value: string): string {
  const decoded = value
    .replace(/(=\?[^?\s]+\?[bq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bq]\?[^?\s]*\?=)/gi, '$1')
    .replace(/=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi, (_whole, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toLowerCase() === 'b' ? decodeBase64(text) : decodeQuotedPrintable(text.replace(/_/g, ' '), true);
      return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
    });
  // Raw 8-bit headers (SMTPUTF8) arrive as binary characters.
  if (/[\u0080-\u00ff]/.test(decoded) && !/[^\u0000-\u00ff]/.test(decoded)) {
    const utf8 = decodeUtf8(binaryToBytes(decoded));
    if (utf8 !== null) return utf8.normalize('NFC');
  }
  return decoded.normalize('NFC');
}

export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = charset.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return decodeUtf8Lenient(bytes).normalize('NFC');
  if (name === 'windows-1258' || name === 'cp1258') return decodeCp1258(bytes);
  if (name === 'us-ascii' || name === 'ascii') return decodeTextBytes(bytes).text;
  return decodeTextBytes(bytes, name).text;
}

const BASE64_VALUES = (() => {
  const table = new Int16Array(256).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table['-'.charCodeAt(0)] = 62; // base64url, seen in some clients
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Base64 → bytes, skipping line breaks and anything outside the alphabet. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '=' padding ends the data
    const value = code < 256 ? BASE64_VALUES[code] : -1;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

export function decodeQuotedPrintable(text: string, inHeader = false): Uint8Array {
  const source = inHeader ? text : text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(source.length);
  let length = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '=' && /^[0-9a-f]{2}$/i.test(source.slice(i + 1, i + 3))) {
      out[length++] = parseInt(source.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[length++] = source.charCodeAt(i) & 0xff;
    }
  }
  return out.subarray(0, length);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

/** RFC 5322 date ("Mon, 5 Sep 2016 08:15:00 +0700") → Date; null when unreadable. */
export function parseMailDate(text: string): Date | null {
  const match = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?/i.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase());
  if (month < 0) return null;
  let year = Number(match[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const zone = match[7] ?? '+0000';
  const offset = /^[+-]\d{4}$/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
    : ZONES[zone.toLowerCase()] ?? 0;
  const utc = Date.UTC(year, month, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0)) - offset * 60000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date;
}
