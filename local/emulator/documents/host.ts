/**
 * The host's view of Docs and Drive (`emu.docs`, `emu.drive`): uncounted, unchecked, every user's.
 * A Doc is read as it is saved (what Drive exports and what a person opening it would see once
 * the execution that edited it has ended).
 */
import { addFile, DRIVE, FOLDER, GOOGLE_DOC, rootFolderId, type DriveFileRecord, type NewFile } from '../drive/model';
import type { World } from '../world';
import { bodyToDocx } from './docx';
import { blocksText, docModel, type BodyNode } from './model';
import { bodyToPdf } from './pdf';

export interface DocumentInfo {
  id: string;
  name: string;
  owner: string;
  /** Folder ids (see `emu.drive.folders()`). */
  parents: string[];
  trashed: boolean;
  /** The saved content as data: paragraphs, tables, formatting, page setup. */
  body: BodyNode;
  /** Its plain text, paragraphs and table cells one per line. */
  text: string;
}

export interface EmulatorDocs {
  /** Every Doc DocumentApp made, by anyone, as saved. */
  list(): DocumentInfo[];
  get(id: string): DocumentInfo;
  /** The Doc as .docx (what `npm start` writes to out/report.docx). */
  docx(id: string): Uint8Array;
  /** The Doc as the emulator's text-only PDF. */
  pdf(id: string): Uint8Array;
}

export interface FolderInfo {
  id: string;
  name: string;
  owner: string;
  parents: string[];
  trashed: boolean;
  /** The owner's My Drive. */
  root: boolean;
}

export interface EmulatorDrive {
  /** Files in Drive (every user's), folders apart: what scripts and the host made and have not deleted. */
  files(): DriveFileRecord[];
  folders(): FolderInfo[];
  /**
   * A file someone made outside the script (by default the owner, in their My Drive): under
   * `drive.file` the script cannot reach it. Returns its id.
   */
  addFile(spec: Omit<NewFile, 'byScript'> & { owner?: string }): string;
}

function docInfo(world: World, file: DriveFileRecord): DocumentInfo {
  const doc = docModel(world, file.id);
  if (!doc) throw new Error(`Emulator: no Doc with id ${file.id}`);
  const body = structuredClone(doc.saved);
  return { id: file.id, name: file.name, owner: file.owner, parents: [...file.parents], trashed: file.trashed, body, text: blocksText(body.children) };
}

export function docsHost(world: World): EmulatorDocs {
  const docFiles = () => [...world.state(DRIVE).files.values()].filter((f) => f.mimeType === GOOGLE_DOC && docModel(world, f.id));
  const get = (id: string): DocumentInfo => {
    const file = docFiles().find((f) => f.id === id);
    if (!file) throw new Error(`Emulator: no Doc with id ${id}`);
    return docInfo(world, file);
  };
  return {
    list: () => docFiles().map((f) => docInfo(world, f)),
    get,
    docx: (id) => {
      const doc = get(id);
      return bodyToDocx(doc.body, { title: doc.name });
    },
    pdf: (id) => {
      const doc = get(id);
      return bodyToPdf(doc.body, doc.name);
    },
  };
}

export function driveHost(world: World, files: () => DriveFileRecord[]): EmulatorDrive {
  return {
    files,
    folders: () =>
      [...world.state(DRIVE).files.values()]
        .filter((f) => f.mimeType === FOLDER)
        .map((f) => ({ id: f.id, name: f.name, owner: f.owner, parents: [...f.parents], trashed: f.trashed, root: world.state(DRIVE).roots.get(f.owner) === f.id })),
    addFile: (spec) => {
      const owner = spec.owner ?? world.options.user;
      return addFile(world, { ...spec, owner, parent: spec.parent ?? rootFolderId(world, owner), byScript: false }).id;
    },
  };
}
