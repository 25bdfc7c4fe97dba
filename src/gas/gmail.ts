import type { MailboxLabel, MailboxMessage, MailboxPort, SentAnswer } from '../app/mailbox';
import type { ParsedEmail } from '../intake';
import type { Email } from '../ui/email';
import { GMAIL_KEY_PREFIX, plainText, rawMailboxMessage, readRaw } from './rawMessage';

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

/** The message of that Gmail id in the running account's mailbox; null when it has none (Gmail: `Invalid argument: id`). */
function byGmailId(id: string): MailboxMessage | null {
  let m: GoogleAppsScript.Gmail.GmailMessage;
  try {
    m = GmailApp.getMessageById(id);
  } catch (error) {
    if (error instanceof Error && /^(Exception: )?Invalid argument: id/.test(error.message)) return null;
    throw error;
  }
  return rawMailboxMessage(m.getId(), m.getDate() as unknown as Date, readRaw(m));
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
   * thread's messages with their senders and plain text (each read whole once, getRawContent).
   * Replying and labelling then need no lookup, and checking for an earlier reply needs no call.
   */
  const listed = new Map<string, Listed>();
  const message = (id: string) => listed.get(id)?.message ?? GmailApp.getMessageById(id);
  const threadOf = (id: string) => listed.get(id)?.thread ?? message(id).getThread();
  /** A thread's message as the reply check needs it: what the office sent is read whole, others only by sender. */
  const ownReply = (m: GoogleAppsScript.Gmail.GmailMessage, from: string, sent: () => { plain: string; to: string; subject: string }): Sibling =>
    isOwn(from) ? { message: m, from, ...sent() } : { message: m, from, plain: '', to: '', subject: '' };
  const labelThreads = (which: MailboxLabel, threads: readonly Thread[]) => {
    for (let i = 0; i < threads.length; i += THREADS_PER_CALL) label(which).addToThreads(threads.slice(i, i + THREADS_PER_CALL));
  };
  return {
    candidates(max) {
      const query = candidateQuery(officeEmail);
      const threads = GmailApp.search(query, 0, max);
      const byThread = threads.length ? GmailApp.getMessagesForThreads(threads) : [];
      const received: { m: GoogleAppsScript.Gmail.GmailMessage; parsed: ParsedEmail; thread: Thread; siblings: Sibling[] }[] = [];
      threads.forEach((thread, i) => {
        const read = byThread[i].map((m) => ({ m, parsed: readRaw(m) }));
        const siblings = read.map(({ m, parsed }) => ownReply(m, parsed.from, () => ({ plain: plainText(parsed), to: parsed.to, subject: parsed.subject })));
        for (const { m, parsed } of read) if (!isOwn(parsed.from)) received.push({ m, parsed, thread, siblings });
      });
      // Arrival order, not thread order: a reply in a thread must not reorder a resumed run.
      const keyed = received.map((r) => ({ ...r, date: r.m.getDate() as unknown as Date, id: r.m.getId() }));
      keyed.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return keyed.slice(0, max).map(({ m, parsed, date, id, thread, siblings }) => {
        listed.set(id, { message: m, thread, siblings });
        return rawMailboxMessage(id, date, parsed);
      });
    },
    find(messageId) {
      // A message that came without a Message-ID is keyed by its Gmail id (rawMessage.ts): no search finds that.
      if (messageId.startsWith(GMAIL_KEY_PREFIX)) return byGmailId(messageId.slice(GMAIL_KEY_PREFIX.length));
      const id = messageId.replace(/^<|>$/g, '');
      for (const thread of GmailApp.search(`rfc822msgid:${id}`, 0, 5)) {
        for (const m of thread.getMessages()) {
          const parsed = readRaw(m);
          if (parsed.messageId === messageId) return rawMailboxMessage(m.getId(), m.getDate() as unknown as Date, parsed);
        }
      }
      return null;
    },
    earlierReply(gmailId, reference) {
      // Replies this run sends come after its check for the same message, so the listing's view of the thread is enough.
      const siblings = listed.get(gmailId)?.siblings ?? threadOf(gmailId).getMessages().map((m) => ownReply(m, m.getFrom(), () => ({ plain: m.getPlainBody(), to: m.getTo(), subject: m.getSubject() })));
      const found = siblings.find(({ from, plain }) => isOwn(from) && plain.includes(reference));
      return found ? { to: found.to, subject: found.subject } : null;
    },
    reply(received, email: Email): SentAnswer {
      // The reference documents a `subject` option (≤ 250 characters) that @types/google-apps-script lacks.
      const options: GoogleAppsScript.Gmail.GmailAdvancedOptions & { subject: string } = { htmlBody: email.html, name: senderName, subject: email.subject };
      message(received.gmailId).reply(email.text, options);
      // GmailMessage.reply answers the Reply-To address, the From without one.
      return { to: received.replyTo || received.from, subject: email.subject };
    },
    send(to, email: Email): SentAnswer {
      GmailApp.sendEmail(to, email.subject, email.text, { htmlBody: email.html, name: senderName });
      return { to, subject: email.subject };
    },
    labelAll(labels) {
      // One call a label for the batch (GmailLabel.addToThreads), each thread once.
      for (const which of ['done', 'review'] as const) {
        const threads = [...new Set(labels.filter((l) => l.label === which).map((l) => threadOf(l.gmailId)))];
        if (threads.length) labelThreads(which, threads);
      }
    },
    resolve(gmailId) {
      const thread = threadOf(gmailId);
      thread.addLabel(label('done'));
      thread.removeLabel(label('review'));
    },
  };
}

/** GmailLabel.addToThreads takes at most 100 threads a call. */
const THREADS_PER_CALL = 100;

type Thread = GoogleAppsScript.Gmail.GmailThread;
interface Sibling {
  message: GoogleAppsScript.Gmail.GmailMessage;
  from: string;
  /** The office's own messages' plain text (where its earlier reply quotes the reference); '' for others. */
  plain: string;
  /** The office's own messages' recipients and subject, as sent; '' for others. */
  to: string;
  subject: string;
}
interface Listed {
  message: GoogleAppsScript.Gmail.GmailMessage;
  thread: Thread;
  siblings: Sibling[];
}
