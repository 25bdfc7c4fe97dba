/**
 * The Drive advanced service (v3), as far as the product uses it: `Drive.Files.create` uploading
 * with conversion to a Google Sheet or Doc, `export` (with `alt: 'media'`, as the live service
 * needs) and `remove`. Files belong to the user who created them; with only `drive.file` granted
 * the script reaches the files it created, nothing else. A Google file keeps the Office form it
 * exports to, converted at upload by convert.ts.
 */
import { registerFake } from '../bridge';
import { blobOf, FakeBlob } from '../blob';
import { notImplemented, restError } from '../errors';
import type { World } from '../world';
import { ConversionError, docToDocx, xlsToXlsx } from './convert';
import { addFile, DOCX, DRIVE, FOLDER, GOOGLE_DOC, GOOGLE_SHEET, officeContent, reachableFile, XLSX, type DriveFileRecord } from './model';

/** files.export: "the exported content is limited to 10MB" (the method's reference). */
const EXPORT_LIMIT = 10 * 1024 * 1024;
/** Import limits: Sheets 100 MB, Docs 50 MB (About.maxImportSizes; support.google.com/drive/answer/37603). */
const IMPORT_LIMIT: Readonly<Record<string, number>> = { [GOOGLE_SHEET]: 100 * 1024 * 1024, [GOOGLE_DOC]: 50 * 1024 * 1024 };

export type { DriveFileRecord } from './model';

const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const starts = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Upload with conversion: what the Google file holds, in the form it exports to. */
function imported(target: string, bytes: Uint8Array): Uint8Array {
  const bad = () => restError('drive.files.create', 'Bad Request');
  if (bytes.length > (IMPORT_LIMIT[target] ?? 0)) throw restError('drive.files.create', 'The file exceeds the maximum size for conversion.');
  try {
    if (target === GOOGLE_SHEET) {
      if (starts(bytes, ZIP)) return bytes;
      if (starts(bytes, CFB)) return xlsToXlsx(bytes);
    }
    if (target === GOOGLE_DOC) {
      if (starts(bytes, ZIP)) return bytes;
      if (starts(bytes, CFB)) return docToDocx(bytes);
    }
  } catch (error) {
    if (error instanceof ConversionError) throw bad();
    throw error;
  }
  throw bad();
}

function selectFields(file: DriveFileRecord, fields: unknown): Record<string, unknown> {
  const all: Record<string, unknown> = { kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType };
  if (typeof fields !== 'string' || fields.trim() === '' || fields.trim() === '*') return all;
  return Object.fromEntries(fields.split(',').map((f) => f.trim()).filter((f) => f in all).map((f) => [f, all[f]]));
}

type FilesMethods = 'create' | 'export' | 'remove';

export class FakeDriveFiles implements Pick<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, FilesMethods> {
  constructor(private readonly world: World) {}

  create(resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, unknown>): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File {
    const target = resource?.mimeType ?? '';
    const blob = mediaData === undefined ? null : blobOf(mediaData);
    if (!blob) throw notImplemented('Drive.Files.create without media');
    const name = resource?.name ?? blob.name ?? 'Untitled';
    const content = target === GOOGLE_SHEET || target === GOOGLE_DOC ? imported(target, blob.bytes) : new Uint8Array(blob.bytes);
    const file = addFile(this.world, { name, mimeType: target || blob.contentType || 'application/octet-stream', content });
    return selectFields(file, optionalArgs?.fields);
  }

  /** The typings give export no third argument; the live service needs `{ alt: 'media' }` and then returns a Blob. */
  export(fileId: string, mimeType: string, optionalArgs?: Record<string, unknown>): void {
    const file = this.#reachable(fileId, 'drive.files.export', 'read');
    if (optionalArgs?.alt !== 'media') throw restError('drive.files.export', 'Export requires alt=media to download the exported content.');
    if (file.mimeType !== GOOGLE_SHEET && file.mimeType !== GOOGLE_DOC) throw restError('drive.files.export', 'Export only supports Docs Editors files.');
    const expected = file.mimeType === GOOGLE_SHEET ? XLSX : DOCX;
    if (mimeType !== expected) throw notImplemented(`Drive.Files.export of ${file.mimeType} to ${mimeType}`);
    const content = officeContent(this.world, file);
    if (content.length > EXPORT_LIMIT) throw restError('drive.files.export', 'This file is too large to be exported.');
    return new FakeBlob(new Uint8Array(content), mimeType, file.name) as unknown as void;
  }

  remove(fileId: string): void {
    this.#reachable(fileId, 'drive.files.delete', 'write');
    this.world.state(DRIVE).files.delete(fileId);
  }

  /** Another user's file, or with only `drive.file` one the script did not make, is "not found", as the API says. */
  #reachable(fileId: string, call: string, access: 'read' | 'write'): DriveFileRecord {
    const file = reachableFile(this.world, String(fileId), access);
    if (!file) throw restError(call, `File not found: ${String(fileId)}.`);
    return file;
  }
}

/** The `Drive` global: the collections as properties. */
export class FakeDrive implements Pick<GoogleAppsScript.Drive, 'Files'> {
  readonly Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
  constructor(world: World) {
    this.Files = new FakeDriveFiles(world) as unknown as GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
  }
}

registerFake(FakeDrive, { iface: 'Drive', service: 'Drive' });
registerFake(FakeDriveFiles, { iface: 'Drive_v3.Drive.V3.Collection.FilesCollection', name: 'Drive.Files', service: 'Drive' });

/** The files in Drive, host-side (every user's; folders apart). */
export function driveFiles(world: World): DriveFileRecord[] {
  return [...world.state(DRIVE).files.values()].filter((f) => f.mimeType !== FOLDER).map((f) => ({ ...f, content: new Uint8Array(f.content), parents: [...f.parents] }));
}
