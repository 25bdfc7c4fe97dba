/**
 * GmailApp. One mailbox per user (the execution's effective user: a trigger's creator, the person
 * at the keyboard), of messages grouped in threads: received mail comes from the host
 * (`emu.gmail.deliver(eml, { user })`, parsed with the intake MIME parser) or from another
 * emulated user's send, sent mail from GmailApp.sendEmail and reply/replyAll (and MailApp, which
 * delivers to emulated recipients too). Message ids are unique across mailboxes, as Gmail's
 * per-account ids are never another account's. User labels live on messages (a thread's labels are the
 * union of its messages'), so a reply that arrives after thread.addLabel is not labelled.
 * Sending shares the per-day recipient quota and `emu.mail.sent` with MailApp.
 */
import { createHash } from 'node:crypto';
import { parseEml, type ParsedEmail } from '../../src/intake/mime';
import { asApi, fromApi, registerFake } from './bridge';
import { blobOf, FakeBlob } from './blob';
import { toEml } from './eml';
import { exception } from './errors';
import { searchMessages } from './gmail/search';
import { addresses, recordSend, type Message, type SentMail } from './mail';
import { stateKey, type World } from './world';

export interface MailboxMessage {
  id: string;
  threadId: string;
  raw: string;
  parsed: ParsedEmail;
  /** Gmail's internal date (delivery or send time), epoch ms. */
  date: number;
  labels: Set<string>;
  unread: boolean;
  inInbox: boolean;
  isSent: boolean;
  /** Trash and Spam are left out of searches that do not ask for them (see gmail/search.ts). */
  inTrash: boolean;
  inSpam: boolean;
}

/** One user's mailbox. */
export interface GmailState {
  messages: MailboxMessage[];
  /** User label names, in creation order. */
  labels: string[];
}

export interface Mailboxes {
  /** By the owner's lower-cased address, a `+tag` removed. */
  boxes: Map<string, GmailState>;
  /** Shared by every mailbox, so no id is ever valid in two. */
  seq: number;
}

export const GMAIL = stateKey('gmail', (): Mailboxes => ({ boxes: new Map(), seq: 0 }));

/** Gmail delivers `name+tag@x` to `name@x`; case never matters. */
export function mailboxKey(address: string): string {
  return address.trim().toLowerCase().replace(/\+[^@]*@/, '@');
}

/** The mailbox of `user`, created empty on first use. */
export function mailboxOf(world: World, user: string): GmailState {
  const boxes = world.state(GMAIL).boxes;
  const key = mailboxKey(user);
  let box = boxes.get(key);
  if (!box) {
    box = { messages: [], labels: [] };
    boxes.set(key, box);
  }
  return box;
}

/** Host-side: a user's mailbox as it is, without giving them one (an empty one when they have none). */
export function peekMailbox(world: World, user: string): GmailState {
  return world.state(GMAIL).boxes.get(mailboxKey(user)) ?? { messages: [], labels: [] };
}

/** The running execution's mailbox: its effective user's (the owner's host-side). */
export function currentMailbox(world: World): GmailState {
  return mailboxOf(world, world.actingUser());
}

/** Accounts the emulator plays: the owner, the editors, and anyone who already has a mailbox. */
function emulatedRecipient(world: World, address: string): boolean {
  const key = mailboxKey(address);
  if (key === mailboxKey(world.options.user) || world.options.editors.some((e) => mailboxKey(e) === key)) return true;
  return world.state(GMAIL).boxes.has(key);
}

/** Host view of one message. */
export interface GmailMessageInfo {
  id: string;
  threadId: string;
  from: string;
  to: string;
  cc: string;
  subject: string;
  plainBody: string;
  htmlBody: string;
  date: Date;
  labels: string[];
  isSent: boolean;
  unread: boolean;
  inInbox: boolean;
  inTrash: boolean;
  inSpam: boolean;
  messageId: string;
}

const MAX_SEARCH = 500;
const ID_BASE = 0x156c0d3a2f000000n;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function header(m: MailboxMessage, name: string): string {
  return m.parsed.headers[name.toLowerCase()] ?? '';
}

