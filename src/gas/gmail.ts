import type { Listing, MailboxLabel, MailboxMessage, MailboxPort, SentAnswer } from '../app/intake/mailbox';
import type { ParsedEmail } from '../intake';
import type { Email } from '../ui/email';
import { quotesCode } from '../domain/submissionCode';
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

/**
 * Mail delivered to the office that no one has handled or set aside for review yet. `to:` alone
 * misses mail that came through a group, an alias or Bcc: Gmail's `deliveredto:` reads the
 * Delivered-To header the receiving server adds for the mailbox (support.google.com/mail/answer/7190).
 * `to:` stays for mail the account sent itself, which carries no Delivered-To.
 */
export function candidateQuery(...addresses: string[]): string {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a !== ''))];
  const delivered = wanted.flatMap((a) => [`to:${a}`, `deliveredto:${a}`]).join(' ');
  return `{${delivered}} -${labelQuery(LABEL_NAMES.done)} -${labelQuery(LABEL_NAMES.review)}`;
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
  // The account's address is '' where policy hides it: a message without From is not the office's for that.
  const own = new Set([officeEmail, Session.getEffectiveUser().getEmail()].map((a) => a.trim().toLowerCase()).filter((a) => a !== ''));
  const isOwn = (from: string) => own.has(address(from));
  // Mail to an alias of the account (the campaign may name one) is delivered to the account's own mailbox.
  const query = candidateQuery(...own);
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
  const threadOf = (id: string) => listed.get(id)?.thread.thread ?? message(id).getThread();
  /** A thread's message as the reply check needs it: what the office sent is read whole, others only by sender. */
  const ownReply = (m: GoogleAppsScript.Gmail.GmailMessage, from: string, sent: () => { plain: string; to: string; subject: string }): Sibling =>
    isOwn(from) ? { message: m, from, ...sent() } : { message: m, from, plain: '', to: '', subject: '' };
  const eachCall = (threads: readonly Thread[], call: (some: Thread[]) => void) => {
    for (let i = 0; i < threads.length; i += THREADS_PER_CALL) call(threads.slice(i, i + THREADS_PER_CALL));
  };
  /**
   * Labels listed threads, then takes the label off again where the thread holds more than the
   * listing read: GmailThread labelling labels every message the
   * thread has at that moment, so mail that arrived since (before the label, or while it went on)
   * would be labelled unread; read after the label, nothing is missed. Unlabelled, the thread is
   * listed again. One call a label, one for the threads' messages.
   */
  const labelListed = (labels: readonly { thread: ListedThread; which: MailboxLabel }[]) => {
    if (!labels.length) return;
    for (const which of ['done', 'review'] as const) {
      eachCall(labels.filter((l) => l.which === which).map((l) => l.thread.thread), (some) => label(which).addToThreads(some));
    }
    const now = GmailApp.getMessagesForThreads(labels.map((l) => l.thread.thread));
    for (const which of ['done', 'review'] as const) {
      const grown = labels.filter((l, i) => l.which === which && now[i].length !== l.thread.read).map((l) => l.thread.thread);
      eachCall(grown, (some) => label(which).removeFromThreads(some));
    }
  };
  const port: MailboxPort = {
    candidates(max, canRead) {
      const threads = GmailApp.search(query, 0, max);
      const byThread = threads.length ? GmailApp.getMessagesForThreads(threads) : [];
      const read: ReadThread[] = [];
      let count = 0;
      let received = 0;
      let stoppedEarly = false;
      // The search gives the newest first; the thread waiting longest is read (and handled) first.
      for (let i = threads.length - 1; i >= 0; i--) {
        const messages = byThread[i];
        if (count > 0 && count + messages.length > max) break;
        if (!canRead({ read: count, received, next: messages.length })) {
          stoppedEarly = true;
          break;
        }
        const thread = readThread(threads[i], messages, isOwn, (m, parsed) => ownReply(m, parsed.from, () => ({ plain: plainText(parsed), to: parsed.to, subject: parsed.subject })));
        read.push(thread);
        count += messages.length;
        received += thread.received.length;
      }
      return listing(read, listed, stoppedEarly, (own) => labelListed(own.map((thread) => ({ thread, which: 'done' }))));
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
    earlierReplies(gmailId, quoted) {
      // Replies this run sends come after its check for the same message, so the listing's view of the thread is enough.
      const siblings = listed.get(gmailId)?.siblings ?? threadOf(gmailId).getMessages().map((m) => ownReply(m, m.getFrom(), () => ({ plain: m.getPlainBody(), to: m.getTo(), subject: m.getSubject() })));
      return siblings.filter(({ from, plain }) => isOwn(from) && quotesAny(plain, quoted)).map(({ to, subject }) => ({ to, subject }));
    },
    sentAnswer(to, quoted, subjectStart) {
      // `in:sent` and `to:` are plain operators; the body is checked here, not by the search's word rules.
      const threads = GmailApp.search(`in:sent to:${address(to)} newer_than:30d`, 0, SENT_LOOKUP_THREADS);
      const messages = threads.length ? GmailApp.getMessagesForThreads(threads) : [];
      for (const m of messages.flat().reverse()) {
        if (isOwn(m.getFrom()) && m.getSubject().startsWith(subjectStart) && quotesAny(m.getPlainBody(), quoted)) return { to: m.getTo(), subject: m.getSubject() };
      }
      return null;
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
      // Each thread once; a message the listing did not read (fetched by find) has no count to check against.
      const threads = new Map<ListedThread, MailboxLabel>();
      for (const l of labels) {
        const thread = listed.get(l.gmailId)?.thread;
        if (thread && !threads.has(thread)) threads.set(thread, l.label);
      }
      labelListed([...threads].map(([thread, which]) => ({ thread, which })));
    },
    resolve(gmailId) {
      // Not `done` here: the thread may hold a message not logged yet; the next poll labels it from the log.
      threadOf(gmailId).removeLabel(label('review'));
    },
  };
  // The office's answers are not counted into their thread: their subject says what they are
  // (`[Đã nhận] Re: …`), and Gmail keeps a message in a thread only under a matching subject. Were
  // one kept there all the same, the thread would look as if new mail came, and stay unlabelled
  // until the next poll reads it: late, never early.
  return port;
}

