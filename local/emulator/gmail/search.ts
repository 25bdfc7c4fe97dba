/**
 * GmailApp.search: which messages a query finds. Written from Gmail's documentation of its search
 * operators (support.google.com/mail/answer/7190; Gmail API guides/filtering), never from the
 * product's own query building. Thread semantics belong to the caller: a thread is found when at
 * least one of its messages matches the whole query (the Gmail API, unlike the Gmail UI, does not
 * search across a thread — guides/filtering, "Differences from the Gmail UI"; the stricter reading).
 *
 * Messages in Spam or Trash are searched only when the query asks for them with `in:spam`,
 * `in:trash` or `in:anywhere` (7190 `in:anywhere`: "including Spam and Trash"; the API's
 * `includeSpamTrash` defaults to false).
 */
import type { ParsedEmail } from '../../../src/intake/mime';
import { wallToInstant } from '../tz';
import { parseQuery, type SearchNode } from './search-query';
import { addressMatches, containsPhrase, labelSearchName, words } from './search-text';

export interface SearchableMessage {
  readonly raw: string;
  readonly parsed: ParsedEmail;
  /** Gmail's internal date, epoch ms. */
  readonly date: number;
  /** User label names. */
  readonly labels: ReadonlySet<string>;
  readonly unread: boolean;
  readonly inInbox: boolean;
  readonly isSent: boolean;
  readonly inTrash: boolean;
  readonly inSpam: boolean;
}

export interface SearchContext {
  /** Now, epoch ms, for `older_than:` / `newer_than:`. */
  now: number;
  /** The mailbox owner's address, which `me` stands for (`to:me`). */
  self: string;
}

export interface CompiledSearch {
  matches(m: SearchableMessage): boolean;
  /** Whether Spam / Trash are searched at all. */
  spam: boolean;
  trash: boolean;
}

/**
 * "All dates used in the search query are interpreted as midnight on that date in the PST
 * timezone. To specify accurate dates for other timezones pass the value in seconds instead"
 * (Gmail API guides/filtering). Read as Pacific time (PST/PDT), not the script's time zone.
 */
export const SEARCH_DATE_ZONE = 'America/Los_Angeles';

type Test = (m: SearchableMessage) => boolean;

export function compileSearch(query: string, ctx: SearchContext): CompiledSearch {
  const tree = parseQuery(query);
  const asked = mailboxesAsked(tree, false);
  const test = compile(tree, ctx);
  return { matches: test, spam: asked.has('spam') || asked.has('anywhere'), trash: asked.has('trash') || asked.has('anywhere') };
}

/** The messages a query finds, Spam and Trash left out unless asked for. */
export function searchMessages<M extends SearchableMessage>(messages: readonly M[], query: string, ctx: SearchContext): M[] {
  const search = compileSearch(query, ctx);
  return messages.filter((m) => (!m.inSpam || search.spam) && (!m.inTrash || search.trash) && search.matches(m));
}

/** `in:` values the query asks for positively (`-in:trash` does not open the Trash). */
function mailboxesAsked(node: SearchNode, negated: boolean): Set<string> {
  switch (node.kind) {
    case 'all':
      return new Set();
    case 'not':
      return mailboxesAsked(node.item, !negated);
    case 'and':
    case 'or':
      return new Set(node.items.flatMap((n) => [...mailboxesAsked(n, negated)]));
    case 'term':
      return node.field === 'in' && !negated ? new Set([node.value.toLowerCase()]) : new Set();
  }
}

function compile(node: SearchNode, ctx: SearchContext): Test {
  switch (node.kind) {
    case 'all':
      return () => true;
    case 'not': {
      const inner = compile(node.item, ctx);
      return (m) => !inner(m);
    }
    case 'and': {
      const items = node.items.map((n) => compile(n, ctx));
      return (m) => items.every((t) => t(m));
    }
    case 'or': {
      const items = node.items.map((n) => compile(n, ctx));
      return (m) => items.some((t) => t(m));
    }
    case 'term':
      return node.field === null ? textTest(node.value) : fieldTest(node.field, node.value, ctx);
  }
}

/** Free text: the words, in order, in the subject, the body, an address header or an attachment's name. */
function textTest(value: string): Test {
  const needle = words(value);
  if (needle.length === 0) return () => true; // only symbols: Gmail ignores them
  return (m) => fieldsOf(m).all.some((field) => containsPhrase(field, needle));
}