/** `Re: Fwd: Subject` → `subject` */
export function normaliseSubject(s: string): string {
  let out = s.trim();
  for (;;) {
    const next = out.replace(/^(re|fwd?|aw|tr)\s*:\s*/i, '').trim();
    if (next === out) return out.toLowerCase();
    out = next;
  }
}

function bareId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').trim().toLowerCase();
}

function referencedIds(p: ParsedEmail): string[] {
  const text = `${p.headers['in-reply-to'] ?? ''} ${p.headers.references ?? ''}`;
  return [...text.matchAll(/<([^>]+)>/g)].map((m) => bareId(m[1] ?? ''));
}

function nextId(world: World): string {
  const all = world.state(GMAIL);
  all.seq++;
  return (ID_BASE + BigInt(all.seq) * 0x1000n).toString(16);
}

function threadMessages(state: GmailState, threadId: string): MailboxMessage[] {
  return state.messages.filter((m) => m.threadId === threadId);
}

function ensureLabel(state: GmailState, name: string): void {
  const parts = name.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const n = parts.slice(0, i).join('/');
    if (n !== '' && !state.labels.includes(n)) state.labels.push(n);
  }
}

function addMessage(
  world: World,
  state: GmailState,
  raw: string,
  bytes: Uint8Array,
  opts: { labels?: string[]; isSent: boolean; date?: number; spam?: boolean; toSelf?: boolean },
): MailboxMessage {
  const parsed = parseEml(bytes);
  const id = nextId(world);
  let threadId = id;
  const refs = referencedIds(parsed);
  if (refs.length > 0) {
    const subject = normaliseSubject(parsed.subject);
    const hit = [...state.messages]
      .reverse()
      .find((m) => m.parsed.messageId !== null && refs.includes(bareId(m.parsed.messageId)) && normaliseSubject(m.parsed.subject) === subject);
    if (hit) threadId = hit.threadId;
  }
  const labels = new Set<string>();
  for (const l of opts.labels ?? []) {
    ensureLabel(state, l);
    labels.add(l);
  }
  const m: MailboxMessage = {
    id,
    threadId,
    raw,
    parsed,
    date: opts.date ?? world.clock.now(),
    labels,
    // A message to oneself is one message, both sent and in the inbox, unread.
    unread: !opts.isSent || opts.toSelf === true,
    inInbox: (!opts.isSent && !opts.spam) || opts.toSelf === true,
    isSent: opts.isSent,
    inTrash: false,
    inSpam: opts.spam === true,
  };
  state.messages.push(m);
  return m;
}

export interface DeliverOptions {
  labels?: string[];
  date?: Date | number;
  /** Files it in Spam (not the inbox), as Gmail's spam filter would. */
  spam?: boolean;
  /** Whose mailbox receives it (default: the owner's). */
  user?: string;
  /**
   * The Authentication-Results field Gmail's receiving server puts on top of the message, as it
   * does on all mail it receives: by default an aligned pass (DKIM, SPF, DMARC) for the From
   * address's domain, what a sender writing from its own account gets. A string is the field's
   * value instead (a spoof, e.g. `mx.google.com; spf=pass smtp.mailfrom=x@attacker.example; dmarc=fail`);
   * null puts none (mail that reached the mailbox without Gmail's check). Fields already in the
   * message stay below it, as the sender wrote them.
   */
  authentication?: string | null;
}

/** The field Gmail's receiving server (authserv-id `mx.google.com`) writes for a sender that really is its From address. */
export function alignedAuthentication(from: string): string {
  const angle = /<([^>]+)>/.exec(from);
  const address = (angle ? angle[1] : from).trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return 'mx.google.com; spf=none; dkim=none';
  const domain = address.slice(at + 1);
  return [
    'mx.google.com;',
    `       dkim=pass header.i=@${domain} header.s=20230601 header.b=emulated;`,
    `       spf=pass (google.com: domain of ${address} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${address};`,
    `       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${domain}`,
  ].join('\r\n');
}

