import { createHash } from 'node:crypto';
import { emulate, errorOf } from './helpers';

function eml(h: { id: string; subject: string; from?: string; to?: string; inReplyTo?: string; body?: string; extra?: string[] }): string {
  return [
    `From: ${h.from ?? '"Chi doan A" <chidoan.a@example.org>'}`,
    `To: ${h.to ?? 'vanphong.huyendoan@example.org'}`,
    `Subject: ${h.subject}`,
    'Date: Fri, 26 Aug 2016 07:30:00 +0700',
    `Message-ID: <${h.id}>`,
    ...(h.inReplyTo ? [`In-Reply-To: <${h.inReplyTo}>`, `References: <${h.inReplyTo}>`] : []),
    ...(h.extra ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    h.body ?? 'Báo cáo tháng 8',
  ].join('\r\n');
}

const WITH_ATTACHMENT = [
  'From: chidoan.b@example.org',
  'To: vanphong.huyendoan@example.org',
  'Subject: Bao cao',
  'Message-ID: <att-1@example.org>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'Xem tệp đính kèm',
  '--b1',
  'Content-Type: application/octet-stream; name="data.bin"',
  'Content-Disposition: attachment; filename="data.bin"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from([0x01, 0xff, 0x80, 0x7f]).toString('base64'),
  '--b1--',
  '',
].join('\r\n');

const SCRIPT = `
  function ids(q, start, max) { return GmailApp.search(q, start, max).map(function (t) { return t.getId(); }); }
  function search(q) { return GmailApp.search(q).map(function (t) { return t.getId(); }); }
  function label(name, threadId) { var l = GmailApp.getUserLabelByName(name) || GmailApp.createLabel(name); l.addToThread(GmailApp.getThreadById(threadId)); }
  function header(id, name) { return GmailApp.getMessageById(id).getHeader(name); }
  function raw(id) { return GmailApp.getMessageById(id).getRawContent(); }
  function info(id) {
    var m = GmailApp.getMessageById(id);
    return { from: m.getFrom(), to: m.getTo(), cc: m.getCc(), subject: m.getSubject(), body: m.getBody(), plain: m.getPlainBody(),
      isDate: m.getDate() instanceof Date, unread: m.isUnread(), inbox: m.isInInbox(), thread: m.getThread().getId() };
  }
  function reply(id, body, options) { GmailApp.getMessageById(id).reply(body, options || {}); }
  function threadReply(threadId, body) { GmailApp.getThreadById(threadId).reply(body); }
  function count(threadId) { return GmailApp.getThreadById(threadId).getMessageCount(); }
  function attachment(id) {
    var a = GmailApp.getMessageById(id).getAttachments()[0];
    return { name: a.getName(), type: a.getContentType(), size: a.getSize(), bytes: a.getBytes(), hash: a.getHash(),
      copy: a.copyBlob().getName() };
  }
  function send(to, subject, body) { GmailApp.sendEmail(to, subject, body); return MailApp.getRemainingDailyQuota(); }
  function mailSend(to) { MailApp.sendEmail(to, 's', 'b'); }
  function missing() { return GmailApp.getMessageById('nope'); }
  function nested() { GmailApp.createLabel('Intake/Done'); return GmailApp.getUserLabels().map(function (l) { return l.getName(); }); }
  function threadLabels(threadId) { return GmailApp.getThreadById(threadId).getLabels().map(function (l) { return l.getName(); }); }
  function markRead(threadId) { GmailApp.getThreadById(threadId).markRead(); return GmailApp.getThreadById(threadId).isUnread(); }
  function aliases() { return GmailApp.getAliases(); }
  function archive(threadId) { GmailApp.moveThreadsToArchive([GmailApp.getThreadById(threadId)]); return GmailApp.getThreadById(threadId).isInInbox(); }
`;

describe('GmailApp', () => {
  test('delivery, threading by In-Reply-To with the same normalised subject, message fields', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 'Báo cáo' }));
    const b = emu.gmail.deliver(eml({ id: 'b@example.org', subject: 'Re: Báo cáo', inReplyTo: 'a@example.org' }));
    const c = emu.gmail.deliver(eml({ id: 'c@example.org', subject: 'Chuyện khác', inReplyTo: 'a@example.org' }));
    const d = emu.gmail.deliver(Buffer.from(eml({ id: 'd@example.org', subject: 'Mới' }), 'utf8'));
    expect(b.threadId).toBe(a.threadId);
    expect(c.threadId).not.toBe(a.threadId);
    expect(d.threadId).toBe(d.id);
    expect(emu.run('count', a.threadId)).toBe(2);
    expect(emu.run('info', a.id)).toEqual({
      from: '"Chi doan A" <chidoan.a@example.org>', to: 'vanphong.huyendoan@example.org', cc: '', subject: 'Báo cáo',
      body: 'Báo cáo tháng 8', plain: 'Báo cáo tháng 8', isDate: true, unread: true, inbox: true, thread: a.threadId,
    });
    expect(emu.gmail.messages()).toHaveLength(4);
    expect(emu.calls.total('Gmail')).toBeGreaterThan(0);
  });

  test('getHeader: present headers, and "" when absent; getMessageById throws when missing', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 's', extra: ['Authentication-Results: mx.google.com; dkim=pass'] }), { authentication: null });
    expect(emu.run('header', a.id, 'Message-ID')).toBe('<a@example.org>');
    expect(emu.run('header', a.id, 'authentication-results')).toBe('mx.google.com; dkim=pass');
    expect(emu.run('header', a.id, 'In-Reply-To')).toBe('');
    expect(errorOf(() => emu.run('missing')).text).toBe('Exception: Invalid argument: id');
  });

  test('search operators, newest thread first, paging and the 500 limit', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 'Báo cáo tháng 8', from: 'chidoan.a@example.org' }));
    emu.clock.advanceBy(60_000);
    const b = emu.gmail.deliver(WITH_ATTACHMENT);
    emu.clock.advanceBy(60_000);
    const c = emu.gmail.deliver(eml({ id: 'c@example.org', subject: 'Kế hoạch', body: 'đại hội chi đoàn', to: 'other@example.org' }));
    expect(emu.run('search', '')).toEqual([c.threadId, b.threadId, a.threadId]);
    expect(emu.run('search', 'from:CHIDOAN.A')).toEqual([c.threadId, a.threadId]);
    expect(emu.run('search', 'from:chidoan.a -to:other')).toEqual([a.threadId]);
    expect(emu.run('search', 'to:other@example.org')).toEqual([c.threadId]);
    expect(emu.run('search', 'has:attachment')).toEqual([b.threadId]);
    expect(emu.run('search', 'subject:tháng')).toEqual([a.threadId]);
    expect(emu.run('search', '"đại hội"')).toEqual([c.threadId]);
    expect(emu.run('search', 'rfc822msgid:c@example.org')).toEqual([c.threadId]);
    expect(emu.run('search', 'rfc822msgid:<att-1@example.org>')).toEqual([b.threadId]);
    expect(emu.run('search', 'in:inbox is:unread newer_than:1d')).toHaveLength(3);
    // Search dates are midnight Pacific time, not the script's zone: 08:00 on 26/8 in Hà Nội is 25/8 in California.
    expect(emu.run('search', 'after:2016/08/25 before:2016/08/26')).toHaveLength(3);
    expect(emu.run('search', 'before:2016/08/25')).toEqual([]);
    expect(emu.run('search', 'in:sent')).toEqual([]);
    expect(emu.run('ids', '', 1, 1)).toEqual([b.threadId]);
    expect(errorOf(() => emu.run('ids', '', 0, 501)).message).toBe('Argument max cannot exceed 500.');
    emu.clock.advanceBy(2 * 86_400_000);
    expect(emu.run('search', 'newer_than:1d')).toEqual([]);
  });

  test('labels live on messages: a later reply in a labelled thread is not labelled', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 'Báo cáo' }));
    emu.run('label', 'Intake Done', a.threadId);
    expect(emu.run('search', 'label:intake-done')).toEqual([a.threadId]);
    expect(emu.run('search', '-label:intake-done')).toEqual([]);
    emu.clock.advanceBy(60_000);
    const b = emu.gmail.deliver(eml({ id: 'b@example.org', subject: 'RE: Báo cáo', inReplyTo: 'a@example.org' }));
    expect(b.threadId).toBe(a.threadId);
    // the thread still carries the label (through its first message), the reply does not
    expect(emu.run('search', 'label:intake-done')).toEqual([a.threadId]);
    expect(emu.run('search', '-label:intake-done')).toEqual([a.threadId]);
    expect(emu.run('threadLabels', a.threadId)).toEqual(['Intake Done']);
    expect(emu.gmail.messages().map((m) => m.labels)).toEqual([['Intake Done'], []]);
    expect(emu.run('markRead', a.threadId)).toBe(false);
    expect(emu.run('search', 'is:unread')).toEqual([]);
    expect(emu.run('archive', a.threadId)).toBe(false);
    expect(emu.run('search', 'in:inbox')).toEqual([]);
    expect(emu.run('search', '-in:inbox label:intake-done OR label:other')).toEqual([a.threadId]);
  });

  test('nested labels: createLabel(A/B) creates the parent; delivered labels; label:a-b', () => {
    const emu = emulate(SCRIPT);
    expect(emu.run('nested')).toEqual(['Intake', 'Intake/Done']);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 's' }), { labels: ['Intake/Done'] });
    expect(emu.run('search', 'label:intake-done')).toEqual([a.threadId]);
    expect(emu.run('search', 'label:intake')).toEqual([]);
    expect(emu.gmail.labels()).toEqual(['Intake', 'Intake/Done']);
  });

  test('a label is added to or removed from at most 100 threads a call', () => {
    const emu = emulate(`
      function batch(count, remove) {
        var label = GmailApp.createLabel('Intake/Done');
        var thread = GmailApp.search('', 0, 1)[0];
        var threads = [];
        for (var i = 0; i < count; i++) threads.push(thread);
        if (remove) label.removeFromThreads(threads); else label.addToThreads(threads);
        return thread.getLabels().map(function (l) { return l.getName(); });
      }`);
    emu.gmail.deliver(eml({ id: 'a@example.org', subject: 's' }));
    expect(emu.run('batch', 100, false)).toEqual(['Intake/Done']);
    expect(errorOf(() => emu.run('batch', 101, false)).message).toBe('Argument threads cannot exceed 100.');
    expect(emu.run('batch', 100, true)).toEqual([]);
    expect(errorOf(() => emu.run('batch', 101, true)).message).toBe('Argument threads cannot exceed 100.');
  });

  test('reply lands in the thread with In-Reply-To/References and in emu.mail.sent', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 'Báo cáo', extra: ['Reply-To: bithu.a@example.org'] }));
    emu.run('reply', a.id, 'Đã nhận', { htmlBody: '<p>Đã nhận</p>', cc: 'canbo@example.org' });
    const sent = emu.gmail.messages().filter((m) => m.isSent);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(
      expect.objectContaining({
        threadId: a.threadId, to: 'bithu.a@example.org', cc: 'canbo@example.org', subject: 'Re: Báo cáo',
        plainBody: 'Đã nhận', htmlBody: '<p>Đã nhận</p>', from: 'vanphong.huyendoan@example.org', labels: [],
      }),
    );
    const replyId = sent[0]?.id ?? '';
    expect(emu.run('header', replyId, 'In-Reply-To')).toBe('<a@example.org>');
    expect(emu.run('header', replyId, 'References')).toBe('<a@example.org>');
    expect(emu.mail.sent).toEqual([expect.objectContaining({ to: 'bithu.a@example.org', subject: 'Re: Báo cáo', body: 'Đã nhận' })]);
    expect(emu.run('search', 'in:sent')).toEqual([a.threadId]);
    emu.run('threadReply', a.threadId, 'Lần hai');
    expect(emu.run('count', a.threadId)).toBe(3);
    // replying to our own last message goes to its recipients
    expect(emu.mail.sent[1]?.to).toBe('bithu.a@example.org');
  });

  test('reply: the subject option replaces the subject (≤ 250 characters), the reply stays in the thread and goes to the Reply-To', () => {
    const emu = emulate(SCRIPT);
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 'bang xep loai', extra: ['Reply-To: attacker@evil.example'] }));
    emu.run('reply', a.id, 'Đã nhận', { subject: 'Re: bang xep loai' });
    const b = emu.gmail.deliver(eml({ id: 'b@example.org', subject: 'Re: bao cao' }));
    emu.run('reply', b.id, 'Đã nhận');
    expect(emu.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      ['attacker@evil.example', 'Re: bang xep loai'],
      ['"Chi doan A" <chidoan.a@example.org>', 'Re: bao cao'],
    ]);
    expect(emu.gmail.messages().filter((m) => m.isSent).map((m) => m.threadId)).toEqual([a.threadId, b.threadId]);
    expect(errorOf(() => emu.run('reply', a.id, 'x', { subject: 'x'.repeat(251) })).message).toBe('Argument too large: subject');
  });

  test('delivered mail carries the receiving server\'s Authentication-Results on top (under its Delivered-To): an aligned pass unless the test gives another verdict', () => {
    const emu = emulate(SCRIPT, { editors: ['thuky@example.org'] });
    // Gmail's first line is the mailbox it delivered to (Delivered-To); the verdict comes right under it.
    const belowDelivery = (id: string) => {
      const raw = String(emu.run('raw', id));
      expect(raw).toMatch(/^Delivered-To: [^\s@]+@[^\s@]+\r\n/);
      return raw.replace(/^Delivered-To: [^\r\n]*\r\n/, '');
    };
    const forged = 'Authentication-Results: mx.google.com; dmarc=pass header.from=example.org';
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 's', from: 'Bí thư <Doan.A+bc@Example.org>', extra: [forged] }));
    const stamped = belowDelivery(a.id);
    expect(stamped.indexOf('Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@example.org')).toBe(0);
    expect(stamped).toContain('smtp.mailfrom=doan.a+bc@example.org;\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org');
    expect(stamped.indexOf(forged)).toBeGreaterThan(0);
    const spoof = 'mx.google.com; spf=pass smtp.mailfrom=x@attacker.example; dkim=none; dmarc=fail header.from=example.org';
    const b = emu.gmail.deliver(eml({ id: 'b@example.org', subject: 's' }), { authentication: spoof });
    expect(belowDelivery(b.id).startsWith(`Authentication-Results: ${spoof}\r\nFrom: `)).toBe(true);
    const c = emu.gmail.deliver(eml({ id: 'c@example.org', subject: 's' }), { authentication: null });
    expect(belowDelivery(c.id)).not.toContain('Authentication-Results');
    expect(emu.run('header', b.id, 'authentication-results')).toBe(spoof);
    // Mail one emulated account sends another really is from it: it arrives with the aligned pass.
    const owner = emu.gmail.messages()[0]?.to ?? '';
    emu.runAs({ user: 'thuky@example.org' }, 'send', owner, 'Từ thư ký', 'Nội dung');
    const fromClerk = emu.gmail.messages().find((m) => m.subject === 'Từ thư ký' && !m.isSent);
    expect(belowDelivery(fromClerk?.id ?? '')).toMatch(/^Authentication-Results: mx\.google\.com;\r\n {7}dkim=pass header\.i=@example\.org[^]*header\.from=example\.org\r\n/);
  });

  test('sendEmail starts a sent thread and shares the per-day recipient quota with MailApp', () => {
    const emu = emulate(SCRIPT, { mailQuota: 3 });
    expect(emu.run('send', 'a@example.org, b@example.org', 'Thông báo', 'Nội dung')).toBe(1);
    expect(emu.mail.sent).toHaveLength(1);
    const [m] = emu.gmail.messages();
    expect(m).toEqual(expect.objectContaining({ isSent: true, subject: 'Thông báo', to: 'a@example.org, b@example.org' }));
    expect(m?.threadId).toBe(m?.id);
    emu.run('mailSend', 'c@example.org');
    expect(errorOf(() => emu.run('send', 'd@example.org', 's', 'b')).text).toBe(
      'Exception: Service invoked too many times for one day: email.',
    );
    const a = emu.gmail.deliver(eml({ id: 'a@example.org', subject: 's' }));
    expect(errorOf(() => emu.run('reply', a.id, 'x')).message).toBe('Service invoked too many times for one day: email.');
    expect(emu.gmail.messages()).toHaveLength(2);
    expect(emu.run('aliases')).toEqual([]);
  });

  test('attachments: signed bytes, size, SHA-1 hash, copyBlob', () => {
    const emu = emulate(SCRIPT);
    const b = emu.gmail.deliver(WITH_ATTACHMENT);
    expect(emu.run('attachment', b.id)).toEqual({
      name: 'data.bin', type: 'application/octet-stream', size: 4, bytes: [1, -1, -128, 127],
      hash: createHash('sha1').update(Buffer.from([0x01, 0xff, 0x80, 0x7f])).digest('hex'), copy: 'data.bin',
    });
  });

  test('a planned fault gives the transient server error', () => {
    const emu = emulate(SCRIPT);
    emu.faults.failOn('GmailApp.search');
    expect(errorOf(() => emu.run('search', '')).text).toBe(
      "Exception: We're sorry, a server error occurred. Please wait a bit and try again.",
    );
  });
});