function fieldTest(field: string, value: string, ctx: SearchContext): Test {
  const v = value.trim();
  const lower = v.toLowerCase();
  const address = (header: (m: SearchableMessage) => string): Test => {
    const wanted = lower === 'me' ? ctx.self : v;
    return (m) => addressMatches(header(m), wanted);
  };
  const date = parseSearchDate(v);
  const period = parsePeriod(v);
  const size = parseSize(v);
  const asText = textTest(`${field} ${v}`);
  switch (field) {
    case 'from':
      return address((m) => m.parsed.from);
    case 'to':
      return address((m) => [m.parsed.to, header(m, 'cc'), header(m, 'bcc')].join(', '));
    case 'cc':
      return address((m) => header(m, 'cc'));
    case 'bcc':
      return address((m) => header(m, 'bcc'));
    case 'deliveredto':
      return address((m) => header(m, 'delivered-to'));
    case 'list': {
      const needle = words(v);
      return (m) => needle.length > 0 && containsPhrase(words(`${header(m, 'list-id')}\n${header(m, 'list-post')}`), needle);
    }
    case 'subject': {
      const needle = words(v);
      return (m) => containsPhrase(fieldsOf(m).subject, needle);
    }
    case 'label': {
      const wanted = labelSearchName(v);
      return (m) => [...m.labels].some((l) => labelSearchName(l) === wanted);
    }
    case 'in':
      return mailboxTest(lower);
    case 'is':
      return stateTest(lower);
    case 'has':
      return hasTest(lower);
    case 'filename': {
      const needle = words(v);
      return (m) => needle.length > 0 && m.parsed.attachments.some((a) => containsPhrase(words(a.name), needle));
    }
    case 'after':
    case 'newer':
      return date === null ? asText : (m) => m.date >= date;
    case 'before':
    case 'older':
      return date === null ? asText : (m) => m.date < date;
    case 'newer_than':
      return period === null ? asText : (m) => m.date > ctx.now - period;
    case 'older_than':
      return period === null ? asText : (m) => m.date < ctx.now - period;
    case 'rfc822msgid': {
      const id = bareId(v);
      return (m) => m.parsed.messageId !== null && bareId(m.parsed.messageId) === id;
    }
    case 'size':
    case 'larger':
      return size === null ? asText : (m) => rawSize(m) > size;
    case 'smaller':
      return size === null ? asText : (m) => rawSize(m) < size;
    default:
      // `category:` — the emulator sorts no mail into categories, so no category holds any.
      return () => false;
  }
}

function mailboxTest(name: string): Test {
  switch (name) {
    case 'inbox':
      return (m) => m.inInbox;
    case 'sent':
      return (m) => m.isSent;
    case 'spam':
      return (m) => m.inSpam;
    case 'trash':
      return (m) => m.inTrash;
    case 'anywhere':
      return () => true;
    default:
      // drafts, snoozed, chats…: the emulator has none of those.
      return () => false;
  }
}

function stateTest(name: string): Test {
  switch (name) {
    case 'unread':
      return (m) => m.unread;
    case 'read':
      return (m) => !m.unread;
    default:
      // starred, important, snoozed, muted: the emulator never sets them.
      return () => false;
  }
}

function hasTest(name: string): Test {
  switch (name) {
    case 'attachment':
      return (m) => m.parsed.attachments.length > 0;
    case 'userlabels':
      return (m) => m.labels.size > 0;
    case 'nouserlabels':
      return (m) => m.labels.size === 0;
    default:
      return () => false;
  }
}

/** `YYYY/MM/DD` (midnight Pacific time) or epoch seconds; anything else is not a date. */
export function parseSearchDate(v: string): number | null {
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const d = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (!d) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return wallToInstant(SEARCH_DATE_ZONE, { year, month, day });
}

const DAY_MS = 86_400_000;
/** 7190 documents only d, m and y; how long Gmail's month and year are is not documented. */
const PERIOD_DAYS: Record<string, number> = { d: 1, m: 30, y: 365 };

function parsePeriod(v: string): number | null {
  const p = /^(\d+)([dmy])$/i.exec(v);
  return p ? Number(p[1]) * (PERIOD_DAYS[(p[2] ?? '').toLowerCase()] ?? 0) * DAY_MS : null;
}

function parseSize(v: string): number | null {
  const s = /^(\d+)([km]?)$/i.exec(v);
  if (!s) return null;
  const unit = (s[2] ?? '').toLowerCase();
  return Number(s[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1);
}

function rawSize(m: SearchableMessage): number {
  return new TextEncoder().encode(m.raw).length;
}

function header(m: SearchableMessage, name: string): string {
  return m.parsed.headers[name] ?? '';
}

function bareId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').trim().toLowerCase();
}

interface Fields {
  subject: string[];
  all: string[][];
}

const fieldCache = new WeakMap<SearchableMessage, Fields>();

/** Each searchable field's words, computed once a message (a message's text never changes). */
function fieldsOf(m: SearchableMessage): Fields {
  const hit = fieldCache.get(m);
  if (hit) return hit;
  const p = m.parsed;
  const subject = words(p.subject);
  const all = [
    subject,
    words(p.plainBody),
    words(htmlText(p.htmlBody)),
    words(p.from),
    words(p.to),
    words(header(m, 'cc')),
    words(header(m, 'bcc')),
    ...p.attachments.map((a) => words(a.name)),
  ];
  const fields = { subject, all };
  fieldCache.set(m, fields);
  return fields;
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot|apos);/gi, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[e.toLowerCase()] ?? e);
}
