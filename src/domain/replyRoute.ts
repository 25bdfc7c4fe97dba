import type { Unit } from './campaign';
import { normalizeAddress, unitOfSender } from './senders';

/**
 * Where the office's answer to a message goes. Gmail's reply goes to the message's Reply-To
 * (GmailMessage.reply), which whoever wrote the message chose: the answer stays in the thread only
 * when there is none or it names only the sender unit's own registered addresses; otherwise it
 * goes as a new message to the registered address the message came from.
 */
export type AnswerRoute = { inThread: true } | { inThread: false; to: string };

export function answerRoute(units: readonly Unit[], from: string, replyTo: string): AnswerRoute {
  const unit = unitOfSender(units, from);
  const sender = normalizeAddress(from);
  const own = new Set([sender, ...(unit?.emails ?? []).map(normalizeAddress)]);
  const replyAddresses = addressList(replyTo).map(normalizeAddress);
  if (replyAddresses.every((address) => address.includes('@') && own.has(address))) return { inThread: true };
  const registered = unit?.emails.find((email) => normalizeAddress(email) === sender);
  return { inThread: false, to: bareAddress(registered ?? from) };
}

/** The subject Gmail gives a reply (`Re: <their subject>`, kept when it already starts so), within the 250 characters a subject may have. */
export function replySubject(theirs: string): string {
  const subject = /^re\s*:/i.test(theirs.trim()) ? theirs.trim() : `Re: ${theirs.trim()}`.trim();
  return subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject;
}

/**
 * The subject of the office's answer: what it is first (`[Đã nhận]`, `[Chưa ghi nhận]`), then the
 * reply's `Re: <their subject>` (the letter's own subject when theirs is empty), within 250
 * characters. Gmail threads a message only under a matching subject, so the answer may start a
 * new conversation: it is guarded by its outbox row, not by the thread (mailbox.ts answer()).
 */
export function answerSubject(tag: string, theirs: string, fallback: string): string {
  const subject = `${tag} ${theirs.trim() ? replySubject(theirs) : fallback}`;
  return subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject;
}

/** GmailMessage.reply's `subject` option and GmailApp.sendEmail take at most 250 characters. */
const MAX_SUBJECT = 250;

/** `"Nguyễn, Bí thư" <a@x.org>, b@y.org` → its entries (commas inside quotes or angle brackets do not split). */
function addressList(header: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    if (c === ',' && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** `Bí thư <Doan.TamTra@example.org>` → `Doan.TamTra@example.org`. */
function bareAddress(address: string): string {
  const angle = /<([^>]+)>/.exec(address);
  return (angle ? angle[1] : address).trim();
}