/** The message as the receiving server leaves it: its Authentication-Results field prepended (none for null). */
function stamped(bytes: Uint8Array, authentication: string | null | undefined): Uint8Array {
  const value = authentication === undefined ? alignedAuthentication(parseEml(bytes).from) : authentication;
  if (value === null) return bytes;
  const field = Buffer.from(`Authentication-Results: ${value}\r\n`, 'utf8');
  const out = new Uint8Array(field.length + bytes.length);
  out.set(field, 0);
  out.set(bytes, field.length);
  return out;
}

/**
 * Host: a received message. A string is text (UTF-8 encoded before parsing, so 8-bit UTF-8 bodies
 * work); bytes are parsed as they are. Its Gmail date is `options.date` or the simulated now;
 * `options.spam` files it in Spam (not the inbox) as Gmail's spam filter would; on top go the
 * receiving server's Delivered-To (the mailbox) and Authentication-Results (`options.authentication`).
 */
export function deliver(world: World, raw: string | Uint8Array, options: DeliverOptions = {}): { id: string; threadId: string } {
  const mailbox = options.user ?? world.options.user;
  const received = withDeliveredTo(stamped(typeof raw === 'string' ? new Uint8Array(Buffer.from(raw, 'utf8')) : raw, options.authentication), mailbox);
  const date = options.date === undefined ? undefined : typeof options.date === 'number' ? options.date : options.date.getTime();
  const box = mailboxOf(world, mailbox);
  const m = addMessage(world, box, Buffer.from(received).toString('utf8'), received, { labels: options.labels, isSent: false, date, spam: options.spam });
  return { id: m.id, threadId: m.threadId };
}

/**
 * The receiving server's `Delivered-To: <mailbox>` on top of the message, as Gmail adds it on
 * delivery (it is the first line of "Show original"): the mailbox the message was delivered to,
 * whatever the To/Cc say. Mail that came through a group or an alias names the group or alias in
 * To and the mailbox here; a Bcc recipient is named only here (`deliveredto:` searches this header).
 */
function withDeliveredTo(bytes: Uint8Array, mailbox: string): Uint8Array {
  const crlf = /^[^\n]*\r\n/.test(Buffer.from(bytes.subarray(0, 1000)).toString('latin1'));
  const line = Buffer.from(`Delivered-To: ${mailbox.trim().toLowerCase()}${crlf ? '\r\n' : '\n'}`, 'latin1');
  const out = new Uint8Array(line.length + bytes.length);
  out.set(line, 0);
  out.set(bytes, line.length);
  return out;
}

/**
 * A message an emulated user sent reaches every other emulated recipient's inbox (To, Cc and Bcc,
 * without the Bcc header, with the recipient's Delivered-To); the sender's own copy is in Sent
 * (and in the inbox when sent to self). Mail to anyone else leaves the emulator (emu.mail.sent).
 */
export function deliverToEmulatedRecipients(world: World, sent: SentMail, raw: string): boolean {
  const sender = mailboxKey(sent.from);
  const recipients = new Set([sent.to, sent.cc, sent.bcc].flatMap((list) => addresses(list)).map(mailboxKey));
  // An emulated account really is its address: Gmail's check passes, aligned.
  const withoutBcc = stamped(new Uint8Array(Buffer.from(raw.replace(/^Bcc: .*\r?\n/im, ''), 'utf8')), undefined);
  let toSelf = false;
  for (const key of recipients) {
    if (key === sender) {
      toSelf = true;
    } else if (emulatedRecipient(world, key)) {
      const bytes = withDeliveredTo(withoutBcc, key);
      addMessage(world, mailboxOf(world, key), Buffer.from(bytes).toString('utf8'), bytes, { isSent: false, date: sent.date.getTime() });
    }
  }
  return toSelf;
}

export function messageInfo(m: MailboxMessage): GmailMessageInfo {
  return {
    id: m.id,
    threadId: m.threadId,
    from: m.parsed.from,
    to: m.parsed.to,
    cc: header(m, 'cc'),
    subject: m.parsed.subject,
    plainBody: m.parsed.plainBody,
    htmlBody: m.parsed.htmlBody,
    date: new Date(m.date),
    labels: [...m.labels],
    isSent: m.isSent,
    unread: m.unread,
    inInbox: m.inInbox,
    inTrash: m.inTrash,
    inSpam: m.inSpam,
    messageId: m.parsed.messageId ?? '',
  };
}

