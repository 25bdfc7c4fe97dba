import type { MailboxMessage } from './mailbox';

/**
 * An email's row in `Nhật ký nhận` ends its `Chi tiết` with `[gmail:<id>]`: the message's Gmail
 * id, which finds it again (resume, replay) and tells another copy of the same Message-ID apart.
 */
export function gmailTag(message: Pick<MailboxMessage, 'gmailId'>): string {
  return `[gmail:${message.gmailId}]`;
}

const TAGGED_ID = /\[gmail:([^\]]+)\]/;

/** The Gmail id a row's detail carries; null when it has none (a form response, a paper entry). */
export function taggedGmailId(detail: string): string | null {
  return TAGGED_ID.exec(detail)?.[1] ?? null;
}

/** The tag at the end of a detail, with the spaces around it: what people need not read. */
export const TRAILING_GMAIL_TAG = /\s*\[gmail:[^\]]+\]\s*$/;
