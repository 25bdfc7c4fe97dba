/**
 * The report's files: its version from Drive, its PDF from DocumentApp, its Word copy exported by
 * the Drive advanced service (DocumentApp's `getAs` gives PDF only; the export needs `drive.file`
 * alone for a Doc the script made, and no UrlFetchApp), and copies kept in `Lưu VT`.
 */
import { legacyMessages } from '../app/messages';
import type { ReportFiles } from '../app/reports/sendReport';
import { archiveFolder } from './archive';
import { blobOf, isBlob } from './blobs';
import { isPermissionError } from './errors';
import type { KeyValueStore } from './properties';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface DriveExport {
  export(fileId: string, mimeType: string, optionalArgs: { alt: 'media' }): unknown;
}

export function googleReportFiles(store: KeyValueStore): ReportFiles {
  return {
    version(docId) {
      try {
        const file = DriveApp.getFileById(docId);
        return file.isTrashed() ? null : { version: file.getLastUpdated().getTime(), name: file.getName() };
      } catch (error) {
        if (isPermissionError(error)) throw error;
        return null;
      }
    },
    attachments(docId, names, table) {
      const pdf = DocumentApp.openById(docId).getAs(PDF).setName(names.pdf);
      if (typeof Drive === 'undefined' || !Drive) throw new Error(legacyMessages.driveNotEnabled);
      const exported = (Drive.Files as unknown as DriveExport).export(docId, DOCX, { alt: 'media' });
      if (!isBlob(exported)) throw new Error('Drive.Files.export did not return the document');
      const docx = exported.setName(names.docx).setContentType(DOCX);
      return [pdf, docx, blobOf(table.bytes, XLSX, table.name)];
    },
    archive(files, folderName) {
      const folder = archiveFolder(store, folderName);
      // By name, so a run that died half-way through files only what is missing.
      for (const file of files) if (!folder.getFilesByName(file.getName() ?? '').hasNext()) folder.createFile(file);
      return folder.getUrl();
    },
  };
}
