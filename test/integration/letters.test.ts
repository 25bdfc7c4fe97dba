import { buildEmlText } from '../fixtures/eml';
import { newEmulator, setUpEmulator } from './harness';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';

function table(extra: string[] = []): string {
  return [
    'ĐOÀN XÃ TAM TRÀ',
    'Bảng xếp loại Chi đoàn',
    '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
    '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
    ...extra,
  ].join('\n');
}

function deliver(emu: Emulator, messageId: string, text: string, subject = 'Bảng xếp loại Chi đoàn'): void {
  emu.gmail.deliver(buildEmlText({ from: TAM_TRA, to: OFFICE, messageId, date: 'Mon, 5 Sep 2016 08:15:00 +0700', subject, text }));
}

const sections = (body: string) => body.match(/^[IVX]+\. .*$/gm) ?? [];

describe('the letters a unit receives', () => {
  test('a receipt numbers the sections it shows, with no gap when one is left out', () => {
    const emu = setUpEmulator();
    deliver(emu, '<clean@x>', table());
    emu.run('pollMailbox');
    deliver(emu, '<odd@x>', table(['Chi đoàn Xuân Thọ: 6 tháng cuối năm 2014 Khá']));
    emu.run('pollMailbox');
    const [clean, odd] = emu.mail.sent;
    expect(sections(clean.body)).toEqual(['I. Nội dung đã ghi nhận', 'II. Đăng ký xây dựng và hỗ trợ Chi đoàn', 'III. Tình hình nộp của đơn vị']);
    // The list of what is missing points to the registration section by the number it has here.
    expect(clean.body).toContain('(xem mục II)');
    expect(sections(odd.body)).toEqual([
      'I. Nội dung đã ghi nhận',
      'II. Nội dung chưa ghi nhận được',
      'III. Đăng ký xây dựng và hỗ trợ Chi đoàn',
      'IV. Tình hình nộp của đơn vị',
    ]);
    expect(odd.body).toContain('(xem mục III)');
  });
});