// ---------------------------------------------------------------- sending

/** Validates, charges the shared MailApp quota, records in emu.mail.sent and adds a sent message to the mailbox. */
function send(world: World, m: Message, reply?: MailboxMessage): MailboxMessage {
  const sent = recordSend(world, m);
  const now = sent.date.getTime();
  const from = sent.from;
  const messageId = `<emu-${world.state(GMAIL).seq + 1}-${now.toString(36)}@mail.gmail.com>`;
  const extra: string[] = [];
  if (reply) {
    const parentId = reply.parsed.messageId;
    if (parentId) {
      const refs = (reply.parsed.headers.references ?? '').replace(/\s+/g, ' ').trim();
      extra.push(`In-Reply-To: ${parentId}`, `References: ${refs ? `${refs} ` : ''}${parentId}`);
    }
  }
  const eml = toEml(sent, from, world.options.scriptTimeZone).replace(/^Message-ID: .*$/m, `Message-ID: ${messageId}`);
  const raw = extra.length > 0 ? `${extra.join('\r\n')}\r\n${eml}` : eml;
  const box = currentMailbox(world);
  const own = addMessage(world, box, raw, new Uint8Array(Buffer.from(raw, 'utf8')), { isSent: true });
  // Mail to oneself is one message, in Sent and in the Inbox; other emulated recipients get their copy.
  if (deliverToEmulatedRecipients(world, sent, raw)) {
    own.inInbox = true;
    own.unread = true;
  }
  return own;
}

function replyTarget(world: World, m: MailboxMessage, all: boolean): { to: string; cc: string } {
  const self = (world.effectiveUser() || world.options.user).toLowerCase();
  if (m.isSent) return { to: m.parsed.to, cc: all ? header(m, 'cc') : '' };
  const to = header(m, 'reply-to') || m.parsed.from;
  if (!all) return { to, cc: '' };
  const others = [m.parsed.to, header(m, 'cc')]
    .join(',')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.toLowerCase().includes(self));
  return { to: [to, ...others].join(', '), cc: '' };
}

function replySubject(subject: string): string {
  return /^re\s*:/i.test(subject.trim()) ? subject : `Re: ${subject}`;
}

function sendReply(world: World, m: MailboxMessage, all: boolean, body: unknown, options: unknown): MailboxMessage {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Message;
  const target = replyTarget(world, m, all);
  const cc = [target.cc, str(o.cc)].filter((s) => s !== '').join(', ');
  return send(world, { ...o, to: target.to, cc, subject: o.subject === undefined ? replySubject(m.parsed.subject) : o.subject, body }, m);
}

// ---------------------------------------------------------------- search

function threadDate(state: GmailState, threadId: string): number {
  return Math.max(...threadMessages(state, threadId).map((m) => m.date));
}

function threadsOf(state: GmailState, ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => threadDate(state, b) - threadDate(state, a));
}

// ---------------------------------------------------------------- fakes

type AppMethods =
  | 'search'
  | 'getUserLabelByName'
  | 'getUserLabels'
  | 'createLabel'
  | 'deleteLabel'
  | 'getMessageById'
  | 'getThreadById'
  | 'sendEmail'
  | 'getAliases'
  | 'getInboxThreads'
  | 'getInboxUnreadCount'
  | 'getMessagesForThreads'
  | 'getMessagesForThread'
  | 'markThreadRead'
  | 'markThreadsRead'
  | 'markMessageRead'
  | 'moveThreadToArchive'
  | 'moveThreadsToArchive'
  | 'moveThreadToInbox'
  | 'moveMessageToTrash'
  | 'moveMessagesToTrash'
  | 'moveThreadToTrash'
  | 'moveThreadsToTrash'
  | 'moveThreadToSpam'
  | 'moveThreadsToSpam'
  | 'getTrashThreads'
  | 'getSpamThreads';

export class FakeGmailApp implements Pick<GoogleAppsScript.Gmail.GmailApp, AppMethods> {
  constructor(private readonly world: World) {}

