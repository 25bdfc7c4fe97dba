import { matchKey } from '../domain/text';
import { htmlDocument } from './formats/html';
import { textDocument } from './formats/text';
import type { SourceDocument } from './table/model';

/**
 * Whether a message says it carries a file it does not carry: the unit wrote "gửi kèm file" and
 * forgot to attach it (or the phone dropped it). Then the `Báo lỗi` letter says plainly that no
 * file arrived, instead of only "no table found", which reads as if the file were wrong.
 */

/** Words, folded (no diacritics, lower case), that say a file comes with the message. */
const ATTACHMENT_WORDS = /(?:^|[^a-z0-9])(dinh kem|gui kem|kem theo|file|tep|tap tin|attach(?:ed|ment|ments)?)(?=$|[^a-z0-9])/;

/**
 * A small picture that is not inline (some mail programs attach the signature logo as a file):
 * not what the message meant by "the attached file". A photo of a table is far larger.
 */
const SIGNATURE_IMAGE_BYTES = 20_000;

export interface AttachmentClaimInput {
  readonly subject?: string;
  readonly plainBody?: string;
  readonly htmlBody?: string;
  readonly attachments: readonly { readonly name: string; readonly contentType?: string; readonly size?: number; readonly inline?: boolean }[];
}

/** Whether the text mentions an attached file ("đính kèm", "gửi kèm", "file", "tệp", "tập tin", with or without diacritics). */
export function mentionsAttachment(text: string): boolean {
  return ATTACHMENT_WORDS.test(matchKey(text));
}

/**
 * True when the subject or the sender's own words (not the quoted letter replied to, which is
 * often the office's own "đính kèm bảng xếp loại") mention an attachment and the message has no
 * file but inline pictures or signature-sized images.
 */
export function claimsMissingAttachment(email: AttachmentClaimInput): boolean {
  if (email.attachments.some((attachment) => !isSignatureImage(attachment))) return false;
  if (mentionsAttachment(email.subject ?? '')) return true;
  const own = ownText(email);
  return own !== '' && mentionsAttachment(own);
}

/** A file the unit sent (a table, a letter, a photo of a table), not a signature's picture. */
export function isSentFile(attachment: AttachmentClaimInput['attachments'][number]): boolean {
  return !isSignatureImage(attachment);
}

function isSignatureImage(attachment: AttachmentClaimInput['attachments'][number]): boolean {
  if (attachment.inline) return true;
  const image = (attachment.contentType ?? '').toLowerCase().startsWith('image/') || /\.(png|jpe?g|gif|bmp)$/i.test(attachment.name);
  return image && attachment.size !== undefined && attachment.size < SIGNATURE_IMAGE_BYTES;
}

/** The sender's own lines of the body (quote level 0), the plain body first, else the HTML. */
function ownText(email: AttachmentClaimInput): string {
  const plain = (email.plainBody ?? '').trim();
  const html = (email.htmlBody ?? '').trim();
  const document: SourceDocument | null = plain ? textDocument(plain) : html ? htmlDocument(html) : null;
  if (!document) return '';
  return document.blocks
    .filter((block) => block.quote === 0)
    .flatMap((block) => (block.kind === 'text' ? block.lines.map((line) => line.text) : block.rows.flatMap((row) => row.cells.map((cell) => cell.text))))
    .join('\n');
}
