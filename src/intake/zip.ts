import { inflateSync } from 'fflate';
import { LIMITS } from './limits';

/**
 * A small zip reader over fflate's inflate: we read the central directory ourselves so that the
 * entry count, the declared sizes and the encryption flag are checked before a single byte is
 * inflated. fflate never writes past the buffer we hand it, so a lying size cannot blow memory.
 */
export type ZipProblem = 'corrupt' | 'encrypted' | 'too-big' | 'too-many-entries';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_HEADER;
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('too-big'); // zip64: far beyond any table
  if (count > LIMITS.maxZipEntries) throw new ZipError('too-many-entries');
  if (offset + directorySize > bytes.length) throw new ZipError('corrupt');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== DIRECTORY_ENTRY) throw new ZipError('corrupt');
    const flags = u16(bytes, offset + 8);
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    if (offset + 46 + nameLength > bytes.length) throw new ZipError('corrupt');
    entries.push({
      name: decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: u16(bytes, offset + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      localHeaderOffset: u32(bytes, offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError('corrupt');
}

function decodeName(bytes: Uint8Array): string {
  // OOXML part names are ASCII; anything else only has to compare unequal.
  let name = '';
  for (let i = 0; i < bytes.length; i++) name += String.fromCharCode(bytes[i]);
  return name;
}

/** Reads zip entries while keeping count of the bytes inflated, across calls. */
export class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    for (const entry of readZipDirectory(bytes)) this.byName.set(entry.name.replace(/^\//, ''), entry);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  anyEncrypted(): boolean {
    return [...this.byName.values()].some((entry) => entry.encrypted);
  }

  /** The entry's bytes, or null when there is no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.byName.get(name.replace(/^\//, ''));
    if (!entry) return null;
    if (entry.encrypted) throw new ZipError('encrypted');
    if (entry.size > LIMITS.maxUnzippedBytes - this.inflated) throw new ZipError('too-big');
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw new ZipError('corrupt');
    this.inflated += entry.size;
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new ZipError('corrupt');
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size) });
    } catch {
      throw new ZipError('corrupt');
    }
    if (out.length !== entry.size) throw new ZipError('corrupt');
    return out;
  }

  private dataStart(entry: ZipEntry): number {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL_HEADER) throw new ZipError('corrupt');
    return at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
  }
}
