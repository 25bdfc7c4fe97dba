import { buildCsv } from '../fixtures/csv';
import { buildEmlText, type EmlAttachment } from '../fixtures/eml';
import { setUpEmulator } from './harness';
import { sonEntry } from './officeActions';
import type { Emulator } from '../../local/emulator';

/**
 * Issue 14, item 2: one message must never stop the mail. Each poison message (a CSV of 1,500
 * chapters, a unit tab replaced by hand with a renamed copy, the day's mail quota spent) fails alone; the other
 * messages of the same poll are recorded and answered.
 */
const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';
const TAM_TIEN = 'Đoàn xã Tam Tiến <doan.tamtien@example.org>';
const TAM_HIEP = 'Đoàn xã Tam Hiệp <doan.tamhiep@example.org>';
const TT_NUI_THANH = 'Đoàn thị trấn Núi Thành <doan.ttnuithanh@example.org>';
const auth = (address: string) => `mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=${address}; dmarc=pass header.from=example.org`;

const TAM_TIEN_TABLE = [
  'ĐOÀN XÃ TAM TIẾN',
  '1. Chi đoàn thôn Tiến Đông: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
  '2. Chi đoàn thôn Tiến Tây: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
].join('\n');
const TAM_HIEP_TABLE = ['ĐOÀN XÃ TAM HIỆP', '1. Chi đoàn thôn Thuận Phước: năm 2015 Khá; 6 tháng đầu năm 2016 Vững mạnh'].join('\n');
const TAM_TRA_TABLE = ['ĐOÀN XÃ TAM TRÀ', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá'].join('\n');
const TT_TABLE = ['ĐOÀN THỊ TRẤN NÚI THÀNH', '1. Chi đoàn Khối phố 1: năm 2015 Khá; 6 tháng đầu năm 2016 Khá'].join('\n');

let sequence = 0;
function deliver(emu: Emulator, from: string, messageId: string, text: string, attachments: EmlAttachment[] = [], headers: Record<string, string> = {}): void {
  const address = /<([^>]+)>/.exec(from)![1];
  sequence++;
  emu.gmail.deliver(
    buildEmlText({
      from,
      to: OFFICE,
      messageId,
      subject: `Bảng xếp loại ${sequence}`,
      date: `Mon, 5 Sep 2016 08:${String(10 + sequence).padStart(2, '0')}:00 +0700`,
      text,
      attachments,
      headers: { 'Authentication-Results': auth(address), ...headers },
    }),
  );
}

function hugeCsv(): EmlAttachment {
  const rows: (string | number)[][] = [['STT', 'Chi đoàn', 'Xếp loại năm 2015', 'Xếp loại 6 tháng đầu năm 2016']];
  for (let i = 1; i <= 1500; i++) rows.push([i, `Chi đoàn thôn Số ${i}`, 'Khá', 'Vững mạnh']);
  return { name: 'bang-xep-loai.csv', contentType: 'text/csv', bytes: buildCsv(rows) };
}

const logRow = (emu: Emulator, id: string) => emu.values('Nhật ký nhận').find((row) => row[3] === id);
const statusOf = (emu: Emulator, id: string) => logRow(emu, id)?.[5];
const poll = (emu: Emulator) => emu.run('pollMailbox');

describe('failures are per message (issue 14, item 2)', () => {
  test('a CSV of 1,500 chapters is refused with a Vietnamese Báo lỗi; the others of the poll are recorded', () => {
    const emu = setUpEmulator();
    const tamTienBefore = emu.values('Tam Tiến').length;
    deliver(emu, TAM_TRA, '<huge@example.org>', 'Gửi bảng xếp loại đính kèm.', [hugeCsv()]);
    deliver(emu, TAM_TIEN, '<tien@example.org>', TAM_TIEN_TABLE);
    poll(emu);
    expect(statusOf(emu, '<huge@example.org>')).toBe('Lỗi');
    expect(logRow(emu, '<huge@example.org>')![6]).toMatch(/1500 Chi đoàn, nhiều hơn mức một đơn vị có thể có/);
    expect(statusOf(emu, '<tien@example.org>')).toBe('Đã ghi');
    expect(emu.values('Tam Tiến')[1].slice(0, 4)).toEqual(['Chi đoàn thôn Tiến Đông', '', 'Vững mạnh', 'Khá']);
    expect(emu.values('Tam Tiến').length).toBe(tamTienBefore);
    // The Tam Trà tab is untouched: not one of the 1,500 rows was written.
    expect(emu.values('Tam Trà').some((row) => String(row[0]).includes('Số 1'))).toBe(false);
    const letters = emu.mail.sent.map((m) => m.to);
    expect(letters.filter((to) => to.includes('doan.tamtra@example.org'))).toHaveLength(1);
    expect(letters.filter((to) => to.includes('doan.tamtien@example.org'))).toHaveLength(1);
  });

  test('a unit tab replaced by hand with a renamed copy fails that message alone, three polls, then Lỗi xử lý in the dashboard and the digest', () => {
    const emu = setUpEmulator();
    replaceTabByCopy(emu);
    deliver(emu, TAM_TRA, '<renamed@example.org>', TAM_TRA_TABLE);
    deliver(emu, TAM_TIEN, '<tien@example.org>', TAM_TIEN_TABLE);
    poll(emu);
    expect(emu.executions.at(-1)!.error).toBeUndefined();
    expect(statusOf(emu, '<tien@example.org>')).toBe('Đã ghi');
    expect(statusOf(emu, '<renamed@example.org>')).toBe('Đang xử lý');
    expect(logRow(emu, '<renamed@example.org>')![6]).toMatch(/^Chưa ghi được \(lần thử 1\/3\): Không tìm thấy trang "Tam Trà"/);
    // A later message of the same poll after the failing one is not held up either.
    deliver(emu, TAM_HIEP, '<hiep@example.org>', TAM_HIEP_TABLE);
    poll(emu);
    expect(statusOf(emu, '<hiep@example.org>')).toBe('Đã ghi');
    expect(logRow(emu, '<renamed@example.org>')![6]).toMatch(/lần thử 2\/3/);
    poll(emu);
    expect(statusOf(emu, '<renamed@example.org>')).toBe('Lỗi xử lý');
    const detail = String(logRow(emu, '<renamed@example.org>')![6]);
    expect(detail).toMatch(/^Lỗi xử lý sau 3 lần thử: Không tìm thấy trang "Tam Trà"/);
    expect(detail).not.toContain('[gmail:');
    // Parked: the fourth poll does not try it again, and it got no letter.
    poll(emu);
    expect(statusOf(emu, '<renamed@example.org>')).toBe('Lỗi xử lý');
    expect(emu.mail.sent.filter((m) => m.to.includes('doan.tamtra@example.org'))).toHaveLength(0);
    expect(emu.gmail.messages().find((m) => m.messageId === '<renamed@example.org>')!.labels).toContain('Đi cơ sở/Cần xem');

    const dashboard = emu.run('getDashboard') as { parked: { count: number; items: { unit: string; reason: string; source: string }[] } };
    expect(dashboard.parked.count).toBe(1);
    expect(dashboard.parked.items[0].reason).toMatch(/Không tìm thấy trang "Tam Trà"/);
    expect(dashboard.parked.items[0].reason).not.toMatch(/gmail:/);
  });

  test('a platform failure in English reaches the office in Vietnamese', () => {
    const emu = setUpEmulator();
    deliver(emu, TAM_TIEN, '<tien@example.org>', TAM_TIEN_TABLE);
    deliver(emu, TAM_HIEP, '<hiep@example.org>', TAM_HIEP_TABLE);
    // The write of Tam Tiến's tab (the poll's second setValues, after the log's new rows) fails as Sheets does on a bad day.
    emu.faults.failOn('Range.setValues', 1, "Exception: We're sorry, a server error occurred. Please wait a bit and try again.");
    poll(emu);
    emu.faults.clear();
    expect(statusOf(emu, '<hiep@example.org>')).toBe('Đã ghi');
    expect(String(logRow(emu, '<tien@example.org>')![6])).toMatch(/dịch vụ của Google tạm thời không phản hồi/);
    expect(String(logRow(emu, '<tien@example.org>')![6])).not.toMatch(/sorry/);
    poll(emu);
    expect(statusOf(emu, '<tien@example.org>')).toBe('Đã ghi');
  });

  test('the day’s mail quota spent: recording goes on, receipts are Hoãn and go out once, the next day', () => {
    const emu = setUpEmulator('', { mailQuota: 2 });
    const ids = ['<tien@example.org>', '<hiep@example.org>', '<tra@example.org>', '<tt@example.org>'];
    deliver(emu, TAM_TIEN, ids[0], TAM_TIEN_TABLE);
    deliver(emu, TAM_HIEP, ids[1], TAM_HIEP_TABLE);
    deliver(emu, TAM_TRA, ids[2], TAM_TRA_TABLE);
    deliver(emu, TT_NUI_THANH, ids[3], TT_TABLE);
    poll(emu);
    expect(emu.executions.at(-1)!.error).toBeUndefined();
    for (const id of ids) expect(statusOf(emu, id)).toBe('Đã ghi');
    expect(emu.values('Tam Trà')[1].slice(0, 4)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá']);
    expect(emu.mail.sent).toHaveLength(2);
    const outbox = () => emu.values('Nhật ký gửi').slice(1);
    expect(outbox().map((row) => row[6])).toEqual(['Đã gửi', 'Đã gửi', 'Hoãn', 'Hoãn']);
    expect(String(logRow(emu, ids[2])![6])).toMatch(/hết hạn mức gửi thư/);
    poll(emu);
    expect(emu.mail.sent).toHaveLength(2);
    // The next day (the quota is per calendar day; the installed poll runs every 10 minutes meanwhile).
    emu.clock.advanceBy(24 * 60 * 60 * 1000);
    poll(emu);
    const receipts = emu.mail.sent.filter((m) => /doan\.(tamtien|tamhiep|tamtra|ttnuithanh)@/.test(m.to));
    expect(receipts).toHaveLength(4);
    for (const unit of ['tamtien', 'tamhiep', 'tamtra', 'ttnuithanh']) expect(receipts.filter((m) => m.to.includes(`doan.${unit}@`))).toHaveLength(1);
    expect(outbox().filter((row) => row[1] === 'Xác nhận').map((row) => row[6])).toEqual(['Đã gửi', 'Đã gửi', 'Đã gửi', 'Đã gửi']);
    expect(String(logRow(emu, ids[2])![6])).not.toMatch(/hết hạn mức/);
    // Sent as replies, as the other receipts.
    const replies = emu.gmail.messages().filter((m) => m.isSent && /^\[Đã nhận\] Re:/.test(m.subject));
    expect(replies).toHaveLength(4);
  });

  test('over the quota, an answer that must leave the thread (a foreign Reply-To) waits and goes once to the registered address', () => {
    const emu = setUpEmulator('', { mailQuota: 1 });
    deliver(emu, TAM_HIEP, '<hiep@example.org>', TAM_HIEP_TABLE);
    deliver(emu, TAM_TIEN, '<rt@example.org>', TAM_TIEN_TABLE, [], { 'Reply-To': 'attacker@evil.example' });
    poll(emu);
    expect(statusOf(emu, '<rt@example.org>')).toBe('Đã ghi');
    expect(emu.mail.sent.map((m) => m.to)).toEqual([TAM_HIEP]);
    const outbox = () => emu.values('Nhật ký gửi').slice(1).map((row) => [row[2], row[5], row[6]]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(outbox()).toEqual([
      [TAM_HIEP, 'Xác nhận|<hiep@example.org>', 'Đã gửi'],
      ['doan.tamtien@example.org', 'Xác nhận|<rt@example.org>', 'Hoãn'],
    ]);
    emu.clock.advanceBy(24 * 60 * 60 * 1000);
    poll(emu);
    poll(emu);
    expect(emu.mail.sent.map((m) => m.to)).toEqual([TAM_HIEP, 'doan.tamtien@example.org']);
    expect(emu.mail.sent.some((m) => m.to.includes('evil'))).toBe(false);
    expect(outbox()).toEqual([
      [TAM_HIEP, 'Xác nhận|<hiep@example.org>', 'Đã gửi'],
      ['doan.tamtien@example.org', 'Xác nhận|<rt@example.org>', 'Đã gửi'],
    ]);
  });

  test('a poll that finds the lock held by another execution says so in the dashboard; the next one clears it', () => {
    const emu = setUpEmulator();
    deliver(emu, TAM_TIEN, '<tien@example.org>', TAM_TIEN_TABLE);
    emu.lock.holdByOther();
    poll(emu);
    emu.lock.release();
    expect(statusOf(emu, '<tien@example.org>')).toBeUndefined();
    const busy = emu.run('getDashboard') as { lastPoll: string | null };
    expect(busy.lastPoll).toMatch(/^Lần kiểm tra thư lúc \d{2}:\d{2} \d{2}\/\d{2}\/2016 chưa xong vì hệ thống đang ghi dữ liệu khác, sẽ tiếp tục ở lần sau\.$/);
    poll(emu);
    expect(statusOf(emu, '<tien@example.org>')).toBe('Đã ghi');
    expect((emu.run('getDashboard') as { lastPoll: string | null }).lastPoll).toBeNull();
  });

  test('a paper entry typed by the office over the quota: recorded, its receipt Hoãn, sent once by a poll the next day', () => {
    const emu = setUpEmulator('', { mailQuota: 1, now: '2016-09-06T10:00:00+07:00' });
    deliver(emu, TAM_HIEP, '<hiep@example.org>', TAM_HIEP_TABLE);
    poll(emu);
    const outcome = emu.run('submitPaperEntry', 'tam-son', sonEntry()) as { ok: boolean; message: string };
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/hết hạn mức gửi thư; sẽ tự động gửi/);
    expect(statusOf(emu, 'PG-a1b2c3d4e5f6')).toBe('Đã ghi');
    const son = () => emu.values('Nhật ký gửi').slice(1).filter((row) => row[5] === 'Xác nhận|PG-a1b2c3d4e5f6').map((row) => row[6]);
    expect(son()).toEqual(['Hoãn']);
    emu.clock.advanceBy(24 * 60 * 60 * 1000);
    poll(emu);
    poll(emu);
    expect(son()).toEqual(['Đã gửi']);
    expect(emu.mail.sent.filter((m) => m.to.includes('doan.tamson@example.org'))).toHaveLength(1);
  });
});

/** The office replaced a unit's tab by a copy under another name: a new sheet, found neither by the unit's name nor by the recorded sheet id. */
function replaceTabByCopy(emu: Emulator): void {
  const original = emu.spreadsheet.getSheetByName('Tam Trà')!;
  const copy = original.copyTo(emu.spreadsheet);
  emu.spreadsheet.deleteSheet(original);
  copy.setName('Tam Trà (cũ)');
}
