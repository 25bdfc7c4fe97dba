import type { ArchivePort } from '../app/intake/archiveAttachments';
import { blobOf } from './blobs';
import { isPermissionError } from './errors';
import type { KeyValueStore } from './properties';

/** Script property: the office's `Lưu VT` folder in its Drive, made by the script (what `drive.file` reaches). */
export const ARCHIVE_FOLDER = 'archiveFolderId';

/**
 * The office's archive folder, made on first use. A folder deleted or trashed by hand is made
 * again rather than failing the report: what it held stays in Drive's trash. Under `drive.file`
 * the search by name sees only the folders the script made.
 */
export function archiveFolder(store: KeyValueStore, name: string): GoogleAppsScript.Drive.Folder {
  const id = store.get(ARCHIVE_FOLDER);
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch (error) {
      // A missing scope must show; a folder deleted for good is made again below.
      if (isPermissionError(error)) throw error;
    }
  }
  // A run that died between making the folder and recording it left it there: found by name, not made twice.
  const found = DriveApp.getFoldersByName(name);
  while (found.hasNext()) {
    const earlier = found.next();
    if (!earlier.isTrashed()) {
      store.set(ARCHIVE_FOLDER, earlier.getId());
      return earlier;
    }
  }
  const folder = DriveApp.createFolder(name);
  store.set(ARCHIVE_FOLDER, folder.getId());
  return folder;
}

/** Puts a file the script made into the archive folder (out of the root of My Drive). */
export function fileInArchive(fileId: string, folder: GoogleAppsScript.Drive.Folder): void {
  DriveApp.getFileById(fileId).moveTo(folder);
}

/** The office's archive as the poll keeps the files units send (app/intake/archiveAttachments.ts). */
export function driveArchive(store: KeyValueStore): ArchivePort {
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  return {
    keep(folderName, files, again) {
      folder ??= archiveFolder(store, folderName);
      const kept = folder;
      return files.map((file) => {
        if (again) {
          const earlier = kept.getFilesByName(file.name);
          if (earlier.hasNext()) return earlier.next().getUrl();
        }
        return kept.createFile(blobOf(file.bytes, file.contentType || 'application/octet-stream', file.name)).getUrl();
      });
    },
  };
}
