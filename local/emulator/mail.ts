/**
 * MailApp. Sent mail is kept (emu.mail.sent); the recipient quota belongs to the account that sends
 * (the execution's effective user) and is counted per day in the script time zone.
 */
import { registerFake } from './bridge';
import { blobOf } from './blob';
import { toEml } from './eml';
import { exception } from './errors';
import { deliverToEmulatedRecipients } from './gmail';
import { wallFields } from './tz';
import { stateKey, type World } from './world';

export interface SentAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface SentMail {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  attachments: SentAttachment[];
  noReply: boolean;
  date: Date;
}

export interface MailState {
  sent: SentMail[];
  /** Recipients sent per `user|yyyy-mm-dd` (the sender's lower-cased address, script time zone). */
  perDay: Map<string, number>;
}

export const MAIL = stateKey('mail', (): MailState => ({ sent: [], perDay: new Map() }));

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_SUBJECT = 250;
const MAX_ATTACHMENTS = 250;
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const QUOTA_TEXT = 'Service invoked too many times for one day: email.';
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function dayKey(world: World, t: number): string {
  const f = wallFields(world.options.scriptTimeZone, t);
  return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}

function quotaKey(world: World, user: string): string {
  return `${user.toLowerCase()}|${dayKey(world, world.clock.now())}`;
}

/** Recipients `user` (default: the execution's effective user, the owner host-side) may still send today. */
export function remainingToday(world: World, user: string = world.actingUser()): number {
  const used = world.state(MAIL).perDay.get(quotaKey(world, user)) ?? 0;
  return Math.max(0, world.options.mailQuota - used);
}

/** `a@x.org, "Name" <b@y.org>` → the bare addresses; throws `Invalid email: …` on a bad one. */
export function addresses(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const angle = /<([^>]*)>\s*$/.exec(part);
    const addr = (angle ? angle[1] ?? '' : part).trim();
    if (!ADDRESS.test(addr)) throw exception(`Invalid email: ${part}`);
    out.push(addr);
  }
  return out;
}

export interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  name?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  attachments?: unknown;
  noReply?: unknown;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private readonly world: World) {}

  getRemainingDailyQuota(): number {
    return remainingToday(this.world);
  }

  sendEmail(...args: unknown[]): void {
    let m: Message;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) m = args[0] as Message;
    else if (args.length === 4 && typeof args[3] === 'string') {
      m = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    } else if (args.length >= 3) {
      const options = (typeof args[3] === 'object' && args[3] !== null ? args[3] : {}) as Message;
      m = { ...options, to: args[0], subject: args[1], body: args[2] };
    } else {
      throw exception(`The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for MailApp.sendEmail.`);
    }
    this.#send(m);
  }

  /** Not kept in the sender's Sent here; an emulated recipient finds it in their inbox. */
  #send(m: Message): void {
    const sent = recordSend(this.world, m);
    deliverToEmulatedRecipients(this.world, sent, toEml(sent, sent.from, this.world.options.scriptTimeZone));
  }
}
/**
 * Validates a message like MailApp, charges the per-day recipient quota and records it in
 * `emu.mail.sent`. GmailApp's sending goes through here too: both share one quota.
 */
export function recordSend(world: World, m: Message): SentMail {
  const to = str(m.to);
  const cc = str(m.cc);
  const bcc = str(m.bcc);
  const recipients = [...addresses(to), ...addresses(cc), ...addresses(bcc)];
  if (recipients.length === 0) throw exception('Failed to send email: no recipient');
  if (recipients.length > MAX_RECIPIENTS_PER_MESSAGE) throw exception('Limit Exceeded: Email Recipients Per Message.');
  const subject = str(m.subject);
  if (subject.length > MAX_SUBJECT) throw exception('Argument too large: subject');
  const replyTo = str(m.replyTo);
  if (replyTo) addresses(replyTo);
  const rawAttachments = Array.isArray(m.attachments) ? m.attachments : m.attachments ? [m.attachments] : [];
  if (rawAttachments.length > MAX_ATTACHMENTS) throw exception('Limit exceeded: Email Attachments Per Message.');
  const attachments = rawAttachments.map((a, i): SentAttachment => {
    const b = blobOf(a);
    return { name: b.name ?? `attachment${i + 1}`, contentType: b.contentType ?? 'application/octet-stream', bytes: new Uint8Array(b.bytes) };
  });
  if (attachments.reduce((n, a) => n + a.bytes.length, 0) > MAX_ATTACHMENT_BYTES) {
    throw exception('Limit exceeded: Email Total Attachments Size.');
  }
  const sender = world.actingUser();
  if (recipients.length > remainingToday(world, sender)) throw exception(QUOTA_TEXT);
  const state = world.state(MAIL);
  const now = world.clock.now();
  const key = quotaKey(world, sender);
  state.perDay.set(key, (state.perDay.get(key) ?? 0) + recipients.length);
  const sent: SentMail = {
    from: sender,
    to,
    cc,
    bcc,
    replyTo,
    name: str(m.name),
    subject,
    body: str(m.body),
    htmlBody: str(m.htmlBody),
    attachments,
    noReply: m.noReply === true,
    date: new Date(now),
  };
  state.sent.push(sent);
  return sent;
}

registerFake(FakeMailApp, { iface: 'Mail.MailApp', service: 'Mail' });
