/**
 * Drive as data, shared by every service that makes or reads files: the Drive advanced service
 * (service.ts), DriveApp (app.ts) and DocumentApp (a Doc is a Drive file). A folder is a file of
 * the folder MIME type, as in Drive; each user has a root folder ("My Drive"), made when first
 * needed. Files belong to the user who made them (no sharing is modelled): another user's file is
 * not found. With only `drive.file` granted the script reaches the files it made, nothing else
 * (developers.google.com/workspace/drive/api/guides/api-specific-auth).
 */
import { grantedScopes, SCOPE } from '../scopes';
import { stateKey, type World } from '../world';

export const GOOGLE_SHEET = 'application/vnd.google-apps.spreadsheet';
export const GOOGLE_DOC = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF = 'application/pdf';

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  /** The Office form a converted Google file exports to; the bytes of any other file (empty for folders and DocumentApp's Docs). */
  content: Uint8Array;
  /** Made by this script (what `drive.file` reaches). */
  byScript: boolean;
  /** Folder ids; a root folder has none. */
  parents: string[];
  trashed: boolean;
  created: number;
  updated: number;
}

export const DRIVE = stateKey('drive', (): { files: Map<string, DriveFileRecord>; roots: Map<string, string> } => ({
  files: new Map(),
  roots: new Map(),
}));

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Drive ids: 44 characters starting with 1, as Docs and Sheets ids look. */
export function newDriveId(world: World): string {
  return `1${world.rng.chars(43, ID_CHARS)}`;
}

/** `user`'s My Drive folder, made on first use (not by the script: `drive.file` does not reach it). */
export function rootFolderId(world: World, user: string): string {
  const drive = world.state(DRIVE);
  const known = drive.roots.get(user);
  if (known) return known;
  const id = `0A${world.rng.chars(17, ID_CHARS)}Uk9PVA`;
  const now = world.clock.now();
  drive.files.set(id, { id, name: 'My Drive', mimeType: FOLDER, owner: user, content: new Uint8Array(), byScript: false, parents: [], trashed: false, created: now, updated: now });
  drive.roots.set(user, id);
  return id;
}

export interface NewFile {
  name: string;
  mimeType: string;
  content?: Uint8Array;
  /** Default: the owner's root folder. */
  parent?: string;
  owner?: string;
  byScript?: boolean;
}

export function addFile(world: World, spec: NewFile): DriveFileRecord {
  const owner = spec.owner ?? world.actingUser();
  const now = world.clock.now();
  const file: DriveFileRecord = {
    id: newDriveId(world),
    name: spec.name,
    mimeType: spec.mimeType,
    owner,
    content: spec.content ?? new Uint8Array(),
    byScript: spec.byScript ?? true,
    parents: [spec.parent ?? rootFolderId(world, owner)],
    trashed: false,
    created: now,
    updated: now,
  };
  world.state(DRIVE).files.set(file.id, file);
  return file;
}

export function fileRecord(world: World, id: string): DriveFileRecord | undefined {
  return world.state(DRIVE).files.get(String(id));
}

/**
 * The file as the acting user reaches it under the granted scopes, or undefined. Reading: the
 * whole Drive with `drive` or `drive.readonly`, else (`drive.file`) only what the script made;
 * changing: the whole Drive only with `drive`.
 */
export function reachableFile(world: World, id: string, access: 'read' | 'write'): DriveFileRecord | undefined {
  const file = fileRecord(world, id);
  if (!file || file.owner !== world.actingUser()) return undefined;
  const granted = grantedScopes(world);
  const whole = granted.has(SCOPE.drive) || (access === 'read' && granted.has(SCOPE.driveReadonly));
  return whole || file.byScript ? file : undefined;
}

export function touch(world: World, file: DriveFileRecord): void {
  file.updated = world.clock.now();
}

/**
 * What a Google file holds, in the Office form it exports to: a Doc made by DocumentApp is
 * written from its saved content by the documents module, which registers here (so Drive does not
 * depend on it); a converted upload keeps the form it was converted from.
 */
type OfficeForm = (world: World, file: DriveFileRecord) => Uint8Array | undefined;
const officeForms: OfficeForm[] = [];

export function registerOfficeForm(form: OfficeForm): void {
  officeForms.push(form);
}

export function officeContent(world: World, file: DriveFileRecord): Uint8Array {
  for (const form of officeForms) {
    const bytes = form(world, file);
    if (bytes) return bytes;
  }
  return file.content;
}

/** A PDF of a Google file, when a module can render it (documents: a Doc's saved text). */
type PdfForm = (world: World, file: DriveFileRecord) => Uint8Array | undefined;
const pdfForms: PdfForm[] = [];

export function registerPdfForm(form: PdfForm): void {
  pdfForms.push(form);
}

export function pdfContent(world: World, file: DriveFileRecord): Uint8Array | undefined {
  for (const form of pdfForms) {
    const bytes = form(world, file);
    if (bytes) return bytes;
  }
  return undefined;
}
