import type { MailboxLabel, MailboxMessage, MailboxPort } from '../app/mailbox';
import type { Email } from '../ui/email';

/** Labels are for people; the intake log decides what was already handled. */
export const LABEL_NAMES: Readonly<Record<MailboxLabel, string>> = {
  done: 'Đi cơ sở/Đã xử lý',
  review: 'Đi cơ sở/Cần xem',
};

/** Gmail search writes a label's spaces and slashes as hyphens. */
export function labelQuery(name: string): string {
  return `label:${name.toLowerCase().replace(/[\s/]+/g, '-')}`;
}

/** Mail to the office that no one has handled or set aside for review yet. */
export function candidateQuery(officeEmail: string): string {
  return `to:${officeEmail} -${labelQuery(LABEL_NAMES.done)} -${labelQuery(LABEL_NAMES.review)}`;
}

/** One of the product's labels in the running account's Gmail, created on first use. */
export function productLabel(which: MailboxLabel): GoogleAppsScript.Gmail.GmailLabel {
  return GmailApp.getUserLabelByName(LABEL_NAMES[which]) ?? GmailApp.createLabel(LABEL_NAMES[which]);
}

function address(from: string): string {
  const angle = /<([^>]+)>/.exec(from);
  return (angle ? angle[1] : from).trim().toLowerCase();
}

/** The office's mailbox through GmailApp, as the mailbox use case needs it. */
export function gmailMailbox(officeEmail: string, senderName: string): MailboxPort {
  // The script sends as the account that installed the trigger; that is the office, or its alias.
  const own = new Set([officeEmail.toLowerCase(), Session.getEffectiveUser().getEmail().toLowerCase()]);
  const isOwn = (from: string) => own.has(address(from));
  const labels = new Map<MailboxLabel, GoogleAppsScript.Gmail.GmailLabel>();
  const label = (which: MailboxLabel) => {
    let found = labels.get(which);
    if (!found) {
      found = productLabel(which);
      labels.set(which, found);
    }
    return found;
  };
  const message = (id: string) => GmailApp.getMessageById(id);
  return {
    candidates(max) {
      const query = candidateQuery(officeEmail);
      const received: GoogleAppsScript.Gmail.GmailMessage[] = [];
      for (const thread of GmailApp.search(query, 0, max)) {
        for (const m of thread.getMessages()) if (!isOwn(m.getFrom())) received.push(m);
      }
      // Arrival order, not thread order: a reply in a thread must not reorder a resumed run.
      const keyed = received.map((m) => ({ m, at: m.getDate().getTime(), id: m.getId() }));
      keyed.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return keyed.slice(0, max).map(({ m }) => toMailboxMessage(m));
    },
    find(messageId) {
      const id = messageId.replace(/^<|>$/g, '');
      for (const thread of GmailApp.search(`rfc822msgid:${id}`, 0, 5)) {
        for (const m of thread.getMessages()) if (m.getHeader('Message-ID') === messageId) return toMailboxMessage(m);
      }
      return null;
    },
    hasReply(gmailId, reference) {
      return message(gmailId)
        .getThread()
        .getMessages()
        .some((m) => isOwn(m.getFrom()) && m.getPlainBody().includes(reference));
    },
    reply(gmailId, email: Email) {
      message(gmailId).reply(email.text, { htmlBody: email.html, name: senderName });
    },
    label(gmailId, which) {
      message(gmailId).getThread().addLabel(label(which));
    },
    resolve(gmailId) {
      const thread = message(gmailId).getThread();
      thread.addLabel(label('done'));
      thread.removeLabel(label('review'));
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
