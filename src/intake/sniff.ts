import { bytesToBinary, startsWithBytes } from './bytes';

/**
 * What a file is, from its first bytes first and its name and content type second: units rename
 * files, mail clients send "application/octet-stream", and Excel saves HTML tables as ".xls".
 */
export type FileKind = 'zip' | 'cfb' | 'pdf' | 'image' | 'eml' | 'csv' | 'html' | 'txt' | 'binary' | 'empty';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}

export function sniffFile(name: string, contentType: string | undefined, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWithBytes(bytes, CFB)) return 'cfb';
  if (startsWithBytes(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (isImage(bytes)) return 'image';
  if (!looksLikeText(bytes)) return 'binary';
  const extension = extensionOf(name);
  const type = (contentType ?? '').toLowerCase();
  if (extension === 'eml' || type.startsWith('message/rfc822')) return 'eml';
  if (extension === 'csv' || type.includes('csv')) return 'csv';
  if (extension === 'html' || extension === 'htm' || type.startsWith('text/html')) return 'html';
  const head = bytesToBinary(bytes, 0, Math.min(bytes.length, 2048)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart();
  if (/^<(!doctype html|html|table|body|head|meta|div|\?xml[^>]*>\s*<html)/i.test(head) || /<table[\s>]/i.test(head)) return 'html';
  if (/^(received|return-path|delivered-to|mime-version|message-id|from|date|x-[\w-]+):/i.test(head) && /\n(subject|from|to|date):/i.test(`\n${head}`)) {
    return 'eml';
  }
  return 'txt';
}

function isImage(bytes: Uint8Array): boolean {
  return (
    startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWithBytes(bytes, [0xff, 0xd8, 0xff]) ||
    startsWithBytes(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWithBytes(bytes, [0x42, 0x4d])
  );
}

/** Text has no NUL bytes (UTF-16 aside) and few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (startsWithBytes(sample, [0xff, 0xfe]) || startsWithBytes(sample, [0xfe, 0xff])) return true;
  let zeros = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) zeros++;
    else if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) controls++;
  }
  // UTF-16 without a mark: every other byte is zero.
  if (zeros > sample.length * 0.3 && zeros < sample.length * 0.7) return oddBytesZero(sample);
  return zeros === 0 && controls <= sample.length * 0.02;
}

function oddBytesZero(sample: Uint8Array): boolean {
  let zeros = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) zeros++;
  return zeros > (sample.length / 2) * 0.9;
}

/** Encrypted Office files are CFB containers with an "EncryptedPackage" stream (names are UTF-16). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return hasStreamName(bytes, 'EncryptedPackage');
}

/** An Office 97–2003 workbook or document that Drive converts: `xls` or `doc`. */
export type LegacyKind = 'xls' | 'doc';

/**
 * What an Office 97–2003 file is, from its streams' names, whatever it is called: an Excel
 * workbook has a "Workbook" stream (BIFF8; "Book" in Excel 5/95), a Word document a
 * "WordDocument" stream. Null for anything else, and for an encrypted file (Drive cannot open it).
 */
export function legacyKind(bytes: Uint8Array): LegacyKind | null {
  if (!startsWithBytes(bytes, CFB) || isEncryptedOffice(bytes)) return null;
  if (hasStreamName(bytes, 'WordDocument')) return 'doc';
  if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book\0')) return 'xls';
  return null;
}

/** A compound file's directory names are UTF-16LE; a NUL in the pattern ends the name ("Book", not "Bookmarks"). */
function hasStreamName(bytes: Uint8Array, pattern: string): boolean {
  const first = pattern.charCodeAt(0);
  for (let i = 0; i + pattern.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let matched = true;
    for (let j = 1; j < pattern.length && matched; j++) matched = bytes[i + 2 * j] === pattern.charCodeAt(j) && bytes[i + 2 * j + 1] === 0;
    if (matched) return true;
  }
  return false;
}