  #state(): GmailState {
    return currentMailbox(this.world);
  }

  search(query: string, start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    if (max !== undefined && max > MAX_SEARCH) throw exception(`Argument max cannot exceed ${MAX_SEARCH}.`);
    const state = this.#state();
    const self = (this.world.effectiveUser() || this.world.options.user).toLowerCase();
    const found = searchMessages(state.messages, str(query), { now: this.world.clock.now(), self });
    const ids = threadsOf(state, found.map((m) => m.threadId));
    const from = start ?? 0;
    const page = max === undefined ? ids.slice(from) : ids.slice(from, from + max);
    return page.map((id) => asApi<GoogleAppsScript.Gmail.GmailThread>(new FakeGmailThread(this.world, id)));
  }

  getInboxThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.search('in:inbox', start, max);
  }

  getTrashThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.search('in:trash', start, max);
  }

  getSpamThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.search('in:spam', start, max);
  }

  getInboxUnreadCount(): number {
    const state = this.#state();
    return new Set(state.messages.filter((m) => m.inInbox && m.unread).map((m) => m.threadId)).size;
  }

  getUserLabelByName(name: string): GoogleAppsScript.Gmail.GmailLabel {
    const n = str(name);
    return (this.#state().labels.includes(n) ? asApi(new FakeGmailLabel(this.world, n)) : null) as GoogleAppsScript.Gmail.GmailLabel;
  }

  getUserLabels(): GoogleAppsScript.Gmail.GmailLabel[] {
    return this.#state().labels.map((n) => asApi<GoogleAppsScript.Gmail.GmailLabel>(new FakeGmailLabel(this.world, n)));
  }

  /** Creates `A/B` and its parent `A`; an existing label is returned as is. */
  createLabel(name: string): GoogleAppsScript.Gmail.GmailLabel {
    const n = str(name).trim();
    if (n === '' || n.split('/').some((p) => p.trim() === '')) throw exception('Invalid argument: name');
    ensureLabel(this.#state(), n);
    return asApi(new FakeGmailLabel(this.world, n));
  }

  deleteLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailApp {
    fromApi(label, FakeGmailLabel, 'label').deleteLabel();
    return asApi(this);
  }

  getMessageById(id: string): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.#state().messages.find((x) => x.id === str(id));
    if (!m) throw exception('Invalid argument: id');
    return asApi(new FakeGmailMessage(this.world, m));
  }

  getThreadById(id: string): GoogleAppsScript.Gmail.GmailThread {
    const hit = this.#state().messages.some((x) => x.threadId === str(id));
    return (hit ? asApi(new FakeGmailThread(this.world, str(id))) : null) as GoogleAppsScript.Gmail.GmailThread;
  }

  getMessagesForThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailMessage[][] {
    return threads.map((t) => fromApi(t, FakeGmailThread, 'threads').getMessages());
  }

  getMessagesForThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailMessage[] {
    return fromApi(thread, FakeGmailThread, 'thread').getMessages();
  }

  markThreadRead(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    fromApi(thread, FakeGmailThread, 'thread').markRead();
    return asApi(this);
  }

  markThreadsRead(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.markThreadRead(t);
    return asApi(this);
  }

  markMessageRead(message: GoogleAppsScript.Gmail.GmailMessage): GoogleAppsScript.Gmail.GmailApp {
    fromApi(message, FakeGmailMessage, 'message').markRead();
    return asApi(this);
  }

  moveThreadToArchive(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    fromApi(thread, FakeGmailThread, 'thread').moveToArchive();
    return asApi(this);
  }

  moveThreadsToArchive(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.moveThreadToArchive(t);
    return asApi(this);
  }

  moveThreadToInbox(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    fromApi(thread, FakeGmailThread, 'thread').moveToInbox();
    return asApi(this);
  }

  moveMessageToTrash(message: GoogleAppsScript.Gmail.GmailMessage): GoogleAppsScript.Gmail.GmailApp {
    fromApi(message, FakeGmailMessage, 'message').moveToTrash();
    return asApi(this);
  }

  moveMessagesToTrash(messages: GoogleAppsScript.Gmail.GmailMessage[]): GoogleAppsScript.Gmail.GmailApp {
    if (messages.length > 100) throw exception('Argument messages cannot exceed 100.');
    for (const m of messages) this.moveMessageToTrash(m);
    return asApi(this);
  }

  moveThreadToTrash(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    fromApi(thread, FakeGmailThread, 'thread').moveToTrash();
    return asApi(this);
  }

  moveThreadsToTrash(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.moveThreadToTrash(t);
    return asApi(this);
  }

  moveThreadToSpam(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    fromApi(thread, FakeGmailThread, 'thread').moveToSpam();
    return asApi(this);
  }

  moveThreadsToSpam(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.moveThreadToSpam(t);
    return asApi(this);
  }

  sendEmail(...args: unknown[]): GoogleAppsScript.Gmail.GmailApp {
    if (args.length < 3) {
      throw exception(`The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for GmailApp.sendEmail.`);
    }
    const options = (typeof args[3] === 'object' && args[3] !== null ? args[3] : {}) as Message;
    send(this.world, { ...options, to: args[0], subject: args[1], body: args[2] });
    return asApi(this);
  }

  getAliases(): string[] {
    return [];
  }
}
registerFake(FakeGmailApp, { iface: 'Gmail.GmailApp', service: 'Gmail' });

