import { toEml, type SentMail } from '../../local/emulator';

const base: SentMail = {
  from: 'huyendoannuithanh09@gmail.com',
  to: 'Đoàn xã Tam Trà <tamtra@example.org>, bithu@example.org',
  cc: 'canbo@example.org',
  bcc: '',
  replyTo: '',
  name: 'Huyện đoàn Núi Thành',
  subject: 'Nhắc hạn: bảng xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016 — còn 3 ngày',
  body: 'Kính gửi Đoàn xã Tam Trà,\nCòn thiếu: Chi đoàn Xuân Thọ.\n',
  htmlBody: '',
  attachments: [],
  noReply: false,
  date: new Date('2016-09-09T00:00:00Z'),
};

function headers(eml: string): Record<string, string> {
  const head = eml.split('\r\n\r\n')[0] ?? '';
  const out: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    out[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?UTF-8/g, '?==?UTF-8')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
    .trim();
}

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('toEml', () => {
  test('headers: encoded subject and names, Date in the time zone offset, MIME', () => {
    const eml = toEml(base, base.from, 'Asia/Ho_Chi_Minh');
    const h = headers(eml);
    expect(h.date).toBe('Fri, 9 Sep 2016 07:00:00 +0700');
    expect(decodeWords(h.subject ?? '')).toBe(base.subject);
    expect(decodeWords(h.from ?? '')).toBe('Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>');
    expect(decodeWords(h.to ?? '')).toBe('Đoàn xã Tam Trà <tamtra@example.org>, bithu@example.org');
    expect(h.cc).toBe('canbo@example.org');
    expect(h.bcc).toBeUndefined();
    expect(h['mime-version']).toBe('1.0');
    expect(h['content-type']).toBe('text/plain; charset=UTF-8');
    expect(h['content-transfer-encoding']).toBe('quoted-printable');
    expect(h['message-id']).toMatch(/^<[0-9a-f]{24}@emulator\.invalid>$/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    for (const word of eml.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    // eslint-disable-next-line no-control-regex
    expect(/^[\x00-\x7f]*$/.test(eml)).toBe(true);
  });

  test('quoted-printable body decodes to the UTF-8 text with CRLF line ends', () => {
    const eml = toEml({ ...base, body: `${'Chi đoàn Xuân Thọ '.repeat(10)}\nx = y ` }, base.from, 'Asia/Ho_Chi_Minh');
    const body = eml.split('\r\n\r\n').slice(1).join('\r\n\r\n');
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeQp(body).replace(/\r\n$/, '')).toBe(`${'Chi đoàn Xuân Thọ '.repeat(10)}\r\nx = y `);
  });

  test('multipart/alternative with an HTML body; multipart/mixed with attachments', () => {
    const eml = toEml(
      { ...base, htmlBody: '<p>Kính gửi</p>', attachments: [{ name: 'Bảng xếp loại.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array([80, 75, 3, 4]) }] },
      base.from,
      'Asia/Ho_Chi_Minh',
    );
    const h = headers(eml);
    const mixed = /boundary="([^"]+)"/.exec(h['content-type'] ?? '')?.[1];
    expect(h['content-type']).toMatch(/^multipart\/mixed;/);
    expect(mixed).toBeDefined();
    const parts = eml.split(`--${mixed}`);
    expect(parts).toHaveLength(4);
    expect(parts[1]).toMatch(/Content-Type: multipart\/alternative; boundary="alt-/);
    expect(parts[1]).toContain('Content-Type: text/html; charset=UTF-8');
    expect(parts[2]).toContain("filename*=UTF-8''B%E1%BA%A3ng%20x%E1%BA%BFp%20lo%E1%BA%A1i.xlsx");
    expect(parts[2]?.trim().split('\r\n').pop()).toBe('UEsDBA==');
    expect(parts[3]?.startsWith('--')).toBe(true);
  });

  test('the offset follows the time zone', () => {
    expect(headers(toEml(base, base.from, 'UTC')).date).toBe('Fri, 9 Sep 2016 00:00:00 +0000');
  });
});
