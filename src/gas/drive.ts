/**
 * The Drive advanced service (v3) as the legacy-file converter: upload with conversion to a
 * Google Sheet or Doc, export it as .xlsx or .docx, delete the copy whatever happened.
 *
 * Scope: `drive.file` is enough, and the least: the script only touches the copies it creates
 * (developers.google.com/workspace/drive/api/guides/api-specific-auth). Exporting through the
 * advanced service needs no UrlFetchApp (so no `script.external_request`); it needs
 * `{ alt: 'media' }` to return the content (the service otherwise fails with "Export requires
 * alt=media to download the exported content.", issuetracker.google.com/issues/468534237) and
 * then returns a Blob. Advanced services are REST calls: a refusal is a GoogleJsonResponseException.
 */
import type { LegacyConverter, LegacyKind } from '../app/intake/legacyFiles';
import { legacyMessages } from '../app/messages';
import { blobOf, isBlob } from './blobs';
import { isPermissionError } from './errors';

const SOURCE_TYPE: Readonly<Record<LegacyKind, string>> = { xls: 'application/vnd.ms-excel', doc: 'application/msword' };
const GOOGLE_TYPE: Readonly<Record<LegacyKind, string>> = { xls: 'application/vnd.google-apps.spreadsheet', doc: 'application/vnd.google-apps.document' };
const EXPORT_TYPE: Readonly<Record<LegacyKind, string>> = {
  xls: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The calls used, as the service takes them (the typings lack export's optional arguments and its Blob). */
interface DriveFiles {
  create(resource: { name: string; mimeType: string }, media: GoogleAppsScript.Base.Blob, optionalArgs: { fields: string }): { id?: string };
  export(fileId: string, mimeType: string, optionalArgs: { alt: 'media' }): unknown;
  remove(fileId: string): void;
}

function driveFiles(): DriveFiles {
  if (typeof Drive === 'undefined' || !Drive) throw new Error(legacyMessages.driveNotEnabled);
  return Drive.Files as unknown as DriveFiles;
}

export function driveConverter(): LegacyConverter {
  return {
    convert(name, bytes, kind) {
      const files = driveFiles();
      const blob = blobOf(bytes, SOURCE_TYPE[kind], name);
      let id: string | undefined;
      try {
        id = files.create({ name, mimeType: GOOGLE_TYPE[kind] }, blob, { fields: 'id' }).id;
        if (!id) return null;
        const exported = files.export(id, EXPORT_TYPE[kind], { alt: 'media' });
        if (!isBlob(exported)) throw new Error(legacyMessages.exportNotBytes);
        return Uint8Array.from(exported.getBytes(), (b) => b & 0xff);
      } catch (error) {
        // A refused scope is the installation's and fails the poll, visibly; otherwise Drive could not
        // convert this file (damaged, not really Office) and the intake asks for .xlsx/.docx.
        if (isPermissionError(error) || (error instanceof Error && error.message === legacyMessages.exportNotBytes)) throw error;
        return null;
      } finally {
        if (id) files.remove(id);
      }
    },
  };
}
