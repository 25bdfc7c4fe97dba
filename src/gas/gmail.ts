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
  /**
   * What the listing already read of each message, kept for the run: a message's thread, the
   * thread's messages and their senders as listed. Replying and labelling then need no lookup,
   * and checking for an earlier reply reads only the office's own messages in the thread.
   */
  const listed = new Map<string, Listed>();
  const message = (id: string) => listed.get(id)?.message ?? GmailApp.getMessageById(id);
  const threadOf = (id: string) => listed.get(id)?.thread ?? message(id).getThread();
  return {
    candidates(max) {
      const query = candidateQuery(officeEmail);
      const received: { m: GoogleAppsScript.Gmail.GmailMessage; from: string; thread: Thread; siblings: Sibling[] }[] = [];
      for (const thread of GmailApp.search(query, 0, max)) {
        const siblings = thread.getMessages().map((m) => ({ message: m, from: m.getFrom() }));
        for (const { message: m, from } of siblings) if (!isOwn(from)) received.push({ m, from, thread, siblings });
      }
      // Arrival order, not thread order: a reply in a thread must not reorder a resumed run.
      const keyed = received.map((r) => ({ ...r, date: r.m.getDate(), id: r.m.getId() }));
      keyed.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return keyed.slice(0, max).map(({ m, from, date, id, thread, siblings }) => {
        listed.set(id, { message: m, thread, siblings });
        return toMailboxMessage(m, { id, from, date });
      });
    },
    find(messageId) {
      const id = messageId.replace(/^<|>$/g, '');
      for (const thread of GmailApp.search(`rfc822msgid:${id}`, 0, 5)) {
        for (const m of thread.getMessages()) if (m.getHeader('Message-ID') === messageId) return toMailboxMessage(m);
      }
      return null;
    },
    hasReply(gmailId, reference) {
      // Replies this run sends come after its check for the same message, so the listing's view of the thread is enough.
      const siblings = listed.get(gmailId)?.siblings ?? threadOf(gmailId).getMessages().map((m) => ({ message: m, from: m.getFrom() }));
      return siblings.some(({ message: m, from }) => isOwn(from) && m.getPlainBody().includes(reference));
    },
    reply(gmailId, email: Email) {
      message(gmailId).reply(email.text, { htmlBody: email.html, name: senderName });
    },
    label(gmailId, which) {
      threadOf(gmailId).addLabel(label(which));
    },
    resolve(gmailId) {
      const thread = threadOf(gmailId);
      thread.addLabel(label('done'));
      thread.removeLabel(label('review'));
    },
  };
}

type Thread = GoogleAppsScript.Gmail.GmailThread;
interface Sibling {
  message: GoogleAppsScript.Gmail.GmailMessage;
  from: string;
}
interface Listed {
  message: GoogleAppsScript.Gmail.GmailMessage;
  thread: Thread;
  siblings: Sibling[];
}

/** `known`: what the listing already read (each is a Gmail call). */
function toMailboxMessage(m: GoogleAppsScript.Gmail.GmailMessage, known?: { id: string; from: string; date: GoogleAppsScript.Base.Date }): MailboxMessage {
  const id = known?.id ?? m.getId();
  return {
    gmailId: id,
    messageId: m.getHeader('Message-ID') || `gmail:${id}`,
    from: known?.from ?? m.getFrom(),
    subject: m.getSubject(),
    date: (known?.date ?? m.getDate()) as unknown as Date,
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
