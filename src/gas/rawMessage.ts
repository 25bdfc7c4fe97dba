import type { MailboxMessage } from '../app/intake/mailbox';
import { parseEml, type ParsedEmail } from '../intake';
import { htmlDocument } from '../intake/formats/html';

/**
 * A Gmail message read whole in one call (`getRawContent`) and parsed by the intake's own MIME
 * parser, instead of a call per field (sender, subject, headers, bodies, attachments).
 */
/** How a message without a Message-ID is keyed in the intake log: its Gmail id. */
export const GMAIL_KEY_PREFIX = 'gmail:';

export function readRaw(message: GoogleAppsScript.Gmail.GmailMessage): ParsedEmail {
  return parseEml(message.getRawContent());
}

/**
 * The plain text Gmail's `getPlainBody` gives: the text/plain part, or for HTML-only mail the
 * HTML's text (cells of a table row separated by tabs), so that the log's copy and the check for
 * an earlier reply see the same words either way.
 */
export function plainText(parsed: ParsedEmail): string {
  if (parsed.plainBody.trim() !== '' || parsed.htmlBody.trim() === '') return parsed.plainBody;
  const lines: string[] = [];
  for (const block of htmlDocument(parsed.htmlBody).blocks) {
    if (block.kind === 'text') for (const line of block.lines) lines.push(line.text);
    else for (const row of block.rows) lines.push(row.cells.map((cell) => cell.text).join('\t'));
  }
  return lines.join('\n');
}

/** `id` and `date`: Gmail's own (its message id and internal date), which the raw message does not hold. */
export function rawMailboxMessage(id: string, date: Date, parsed: ParsedEmail): MailboxMessage {
  const contents = {
    plainBody: plainText(parsed),
    htmlBody: parsed.htmlBody,
    // As getAttachments({ includeInlineImages: false }): a signature logo is not a file the unit sent.
    attachments: parsed.attachments.filter((a) => !a.inline).map((a) => ({ name: a.name, contentType: a.contentType, size: a.bytes.length, bytes: a.bytes })),
  };
  return {
    gmailId: id,
    messageId: parsed.messageId || `${GMAIL_KEY_PREFIX}${id}`,
    from: parsed.from,
    subject: parsed.subject,
    date,
    authenticationResults: parsed.headerFields['authentication-results'] ?? [],
    replyTo: parsed.headers['reply-to'] ?? '',
    link: `https://mail.google.com/mail/u/0/#all/${id}`,
    contents: () => contents,
  };
}
