import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEml } from '../src/intake';

/** An email to deliver during a simulated season, at the time its `Date:` header says. */
export interface Delivery {
  name: string;
  raw: Uint8Array;
  at: Date;
  /**
   * The verdict Gmail's receiving server writes on top (`Authentication-Results`); absent, the
   * emulator's default: an aligned pass for the From address's domain.
   */
  authentication?: string;
}

/** Every `.eml` of a folder, in `Date:` order; a message without a readable date is refused. */
export async function readMailDir(dir: string): Promise<Delivery[]> {
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.eml')).sort();
  const deliveries: Delivery[] = [];
  for (const name of names) {
    const raw = new Uint8Array(await readFile(join(dir, name)));
    const date = parseEml(raw).date;
    if (!date) throw new Error(`${name}: không đọc được tiêu đề Date: của thư, nên không biết lúc nào giao thư.`);
    deliveries.push({ name, raw, at: date });
  }
  return deliveries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.name.localeCompare(b.name));
}

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

/** `Name <a@b>` with the name as an RFC 2047 encoded word, so the header stays ASCII. */
function addressHeader(address: string): string {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(address);
  return match ? `${encodedWord(match[1])} <${match[2]}>` : address;
}

function demo(from: string, id: string, date: string, subject: string, body: string): Delivery {
  const text = [
    'MIME-Version: 1.0',
    `Date: ${date}`,
    `Message-ID: <${id}@demo.example.org>`,
    `Subject: ${encodedWord(subject)}`,
    `From: ${addressHeader(from)}`,
    `To: ${addressHeader(OFFICE)}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(body, 'utf8').toString('base64'),
  ].join('\r\n');
  const raw = new Uint8Array(Buffer.from(text, 'latin1'));
  return { name: `${id}.eml`, raw, at: new Date(date) };
}

/**
 * The built-in demo mail (sample data): a complete table from Tam Trà, a phone-typed list without
 * diacritics from Tam Sơn, a letter with no table from Tam Tiến, and a table from an unknown address.
 */
export function demoMail(): Delivery[] {
  return [
    demo(
      'Đoàn xã Tam Trà <doan.tamtra@example.org>',
      'demo-tam-tra',
      'Thu, 8 Sep 2016 09:20:00 +0700',
      'Bảng xếp loại Chi đoàn - Đoàn xã Tam Trà',
      [
        'ĐOÀN XÃ TAM TRÀ',
        'Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành',
        'Đoàn xã Tam Trà gửi bảng xếp loại Chi đoàn như sau:',
        '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Vững mạnh',
        '2. Chi đoàn thôn Đồng Làng: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
        '3. Chi đoàn thôn Tú Nghĩa: năm 2015 Trung bình; 6 tháng đầu năm 2016 Khá',
        '4. Chi đoàn thôn Phước Trà: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
        '5. Chi đoàn thôn Dương Trà: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
        'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
        'Đăng ký hỗ trợ: Chi đoàn thôn Phước Trà',
      ].join('\n'),
    ),
    demo(
      'Bi thu Tam Son <doan.tamson@example.org>',
      'demo-tam-son',
      'Mon, 12 Sep 2016 21:05:00 +0700',
      'bang xep loai',
      ['Doan xa Tam Son', 'Nam 2015 - 6 thang dau nam 2016', 'Chi doan Thuan Yen Dong - VM - VM', 'Chi doan thon Thuan Yen Tay - K - TB', 'Chi doan thon Dong Son - Y - Y'].join('\n'),
    ),
    demo('Đoàn xã Tam Tiến <doan.tamtien@example.org>', 'demo-tam-tien', 'Fri, 9 Sep 2016 16:40:00 +0700', 'Báo cáo', 'Kính gửi Huyện đoàn, đơn vị xin gửi bảng xếp loại sau ạ.'),
    demo(
      'Người lạ <nguoila@gmail.com>',
      'demo-unknown',
      'Sat, 10 Sep 2016 10:00:00 +0700',
      'Bảng xếp loại',
      ['ĐOÀN XÃ TAM HẢI', '1. Chi đoàn thôn Thuận An: năm 2015 Khá; 6 tháng đầu năm 2016 Khá'].join('\n'),
    ),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}
