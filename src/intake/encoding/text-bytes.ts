import { bytesToBinary, decodeUtf16, decodeUtf8, decodeUtf8Lenient, startsWithBytes } from '../bytes';
import { decodeCp1258 } from './cp1258';
import { plausibility } from './legacy';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';

export type ByteEncoding = 'utf-8' | 'utf-16' | 'windows-1258' | 'tcvn3' | 'vni' | 'latin-1';

export interface DecodedText {
  readonly text: string;
  readonly encoding: ByteEncoding;
}

/** How much of a file is scored when guessing its 8-bit encoding; enough for any real table. */
const SAMPLE_BYTES = 65536;

/**
 * Turns the bytes of a text file (CSV, TXT, HTML, a MIME part) into NFC text. A byte-order mark
 * or a declared charset decides when present; otherwise valid UTF-8 is UTF-8, and anything else
 * is read as windows-1258, TCVN3 or VNI, whichever looks most like Vietnamese.
 */
export function decodeTextBytes(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8Lenient(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8' };
  if (startsWithBytes(bytes, [0xff, 0xfe])) return { text: decodeUtf16(bytes, true, 2).normalize('NFC'), encoding: 'utf-16' };
  if (startsWithBytes(bytes, [0xfe, 0xff])) return { text: decodeUtf16(bytes, false, 2).normalize('NFC'), encoding: 'utf-16' };
  if (looksLikeUtf16Le(bytes)) return { text: decodeUtf16(bytes, true).normalize('NFC'), encoding: 'utf-16' };
  const charset = (declaredCharset ?? '').trim().toLowerCase();
  if (charset === 'windows-1258' || charset === 'cp1258') return { text: decodeCp1258(bytes), encoding: 'windows-1258' };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8.normalize('NFC'), encoding: 'utf-8' };
  if (charset === 'utf-8' || charset === 'utf8') return { text: decodeUtf8Lenient(bytes).normalize('NFC'), encoding: 'utf-8' };
  return guessEightBit(bytes);
}

function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 512) & ~1;
  if (length < 8) return false;
  let zeros = 0;
  for (let i = 1; i < length; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > (length / 2) * 0.6;
}

function guessEightBit(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const binary = bytesToBinary(sample);
  const tcvn3 = decodeTcvn3(binary);
  const vni = decodeVni(binary);
  const candidates: { encoding: ByteEncoding; score: number }[] = [
    { encoding: 'windows-1258', score: plausibility(decodeCp1258(sample)) },
    { encoding: 'tcvn3', score: plausibility(tcvn3.text) - 3 * tcvn3.unknown },
    { encoding: 'vni', score: plausibility(vni.text) - 3 * vni.unknown },
  ];
  candidates.sort((a, b) => b.score - a.score);
  const encoding = candidates[0].encoding;
  const whole = sample.length === bytes.length ? binary : bytesToBinary(bytes);
  if (encoding === 'windows-1258') return { text: decodeCp1258(bytes), encoding };
  return { text: encoding === 'tcvn3' ? decodeTcvn3(whole).text : decodeVni(whole).text, encoding };
}
