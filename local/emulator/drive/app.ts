/**
 * DriveApp: files and folders of the acting user's Drive (drive/model.ts, shared with the Drive
 * advanced service and DocumentApp). Every call is counted as a Drive call, iterators' too. A file
 * the user cannot reach (another user's; under `drive.file` one the script did not make; one being
 * changed under `drive.readonly`) is refused with the platform's "No item with the given ID…".
 */
import { asApi, registerFake } from '../bridge';
import { blobOf, FakeBlob } from '../blob';
import { exception, notImplemented, signatureError } from '../errors';
import type { World } from '../world';
import { addFile, FOLDER, GOOGLE_DOC, GOOGLE_SHEET, officeContent, PDF, pdfContent, reachableFile, rootFolderId, touch, DOCX, XLSX, DRIVE, type DriveFileRecord } from './model';

const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

function str(value: unknown, owner: string, method: string, args: readonly unknown[]): string {
  if (typeof value !== 'string') throw signatureError(`DriveApp.${owner}`, method, args);
  return value;
}

function reach(world: World, id: string, access: 'read' | 'write', folder: boolean): DriveFileRecord {
  const file = reachableFile(world, id, access);
  if (!file || (file.mimeType === FOLDER) !== folder) throw exception(NOT_FOUND);
  return file;
}

/** The children of a folder the acting user reaches, not trashed, optionally of one name. */
function children(world: World, folderId: string, folders: boolean, name?: string): string[] {
  return [...world.state(DRIVE).files.values()]
    .filter((f) => f.parents.includes(folderId) && !f.trashed && (f.mimeType === FOLDER) === folders && (name === undefined || f.name === name))
    .filter((f) => reachableFile(world, f.id, 'read'))
    .map((f) => f.id);
}

/** Every file or folder of that name anywhere in the user's Drive (DriveApp.getFilesByName). */
function byName(world: World, folders: boolean, name: string): string[] {
  return [...world.state(DRIVE).files.values()]
    .filter((f) => f.name === name && !f.trashed && (f.mimeType === FOLDER) === folders && f.parents.length > 0)
    .filter((f) => reachableFile(world, f.id, 'read'))
    .map((f) => f.id);
}

function createIn(world: World, parent: string, args: readonly unknown[], owner: string): DriveFileRecord {
  if (args.length === 1) {
    const blob = blobOf(args[0]);
    return addFile(world, { name: blob.name ?? 'Untitled', mimeType: blob.contentType ?? 'application/octet-stream', content: new Uint8Array(blob.bytes), parent });
  }
  const name = str(args[0], owner, 'createFile', args);
  const content = str(args[1], owner, 'createFile', args);
  const mimeType = args.length > 2 ? str(args[2], owner, 'createFile', args) : 'text/plain';
  if (mimeType.startsWith('application/vnd.google-apps.')) throw exception('Invalid argument: file.contentType');
  return addFile(world, { name, mimeType, content: new Uint8Array(Buffer.from(content, 'utf8')), parent });
}

function folderIn(world: World, parent: string, name: unknown, owner: string): FakeFolder {
  const title = str(name, owner, 'createFolder', [name]);
  return new FakeFolder(world, addFile(world, { name: title, mimeType: FOLDER, parent }).id);
}

type AppMethods = 'getFileById' | 'getFolderById' | 'createFolder' | 'createFile' | 'getRootFolder' | 'getFilesByName' | 'getFoldersByName';

export class FakeDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, AppMethods> {
  constructor(private readonly world: World) {}
  getFileById(id: string): GoogleAppsScript.Drive.File {
    return asApi(new FakeFile(this.world, reach(this.world, str(id, 'DriveApp', 'getFileById', [id]), 'read', false).id));
  }
  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    const key = str(id, 'DriveApp', 'getFolderById', [id]);
    return asApi(new FakeFolder(this.world, reach(this.world, key === 'root' ? rootFolderId(this.world, this.world.actingUser()) : key, 'read', true).id));
  }
  /** My Drive: reached by its id with `drive` or `drive.readonly`; under `drive.file` only as the place new files go. */
  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return asApi(new FakeFolder(this.world, rootFolderId(this.world, this.world.actingUser())));
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    return asApi(folderIn(this.world, rootFolderId(this.world, this.world.actingUser()), name, 'DriveApp'));
  }
  createFile(...args: unknown[]): GoogleAppsScript.Drive.File {
    return asApi(new FakeFile(this.world, createIn(this.world, rootFolderId(this.world, this.world.actingUser()), args, 'DriveApp').id));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return asApi(new FakeFileIterator(this.world, byName(this.world, false, str(name, 'DriveApp', 'getFilesByName', [name]))));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return asApi(new FakeFolderIterator(this.world, byName(this.world, true, str(name, 'DriveApp', 'getFoldersByName', [name]))));
  }
}
registerFake(FakeDriveApp, { iface: 'Drive.DriveApp', service: 'Drive' });