function quotesAny(text: string, quoted: readonly string[]): boolean {
  return quoted.some((q) => quotesCode(text, q));
}

/** One thread as the listing read it: every message whole (getRawContent), received ones with their id and date. */
interface ReadThread {
  thread: ListedThread;
  siblings: Sibling[];
  received: { m: GoogleAppsScript.Gmail.GmailMessage; parsed: ParsedEmail; id: string; date: Date }[];
}

function readThread(
  thread: Thread,
  messages: GoogleAppsScript.Gmail.GmailMessage[],
  isOwn: (from: string) => boolean,
  sibling: (m: GoogleAppsScript.Gmail.GmailMessage, parsed: ParsedEmail) => Sibling,
): ReadThread {
  const read = messages.map((m) => ({ m, parsed: readRaw(m) }));
  const siblings = read.map(({ m, parsed }) => sibling(m, parsed));
  const received = read.filter(({ parsed }) => !isOwn(parsed.from)).map(({ m, parsed }) => ({ m, parsed, id: m.getId(), date: m.getDate() as unknown as Date }));
  return { thread: { thread, read: messages.length }, siblings, received };
}

/**
 * The threads read, as the poll takes them: those with mail from others in the order of their
 * latest such message (then its id: a stable order), each thread's oldest first and tagged with
 * the thread's Message-IDs. A thread of the office's own mail only (its digest, a message to
 * itself) has nothing to log: it is labelled done now, or the search would return it forever.
 */
function listing(read: readonly ReadThread[], listed: Map<string, Listed>, stoppedEarly: boolean, labelOwn: (threads: ListedThread[]) => void): Listing {
  labelOwn(read.filter((t) => t.received.length === 0).map((t) => t.thread));
  const latest = (t: ReadThread) => t.received[t.received.length - 1];
  const withMail = read.filter((t) => t.received.length > 0);
  withMail.sort((a, b) => latest(a).date.getTime() - latest(b).date.getTime() || (latest(a).id < latest(b).id ? -1 : latest(a).id > latest(b).id ? 1 : 0));
  const messages: MailboxMessage[] = [];
  for (const t of withMail) {
    const mails = t.received.map(({ m, parsed, id, date }) => {
      listed.set(id, { message: m, thread: t.thread, siblings: t.siblings });
      return rawMailboxMessage(id, date, parsed);
    });
    const thread = { id: mails[0].gmailId, members: mails.map((mail) => mail.messageId) };
    for (const mail of mails) messages.push({ ...mail, thread });
  }
  return { messages, stoppedEarly };
}

/** How many of the office's latest sent conversations to one address are looked through for a letter a dead run may have sent. */
const SENT_LOOKUP_THREADS = 20;

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
/** A thread the listing read, and how many messages it had then. */
interface ListedThread {
  thread: Thread;
  read: number;
}
interface Listed {
  message: GoogleAppsScript.Gmail.GmailMessage;
  thread: ListedThread;
  siblings: Sibling[];
}
