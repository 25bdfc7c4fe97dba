/**
 * Sent mail → RFC 5322 text (.eml): UTF-8, quoted-printable text parts, base64 attachments,
 * multipart/alternative when there is an HTML body, RFC 2047 encoded words for non-ASCII headers,
 * `Date:` in the given time zone's offset (`+0700`).
 */
import { createHash } from 'node:crypto';
import type { SentMail } from './mail';
import { offsetString, wallFields } from './tz';

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x20-\x7e]*$/;

/** `Mon, 12 Sep 2016 07:00:00 +0700` */
export function rfc5322Date(date: Date, timeZone: string): string {
  const t = date.getTime();
  const f = wallFields(timeZone, t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[f.weekday]}, ${f.day} ${MONTHS[f.month - 1]} ${f.year} ${p(f.hour)}:${p(f.minute)}:${p(f.second)} ${offsetString(timeZone, t)}`;
}

/** RFC 2047 B-encoded words of at most 75 characters, never splitting a UTF-8 sequence. */
export function encodeWords(text: string): string {
  if (ASCII.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function address(part: string): string {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(part);
  if (!m) return part.trim();
  const name = (m[1] ?? '').trim();
  if (!name) return `<${m[2]}>`;
  return ASCII.test(name) ? `"${name.replace(/"/g, '\\"')}" <${m[2]}>` : `${encodeWords(name)} <${m[2]}>`;
}

function addressList(list: string): string {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(address)
    .join(`,${CRLF} `);
}

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line breaks, soft breaks at 76 columns. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r|\n/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let col = 0;
      const emit = (s: string) => {
        if (col + s.length > 75) {
          out += `=${CRLF}`;
          col = 0;
        }
        out += s;
        col += s.length;
      };
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        emit(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      return out;
    })
    .join(CRLF);
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

function textPart(type: 'plain' | 'html', body: string): string {
  return [`Content-Type: text/${type}; charset=UTF-8`, 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body)].join(CRLF);
}

function multipart(kind: 'alternative' | 'mixed', boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${kind}; boundary="${boundary}"`,
    '',
    ...parts.map((p) => `--${boundary}${CRLF}${p}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

function filenameParams(name: string): { type: string; disposition: string } {
  if (ASCII.test(name)) {
    const q = `"${name.replace(/"/g, '\\"')}"`;
    return { type: `name=${q}`, disposition: `filename=${q}` };
  }
  return {
    type: `name="${encodeWords(name).replace(/\r\n /g, ' ')}"`,
    disposition: `filename*=UTF-8''${encodeURIComponent(name)}`,
  };
}

export function toEml(mail: SentMail, from: string, timeZone: string): string {
  const hash = createHash('sha1')
    .update(JSON.stringify([mail.to, mail.cc, mail.subject, mail.body, mail.htmlBody, mail.date.getTime()]))
    .digest('hex');
  const fromAddress = mail.name ? address(`${mail.name} <${from}>`) : from;
  const headers = [
    `From: ${fromAddress}`,
    `To: ${addressList(mail.to)}`,
    ...(mail.cc ? [`Cc: ${addressList(mail.cc)}`] : []),
    ...(mail.bcc ? [`Bcc: ${addressList(mail.bcc)}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${addressList(mail.replyTo)}`] : []),
    `Subject: ${encodeWords(mail.subject)}`,
    `Date: ${rfc5322Date(mail.date, timeZone)}`,
    `Message-ID: <${hash.slice(0, 24)}@emulator.invalid>`,
    'MIME-Version: 1.0',
  ];
  const text = textPart('plain', mail.body);
  let content = mail.htmlBody ? multipart('alternative', `alt-${hash.slice(0, 16)}`, [text, textPart('html', mail.htmlBody)]) : text;
  if (mail.attachments.length > 0) {
    const parts = mail.attachments.map((a) => {
      const p = filenameParams(a.name);
      return [
        `Content-Type: ${a.contentType}; ${p.type}`,
        `Content-Disposition: attachment; ${p.disposition}`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(a.bytes),
      ].join(CRLF);
    });
    content = multipart('mixed', `mix-${hash.slice(16, 32)}`, [content, ...parts]);
  }
  return `${headers.join(CRLF)}${CRLF}${content}${content.endsWith(CRLF) ? '' : CRLF}`;
}
