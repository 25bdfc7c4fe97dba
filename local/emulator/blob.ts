/** Blob: bytes with a name and a content type; getBytes() are signed (-128…127) as in Apps Script. */
import { asApi, registerFake, unwrap } from './bridge';
import { exception } from './errors';

type BlobMethods =
  | 'getBytes'
  | 'getDataAsString'
  | 'getName'
  | 'setName'
  | 'getContentType'
  | 'setContentType'
  | 'copyBlob'
  | 'isGoogleType'
  | 'setBytes'
  | 'setDataFromString'
  | 'getAs'
  | 'getBlob'
  | 'setContentTypeFromExtension';

export function toSigned(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i]! << 24) >> 24;
  return out;
}

/** Accepts signed (-128…127) or unsigned (0…255) numbers. */
export function fromByteArray(data: readonly unknown[]): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const n = Number(data[i]);
    if (!Number.isFinite(n)) throw exception('Invalid argument: data');
    out[i] = n & 0xff;
  }
  return out;
}

const CHARSETS: Record<string, string> = { 'utf-8': 'utf-8', utf8: 'utf-8', 'us-ascii': 'ascii', ascii: 'ascii' };

export function decode(bytes: Uint8Array, charset = 'UTF-8'): string {
  const name = CHARSETS[charset.toLowerCase()] ?? charset.toLowerCase();
  try {
    return new TextDecoder(name === 'ascii' ? 'windows-1252' : name).decode(bytes);
  } catch {
    throw exception(`Unsupported charset: ${charset}`);
  }
}

export function encode(text: string, charset = 'UTF-8'): Uint8Array {
  const name = charset.toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return new Uint8Array(Buffer.from(text, 'utf8'));
  if (name === 'us-ascii' || name === 'ascii' || name === 'iso-8859-1' || name === 'latin1') {
    return new Uint8Array(Buffer.from(text, 'latin1'));
  }
  throw exception(`Unsupported charset: ${charset}`);
}

const EXTENSIONS: Record<string, string> = {
  txt: 'text/plain', html: 'text/html', htm: 'text/html', csv: 'text/csv', json: 'application/json',
  pdf: 'application/pdf', zip: 'application/zip', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  gif: 'image/gif', eml: 'message/rfc822', xml: 'text/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', doc: 'application/msword',
};

export class FakeBlob implements Pick<GoogleAppsScript.Base.Blob, BlobMethods> {
  constructor(
    public bytes: Uint8Array,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {}

  #self(): GoogleAppsScript.Base.Blob {
    return asApi(this);
  }
  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.bytes = fromByteArray(data);
    return this.#self();
  }
  getDataAsString(charset?: string): string {
    return decode(this.bytes, charset);
  }
  setDataFromString(text: string, charset?: string): GoogleAppsScript.Base.Blob {
    this.bytes = encode(String(text), charset);
    return this.#self();
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = String(name);
    return this.#self();
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType === null ? null : String(contentType);
    return this.#self();
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const type = EXTENSIONS[ext];
    if (!type) throw exception(`Could not determine the content type of ${this.name ?? 'the blob'}`);
    this.contentType = type;
    return this.#self();
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    return asApi(new FakeBlob(new Uint8Array(this.bytes), this.contentType, this.name));
  }
  isGoogleType(): boolean {
    return false;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.#self();
  }
  /** Only the identity conversion: the emulator does not render PDFs or images. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) {
      throw exception(`Emulator: converting ${this.contentType ?? 'a blob'} to ${contentType} is not implemented`);
    }
    return this.copyBlob();
  }
}
registerFake(FakeBlob, { iface: 'Base.Blob', service: 'Base' });

/** A Blob, or anything with getBlob() (BlobSource), as a FakeBlob. */
export function blobOf(value: unknown): FakeBlob {
  const v = unwrap(value);
  if (v instanceof FakeBlob) return v;
  if (typeof v === 'object' && v !== null && 'getBlob' in v && typeof v.getBlob === 'function') {
    const b = unwrap((v.getBlob as () => unknown).call(v));
    if (b instanceof FakeBlob) return b;
  }
  throw exception('Invalid argument: blob');
}