type FileMethods = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getSize' | 'getAs' | 'getBlob' | 'moveTo' | 'setTrashed' | 'isTrashed' | 'getParents' | 'getDateCreated' | 'getLastUpdated';

const EXTENSIONS: Readonly<Record<string, string>> = { [PDF]: 'pdf', [DOCX]: 'docx', [XLSX]: 'xlsx' };

export class FakeFile implements Pick<GoogleAppsScript.Drive.File, FileMethods> {
  constructor(
    private readonly world: World,
    private readonly id: string,
  ) {}
  #read(): DriveFileRecord {
    return reach(this.world, this.id, 'read', false);
  }
  #write(): DriveFileRecord {
    return reach(this.world, this.id, 'write', false);
  }
  getId(): string {
    return this.#read().id;
  }
  getName(): string {
    return this.#read().name;
  }
  setName(name: string): GoogleAppsScript.Drive.File {
    const file = this.#write();
    file.name = str(name, 'File', 'setName', [name]);
    touch(this.world, file);
    return asApi(this);
  }
  getMimeType(): string {
    return this.#read().mimeType;
  }
  /** Google files take no quota: 0, as Drive reports them. */
  getSize(): number {
    const file = this.#read();
    return file.mimeType.startsWith('application/vnd.google-apps.') ? 0 : file.content.length;
  }
  getUrl(): string {
    const file = this.#read();
    if (file.mimeType === GOOGLE_DOC) return `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`;
    if (file.mimeType === GOOGLE_SHEET) return `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  }
  getDateCreated(): Date {
    return new Date(this.#read().created);
  }
  getLastUpdated(): Date {
    return new Date(this.#read().updated);
  }
  /** The bytes; a Google file's blob is its PDF, as on the platform. */
  getBlob(): GoogleAppsScript.Base.Blob {
    const file = this.#read();
    if (file.mimeType.startsWith('application/vnd.google-apps.')) return this.getAs(PDF);
    return asApi(new FakeBlob(new Uint8Array(file.content), file.mimeType, file.name));
  }
  /** A Doc as PDF or DOCX, a Sheet as XLSX; another file only as its own type. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const file = this.#read();
    const type = str(contentType, 'File', 'getAs', [contentType]);
    const named = `${file.name}.${EXTENSIONS[type] ?? ''}`;
    if (file.mimeType === GOOGLE_DOC || file.mimeType === GOOGLE_SHEET) {
      if (type === PDF) {
        const pdf = pdfContent(this.world, file);
        if (!pdf) throw notImplemented(`a PDF of ${file.mimeType} ${file.name}`);
        return asApi(new FakeBlob(pdf, PDF, named));
      }
      const office = file.mimeType === GOOGLE_DOC ? DOCX : XLSX;
      if (type === office) return asApi(new FakeBlob(new Uint8Array(officeContent(this.world, file)), type, named));
      throw exception(`Converting from ${file.mimeType} to ${type} is not supported.`);
    }
    if (type === file.mimeType) return asApi(new FakeBlob(new Uint8Array(file.content), type, file.name));
    throw notImplemented(`File.getAs from ${file.mimeType} to ${type}`);
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const file = this.#write();
    const target = folderOf(destination, 'File', 'moveTo');
    const folder = reach(this.world, target.id, 'write', true);
    file.parents = [folder.id];
    touch(this.world, file);
    return asApi(this);
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.File {
    if (typeof trashed !== 'boolean') throw signatureError('DriveApp.File', 'setTrashed', [trashed]);
    const file = this.#write();
    file.trashed = trashed;
    touch(this.world, file);
    return asApi(this);
  }
  isTrashed(): boolean {
    return this.#read().trashed;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const file = this.#read();
    return asApi(new FakeFolderIterator(this.world, file.parents.filter((p) => reachableFile(this.world, p, 'read'))));
  }
}
registerFake(FakeFile, { iface: 'Drive.File', service: 'Drive' });

function folderOf(value: unknown, owner: string, method: string): FakeFolder {
  const v = value as object;
  if (v instanceof FakeFolder) return v;
  throw signatureError(`DriveApp.${owner}`, method, [value]);
}

type FolderMethods = 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFile' | 'createFolder' | 'addFile' | 'removeFile' | 'getFiles' | 'getFolders' | 'getFilesByName' | 'getFoldersByName' | 'setTrashed' | 'isTrashed' | 'getParents';

export class FakeFolder implements Pick<GoogleAppsScript.Drive.Folder, FolderMethods> {
  constructor(
    private readonly world: World,
    readonly id: string,
  ) {}
  /** The root is the acting user's own: reachable for adding to under `drive.file`, listed only with a wider scope. */
  #folder(access: 'read' | 'write'): DriveFileRecord {
    const root = this.world.state(DRIVE).roots.get(this.world.actingUser()) === this.id;
    if (root) return this.world.state(DRIVE).files.get(this.id)!;
    return reach(this.world, this.id, access, true);
  }
  getId(): string {
    return this.#folder('read').id;
  }
  getName(): string {
    return this.#folder('read').name;
  }
  setName(name: string): GoogleAppsScript.Drive.Folder {
    const folder = this.#folder('write');
    folder.name = str(name, 'Folder', 'setName', [name]);
    touch(this.world, folder);
    return asApi(this);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.#folder('read').id}`;
  }
  createFile(...args: unknown[]): GoogleAppsScript.Drive.File {
    return asApi(new FakeFile(this.world, createIn(this.world, this.#folder('write').id, args, 'Folder').id));
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    return asApi(folderIn(this.world, this.#folder('write').id, name, 'Folder'));
  }
  /** Adds the file to this folder too (Drive now keeps one parent: it moves). */
  addFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    const folder = this.#folder('write');
    const v = child as unknown as object;
    if (!(v instanceof FakeFile)) throw signatureError('DriveApp.Folder', 'addFile', [child]);
    const file = reach(this.world, v.getId(), 'write', false);
    file.parents = [folder.id];
    touch(this.world, file);
    return asApi(this);
  }
  removeFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    const folder = this.#folder('write');
    const v = child as unknown as object;
    if (!(v instanceof FakeFile)) throw signatureError('DriveApp.Folder', 'removeFile', [child]);
    const file = reach(this.world, v.getId(), 'write', false);
    file.parents = file.parents.filter((p) => p !== folder.id);
    return asApi(this);
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return asApi(new FakeFileIterator(this.world, children(this.world, this.#folder('read').id, false)));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return asApi(new FakeFolderIterator(this.world, children(this.world, this.#folder('read').id, true)));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return asApi(new FakeFileIterator(this.world, children(this.world, this.#folder('read').id, false, str(name, 'Folder', 'getFilesByName', [name]))));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return asApi(new FakeFolderIterator(this.world, children(this.world, this.#folder('read').id, true, str(name, 'Folder', 'getFoldersByName', [name]))));
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.Folder {
    if (typeof trashed !== 'boolean') throw signatureError('DriveApp.Folder', 'setTrashed', [trashed]);
    const folder = this.#folder('write');
    if (folder.parents.length === 0) throw exception('Invalid argument: id');
    folder.trashed = trashed;
    return asApi(this);
  }
  isTrashed(): boolean {
    return this.#folder('read').trashed;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return asApi(new FakeFolderIterator(this.world, this.#folder('read').parents.filter((p) => reachableFile(this.world, p, 'read'))));
  }
}
registerFake(FakeFolder, { iface: 'Drive.Folder', service: 'Drive' });

const END = 'Cannot retrieve the next object: iterator has reached the end.';

export class FakeFileIterator implements Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'> {
  #at = 0;
  constructor(
    private readonly world: World,
    private readonly ids: readonly string[],
  ) {}
  hasNext(): boolean {
    return this.#at < this.ids.length;
  }
  next(): GoogleAppsScript.Drive.File {
    const id = this.ids[this.#at];
    if (id === undefined) throw exception(END);
    this.#at++;
    return asApi(new FakeFile(this.world, id));
  }
}
registerFake(FakeFileIterator, { iface: 'Drive.FileIterator', service: 'Drive' });

export class FakeFolderIterator implements Pick<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next'> {
  #at = 0;
  constructor(
    private readonly world: World,
    private readonly ids: readonly string[],
  ) {}
  hasNext(): boolean {
    return this.#at < this.ids.length;
  }
  next(): GoogleAppsScript.Drive.Folder {
    const id = this.ids[this.#at];
    if (id === undefined) throw exception(END);
    this.#at++;
    return asApi(new FakeFolder(this.world, id));
  }
}
registerFake(FakeFolderIterator, { iface: 'Drive.FolderIterator', service: 'Drive' });