type ThreadMethods =
  | 'getId'
  | 'getMessages'
  | 'getFirstMessageSubject'
  | 'getMessageCount'
  | 'getLastMessageDate'
  | 'addLabel'
  | 'removeLabel'
  | 'getLabels'
  | 'reply'
  | 'replyAll'
  | 'getPermalink'
  | 'isUnread'
  | 'isInInbox'
  | 'markRead'
  | 'markUnread'
  | 'moveToArchive'
  | 'moveToInbox'
  | 'moveToTrash'
  | 'moveToSpam'
  | 'isInTrash'
  | 'isInSpam'
  | 'hasStarredMessages';

export class FakeGmailThread implements Pick<GoogleAppsScript.Gmail.GmailThread, ThreadMethods> {
  constructor(
    private readonly world: World,
    readonly id: string,
  ) {}

  messages(): MailboxMessage[] {
    return threadMessages(currentMailbox(this.world), this.id);
  }
  #self(): GoogleAppsScript.Gmail.GmailThread {
    return asApi(this);
  }
  getId(): string {
    return this.id;
  }
  getMessages(): GoogleAppsScript.Gmail.GmailMessage[] {
    return this.messages().map((m) => asApi<GoogleAppsScript.Gmail.GmailMessage>(new FakeGmailMessage(this.world, m)));
  }
  getFirstMessageSubject(): string {
    return this.messages()[0]?.parsed.subject ?? '';
  }
  getMessageCount(): number {
    return this.messages().length;
  }
  getLastMessageDate(): GoogleAppsScript.Base.Date {
    return new Date(threadDate(currentMailbox(this.world), this.id));
  }
  /** Labels the messages the thread has now; later messages are not labelled. */
  addLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailThread {
    const name = fromApi(label, FakeGmailLabel, 'label').name;
    for (const m of this.messages()) m.labels.add(name);
    return this.#self();
  }
  removeLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailThread {
    const name = fromApi(label, FakeGmailLabel, 'label').name;
    for (const m of this.messages()) m.labels.delete(name);
    return this.#self();
  }
  getLabels(): GoogleAppsScript.Gmail.GmailLabel[] {
    const names = new Set(this.messages().flatMap((m) => [...m.labels]));
    return currentMailbox(this.world)
      .labels.filter((n) => names.has(n))
      .map((n) => asApi<GoogleAppsScript.Gmail.GmailLabel>(new FakeGmailLabel(this.world, n)));
  }
  #last(): MailboxMessage {
    const all = this.messages();
    const last = all[all.length - 1];
    if (!last) throw exception('Invalid argument: thread');
    return last;
  }
  reply(body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions): GoogleAppsScript.Gmail.GmailThread {
    sendReply(this.world, this.#last(), false, body, options);
    return this.#self();
  }
  replyAll(body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions): GoogleAppsScript.Gmail.GmailThread {
    sendReply(this.world, this.#last(), true, body, options);
    return this.#self();
  }
  getPermalink(): string {
    return `https://mail.google.com/mail/u/0/#inbox/${this.id}`;
  }
  isUnread(): boolean {
    return this.messages().some((m) => m.unread);
  }
  isInInbox(): boolean {
    return this.messages().some((m) => m.inInbox);
  }
  markRead(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) m.unread = false;
    return this.#self();
  }
  markUnread(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) m.unread = true;
    return this.#self();
  }
  moveToArchive(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) m.inInbox = false;
    return this.#self();
  }
  /** Out of Trash and Spam; received messages go back to the inbox (sent ones were never in it). */
  moveToInbox(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) {
      m.inTrash = false;
      m.inSpam = false;
      if (!m.isSent) m.inInbox = true;
    }
    return this.#self();
  }
  moveToTrash(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) trash(m);
    return this.#self();
  }
  /** Inbox, Spam and Trash exclude each other: a message in Spam is in neither of the others. */
  moveToSpam(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.messages()) {
      m.inSpam = true;
      m.inTrash = false;
      m.inInbox = false;
    }
    return this.#self();
  }
  isInTrash(): boolean {
    return this.messages().some((m) => m.inTrash);
  }
  isInSpam(): boolean {
    return this.messages().some((m) => m.inSpam);
  }
  hasStarredMessages(): boolean {
    return false;
  }
}
registerFake(FakeGmailThread, { iface: 'Gmail.GmailThread', service: 'Gmail' });

