import { parseAuthenticationResults, senderAuthentication } from '../../../src/domain/senderAuth';

const FROM = 'Đoàn xã Tam Trà <Doan.TamTra+bc@Example.org>';
/** What Gmail writes for mail really sent from example.org (folded, with comments holding `;` and `=`). */
const GMAIL_ALIGNED = [
  'mx.google.com;',
  '       dkim=pass header.i=@example.org header.s=20230601 header.b=Abc/12+x;',
  '       spf=pass (google.com: domain of doan.tamtra@example.org designates 209.85.220.41 as permitted sender) smtp.mailfrom=doan.tamtra@example.org;',
  '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org',
].join(' ');

describe('sender authentication (DMARC alignment, RFC 7489 §3.1; Authentication-Results, RFC 8601)', () => {
  test('Gmail\'s aligned pass counts, by DMARC first', () => {
    expect(senderAuthentication([GMAIL_ALIGNED], FROM)).toEqual({ verdict: 'pass', by: 'dmarc' });
  });

  test.each([
    ['SPF for the From domain', 'mx.google.com; spf=pass smtp.mailfrom=bounce@example.org; dkim=none', 'spf'],
    ['SPF for a subdomain of it', 'mx.google.com; spf=pass smtp.mailfrom=bounce@mail.example.org', 'spf'],
    ['SPF with a bare domain as mailfrom', 'mx.google.com; spf=pass smtp.mailfrom=example.org', 'spf'],
    ['DKIM signed by the From domain (header.d)', 'mx.google.com; spf=neutral smtp.mailfrom=x@relay.example; dkim=pass header.d=example.org', 'dkim'],
    ['DKIM whose identity (header.i) is in it', 'mx.google.com; dkim=pass header.i=@news.example.org; spf=softfail smtp.mailfrom=x@relay.example', 'dkim'],
    ['a second DKIM signature, the From domain\'s', 'mx.google.com; dkim=pass header.i=@sendgrid.net; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=x@sendgrid.net', 'dkim'],
    ['DMARC pass for the From domain alone', 'mx.google.com; dmarc=pass header.from=example.org', 'dmarc'],
    ['a quoted mailfrom and the authserv-id in upper case', 'MX.GOOGLE.COM 1; spf=pass smtp.mailfrom="doan.tamtra@EXAMPLE.org"', 'spf'],
  ])('%s passes', (_name, header, by) => {
    expect(senderAuthentication([header], FROM)).toEqual({ verdict: 'pass', by });
  });

  test('dmarc=fail with SPF passing for the attacker\'s own envelope domain: not the unit\'s', () => {
    const header = 'mx.google.com; dkim=none; spf=pass (google.com: domain of x@attacker.example designates 1.2.3.4 as permitted sender) smtp.mailfrom=x@attacker.example; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=example.org';
    expect(senderAuthentication([header], FROM)).toEqual({
      verdict: 'fail',
      fromDomain: 'example.org',
      results: [
        { method: 'dkim', result: 'none', domain: null },
        { method: 'spf', result: 'pass', domain: 'attacker.example' },
        { method: 'dmarc', result: 'fail', domain: 'example.org' },
      ],
    });
  });

  test.each([
    ['spf=neutral with dkim=none', 'mx.google.com; spf=neutral (google.com: 1.2.3.4 is neither permitted nor denied) smtp.mailfrom=doan.tamtra@example.org; dkim=none'],
    ['spf=softfail and dkim=fail for the From domain', 'mx.google.com; spf=softfail smtp.mailfrom=doan.tamtra@example.org; dkim=fail header.d=example.org'],
    ['DKIM passing for a look-alike domain', 'mx.google.com; dkim=pass header.d=notexample.org; spf=none'],
    ['DKIM passing for the parent of the From domain', 'mx.google.com; dkim=pass header.d=org'],
    ['SPF passing with no envelope domain named', 'mx.google.com; spf=pass'],
    ['dmarc=pass for another From domain', 'mx.google.com; dmarc=pass header.from=attacker.example'],
    ['an aligned SPF pass that the domain\'s DMARC policy still failed', 'mx.google.com; spf=pass smtp.mailfrom=x@mail.example.org; dmarc=fail header.from=example.org'],
    ['a "pass" only inside a comment', 'mx.google.com; spf=none (dkim=pass header.d=example.org; dmarc=pass) smtp.mailfrom=example.org'],
  ])('%s is not authenticated', (_name, header) => {
    expect(senderAuthentication([header], FROM).verdict).toBe('fail');
  });

  test('no header at all, or only other servers\' results: missing', () => {
    expect(senderAuthentication([], FROM)).toEqual({ verdict: 'missing', others: [] });
    expect(senderAuthentication(['mail.attacker.example; dmarc=pass header.from=example.org; spf=pass smtp.mailfrom=doan.tamtra@example.org'], FROM)).toEqual({
      verdict: 'missing',
      others: ['mail.attacker.example'],
    });
  });

  test('only the topmost of the receiving server\'s fields counts: a forged one lower down is ignored', () => {
    const real = 'mx.google.com; spf=neutral smtp.mailfrom=x@attacker.example; dkim=none; dmarc=fail header.from=example.org';
    const forged = 'mx.google.com; dmarc=pass header.from=example.org';
    expect(senderAuthentication([real, forged], FROM).verdict).toBe('fail');
    // A field of another server above Gmail's does not hide Gmail's, and counts for nothing itself.
    expect(senderAuthentication(['relay.example; dmarc=fail', GMAIL_ALIGNED], FROM)).toEqual({ verdict: 'pass', by: 'dmarc' });
    expect(senderAuthentication(['relay.example; dmarc=pass header.from=example.org', real], FROM).verdict).toBe('fail');
  });

  test('a From with no address is never authenticated', () => {
    expect(senderAuthentication([GMAIL_ALIGNED], 'Đoàn xã Tam Trà').verdict).toBe('fail');
  });

  test('parsing: version, comments with nested parentheses, quoted values with ";", no result', () => {
    expect(parseAuthenticationResults('mx.google.com 1; none')).toEqual({ authservId: 'mx.google.com', results: [] });
    const parsed = parseAuthenticationResults('mx.google.com; spf=pass (a (nested; x=y) comment) reason="a; b" smtp.mailfrom="a;b@example.org"; dkim/1=fail header.d=example.org');
    expect(parsed?.results.map((r) => [r.method, r.result, Object.fromEntries(r.props)])).toEqual([
      ['spf', 'pass', { reason: 'a; b', 'smtp.mailfrom': 'a;b@example.org' }],
      ['dkim', 'fail', { 'header.d': 'example.org' }],
    ]);
    expect(parseAuthenticationResults('   ')).toBeNull();
  });
});
