import { parseEml } from '../../../src/intake';
import { decodeHeaderValue, parseMailDate } from '../../../src/intake/mime';
import { buildEml, buildEmlText, buildXlsx, encodeCp1258, sampleTable } from '../../fixtures';

describe('parseEml', () => {
  const xlsx = buildXlsx(sampleTable());

  it('reads headers, a multipart/alternative body and an attachment named in RFC 2231', () => {
    const raw = buildEmlText({
      subject: 'Bảng xếp loại Chi đoàn - Đoàn xã Tam Trà',
      text: 'Kính gửi Văn phòng Huyện đoàn,\nĐoàn xã Tam Trà gửi bảng xếp loại.',
      html: '<div>Kính gửi Văn phòng Huyện đoàn,</div>',
      attachments: [{ name: 'Bảng xếp loại.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: xlsx }],
      headers: { 'Authentication-Results': 'mx.google.com; dkim=pass header.i=@gmail.com; spf=pass; dmarc=pass' },
    });
    const { headerFields, ...email } = parseEml(raw);
    expect(headerFields['authentication-results']).toEqual(['mx.google.com; dkim=pass header.i=@gmail.com; spf=pass; dmarc=pass']);
    expect({ ...email, attachments: email.attachments.map((a) => ({ ...a, bytes: a.bytes.length })) }).toEqual({
      headers: {
        'mime-version': '1.0',
        date: 'Mon, 5 Sep 2016 08:15:00 +0700',
        'message-id': '<CAF2016tamtra0905@mail.gmail.com>',
        subject: 'Bảng xếp loại Chi đoàn - Đoàn xã Tam Trà',
        from: 'Đoàn xã Tam Trà <doanxatamtra@gmail.com>',
        to: 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>',
        'authentication-results': 'mx.google.com; dkim=pass header.i=@gmail.com; spf=pass; dmarc=pass',
        'content-type': 'multipart/mixed; boundary="000000000000mixedb0undary2016"',
      },
      messageId: '<CAF2016tamtra0905@mail.gmail.com>',
      from: 'Đoàn xã Tam Trà <doanxatamtra@gmail.com>',
      to: 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>',
      date: new Date('2016-09-05T01:15:00Z'),
      subject: 'Bảng xếp loại Chi đoàn - Đoàn xã Tam Trà',
      plainBody: 'Kính gửi Văn phòng Huyện đoàn,\nĐoàn xã Tam Trà gửi bảng xếp loại.',
      htmlBody: '<div>Kính gửi Văn phòng Huyện đoàn,</div>',
      attachments: [{ name: 'Bảng xếp loại.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: xlsx.length, inline: false }],
    });
    expect(email.attachments[0].bytes).toEqual(xlsx);
  });

  it('keeps every instance of a repeated header, in order, unfolded and undecoded', () => {
    const raw = [
      'Authentication-Results: mx.google.com;',
      '       dkim=pass header.i=@example.org;',
      '       dmarc=pass header.from=example.org',
      'Received: from relay.example',
      'Authentication-Results: relay.example; spf=pass =?utf-8?q?x?=',
      'From: a@example.org',
      '',
      'body',
    ].join('\r\n');
    const parsed = parseEml(raw);
    expect(parsed.headerFields['authentication-results']).toEqual([
      'mx.google.com; dkim=pass header.i=@example.org; dmarc=pass header.from=example.org',
      'relay.example; spf=pass =?utf-8?q?x?=',
    ]);
    expect(parsed.headers['authentication-results']).toBe('mx.google.com; dkim=pass header.i=@example.org; dmarc=pass header.from=example.org\nrelay.example; spf=pass x');
  });

  it('takes bytes or a string, quoted-printable or 8-bit bodies, and windows-1258 text', () => {
    const text = 'Chi đoàn Xuân Thọ: năm 2015 Vững mạnh';
    expect(parseEml(buildEml({ text, bodyEncoding: 'quoted-printable' })).plainBody).toBe(text);
    expect(parseEml(buildEml({ text, bodyEncoding: '8bit' })).plainBody).toBe(text);
    expect(parseEml(buildEml({ text, charset: 'windows-1258', bodyEncoding: 'quoted-printable' })).plainBody).toBe(text);
    // Apps Script's getRawContent() gives a string already decoded from UTF-8.
    const decoded = new TextDecoder().decode(buildEml({ text, bodyEncoding: '8bit', subject: 'Xếp loại' }));
    expect(parseEml(decoded)).toMatchObject({ plainBody: text, subject: 'Xếp loại' });
  });

  it('decodes encoded words (B and Q, split and folded) and RFC 2047 file names', () => {
    expect(decodeHeaderValue('=?UTF-8?B?QuG6o25nIHjhur9w?= =?UTF-8?Q?_lo=E1=BA=A1i?=')).toBe('Bảng xếp loại');
    expect(decodeHeaderValue('=?windows-1258?Q?Tr=E0?=')).toBe('Trà');
    expect(decodeHeaderValue('=?iso-8859-1?Q?caf=E9?=')).toBe('café');
    const raw = buildEmlText({ subject: 'Xếp loại', subjectEncoding: 'Q', attachments: [{ name: 'Xếp loại.docx', bytes: Uint8Array.of(1, 2), nameStyle: 'rfc2047' }] });
    const email = parseEml(raw.replace('Subject: ', 'Subject:\r\n '));
    expect(email.subject).toBe('Xếp loại');
    expect(email.attachments.map((a) => a.name)).toEqual(['Xếp loại.docx']);
  });

  it('reads RFC 5322 dates with zones, and gives null for nonsense', () => {
    expect(parseMailDate('Mon, 5 Sep 2016 08:15:00 +0700')).toEqual(new Date('2016-09-05T01:15:00Z'));
    expect(parseMailDate('5 Sep 16 01:15 GMT')).toEqual(new Date('2016-09-05T01:15:00Z'));
    expect(parseMailDate('hôm qua')).toBeNull();
  });

  it('keeps a forwarded message (message/rfc822) as an .eml attachment', () => {
    const inner = buildEmlText({ text: 'Chi đoàn Xuân Thọ: năm 2015 VM', subject: 'Gốc' });
    const outer = buildEmlText({ text: 'Chuyển tiếp', attachments: [{ name: 'thu-goc.eml', contentType: 'message/rfc822', bytes: Uint8Array.from(inner, (c) => c.charCodeAt(0)) }] });
    const [attachment] = parseEml(outer).attachments;
    expect(attachment.name).toBe('thu-goc.eml');
    expect(parseEml(attachment.bytes).plainBody).toBe('Chi đoàn Xuân Thọ: năm 2015 VM');
  });

  it('never throws on broken input', () => {
    for (const raw of ['', 'no headers at all', 'Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nbroken', 'Subject: =?utf-8?B?####?=\r\n\r\n']) {
      expect(() => parseEml(raw)).not.toThrow();
    }
    expect(parseEml(encodeCp1258('Subject: Trà\r\n\r\nxin chào')).plainBody).toBe('xin chào');
  });
});