/** Trash keeps the message's user labels, but it leaves the inbox and Spam. */
function trash(m: MailboxMessage): void {
  m.inTrash = true;
  m.inSpam = false;
  m.inInbox = false;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

type MessageMethods =
  | 'getId'
  | 'getHeader'
  | 'getFrom'
  | 'getTo'
  | 'getCc'
  | 'getBcc'
  | 'getReplyTo'
  | 'getSubject'
  | 'getDate'
  | 'getPlainBody'
  | 'getBody'
  | 'getRawContent'
  | 'getAttachments'
  | 'getThread'
  | 'reply'
  | 'replyAll'
  | 'isInInbox'
  | 'isUnread'
  | 'isDraft'
  | 'isInTrash'
  | 'isStarred'
  | 'moveToTrash'
  | 'markRead'
  | 'markUnread'
  | 'moveToTrash';

export class FakeGmailMessage implements Pick<GoogleAppsScript.Gmail.GmailMessage, MessageMethods> {
  constructor(
    private readonly world: World,
    readonly m: MailboxMessage,
  ) {}

  #self(): GoogleAppsScript.Gmail.GmailMessage {
    return asApi(this);
  }
  getId(): string {
    return this.m.id;
  }
  /** The header's (decoded) value, `''` when absent. */
  getHeader(name: string): string {
    return header(this.m, str(name));
  }
  getFrom(): string {
    return this.m.parsed.from;
  }
  getTo(): string {
    return this.m.parsed.to;
  }
  getCc(): string {
    return header(this.m, 'cc');
  }
  getBcc(): string {
    return this.m.isSent ? header(this.m, 'bcc') : '';
  }
  getReplyTo(): string {
    return header(this.m, 'reply-to');
  }
  getSubject(): string {
    return this.m.parsed.subject;
  }
  getDate(): GoogleAppsScript.Base.Date {
    return new Date(this.m.date);
  }
  getPlainBody(): string {
    return this.m.parsed.plainBody;
  }
  getBody(): string {
    return this.m.parsed.htmlBody || escapeHtml(this.m.parsed.plainBody);
  }
  getRawContent(): string {
    return this.m.raw;
  }
  getAttachments(): GoogleAppsScript.Gmail.GmailAttachment[] {
    return this.m.parsed.attachments.map((a) =>
      asApi<GoogleAppsScript.Gmail.GmailAttachment>(new FakeGmailAttachment(new Uint8Array(a.bytes), a.contentType, a.name)),
    );
  }
  getThread(): GoogleAppsScript.Gmail.GmailThread {
    return asApi(new FakeGmailThread(this.world, this.m.threadId));
  }
  reply(body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions): GoogleAppsScript.Gmail.GmailMessage {
    sendReply(this.world, this.m, false, body, options);
    return this.#self();
  }
  replyAll(body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions): GoogleAppsScript.Gmail.GmailMessage {
    sendReply(this.world, this.m, true, body, options);
    return this.#self();
  }
  isInInbox(): boolean {
    return this.m.inInbox;
  }
  isUnread(): boolean {
    return this.m.unread;
  }
  isDraft(): boolean {
    return false;
  }
  isInTrash(): boolean {
    return this.m.inTrash;
  }
  moveToTrash(): GoogleAppsScript.Gmail.GmailMessage {
    trash(this.m);
    return this.#self();
  }
  isStarred(): boolean {
    return false;
  }
  markRead(): GoogleAppsScript.Gmail.GmailMessage {
    this.m.unread = false;
    return this.#self();
  }
  markUnread(): GoogleAppsScript.Gmail.GmailMessage {
    this.m.unread = true;
    return this.#self();
  }
}
registerFake(FakeGmailMessage, { iface: 'Gmail.GmailMessage', service: 'Gmail' });

