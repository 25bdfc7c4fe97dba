import { isSentFile } from '../../intake/attachmentClaim';
import { archiveMessages } from '../messages';
import type { MailboxMessage } from './mailbox';

/** A received file to keep, as the message carried it. */
export interface KeptFile {
  name: string;
  contentType: string;
  bytes: ArrayLike<number>;
}

/** The office's `Lưu VT` folder in Drive (gas/archive.ts). */
export interface ArchivePort {
  /**
   * Saves the files in the folder, each under its name, and returns their addresses; with
   * `again` (a message whose earlier try may have saved some), one already there by name is not saved twice.
   */
  keep(folderName: string, files: readonly KeptFile[], again: boolean): string[];
}

/** `TT-0912-03 bang-xep-loai.xlsx`: the submission's code first, so the folder sorts by arrival and names the log row. */
export function keptName(code: string, name: string): string {
  return `${code} ${name}`;
}

/**
 * Keeps the files a unit sent ("Lưu VT"), named by the submission's code, before the message is
 * read; what `Chi tiết` then says of them, with their addresses ('' when there are none).
 */
export function keepReceivedFiles(archive: ArchivePort, folderName: string, message: MailboxMessage, code: string, again: boolean): string {
  const files = message
    .contents()
    .attachments.filter((attachment) => attachment.size > 0 && isSentFile(attachment))
    .map((attachment) => ({ name: keptName(code, attachment.name), contentType: attachment.contentType, bytes: attachment.bytes }));
  if (files.length === 0) return '';
  return archiveMessages.kept(archive.keep(folderName, files, again));
}
