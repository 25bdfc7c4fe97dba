import { fileContent } from './file';
import { htmlDocument } from './formats/html';
import type { EmailInput } from './email';
import { textOf, type SourceDocument } from './table/model';

/** Attachments read for an invitation's text, at most (a unit sends one letter, maybe a logo). */
const MAX_FILES = 5;

/**
 * The words of an email an invitation may be written in: the subject, the body (lines quoted from
 * an earlier message left out, and the HTML only when there is no plain body) and the text of
 * its Word, HTML or text attachments, in that order. Never throws: a file that cannot be read is skipped.
 */
export function invitationTextOf(email: EmailInput): { text: string; bodyText: string } {
  const plain = (email.plainBody ?? '')
    .split(/\r?\n/)
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .trim();
  const body = plain || (email.htmlBody ? documentText(htmlDocument(email.htmlBody)) : '');
  const files: string[] = [];
  for (const attachment of email.attachments.slice(0, MAX_FILES)) {
    try {
      const content = fileContent(attachment);
      if (content.kind === 'document') files.push(documentText(content.document));
    } catch {
      // Not a document: the rest of the message may still be the invitation.
    }
  }
  const parts = [email.subject ?? '', body, ...files].filter((part) => part.trim() !== '');
  return { text: parts.join('\n\n'), bodyText: [body, ...files].filter((p) => p.trim()).join('\n\n') };
}

function documentText(document: SourceDocument): string {
  return document.blocks.flatMap((block) => textOf(block)).join('\n');
}