/** A Blob with getSize and getHash (SHA-1 hex); getBytes() signed. */
export class FakeGmailAttachment extends FakeBlob {
  getSize(): number {
    return this.bytes.length;
  }
  getHash(): string {
    return createHash('sha1').update(this.bytes).digest('hex');
  }
}
registerFake(FakeGmailAttachment, { iface: 'Gmail.GmailAttachment', service: 'Gmail' });

type LabelMethods = 'getName' | 'addToThread' | 'addToThreads' | 'removeFromThread' | 'removeFromThreads' | 'getThreads' | 'deleteLabel' | 'getUnreadCount';

export class FakeGmailLabel implements Pick<GoogleAppsScript.Gmail.GmailLabel, LabelMethods> {
  constructor(
    private readonly world: World,
    readonly name: string,
  ) {}

  #self(): GoogleAppsScript.Gmail.GmailLabel {
    return asApi(this);
  }
  getName(): string {
    return this.name;
  }
  addToThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailLabel {
    fromApi(thread, FakeGmailThread, 'thread').addLabel(asApi(this));
    return this.#self();
  }
  addToThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailLabel {
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.addToThread(t);
    return this.#self();
  }
  removeFromThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailLabel {
    fromApi(thread, FakeGmailThread, 'thread').removeLabel(asApi(this));
    return this.#self();
  }
  removeFromThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailLabel {
    // As addToThreads: the reference allows up to 100 threads a batch (stricter reading for removal too).
    if (threads.length > 100) throw exception('Argument threads cannot exceed 100.');
    for (const t of threads) this.removeFromThread(t);
    return this.#self();
  }
  getThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    if (max !== undefined && max > MAX_SEARCH) throw exception(`Argument max cannot exceed ${MAX_SEARCH}.`);
    const state = currentMailbox(this.world);
    const ids = threadsOf(state, state.messages.filter((m) => m.labels.has(this.name) && !m.inTrash && !m.inSpam).map((m) => m.threadId));
    const from = start ?? 0;
    const page = max === undefined ? ids.slice(from) : ids.slice(from, from + max);
    return page.map((id) => asApi<GoogleAppsScript.Gmail.GmailThread>(new FakeGmailThread(this.world, id)));
  }
  getUnreadCount(): number {
    const state = currentMailbox(this.world);
    return new Set(state.messages.filter((m) => m.labels.has(this.name) && m.unread && !m.inTrash && !m.inSpam).map((m) => m.threadId)).size;
  }
  deleteLabel(): void {
    const state = currentMailbox(this.world);
    state.labels = state.labels.filter((n) => n !== this.name);
    for (const m of state.messages) m.labels.delete(this.name);
  }
}
registerFake(FakeGmailLabel, { iface: 'Gmail.GmailLabel', service: 'Gmail' });
