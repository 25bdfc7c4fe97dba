import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emulate, errorOf } from './helpers';

describe('MailApp', () => {
  const script = `
    function send(to, subject, body, options) { MailApp.sendEmail(to, subject, body, options || {}); return MailApp.getRemainingDailyQuota(); }
    function sendObject(m) { MailApp.sendEmail(m); }
    function quota() { return MailApp.getRemainingDailyQuota(); }`;

  test('sent mail is recorded with all fields and the simulated time', () => {
    const emu = emulate(script);
    const left = emu.run('send', 'a@example.org, b@example.org', 'Nhắc hạn', 'Nội dung', {
      cc: 'canbo@example.org', bcc: 'x@example.org', name: 'Huyện đoàn', replyTo: 'vp@example.org', htmlBody: '<b>Nội dung</b>',
    });
    expect(left).toBe(96);
    expect(emu.mail.sent).toEqual([
      expect.objectContaining({
        to: 'a@example.org, b@example.org', cc: 'canbo@example.org', bcc: 'x@example.org', replyTo: 'vp@example.org',
        name: 'Huyện đoàn', subject: 'Nhắc hạn', body: 'Nội dung', htmlBody: '<b>Nội dung</b>', attachments: [],
        // Sent at the end of the sendEmail call: one Mail call at 100 ms.
        date: new Date('2016-08-26T01:00:00.100Z'),
      }),
    ]);
  });

  test('recipients per day are counted in the script time zone; over quota throws the platform text', () => {
    const emu = emulate(script, { mailQuota: 3 });
    emu.run('send', 'a@example.org, b@example.org', 's', 'b');
    expect(errorOf(() => emu.run('send', 'c@example.org, d@example.org', 's', 'b')).text).toBe(
      'Exception: Service invoked too many times for one day: email.',
    );
    expect(emu.mail.remainingToday()).toBe(1);
    emu.clock.advanceTo('2016-08-26T23:59:00+07:00');
    expect(emu.run('quota')).toBe(1);
    emu.clock.advanceTo('2016-08-27T00:00:00+07:00');
    expect(emu.run('quota')).toBe(3);
  });

  test('message limits: 50 recipients, 250-character subject, valid addresses, a recipient', () => {
    const emu = emulate(script);
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.org`).join(',');
    expect(errorOf(() => emu.run('send', many, 's', 'b')).message).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(errorOf(() => emu.run('send', 'a@example.org', 'x'.repeat(251), 'b')).message).toBe('Argument too large: subject');
    expect(errorOf(() => emu.run('send', 'not-an-address', 's', 'b')).message).toBe('Invalid email: not-an-address');
    expect(errorOf(() => emu.run('sendObject', { subject: 's', body: 'b' })).message).toBe('Failed to send email: no recipient');
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('attachments are kept as bytes', () => {
    const emu = emulate(`function att() { MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', attachments: [Utilities.newBlob('xin chào', 'text/plain', 'ghi-chu.txt')] }); }`);
    emu.run('att');
    const a = emu.mail.sent[0]?.attachments[0];
    expect(a?.name).toBe('ghi-chu.txt');
    expect(Buffer.from(a?.bytes ?? []).toString('utf8')).toBe('xin chào');
  });
});

describe('PropertiesService', () => {
  test('stores, limits (9 KB a value, 500 KB a store) and the host view', () => {
    const emu = emulate(`
      function p(key, value) { var s = PropertiesService.getScriptProperties(); s.setProperty(key, value); return [s.getProperty(key), s.getProperty('none'), s.getKeys().length]; }
      function fill() { var s = PropertiesService.getScriptProperties(); for (var i = 0; i < 60; i++) s.setProperty('k' + i, new Array(9 * 1024 + 1).join('x')); }
      function many() { PropertiesService.getUserProperties().setProperties({ a: 1, b: 'x' }, true); return PropertiesService.getUserProperties().getProperties(); }`);
    expect(emu.run('p', 'campaign', '{"x":1}')).toEqual(['{"x":1}', null, 1]);
    expect(emu.properties.script).toEqual({ campaign: '{"x":1}' });
    const quota = 'You have exceeded the property storage quota. Please remove some properties and try again.';
    expect(errorOf(() => emu.run('p', 'big', 'x'.repeat(9 * 1024 + 1))).message).toBe(quota);
    expect(errorOf(() => emu.run('fill')).message).toBe(quota);
    expect(emu.run('many')).toEqual({ a: '1', b: 'x' });
    expect(emu.properties.user).toEqual({ a: '1', b: 'x' });
  });
});

describe('CacheService', () => {
  test('expiry on the simulated clock; 100 KB per value', () => {
    const emu = emulate(`
      function put() { CacheService.getScriptCache().put('k', 'v', 60); }
      function get() { return CacheService.getScriptCache().get('k'); }
      function big() { CacheService.getScriptCache().put('b', new Array(100 * 1024 + 2).join('x')); }`);
    emu.run('put');
    expect(emu.run('get')).toBe('v');
    emu.clock.advanceBy(61 * 1000);
    expect(emu.run('get')).toBeNull();
    expect(errorOf(() => emu.run('big')).message).toBe('Argument too large: value');
  });
});

describe('LockService', () => {
  const script = `
    function locked() { var l = LockService.getScriptLock(); l.waitLock(10000); var had = l.hasLock(); l.releaseLock(); return had; }
    function attempt() { return LockService.getScriptLock().tryLock(5000); }`;

  test('free lock: acquired at once and released at the end of the execution', () => {
    const emu = emulate(script);
    expect(emu.run('locked')).toBe(true);
    expect(emu.run('attempt')).toBe(true);
    expect(emu.run('attempt')).toBe(true);
  });

  test('held by another execution: waitLock times out with the platform text after waiting, tryLock returns false', () => {
    const emu = emulate(script);
    emu.lock.holdByOther();
    const before = emu.clock.now().getTime();
    expect(errorOf(() => emu.run('locked')).text).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(emu.clock.now().getTime() - before).toBeGreaterThanOrEqual(10000);
    expect(emu.run('attempt')).toBe(false);
    emu.lock.release();
    expect(emu.run('attempt')).toBe(true);
  });

  test('held for a while (a duration, or until a time): waiting long enough gets the lock', () => {
    const emu = emulate(script);
    emu.lock.holdByOther(3000);
    expect(emu.run('attempt')).toBe(true);
    emu.lock.holdByOther(new Date(emu.clock.now().getTime() + 60000));
    expect(emu.run('attempt')).toBe(false);
    emu.clock.advanceBy(50000);
    expect(emu.run('locked')).toBe(true);
  });
});

describe('Utilities', () => {
  const emu = emulate(`
    function fmt(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
    function parse(text, tz, pattern) { return Utilities.parseDate(text, tz, pattern).toISOString(); }
    function bytes(s) { return Utilities.newBlob(s).getBytes(); }
    function roundTrip(b) { var blob = Utilities.newBlob(b, 'text/plain', 'a.txt'); return [blob.getDataAsString(), blob.getName(), blob.getContentType(), blob.isGoogleType()]; }
    function digest() { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc'); }
    function b64(s) { var e = Utilities.base64Encode(s, Utilities.Charset.UTF_8); return [e, Utilities.newBlob(Utilities.base64Decode(e)).getDataAsString(), Utilities.base64EncodeWebSafe([-1, -2, -3])]; }
    function uuid() { return Utilities.getUuid(); }
    function csv(s) { return Utilities.parseCsv(s); }
    function str() { return Utilities.formatString('%s có %d chi đoàn, %.1f%%', 'Tam Trà', 5, 12.345); }`);

  test.each([
    ['dd/MM/yyyy', '12/09/2016'],
    ['dd/MM/yyyy HH:mm', '12/09/2016 07:05'],
    ['yyyy-MM-dd\'T\'HH:mm:ssXXX', '2016-09-12T07:05:09+07:00'],
    ['EEE, d MMM yyyy HH:mm:ss Z', 'Mon, 12 Sep 2016 07:05:09 +0700'],
    ['EEEE d MMMM yy', 'Monday 12 September 16'],
    ['h:mm a', '7:05 AM'],
    ['z', 'ICT'],
    ['X', '+07'],
    ["'Ngày' dd 'tháng' MM", 'Ngày 12 tháng 09'],
    ["HH 'o''clock'", "07 o'clock"],
    ['S', '7'],
    ['D w u', '256 38 1'],
  ])('formatDate(Asia/Ho_Chi_Minh, %s) = %s', (pattern, expected) => {
    expect(emu.run('fmt', '2016-09-12T00:05:09.007Z', 'Asia/Ho_Chi_Minh', pattern)).toBe(expected);
  });

  test('formatDate in other zones; unknown IDs fall back to GMT like Java', () => {
    expect(emu.run('fmt', '2016-09-12T00:05:09Z', 'UTC', 'dd/MM/yyyy HH:mm z')).toBe('12/09/2016 00:05 UTC');
    expect(emu.run('fmt', '2016-09-12T00:05:09Z', 'GMT+7', 'HH:mm z')).toBe('07:05 GMT+07:00');
    expect(emu.run('fmt', '2016-09-12T00:05:09Z', 'Nowhere/Else', 'HH:mm')).toBe('00:05');
    expect(errorOf(() => emu.run('fmt', '2016-09-12T00:05:09Z', 'UTC', 'yyyy-MM-dd q')).message).toBe("Illegal pattern character 'q'");
  });

  test('parseDate in a time zone', () => {
    expect(emu.run('parse', '12/09/2016', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('2016-09-11T17:00:00.000Z');
    expect(emu.run('parse', '2016-09-12 23:59', 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm')).toBe('2016-09-12T16:59:00.000Z');
    expect(emu.run('parse', '12 Sep 16', 'UTC', 'd MMM yy')).toBe('2016-09-12T00:00:00.000Z');
    expect(errorOf(() => emu.run('parse', 'hôm qua', 'UTC', 'dd/MM/yyyy')).message).toBe('Unparseable date: "hôm qua"');
  });

  test('bytes are signed (-128…127); newBlob accepts signed or unsigned bytes', () => {
    expect(emu.run('bytes', 'Đ')).toEqual([-60, -112]);
    expect(emu.run('roundTrip', [-60, -112])).toEqual(['Đ', 'a.txt', 'text/plain', false]);
    expect(emu.run('roundTrip', [196, 144])).toEqual(['Đ', 'a.txt', 'text/plain', false]);
  });

  test('digest, base64, UUID, CSV, formatString', () => {
    expect(emu.run('digest')).toEqual([-112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114]);
    expect(emu.run('b64', 'Tam Trà')).toEqual(['VGFtIFRyw6A=', 'Tam Trà', '__79']);
    expect(emu.run('uuid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(emu.run('csv', 'a,"b,c"\n"d ""e""",f')).toEqual([['a', 'b,c'], ['d "e"', 'f']]);
    expect(emu.run('str')).toBe('Tam Trà có 5 chi đoàn, 12.3%');
  });
});

describe('Session', () => {
  test('active and effective user follow the execution', () => {
    const emu = emulate(`function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getTemporaryActiveUserKey().length > 10]; }`);
    expect(emu.run('who')).toEqual(['vanphong.huyendoan@example.org', 'vanphong.huyendoan@example.org', true]);
    expect(emu.runAs({ user: 'b@example.org' }, 'who')).toEqual(['b@example.org', 'b@example.org', true]);
    expect(emu.runAs({ user: '' }, 'who')).toEqual(['', '', true]);
  });
});

describe('HtmlService and Ui', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-html-'));
  fs.writeFileSync(path.join(dir, 'sidebar.html'), '<h1>Đi cơ sở</h1>');
  fs.writeFileSync(path.join(dir, 'page.html'), '<p><?= title ?></p><? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?><?!= raw ?>');
  const emu = emulate(
    `
    function onOpen() { SpreadsheetApp.getUi().createMenu('Đi cơ sở').addItem('Thiết lập', 'setup').addSeparator()
        .addSubMenu(SpreadsheetApp.getUi().createMenu('Khác').addItem('Gửi nhắc', 'remind')).addToUi(); }
    function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Bảng điều khiển')); }
    function missing() { HtmlService.createHtmlOutputFromFile('none'); }
    function page() { var t = HtmlService.createTemplateFromFile('page'); t.title = '<Tam Trà>'; t.raw = '<br>'; return t.evaluate().getContent(); }
    function ask() { var ui = SpreadsheetApp.getUi(); var a = ui.alert('Xác nhận', 'Chạy lại?', ui.ButtonSet.YES_NO);
      var p = ui.prompt('Dán JSON'); return [String(a), a === ui.Button.YES, String(p.getSelectedButton()), p.getResponseText()]; }
    function toast() { SpreadsheetApp.getActive().toast('Đã xong', 'Đi cơ sở', 3); }`,
    { distDir: dir },
  );

  test('menus are recorded as built', () => {
    emu.run('onOpen');
    emu.run('onOpen');
    expect(emu.ui.menus).toEqual([
      {
        name: 'Đi cơ sở',
        items: [
          { caption: 'Thiết lập', functionName: 'setup' },
          { separator: true },
          { submenu: { name: 'Khác', items: [{ caption: 'Gửi nhắc', functionName: 'remind' }] } },
        ],
      },
    ]);
  });

  test('sidebar from a file in the dist folder; a missing file is an error', () => {
    emu.run('sidebar');
    expect(emu.ui.sidebars).toEqual([{ title: 'Bảng điều khiển', html: '<h1>Đi cơ sở</h1>', width: 300 }]);
    expect(errorOf(() => emu.run('missing')).message).toBe('No HTML file named none was found.');
  });

  test('templates evaluate scriptlets with escaping', () => {
    expect(emu.run('page')).toBe('<p>&lt;Tam Trà&gt;</p><i>0</i><i>1</i><br>');
  });

  test('alerts and prompts answer from the queue; defaults OK and CLOSE', () => {
    emu.ui.respond({ button: 'YES' });
    emu.ui.respond({ button: 'OK', text: '{"name":"x"}' });
    expect(emu.run('ask')).toEqual(['YES', true, 'OK', '{"name":"x"}']);
    expect(emu.run('ask')).toEqual(['OK', false, 'CLOSE', '']);
    expect(emu.ui.alerts[0]).toEqual({ kind: 'alert', title: 'Xác nhận', prompt: 'Chạy lại?', buttons: 'YES_NO', response: 'YES' });
  });

  test('toasts', () => {
    emu.run('toast');
    expect(emu.ui.toasts[0]).toMatchObject({ message: 'Đã xong', title: 'Đi cơ sở', timeoutSeconds: 3 });
  });
});
