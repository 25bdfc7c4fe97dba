/**
 * GmailApp.search against expectations written by hand from Gmail's documentation
 * (support.google.com/mail/answer/7190; Gmail API guides/filtering and filter criteria), never
 * from the product's own query building.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { parseEml } from '../../src/intake/mime';
import { compileSearch, searchMessages, type SearchableMessage } from '../../local/emulator/gmail/search';
import { parseQuery } from '../../local/emulator/gmail/search-query';
import { emulate } from './helpers';

const SELF = 'vanphong.huyendoan@example.org';
/** 26/8/2016 08:00 in Hà Nội. */
const NOW = Date.parse('2016-08-26T01:00:00Z');

function eml(h: { subject?: string; from?: string; to?: string; cc?: string; bcc?: string; body?: string; id?: string; extra?: string[]; attachment?: string }): string {
  const head = [
    `From: ${h.from ?? '"Chi đoàn A" <chidoan.a@example.org>'}`,
    `To: ${h.to ?? SELF}`,
    ...(h.cc ? [`Cc: ${h.cc}`] : []),
    ...(h.bcc ? [`Bcc: ${h.bcc}`] : []),
    `Subject: ${h.subject ?? 'Báo cáo tháng 8'}`,
    `Message-ID: <${h.id ?? 'm1@example.org'}>`,
    ...(h.extra ?? []),
    'MIME-Version: 1.0',
  ];
  if (!h.attachment) return [...head, 'Content-Type: text/plain; charset=UTF-8', '', h.body ?? 'Kính gửi Văn phòng.'].join('\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    h.body ?? 'Xem tệp đính kèm',
    '--b1',
    `Content-Type: application/pdf; name="${h.attachment}"`,
    `Content-Disposition: attachment; filename="${h.attachment}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4').toString('base64'),
    '--b1--',
    '',
  ].join('\r\n');
}

type Overrides = Partial<Omit<SearchableMessage, 'raw' | 'parsed' | 'labels'>> & { labels?: string[] };

function message(raw: string, o: Overrides = {}): SearchableMessage {
  return {
    raw,
    parsed: parseEml(new Uint8Array(Buffer.from(raw, 'utf8'))),
    date: o.date ?? NOW,
    labels: new Set(o.labels ?? []),
    unread: o.unread ?? true,
    inInbox: o.inInbox ?? true,
    isSent: o.isSent ?? false,
    inTrash: o.inTrash ?? false,
    inSpam: o.inSpam ?? false,
  };
}

const ctx = { now: NOW, self: SELF };
const finds = (query: string, m: SearchableMessage) => compileSearch(query, ctx).matches(m);

describe('query syntax (7190: OR, { }, ( ), -, AND, quotes, operator groups)', () => {
  const term = (value: string, field: string | null = null, exact = false) => ({ kind: 'term', field, value, exact });

  test('OR binds tighter than the implicit AND; AND is the same as a space', () => {
    expect(parseQuery('a b OR c')).toEqual({ kind: 'and', items: [term('a'), { kind: 'or', items: [term('b'), term('c')] }] });
    expect(parseQuery('a AND b')).toEqual({ kind: 'and', items: [term('a'), term('b')] });
    // only the upper-case OR is the operator
    expect(parseQuery('a or b')).toEqual({ kind: 'and', items: [term('a'), term('or'), term('b')] });
  });

  test('braces are OR, parentheses group, - excludes, quotes are exact', () => {
    expect(parseQuery('{a b}')).toEqual({ kind: 'or', items: [term('a'), term('b')] });
    expect(parseQuery('-(a b)')).toEqual({ kind: 'not', item: { kind: 'and', items: [term('a'), term('b')] } });
    expect(parseQuery('-label:x "đại hội"')).toEqual({ kind: 'and', items: [{ kind: 'not', item: term('x', 'label') }, term('đại hội', null, true)] });
    // a hyphen inside a word is not a negation
    expect(parseQuery('e-mail')).toEqual(term('e-mail'));
  });

  test('an operator applies to a group: subject:(dinner movie), from:{amy david}', () => {
    expect(parseQuery('subject:(dinner movie)')).toEqual({ kind: 'and', items: [term('dinner', 'subject'), term('movie', 'subject')] });
    expect(parseQuery('from:{amy david}')).toEqual({ kind: 'or', items: [term('amy', 'from'), term('david', 'from')] });
    expect(parseQuery('label:"Đi cơ sở/Đã xử lý"')).toEqual(term('Đi cơ sở/Đã xử lý', 'label', true));
  });

  test('nothing is rejected: unknown operators are text, unclosed groups close, stray ) and OR are dropped', () => {
    expect(parseQuery('foo:bar')).toEqual(term('foo:bar'));
    expect(parseQuery('(a b')).toEqual({ kind: 'and', items: [term('a'), term('b')] });
    expect(parseQuery(') OR a')).toEqual(term('a'));
    expect(parseQuery('"open phrase')).toEqual(term('open phrase', null, true));
    expect(parseQuery('')).toEqual({ kind: 'all' });
  });
});

describe('words: whole words, case-insensitive, diacritics significant', () => {
  const m = message(eml({ subject: 'Báo cáo tháng 8', body: 'Đại hội chi đoàn nhiệm kỳ 2016' }));

  test('whole words, never substrings', () => {
    expect(finds('tháng', m)).toBe(true);
    expect(finds('thán', m)).toBe(false);
    expect(finds('nhiệm', m)).toBe(true);
    expect(finds('nhiem', m)).toBe(false);
    expect(finds('THÁNG', m)).toBe(true);
    expect(finds('ĐẠI', m)).toBe(true);
  });

  test('an exact phrase keeps its word order; a bare word with punctuation is a phrase', () => {
    expect(finds('"đại hội"', m)).toBe(true);
    expect(finds('"hội đại"', m)).toBe(false);
    expect(finds('chi-đoàn', m)).toBe(true);
    expect(finds('+tháng', m)).toBe(true);
  });

  test('words are found in the subject, the body and the address headers', () => {
    expect(finds('chidoan', m)).toBe(true);
    expect(finds('vanphong', m)).toBe(true);
    expect(finds('khác', m)).toBe(false);
  });
});

describe('address operators (from:, to:, cc:, bcc:, deliveredto:)', () => {
  const m = message(
    eml({ from: '"Chi đoàn A" <chidoan.a@example.org>', to: 'Văn phòng <vanphong.huyendoan@example.org>', cc: 'canbo@example.org', bcc: 'luu@example.org', extra: ['Delivered-To: vanphong.huyendoan@example.org'] }),
  );

  test('a full address is the whole address; a part of one is a phrase of its words', () => {
    expect(finds('from:chidoan.a@example.org', m)).toBe(true);
    expect(finds('from:CHIDOAN.A@EXAMPLE.ORG', m)).toBe(true);
    expect(finds('from:a@example.org', m)).toBe(false);
    expect(finds('from:chidoan', m)).toBe(true);
    expect(finds('from:chid', m)).toBe(false);
    expect(finds('from:example.org', m)).toBe(true);
    expect(finds('from:"Chi đoàn A"', m)).toBe(true);
    expect(finds('from:"chi doan"', m)).toBe(false);
  });

  test('to: covers To, Cc and Bcc; cc: and bcc: only their own header', () => {
    expect(finds('to:vanphong.huyendoan@example.org', m)).toBe(true);
    expect(finds('to:canbo@example.org', m)).toBe(true);
    expect(finds('to:luu@example.org', m)).toBe(true);
    expect(finds('cc:canbo@example.org', m)).toBe(true);
    expect(finds('cc:vanphong.huyendoan@example.org', m)).toBe(false);
    expect(finds('bcc:luu', m)).toBe(true);
    expect(finds('bcc:canbo', m)).toBe(false);
    expect(finds('to:chidoan.a@example.org', m)).toBe(false);
  });

  test('me is the mailbox owner; deliveredto: reads Delivered-To', () => {
    expect(finds('to:me', m)).toBe(true);
    expect(finds('from:me', m)).toBe(false);
    expect(finds('deliveredto:vanphong.huyendoan@example.org', m)).toBe(true);
    expect(finds('deliveredto:canbo@example.org', m)).toBe(false);
  });

  test('list: reads the mailing-list headers', () => {
    const listed = message(eml({ extra: ['List-Id: Tin tuc <tintuc.example.org>', 'List-Post: <mailto:tintuc@example.org>'] }));
    expect(finds('list:tintuc@example.org', listed)).toBe(true);
    expect(finds('list:tintuc.example.org', listed)).toBe(true);
    expect(finds('list:tintuc@example.org', m)).toBe(false);
  });
});

describe('subject: and label:', () => {
  test('subject: looks at the subject only', () => {
    const m = message(eml({ subject: 'Kế hoạch đại hội', body: 'Báo cáo' }));
    expect(finds('subject:hoạch', m)).toBe(true);
    expect(finds('subject:"kế hoạch"', m)).toBe(true);
    expect(finds('subject:(đại hội)', m)).toBe(true);
    expect(finds('subject:báo', m)).toBe(false);
    expect(finds('subject:{báo kế}', m)).toBe(true);
  });

  test('label: is the name in lower case with spaces and / written as -; diacritics kept; whole name only', () => {
    const m = message(eml({}), { labels: ['Đi cơ sở/Đã xử lý'] });
    expect(finds('label:đi-cơ-sở-đã-xử-lý', m)).toBe(true);
    expect(finds('label:ĐI-CƠ-SỞ-ĐÃ-XỬ-LÝ', m)).toBe(true);
    expect(finds('label:đi-cơ-sở/đã-xử-lý', m)).toBe(true);
    expect(finds('label:"Đi cơ sở/Đã xử lý"', m)).toBe(true);
    expect(finds('label:di-co-so-da-xu-ly', m)).toBe(false);
    expect(finds('label:đi-cơ-sở', m)).toBe(false);
    expect(finds('label:đã-xử-lý', m)).toBe(false);
    expect(finds('label:đi-cơ-sở--đã-xử-lý', m)).toBe(false);
    expect(finds('-label:đi-cơ-sở-đã-xử-lý', m)).toBe(false);
  });

  test('label: writes & ( ) { } | " as - too, one - per character', () => {
    const m = message(eml({}), { labels: ['Hồ sơ & Báo cáo', 'A (cũ)'] });
    expect(finds('label:hồ-sơ---báo-cáo', m)).toBe(true);
    expect(finds('label:hồ-sơ-báo-cáo', m)).toBe(false);
    expect(finds('label:a--cũ-', m)).toBe(true);
  });

  test('has:userlabels / has:nouserlabels', () => {
    expect(finds('has:userlabels', message(eml({}), { labels: ['X'] }))).toBe(true);
    expect(finds('has:nouserlabels', message(eml({}), { labels: ['X'] }))).toBe(false);
    expect(finds('has:nouserlabels', message(eml({})))).toBe(true);
  });
});

describe('in:, is:, has:attachment, filename:, rfc822msgid:, size', () => {
  test('in: and is: read the message state', () => {
    expect(finds('in:inbox', message(eml({})))).toBe(true);
    expect(finds('in:inbox', message(eml({}), { inInbox: false }))).toBe(false);
    expect(finds('in:sent', message(eml({}), { isSent: true, inInbox: false }))).toBe(true);
    expect(finds('in:drafts', message(eml({})))).toBe(false);
    expect(finds('is:unread', message(eml({})))).toBe(true);
    expect(finds('is:read', message(eml({})))).toBe(false);
    expect(finds('is:read', message(eml({}), { unread: false }))).toBe(true);
    expect(finds('is:starred', message(eml({})))).toBe(false);
  });

  test('has:attachment and filename: (name or type, as words)', () => {
    const withFile = message(eml({ attachment: 'Bao cao thang 8.pdf' }));
    expect(finds('has:attachment', withFile)).toBe(true);
    expect(finds('has:attachment', message(eml({})))).toBe(false);
    expect(finds('filename:pdf', withFile)).toBe(true);
    expect(finds('filename:"bao cao"', withFile)).toBe(true);
    expect(finds('filename:docx', withFile)).toBe(false);
    expect(finds('filename:bao', message(eml({ subject: 'bao' })))).toBe(false);
  });

  test('rfc822msgid: is the whole Message-ID, with or without angle brackets', () => {
    const m = message(eml({ id: 'abc.123@mail.example.org' }));
    expect(finds('rfc822msgid:abc.123@mail.example.org', m)).toBe(true);
    expect(finds('rfc822msgid:<abc.123@mail.example.org>', m)).toBe(true);
    expect(finds('rfc822msgid:abc.123', m)).toBe(false);
  });

  test('size: and larger: are "larger than" in bytes (or K/M), smaller: the reverse', () => {
    const m = message(eml({ body: 'x'.repeat(2000) }));
    expect(finds('size:1000', m)).toBe(true);
    expect(finds('larger:1K', m)).toBe(true);
    expect(finds('larger:1M', m)).toBe(false);
    expect(finds('smaller:1M', m)).toBe(true);
    expect(finds('smaller:1000', m)).toBe(false);
  });
});

describe('dates: midnight Pacific time (Gmail API guides/filtering), or epoch seconds', () => {
  // 26/8/2016 00:00 PDT is 07:00 UTC.
  const justAfter = message(eml({}), { date: Date.parse('2016-08-26T07:00:00Z') });
  const justBefore = message(eml({}), { date: Date.parse('2016-08-26T06:59:59Z') });

  test('after:/newer: from that midnight on, before:/older: until it', () => {
    expect(finds('after:2016/08/26', justAfter)).toBe(true);
    expect(finds('after:2016/08/26', justBefore)).toBe(false);
    expect(finds('newer:2016/8/26', justAfter)).toBe(true);
    expect(finds('before:2016/08/26', justBefore)).toBe(true);
    expect(finds('before:2016/08/26', justAfter)).toBe(false);
    expect(finds('older:2016/08/26', justBefore)).toBe(true);
  });

  test('in winter, Pacific time is 8 hours behind UTC', () => {
    expect(finds('after:2016/12/01', message(eml({}), { date: Date.parse('2016-12-01T08:00:00Z') }))).toBe(true);
    expect(finds('after:2016/12/01', message(eml({}), { date: Date.parse('2016-12-01T07:59:59Z') }))).toBe(false);
  });

  test('epoch seconds are exact instants', () => {
    const at = Date.parse('2016-08-26T06:59:59Z') / 1000;
    expect(finds(`after:${at}`, justBefore)).toBe(true);
    expect(finds(`after:${at + 1}`, justBefore)).toBe(false);
    expect(finds(`before:${at + 1}`, justBefore)).toBe(true);
  });

  test('another date form is not a date: it is searched as text and finds nothing', () => {
    expect(finds('after:26/08/2016', justAfter)).toBe(false);
    expect(finds('after:2016-08-25', justAfter)).toBe(false);
    expect(finds('before:yesterday', justAfter)).toBe(false);
  });

  test('older_than:/newer_than: count d, m or y back from now; other units are not periods', () => {
    const twoDaysOld = message(eml({}), { date: NOW - 2 * 86_400_000 });
    expect(finds('newer_than:1d', message(eml({})))).toBe(true);
    expect(finds('newer_than:1d', twoDaysOld)).toBe(false);
    expect(finds('older_than:1d', twoDaysOld)).toBe(true);
    expect(finds('newer_than:3d', twoDaysOld)).toBe(true);
    expect(finds('newer_than:1m', twoDaysOld)).toBe(true);
    expect(finds('older_than:1y', twoDaysOld)).toBe(false);
    expect(finds('newer_than:72h', twoDaysOld)).toBe(false);
  });
});

describe('combining terms', () => {
  const a = message(eml({ subject: 'Báo cáo', from: 'chidoan.a@example.org' }), { labels: ['Đi cơ sở/Cần xem'] });
  const b = message(eml({ subject: 'Kế hoạch', from: 'chidoan.b@example.org' }));

  test('OR, braces, negation and groups', () => {
    expect([a, b].filter((m) => finds('from:chidoan.a@example.org OR from:chidoan.b@example.org', m))).toEqual([a, b]);
    expect([a, b].filter((m) => finds('{subject:báo subject:kế}', m))).toEqual([a, b]);
    expect([a, b].filter((m) => finds('-subject:báo', m))).toEqual([b]);
    expect([a, b].filter((m) => finds('-(subject:báo OR subject:kế)', m))).toEqual([]);
    expect([a, b].filter((m) => finds('to:me -label:đi-cơ-sở-cần-xem', m))).toEqual([b]);
    expect([a, b].filter((m) => finds('kế AND hoạch', m))).toEqual([b]);
  });
});

describe('Spam and Trash', () => {
  const inbox = message(eml({ id: 'i@x' }));
  const spam = message(eml({ id: 's@x' }), { inSpam: true, inInbox: false });
  const trash = message(eml({ id: 't@x' }), { inTrash: true, inInbox: false });
  const all = [inbox, spam, trash];
  const ids = (query: string) => searchMessages(all, query, ctx).map((m) => m.parsed.messageId);

  test('are searched only when the query asks for them', () => {
    expect(ids('')).toEqual(['<i@x>']);
    expect(ids('to:me')).toEqual(['<i@x>']);
    expect(ids('in:spam')).toEqual(['<s@x>']);
    expect(ids('in:trash')).toEqual(['<t@x>']);
    expect(ids('in:anywhere')).toEqual(['<i@x>', '<s@x>', '<t@x>']);
    expect(ids('in:anywhere -in:trash')).toEqual(['<i@x>', '<s@x>']);
    // excluding Trash does not open it
    expect(ids('-in:trash')).toEqual(['<i@x>']);
    expect(ids('in:inbox OR in:spam')).toEqual(['<i@x>', '<s@x>']);
  });
});

const SCRIPT = `
  function ids(q) { return GmailApp.search(q).map(function (t) { return t.getId(); }); }
  function inbox() { return GmailApp.getInboxThreads().map(function (t) { return t.getId(); }); }
  function spamThreads() { return GmailApp.getSpamThreads().map(function (t) { return t.getId(); }); }
  function trashThreads() { return GmailApp.getTrashThreads().map(function (t) { return t.getId(); }); }
  function state(threadId) { var t = GmailApp.getThreadById(threadId); return { spam: t.isInSpam(), trash: t.isInTrash(), inbox: t.isInInbox() }; }
  function trashMessage(id) { GmailApp.getMessageById(id).moveToTrash(); return GmailApp.getMessageById(id).isInTrash(); }
  function trashThread(threadId) { GmailApp.moveThreadsToTrash([GmailApp.getThreadById(threadId)]); }
  function spamThread(threadId) { GmailApp.moveThreadToSpam(GmailApp.getThreadById(threadId)); }
  function toInbox(threadId) { GmailApp.moveThreadToInbox(GmailApp.getThreadById(threadId)); }
  function labelThreads(name) { return GmailApp.getUserLabelByName(name).getThreads().map(function (t) { return t.getId(); }); }
`;

describe('GmailApp with Spam and Trash', () => {
  test('a message delivered as spam is only in in:spam and getSpamThreads', () => {
    const emu = emulate(SCRIPT);
    const ok = emu.gmail.deliver(eml({ id: 'ok@x' }));
    const junk = emu.gmail.deliver(eml({ id: 'junk@x' }), { spam: true });
    expect(emu.run('ids', '')).toEqual([ok.threadId]);
    expect(emu.run('ids', 'rfc822msgid:junk@x')).toEqual([]);
    expect(emu.run('ids', 'in:spam')).toEqual([junk.threadId]);
    expect(emu.run('inbox')).toEqual([ok.threadId]);
    expect(emu.run('spamThreads')).toEqual([junk.threadId]);
    expect(emu.run('state', junk.threadId)).toEqual({ spam: true, trash: false, inbox: false });
    expect(emu.gmail.messages().map((m) => [m.inSpam, m.inInbox])).toEqual([[false, true], [true, false]]);
  });

  test('trash: a message, a thread; labels kept but label threads leave it out; moveToInbox brings it back', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@x', subject: 'Báo cáo' }), { labels: ['Đi cơ sở/Đã xử lý'] });
    emu.clock.advanceBy(60_000);
    const reply = emu.gmail.deliver(eml({ id: 'a2@x', subject: 'Re: Báo cáo', extra: ['In-Reply-To: <a@x>'] }));
    expect(reply.threadId).toBe(a.threadId);
    expect(emu.run('trashMessage', a.id)).toBe(true);
    // the thread is still found through its other message, not through the trashed one
    expect(emu.run('ids', '')).toEqual([a.threadId]);
    expect(emu.run('ids', 'label:đi-cơ-sở-đã-xử-lý')).toEqual([]);
    expect(emu.run('ids', 'label:đi-cơ-sở-đã-xử-lý in:trash')).toEqual([a.threadId]);
    expect(emu.run('labelThreads', 'Đi cơ sở/Đã xử lý')).toEqual([]);
    emu.run('trashThread', a.threadId);
    expect(emu.run('ids', '')).toEqual([]);
    expect(emu.run('trashThreads')).toEqual([a.threadId]);
    expect(emu.run('state', a.threadId)).toEqual({ spam: false, trash: true, inbox: false });
    expect(emu.gmail.messages().map((m) => m.labels)).toEqual([['Đi cơ sở/Đã xử lý'], []]);
    emu.run('toInbox', a.threadId);
    expect(emu.run('state', a.threadId)).toEqual({ spam: false, trash: false, inbox: true });
    expect(emu.run('ids', 'label:đi-cơ-sở-đã-xử-lý')).toEqual([a.threadId]);
    emu.run('spamThread', a.threadId);
    expect(emu.run('ids', 'in:anywhere')).toEqual([a.threadId]);
    expect(emu.run('ids', 'in:trash')).toEqual([]);
    expect(emu.run('inbox')).toEqual([]);
  });
});

const DELIVERY_SCRIPT = `${SCRIPT}
  function headerOf(id, name) { return GmailApp.getMessageById(id).getHeader(name); }
  function firstLine(id) { return GmailApp.getMessageById(id).getRawContent().split(/\\r?\\n/)[0]; }
  function bccTo(to, bcc) { GmailApp.sendEmail(to, 'Bảng xếp loại', 'Kính gửi', { bcc: bcc }); }
`;

describe('Delivered-To: the mailbox a message was delivered to (deliveredto:)', () => {
  test('mail through a group or an alias names them in To; Delivered-To names the mailbox', () => {
    const emu = emulate(DELIVERY_SCRIPT);
    const group = emu.gmail.deliver(eml({ id: 'group@x', to: 'Ban chấp hành <bch-huyendoan@googlegroups.com>' }));
    emu.clock.advanceBy(60_000);
    const alias = emu.gmail.deliver(eml({ id: 'alias@x', to: 'vanphong@example.org' }));
    expect(emu.run('firstLine', group.id)).toBe(`Delivered-To: ${SELF}`);
    expect(emu.run('headerOf', alias.id, 'Delivered-To')).toBe(SELF);
    expect(emu.run('ids', `to:${SELF}`)).toEqual([]);
    expect(emu.run('ids', 'deliveredto:vanphong@example.org')).toEqual([]);
    expect(emu.run('ids', 'to:bch-huyendoan@googlegroups.com')).toEqual([group.threadId]);
    expect(emu.run('ids', `deliveredto:${SELF}`)).toEqual([alias.threadId, group.threadId]);
  });

  test('a Bcc recipient is named in no header but Delivered-To', () => {
    const other = 'chidoan.a@example.org';
    const emu = emulate(DELIVERY_SCRIPT, { editors: [other] });
    emu.gmail.deliver(eml({ id: 'hello@x', to: other }), { user: other });
    emu.runAs({ user: other }, 'bccTo', 'khac@example.org', SELF);
    const copy = emu.gmail.messages().find((m) => !m.isSent);
    expect(copy).toBeDefined();
    expect(emu.run('headerOf', copy?.id, 'Bcc')).toBe('');
    expect(emu.run('ids', `to:${SELF}`)).toEqual([]);
    expect(emu.run('ids', `bcc:${SELF}`)).toEqual([]);
    expect(emu.run('ids', `deliveredto:${SELF}`)).toEqual([copy?.threadId]);
    // the sender's copy is sent mail, delivered to no one
    expect(emu.runAs({ user: other }, 'ids', `deliveredto:${SELF}`)).toEqual([]);
    expect(emu.runAs({ user: other }, 'ids', `deliveredto:${other}`)).toHaveLength(1);
  });
});

/**
 * The product's own adapter (src/gas/gmail.ts, bundled as it is) in the emulator: the query it
 * builds (`{to:<office> deliveredto:<office>} -label:… -label:…`) is judged by the emulator's documented search, not
 * by a copy of its own transform.
 */
const ADAPTER = `${
  buildSync({
    stdin: {
      contents: `
        import { gmailMailbox } from './src/gas/gmail';
        const office = '${SELF}';
        export function candidates(max: number) { return gmailMailbox(office, 'Huyện').candidates(max, () => true).messages.map((m) => m.gmailId); }
        /** The adapter labels only threads it listed (it checks nothing arrived since): list, then label. */
        export function label(gmailId: string, which: 'done' | 'review') {
          const box = gmailMailbox(office, 'Huyện');
          box.candidates(500, () => true);
          box.labelAll([{ gmailId, label: which }]);
        }
        export function resolve(gmailId: string) { gmailMailbox(office, 'Huyện').resolve(gmailId); }
        export function find(messageId: string) { const m = gmailMailbox(office, 'Huyện').find(messageId); return m && m.gmailId; }
        /** The same, with the queries the adapter sent to GmailApp.search. */
        export function candidatesSearching(max: number) {
          const queries: string[] = [];
          const global = globalThis as { GmailApp: GoogleAppsScript.Gmail.GmailApp };
          const real = global.GmailApp;
          // candidates() calls nothing else on GmailApp than the search and the threads' messages
          const spy = {
            search: (q: string, start: number, n: number) => { queries.push(q); return real.search(q, start, n); },
            getMessagesForThreads: (threads: GoogleAppsScript.Gmail.GmailThread[]) => real.getMessagesForThreads(threads),
          };
          global.GmailApp = spy as unknown as GoogleAppsScript.Gmail.GmailApp;
          try { return { ids: candidates(max), queries }; } finally { global.GmailApp = real; }
        }`,
      loader: 'ts',
      resolveDir: join(__dirname, '../..'),
    },
    bundle: true,
    format: 'iife',
    globalName: 'App',
    write: false,
    target: 'es2020',
  }).outputFiles[0]?.text ?? ''
}
${['candidates', 'candidatesSearching', 'label', 'resolve', 'find'].map((f) => `function ${f}(){return App.${f}.apply(this,arguments)}`).join('\n')}
function trashByHand(id) { GmailApp.getMessageById(id).getThread().moveToTrash(); }`;

describe("the product's mailbox query under the documented search", () => {
  test('finds the unlabelled message delivered to the office (Bcc too), not the labelled one, not Spam or Trash', () => {
    const emu = emulate(ADAPTER);
    const done = emu.gmail.deliver(eml({ id: 'done@x', subject: 'Báo cáo A' }));
    emu.clock.advanceBy(60_000);
    const review = emu.gmail.deliver(eml({ id: 'review@x', subject: 'Báo cáo B' }));
    emu.clock.advanceBy(60_000);
    const fresh = emu.gmail.deliver(eml({ id: 'fresh@x', subject: 'Báo cáo C' }));
    // In the office's mailbox, addressed to someone else: it reached the office by Bcc (Delivered-To).
    const bcc = emu.gmail.deliver(eml({ id: 'other@x', subject: 'Báo cáo D', to: 'khac@example.org' }));
    emu.gmail.deliver(eml({ id: 'spam@x', subject: 'Báo cáo E' }), { spam: true });
    const trashed = emu.gmail.deliver(eml({ id: 'trash@x', subject: 'Báo cáo F' }));
    emu.gmail.deliver(eml({ id: 'cc@x', subject: 'Báo cáo G', to: 'khac@example.org', cc: SELF }));
    const cc = emu.gmail.messages().find((m) => m.messageId === '<cc@x>')?.id;
    emu.run('label', done.id, 'done');
    emu.run('label', review.id, 'review');
    emu.run('trashByHand', trashed.id);
    expect(emu.gmail.labels()).toEqual(['Đi cơ sở', 'Đi cơ sở/Đã xử lý', 'Đi cơ sở/Cần xem']);
    expect(emu.run('candidatesSearching', 30)).toEqual({
      ids: [fresh.id, bcc.id, cc],
      queries: [`{to:${SELF} deliveredto:${SELF}} -label:đi-cơ-sở-đã-xử-lý -label:đi-cơ-sở-cần-xem`],
    });
    // the office decides on the message under review: it leaves "to review" and is listed again,
    // for the poll to label it from the log (another message of its thread may not be logged yet)
    emu.run('resolve', review.id);
    expect(emu.gmail.messages().find((m) => m.id === review.id)?.labels).toEqual([]);
    expect(emu.run('candidates', 30)).toEqual([review.id, fresh.id, bcc.id, cc]);
    expect(emu.run('find', '<fresh@x>')).toBe(fresh.id);
    expect(emu.run('find', '<spam@x>')).toBeNull();
  });

  test("a thread of the office's own mail only (its digest to itself) has nothing to log: labelled done when listed", () => {
    const emu = emulate(ADAPTER);
    emu.gmail.deliver(eml({ id: 'digest@x', from: `Văn phòng <${SELF}>`, subject: 'Tổng hợp' }));
    expect(emu.run('candidates', 30)).toEqual([]);
    expect(emu.gmail.messages().map((m) => m.labels)).toEqual([['Đi cơ sở/Đã xử lý']]);
    expect(emu.run('candidatesSearching', 30)).toMatchObject({ ids: [] });
  });

  test('a reply that arrives after its thread was labelled is not labelled, so the thread is found again', () => {
    const emu = emulate(ADAPTER);
    const first = emu.gmail.deliver(eml({ id: 'first@x', subject: 'Báo cáo' }));
    emu.run('label', first.id, 'done');
    expect(emu.run('candidates', 30)).toEqual([]);
    emu.clock.advanceBy(60_000);
    const reply = emu.gmail.deliver(eml({ id: 'reply@x', subject: 'Re: Báo cáo', extra: ['In-Reply-To: <first@x>'] }));
    expect(reply.threadId).toBe(first.threadId);
    expect(emu.gmail.messages().map((m) => m.labels)).toEqual([['Đi cơ sở/Đã xử lý'], []]);
    // the thread comes back with both its messages; the intake log, not the label, knows the first is done
    expect(emu.run('candidates', 30)).toEqual([first.id, reply.id]);
  });
});
