import type { MailboxLabel, MailboxMessage, MailboxPort } from '../app/mailbox';
import type { Email } from '../ui/email';

/** Labels are for people; the intake log decides what was already handled. */
export const LABEL_NAMES: Readonly<Record<MailboxLabel, string>> = {
  done: 'Đi cơ sở/Đã xử lý',
  review: 'Đi cơ sở/Cần xem',
};

/** Gmail search writes a label's spaces and slashes as hyphens. */
function labelQuery(name: string): string {
  return `label:${name.toLowerCase().replace(/[\s/]+/g, '-')}`;
}

function address(from: string): string {
  const angle = /<([^>]+)>/.exec(from);
  return (angle ? angle[1] : from).trim().toLowerCase();
}

/** The office's mailbox through GmailApp, as the mailbox use case needs it. */
export function gmailMailbox(officeEmail: string, senderName: string): MailboxPort {
  const office = officeEmail.toLowerCase();
  const labels = new Map<MailboxLabel, GoogleAppsScript.Gmail.GmailLabel>();
  const label = (which: MailboxLabel) => {
    let found = labels.get(which);
    if (!found) {
      found = GmailApp.getUserLabelByName(LABEL_NAMES[which]) ?? GmailApp.createLabel(LABEL_NAMES[which]);
      labels.set(which, found);
    }
    return found;
  };
  const message = (id: string) => GmailApp.getMessageById(id);
  return {
    candidates(max) {
      const query = `to:${officeEmail} -${labelQuery(LABEL_NAMES.done)} -${labelQuery(LABEL_NAMES.review)}`;
      const threads = GmailApp.search(query, 0, max).reverse();
      const result: MailboxMessage[] = [];
      for (const thread of threads) {
        for (const m of thread.getMessages()) {
          if (result.length >= max) return result;
          if (address(m.getFrom()) === office) continue;
          result.push(toMailboxMessage(m));
        }
      }
      return result;
    },
    hasReply(gmailId, reference) {
      return message(gmailId)
        .getThread()
        .getMessages()
        .some((m) => address(m.getFrom()) === office && m.getPlainBody().includes(reference));
    },
    reply(gmailId, email: Email) {
      message(gmailId).reply(email.text, { htmlBody: email.html, name: senderName });
    },
    label(gmailId, which) {
      message(gmailId).getThread().addLabel(label(which));
    },
  };
}

function toMailboxMessage(m: GoogleAppsScript.Gmail.GmailMessage): MailboxMessage {
  const id = m.getId();
  return {
    gmailId: id,
    messageId: m.getHeader('Message-ID') || `gmail:${id}`,
    from: m.getFrom(),
    subject: m.getSubject(),
    date: m.getDate() as unknown as Date,
    authenticationResults: m.getHeader('Authentication-Results'),
    link: `https://mail.google.com/mail/u/0/#all/${id}`,
    contents() {
      const attachments = m.getAttachments({ includeInlineImages: false }).map((a) => ({
        name: a.getName(),
        contentType: a.getContentType(),
        size: a.getSize(),
        bytes: a.getBytes(),
      }));
      return { plainBody: m.getPlainBody(), htmlBody: m.getBody(), attachments };
    },
  };
}
