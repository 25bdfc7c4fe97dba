/**
 * Byte helpers that run the same in Node and in Apps Script (no Buffer, no TextDecoder there).
 * Apps Script hands bytes as Java-style signed numbers (-128..127); everything here takes those too.
 */

export type ByteInput = Uint8Array | ArrayLike<number>;

/** A Uint8Array view of bytes given as a Uint8Array or as an array of signed or unsigned numbers. */
export function toBytes(input: ByteInput): Uint8Array {
  if (input instanceof Uint8Array) return input;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = Number(input[i]) & 0xff;
  return bytes;
}

const CHUNK = 8192;

/** One character per byte (latin-1 / "binary string"), as MIME and legacy fonts need. */
export function bytesToBinary(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(i + CHUNK, end))));
  }
  return out;
}

/** The inverse of bytesToBinary; characters above 0xFF keep their low byte. */
export function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function startsWithBytes(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, i) => bytes[offset + i] === value);
}

/**
 * Strict UTF-8 decoding; null when the bytes are not valid UTF-8 (then the caller tries the
 * Vietnamese 8-bit encodings). Overlong forms and surrogates count as invalid.
 */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string | null {
  // Code units gather in one reused buffer and leave in chunks: no per-character allocation.
  const units = new Uint16Array(CHUNK + 2);
  let count = 0;
  let out = '';
  let i = start;
  while (i < end) {
    const b0 = bytes[i];
    let codePoint: number;
    if (b0 < 0x80) {
      codePoint = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      if (i + 1 >= end || !isContinuation(bytes[i + 1])) return null;
      codePoint = ((b0 & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      if (i + 2 >= end || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) return null;
      codePoint = ((b0 & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      if (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null;
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      if (i + 3 >= end || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) return null;
      codePoint = ((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      if (codePoint < 0x10000 || codePoint > 0x10ffff) return null;
      i += 4;
    } else {
      return null;
    }
    if (codePoint >= 0x10000) {
      const offset = codePoint - 0x10000;
      units[count++] = 0xd800 + (offset >> 10);
      units[count++] = 0xdc00 + (offset & 0x3ff);
    } else {
      units[count++] = codePoint;
    }
    if (count >= CHUNK) {
      out += String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]); // apply takes any array-like
      count = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]);
}

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** UTF-8 decoding that never fails: invalid bytes become U+FFFD. */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  const strict = decodeUtf8(bytes);
  if (strict !== null) return strict;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : bytes[i] >= 0xc2 ? 2 : 0;
    const piece = length ? decodeUtf8(bytes, i, Math.min(i + length, bytes.length)) : null;
    if (piece === null) {
      out += '\ufffd';
      i += 1;
    } else {
      out += piece;
      i += length;
    }
  }
  return out;
}

export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80) bytes.push(codePoint);
    else if (codePoint < 0x800) bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
    else if (codePoint < 0x10000) bytes.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
    else bytes.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** UTF-16 (little or big endian) without its byte-order mark. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): string {
  const units: number[] = [];
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (units.length >= CHUNK) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units);
}
