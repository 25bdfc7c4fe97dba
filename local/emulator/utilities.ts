/** Utilities: dates (Java patterns, time zones), blobs, digests, base64, UUIDs, sleep on the simulated clock. */
import { createHash, createHmac } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { asApi, registerFake } from './bridge';
import { blobOf, encode, FakeBlob, fromByteArray, toSigned } from './blob';
import { formatJavaDate, parseJavaDate } from './dateformat';
import { enumName } from './enums';
import { exception, notImplemented, signatureError } from './errors';
import type { World } from './world';

type UtilitiesMethods =
  | 'formatDate'
  | 'parseDate'
  | 'newBlob'
  | 'getUuid'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'sleep'
  | 'formatString'
  | 'parseCsv'
  | 'zip'
  | 'unzip'
  | 'gzip'
  | 'ungzip';

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512',
};

function charsetOf(value: unknown): string {
  const name = enumName(value);
  if (name === undefined) return 'UTF-8';
  return name.replace('_', '-');
}

function bytesOf(value: unknown, charset: unknown): Uint8Array {
  if (Array.isArray(value)) return fromByteArray(value);
  return encode(String(value), charsetOf(charset));
}

function b64decode(encoded: string, webSafe: boolean): number[] {
  const s = String(encoded).replace(/\s+/g, '');
  const re = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!re.test(s) || s.replace(/=+$/, '').length % 4 === 1) throw exception('Could not decode string.');
  return toSigned(new Uint8Array(Buffer.from(s, webSafe ? 'base64url' : 'base64')));
}

function javaFormat(template: string, args: readonly unknown[]): string {
  let i = 0;
  return template.replace(/%([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdfxXeEcbBn%])/g, (_m, flags: string, width?: string, prec?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const arg = args[i++];
    let s: string;
    switch (conv) {
      case 'd':
        s = String(Math.trunc(Number(arg)));
        if (flags.includes(',')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        break;
      case 'f':
        s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
        break;
      case 'e':
      case 'E':
        s = Number(arg).toExponential(prec === undefined ? 6 : Number(prec));
        if (conv === 'E') s = s.toUpperCase();
        break;
      case 'x':
      case 'X':
        s = Math.trunc(Number(arg)).toString(16);
        if (conv === 'X') s = s.toUpperCase();
        break;
      case 'c':
        s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
        break;
      case 'b':
      case 'B':
        s = String(arg !== null && arg !== undefined && arg !== false);
        break;
      default:
        s = arg === null || arg === undefined ? 'null' : String(arg);
        if (prec !== undefined) s = s.slice(0, Number(prec));
        if (conv === 'S') s = s.toUpperCase();
    }
    if (flags.includes('+') && /^[0-9]/.test(s) && 'dfeE'.includes(conv ?? '')) s = `+${s}`;
    const w = width === undefined ? 0 : Number(width);
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w);
      else if (flags.includes('0') && 'dfxXeE'.includes(conv ?? '')) {
        const neg = s.startsWith('-') || s.startsWith('+');
        s = neg ? s.charAt(0) + s.slice(1).padStart(w - 1, '0') : s.padStart(w, '0');
      } else s = s.padStart(w);
    }
    return s;
  });
}

export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const c = csv.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (csv.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv.charAt(i + 1) === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  constructor(private readonly world: World) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('Utilities', 'formatDate', [date, timeZone, format]);
    }
    return formatJavaDate(date.getTime(), timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('Utilities', 'parseDate', [date, timeZone, format]);
    }
    return new Date(parseJavaDate(date, timeZone, format, this.world.clock.now()));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    const bytes = Array.isArray(data) ? fromByteArray(data) : encode(String(data));
    return asApi(new FakeBlob(bytes, contentType ?? null, name ?? null));
  }

  getUuid(): string {
    const hex = Array.from({ length: 32 }, () => this.world.rng.int(16).toString(16));
    hex[12] = '4';
    hex[16] = ((this.world.rng.int(4) + 8) as number).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    const alg = DIGESTS[enumName(algorithm) ?? ''];
    if (!alg) throw notImplemented(`Utilities.computeDigest(${String(algorithm)})`);
    return toSigned(new Uint8Array(createHash(alg).update(bytesOf(value, charset)).digest()));
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSigned(new Uint8Array(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest()));
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = MACS[enumName(algorithm) ?? ''];
    if (!alg) throw exception('Invalid argument: algorithm');
    return toSigned(new Uint8Array(createHmac(alg, bytesOf(key, charset)).update(bytesOf(value, charset)).digest()));
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(bytesOf(data, charset)).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(bytesOf(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return b64decode(encoded, false);
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return b64decode(encoded, true);
  }

  /** Advances the simulated clock (so long sleeps run into the 6-minute limit). */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms >= 0)) throw exception('Invalid argument: milliseconds');
    if (ms > 300000) throw exception('Argument too large: milliseconds');
    this.world.clock.advance(ms);
  }

  formatString(template: string, ...args: unknown[]): string {
    return javaFormat(String(template), args);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }

  zip(blobs: GoogleAppsScript.Base.BlobSource[], name?: string): GoogleAppsScript.Base.Blob {
    const files: Record<string, Uint8Array> = {};
    blobs.forEach((b, i) => {
      const blob = blobOf(b);
      files[blob.name ?? `file${i + 1}`] = blob.bytes;
    });
    return asApi(new FakeBlob(zipSync(files), 'application/zip', name ?? 'archive.zip'));
  }

  unzip(blob: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Base.Blob[] {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(blobOf(blob).bytes);
    } catch {
      throw exception('Could not unzip the blob.');
    }
    return Object.entries(files)
      .filter(([n]) => !n.endsWith('/'))
      .map(([n, bytes]) => asApi<GoogleAppsScript.Base.Blob>(new FakeBlob(bytes, null, n)));
  }

  gzip(blob: GoogleAppsScript.Base.BlobSource, name?: string): GoogleAppsScript.Base.Blob {
    const b = blobOf(blob);
    return asApi(new FakeBlob(new Uint8Array(gzipSync(b.bytes)), 'application/x-gzip', name ?? `${b.name ?? 'archive'}.gz`));
  }

  ungzip(blob: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Base.Blob {
    const b = blobOf(blob);
    try {
      return asApi(new FakeBlob(new Uint8Array(gunzipSync(b.bytes)), null, (b.name ?? 'archive').replace(/\.gz$/, '')));
    } catch {
      throw exception('Could not ungzip the blob.');
    }
  }
}
registerFake(FakeUtilities, { iface: 'Utilities.Utilities', service: 'Utilities' });
