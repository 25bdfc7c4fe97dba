import { isPermissionError } from './errors';
import type { KeyValueStore } from './properties';

/** Script property: the office's `Lưu VT` folder in its Drive, made by the script (what `drive.file` reaches). */
export const ARCHIVE_FOLDER = 'archiveFolderId';

/**
 * The office's archive folder, made on first use. A folder deleted or trashed by hand is made
 * again rather than failing the report: what it held stays in Drive's trash.
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
  const folder = DriveApp.createFolder(name);
  store.set(ARCHIVE_FOLDER, folder.getId());
  return folder;
}

/** Puts a file the script made into the archive folder (out of the root of My Drive). */
export function fileInArchive(fileId: string, folder: GoogleAppsScript.Drive.Folder): void {
  DriveApp.getFileById(fileId).moveTo(folder);
}