describe('what a receipt is called, and that it goes once', () => {
  test('the subject says what it is first, and Nhật ký gửi logs exactly that subject', () => {
    const emu = setUpEmulator();
    deliver(emu, '<ok@x>', table(), 'Bảng xếp loại tháng 9');
    deliver(emu, '<bad@x>', 'Xin gửi Văn phòng.', 'Gửi Văn phòng');
    emu.run('pollMailbox');
    expect(emu.mail.sent.map((m) => m.subject)).toEqual(['[Đã nhận] Re: Bảng xếp loại tháng 9', '[Chưa ghi nhận] Re: Gửi Văn phòng']);
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[4]])).toEqual([
      ['Xác nhận', '[Đã nhận] Re: Bảng xếp loại tháng 9'],
      ['Báo lỗi', '[Chưa ghi nhận] Re: Gửi Văn phòng'],
    ]);
  });

  test('a Báo lỗi lists the unit’s own chapters, carries its pre-filled form link, and says plainly when the file it mentions did not arrive', () => {
    const emu = setUpEmulator();
    deliver(emu, '<nofile@x>', 'Kính gửi Văn phòng Huyện đoàn,\nĐơn vị gửi kèm file bảng xếp loại Chi đoàn.\nTrân trọng.', 'Gửi kèm file xếp loại');
    deliver(emu, '<later@x>', 'Kính gửi Văn phòng Huyện đoàn, em xin gửi sau ạ.', 'Xếp loại');
    emu.run('pollMailbox');
    const [noFile, later] = emu.mail.sent;
    expect(noFile.subject).toBe('[Chưa ghi nhận] Re: Gửi kèm file xếp loại');
    const own = DEFAULT_CAMPAIGN.units.find((u) => u.id === 'tam-tra')!.chapters;
    const others = DEFAULT_CAMPAIGN.units.filter((u) => u.id !== 'tam-tra').flatMap((u) => u.chapters).filter((name) => !own.includes(name));
    for (const letter of [noFile, later]) {
      for (const name of own) expect(letter.body).toContain(`\n${name} |  |  |  |`);
      expect(others.filter((name) => letter.body.includes(`\n${name} |`))).toEqual([]);
      expect(letter.body).not.toMatch(/Tên Chi đoàn thứ|thôn [ABC] \|/);
      // The unit's own pre-filled link, as Đơn vị holds it.
      const link = String(emu.values('Đơn vị').find((r) => r[0] === 'tam-tra')?.at(-1));
      expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\/.*usp=pp_url/);
      expect(letter.body).toContain(`Điền biểu mẫu trực tuyến dành riêng cho đơn vị: ${link}`);
      expect(letter.body).not.toMatch(/\bHãy\b/i);
    }
    expect(noFile.body).toContain('Thư của đơn vị có nêu gửi kèm tệp, nhưng Văn phòng Huyện đoàn không nhận được tệp đính kèm nào.');
    expect(noFile.body).toContain('Đề nghị đơn vị gửi lại thư và đính kèm tệp bảng xếp loại, hoặc điền biểu mẫu trực tuyến');
    expect(later.body).not.toContain('không nhận được tệp');
  });

  test('a subject of 250 characters stays within the limit, and an empty one takes the letter\'s own', () => {
    const emu = setUpEmulator();
    deliver(emu, '<long@x>', table(), 'B'.repeat(300));
    deliver(emu, '<empty@x>', table(), '');
    emu.run('pollMailbox');
    const [long, empty] = emu.mail.sent.map((m) => m.subject);
    expect(long.startsWith('[Đã nhận] Re: BBB')).toBe(true);
    expect(long).toHaveLength(250);
    expect(empty).toBe('[Đã nhận] [Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – Đoàn xã Tam Trà');
  });

  test('a failure at any service call of a poll, then polling again: one receipt, its outbox row kept', () => {
    const scenario = () => {
      const emu = setUpEmulator();
      deliver(emu, '<once@x>', table());
      emu.calls.reset();
      return emu;
    };
    const observable = (emu: Emulator) => ({
      log: emu.values('Nhật ký nhận').slice(1).map((r) => r.slice(1, 6)),
      outbox: emu.values('Nhật ký gửi').slice(1).map((r) => r.slice(1, 7)),
      sent: emu.mail.sent.map((m) => [m.to, m.subject]),
    });
    const clean = scenario();
    clean.run('pollMailbox');
    const expected = observable(clean);
    expect(expected.sent).toEqual([[TAM_TRA, '[Đã nhận] Re: Bảng xếp loại Chi đoàn']]);
    const replyCall = clean.calls.log.indexOf('GmailMessage.reply');
    expect(replyCall).toBeGreaterThan(0);
    // The reply leaves the thread (its subject differs), so its `Đang gửi` row is the guard: a run
    // that dies after the letter went and before its outcome was written leaves that row, counted as sent.
    const unconfirmed = { ...expected, outbox: expected.outbox.map((row) => [...row.slice(0, 5), 'Đang gửi']) };
    const failures: { index: number; call: string; got: string }[] = [];
    for (let index = 0; index < clean.calls.total(); index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      try {
        emu.run('pollMailbox');
      } catch {
        // failed visibly
      }
      emu.faults.clear();
      emu.run('pollMailbox');
      const got = JSON.stringify(observable(emu));
      if (!(got === JSON.stringify(expected) || (index > replyCall && got === JSON.stringify(unconfirmed)))) failures.push({ index, call: clean.calls.log[index], got });
    }
    expect(failures).toEqual([]);
  });
});

describe('the signature of the letters', () => {
  test('setup says when letters would go signed with the sample name', () => {
    const emu = newEmulator();
    const outcome = emu.run('setupFromCampaign_', '') as { kind: string; signerWarning: string | null };
    expect(outcome.signerWarning).toContain('Người ký thư "Nguyễn Văn Bình (mẫu)" là tên mẫu');
    expect(outcome.signerWarning).toContain('Đề nghị thay bằng họ tên người ký thật');
  });

  test('a campaign without a signer name: setup warns that letters end unsigned', () => {
    const emu = newEmulator();
    const campaign = { ...DEFAULT_CAMPAIGN, signer: { title: 'Phó Bí thư Thường trực', name: '' } };
    const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; signerWarning: string | null };
    expect(outcome.kind).toBe('created');
    expect(outcome.signerWarning).toContain('không có chữ ký');
    const signed = newEmulator().run('setupFromCampaign_', JSON.stringify({ ...campaign, signer: { title: 'Phó Bí thư Thường trực', name: 'Phan Thị Hoa' } })) as { signerWarning: string | null };
    expect(signed.signerWarning).toBeNull();
  });
});
