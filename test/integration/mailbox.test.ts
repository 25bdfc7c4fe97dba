import { buildDocx } from '../fixtures/docx';
import { buildEmlText } from '../fixtures/eml';
import { gmailBody, gmailForward, htmlTable } from '../fixtures/html';
import { encodeTcvn3 } from '../fixtures/legacy';
import { readFileSync } from 'node:fs';
import { BUNDLE, newEmulator, setUpEmulator, snapshot } from './harness';
import type { Emulator } from '../../local/emulator';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';

function tableText(title = 'ĐOÀN XÃ TAM TRÀ', extra = ''): string {
  return [
    title,
    'Bảng xếp loại Chi đoàn',
    '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
    '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
    '3. Chi đoàn thôn Suối Đá: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
    'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
    'Đăng ký hỗ trợ: Chi đoàn thôn Đồng Làng',
    extra,
  ].join('\n');
}

/** `auth`: the receiving server's verdict, when not the emulator's aligned pass for the sender. */
function deliver(emu: Emulator, options: { from?: string; messageId: string; text: string; auth?: string; date?: string }): void {
  emu.gmail.deliver(
    buildEmlText({
      from: options.from ?? TAM_TRA,
      to: OFFICE,
      messageId: options.messageId,
      date: options.date ?? 'Mon, 5 Sep 2016 08:15:00 +0700',
      text: options.text,
    }),
    { authentication: options.auth },
  );
}

/** Runs the poll by hand at the setup's instant (the installed trigger would fire it as the clock moves). */
function poll(emu: Emulator): void {
  emu.run('pollMailbox');
}

describe('the district mailbox (pollMailbox)', () => {
  test('setup installs the 10-minute poll once', () => {
    const emu = setUpEmulator();
    emu.run('setupFromCampaign_', '');
    const polls = emu.triggers().filter((t) => t.handler === 'pollMailbox');
    expect(polls).toHaveLength(1);
  });

  test('a unit table is logged, written to its tab, status and summary, labelled and confirmed', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<m1@example.org>', text: tableText() });
    poll(emu);
    const log = emu.values('Nhật ký nhận');
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 6)).toEqual(['Email', TAM_TRA, '<m1@example.org>', 'Đoàn xã Tam Trà', 'Đã ghi']);
    const tab = emu.values('Tam Trà');
    expect(tab[1].slice(0, 5)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh']);
    expect(tab[2].slice(0, 5)).toEqual(['Chi đoàn thôn Đồng Làng', '', 'Yếu', 'Trung bình', 'Hỗ trợ']);
    const added = tab.at(-1)!;
    expect(added.slice(0, 4)).toEqual(['Chi đoàn thôn Suối Đá', '', 'Khá', 'Khá']);
    expect(added[5]).toBe('Email TT-2608-01 (Chi đoàn mới)');
    const unitRow = emu.values('Đơn vị').find((r) => r[0] === 'tam-tra')!;
    expect(unitRow.slice(8, 10)).toEqual(['Còn thiếu (3/6): Chi đoàn thôn Tú Nghĩa; Chi đoàn thôn Phước Trà; Chi đoàn thôn Dương Trà', 'Còn thiếu (3/6): Chi đoàn thôn Tú Nghĩa; Chi đoàn thôn Phước Trà; Chi đoàn thôn Dương Trà']);
    expect(unitRow[10]).toBe('Hợp lệ');
    const summary = emu.values('Tổng hợp').find((r) => r[1] === 'Đoàn xã Tam Trà')!;
    // Số Chi đoàn, then năm 2015: Vững mạnh 1 (1/6), Khá 1, Trung bình 0, Yếu 1, 3 unrated.
    expect(summary.slice(3, 14)).toEqual([6, '', 1, 1 / 6, 1, 1 / 6, 0, 0, 1, 1 / 6, 3]);
    const replies = emu.mail.sent;
    expect(replies).toHaveLength(1);
    expect(replies[0].to).toContain('doan.tamtra@example.org');
    expect(replies[0].body).toContain('Số hiệu: TT-2608-01.');
    expect(replies[0].body).not.toContain('<m1@example.org>');
    expect(emu.values('Nhật ký gửi')[1].slice(1, 5)).toEqual(['Xác nhận', TAM_TRA, '', replies[0].subject]);
    expect(replies[0].subject).toBe('[Đã nhận] Re: Bảng xếp loại Chi đoàn');
  });

  test('unknown sender and failed authentication wait for review; nothing is written, no reply', () => {
    const emu = setUpEmulator();
    const before = snapshot(emu)['Tam Trà'];
    deliver(emu, { from: 'la@gmail.com', messageId: '<m2@x>', text: tableText() });
    deliver(emu, { messageId: '<m3@x>', text: tableText(), auth: 'mx.google.com; spf=fail smtp.mailfrom=doan.tamtra@example.org' });
    deliver(emu, { messageId: '<m4@x>', text: tableText('ĐOÀN XÃ TAM SƠN') });
    poll(emu);
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => r[5])).toEqual(['Chờ xem xét', 'Chờ xem xét', 'Chờ xem xét']);
    expect(emu.values('Tam Trà')).toEqual(before);
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('an unreadable message is an error with a Báo lỗi reply', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<m5@x>', text: 'Kính gửi Huyện đoàn, em xin gửi sau ạ.' });
    poll(emu);
    expect(emu.values('Nhật ký nhận')[1][5]).toBe('Lỗi');
    expect(emu.values('Nhật ký gửi')[1][1]).toBe('Báo lỗi');
    expect(emu.mail.sent).toHaveLength(1);
  });

  test('polling again changes nothing; the same Message-ID in another message is Trùng', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<m6@x>', text: tableText() });
    poll(emu);
    const after = snapshot(emu);
    emu.run('pollMailbox');
    expect(snapshot(emu)).toEqual(after);
    deliver(emu, { messageId: '<m6@x>', text: tableText(), date: 'Tue, 6 Sep 2016 08:15:00 +0700' });
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    expect(log.slice(1).map((r) => r[5])).toEqual(['Đã ghi', 'Trùng']);
    expect(emu.values('Tam Trà')).toEqual(after['Tam Trà']);
    expect(emu.mail.sent).toHaveLength(1);
  });

  test('Spreadsheet calls per message do not depend on the message count', () => {
    const count = (messages: number) => {
      const emu = setUpEmulator();
      for (let i = 0; i < messages; i++) deliver(emu, { messageId: `<c${i}@x>`, text: tableText() });
      emu.calls.reset();
      emu.run('pollMailbox');
      return emu.calls.total('Spreadsheet');
    };
    // Messages go in batches (one lock hold, the logs, Đơn vị and Tổng hợp written once each): each
    // message adds its tab's read and write, and a new batch its few writes. Measured: 1 → 39,
    // 3 → 47, 5 → 68, 13 → 126 (about 7 a message).
    const one = count(1);
    for (const messages of [3, 5, 13]) expect(count(messages) - one).toBeLessThanOrEqual((messages - 1) * 10);
  });

  test('a Word table typed in .VnTime (TCVN3) is converted and recorded', () => {
    const emu = setUpEmulator();
    const t = (text: string) => encodeTcvn3(text);
    const docx = buildDocx(
      [
        [t('TT'), t('Tên Chi đoàn'), t('Xếp loại năm 2015'), t('Xếp loại 6 tháng đầu năm 2016')],
        ['1', t('Chi đoàn Xuân Thọ'), t('Vững mạnh'), t('Khá')],
        ['2', t('Chi đoàn thôn Dương Trà'), t('Yếu'), t('Trung bình')],
      ],
      { normalFont: '.VnTime', before: [[{ text: encodeTcvn3('ĐOÀN XÃ TAM TRÀ', true), font: '.VnTimeH' }]] },
    );
    emu.gmail.deliver(
      buildEmlText({
        from: TAM_TRA,
        to: OFFICE,
        messageId: '<w1@x>',
        text: 'Kính gửi Huyện đoàn, đơn vị gửi bảng xếp loại đính kèm.',
        attachments: [{ name: 'Bảng xếp loại Tam Trà.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docx }],
      }),
    );
    poll(emu);
    const tab = emu.values('Tam Trà');
    expect(tab[1].slice(0, 4)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá']);
    expect(tab.find((r) => r[0] === 'Chi đoàn thôn Dương Trà')!.slice(2, 4)).toEqual(['Yếu', 'Trung bình']);
    expect(emu.values('Nhật ký nhận')[1][7]).toContain('Bảng xếp loại Tam Trà.docx (');
    expect(emu.values('Nhật ký nhận')[1][5]).toBe('Đã ghi');
  });

  test('an HTML-only forwarded table is read from the forwarded part', () => {
    const emu = setUpEmulator();
    const table = htmlTable([
      ['STT', 'Tên Chi đoàn', 'Năm 2015', '6 tháng đầu năm 2016'],
      ['1', 'Chi đoàn thôn Đồng Làng', 'Khá', 'Vững mạnh'],
    ]);
    const html = gmailForward(gmailBody(['Em chuyển tiếp bảng của Đoàn xã ạ.']), gmailBody(['ĐOÀN XÃ TAM TRÀ'], table));
    emu.gmail.deliver(buildEmlText({ from: TAM_TRA, to: OFFICE, messageId: '<h1@x>', html }));
    poll(emu);
    expect(emu.values('Nhật ký nhận')[1][5]).toBe('Đã ghi');
    expect(emu.values('Tam Trà').find((r) => r[0] === 'Chi đoàn thôn Đồng Làng')!.slice(2, 4)).toEqual(['Khá', 'Vững mạnh']);
  });

  test('a poll near the execution limit stops and the next run continues', () => {
    const emu = setUpEmulator();
    emu.setMsPerCall(2_000);
    for (let i = 0; i < 6; i++) deliver(emu, { messageId: `<t${i}@x>`, text: tableText() });
    emu.run('pollMailbox');
    const first = emu.values('Nhật ký nhận').length - 1;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(6);
    while (emu.values('Nhật ký nhận').length - 1 < 6) emu.run('pollMailbox');
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => r[5])).toEqual(Array(6).fill('Đã ghi'));
    expect(emu.mail.sent).toHaveLength(6);
  });
});


describe('a later message from the same unit', () => {
  test('overrides the ratings of the chapters it names; the log keeps both', () => {
    const emu = setUpEmulator();
    deliver(emu, { messageId: '<o1@x>', text: tableText() });
    emu.run('pollMailbox');
    deliver(emu, { messageId: '<o2@x>', date: 'Tue, 6 Sep 2016 08:15:00 +0700', text: 'ĐOÀN XÃ TAM TRÀ\n1. Chi đoàn Xuân Thọ: năm 2015 Khá; 6 tháng đầu năm 2016 Khá\n' });
    emu.run('pollMailbox');
    const tab = emu.values('Tam Trà');
    expect(tab[1].slice(0, 6)).toEqual(['Chi đoàn Xuân Thọ', '', 'Khá', 'Khá', 'Xây dựng Chi đoàn mạnh', 'Email TT-2608-02']);
    expect(tab[2].slice(2, 5)).toEqual(['Yếu', 'Trung bình', 'Hỗ trợ']);
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => [r[3], r[5]])).toEqual([
      ['<o1@x>', 'Đã ghi'],
      ['<o2@x>', 'Đã ghi'],
    ]);
  });
});

describe('the office reviews a message', () => {
  test('a message that came without a Message-ID is keyed by its Gmail id, and review finds it by that id', () => {
    const emu = setUpEmulator('', { editors: ['thuky@example.org'] });
    const raw = buildEmlText({ from: 'Bí thư mới <bithu.moi@gmail.com>', to: OFFICE, messageId: '<drop@x>', date: 'Mon, 5 Sep 2016 08:15:00 +0700', text: tableText() });
    const withoutId = raw.replace(/^Message-ID: <drop@x>\r?\n/im, '');
    expect(withoutId).not.toMatch(/Message-ID/i);
    const { id } = emu.gmail.deliver(withoutId);
    emu.run('pollMailbox');
    const key = `gmail:${id}`;
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => [r[3], r[5]])).toEqual([[key, 'Chờ xem xét']]);
    expect(emu.run('assignReview', key, 'tam-tra')).toEqual({ ok: true, status: 'Đã ghi' });
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => [r[3], r[4], r[5]])).toEqual([[key, 'Đoàn xã Tam Trà', 'Đã ghi']]);
  });

  test('assigning an unknown sender\'s table to a unit applies and confirms it; rejecting closes it', () => {
    const emu = setUpEmulator('', { editors: ['thuky@example.org'] });
    deliver(emu, { from: 'Bí thư mới <bithu.moi@gmail.com>', messageId: '<r1@x>', text: tableText() });
    deliver(emu, { from: 'la@gmail.com', messageId: '<r2@x>', text: tableText() });
    emu.run('pollMailbox');
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => r[5])).toEqual(['Chờ xem xét', 'Chờ xem xét']);
    expect(() => emu.runAs({ user: 'stranger@example.org' }, 'assignReview', '<r1@x>', 'tam-tra')).toThrow('Bạn chưa có quyền');
    // The office account at the keyboard: done at once (a clerk's decision waits for its poll: officeActions.test.ts).
    expect(emu.run('assignReview', '<r1@x>', 'tam-tra')).toEqual({ ok: true, status: 'Đã ghi' });
    expect(emu.run('rejectReview', '<r2@x>', 'Không rõ người gửi')).toEqual({ ok: true, status: 'Đã từ chối' });
    const log = emu.values('Nhật ký nhận').slice(1);
    expect(log.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['<r1@x>', 'Đoàn xã Tam Trà', 'Đã ghi'],
      ['<r2@x>', '', 'Đã từ chối'],
    ]);
    expect(emu.values('Tam Trà')[1].slice(2, 4)).toEqual(['Vững mạnh', 'Khá']);
    expect(emu.mail.sent.map((m) => m.to)).toEqual([expect.stringContaining('bithu.moi@gmail.com'), expect.stringContaining('la@gmail.com')]);
    const rejection = emu.mail.sent[1];
    expect(rejection.subject).toBe('[Chưa ghi nhận] Re: Bảng xếp loại Chi đoàn');
    expect(rejection.body).toContain('Kính gửi: Người gửi thư từ địa chỉ la@gmail.com');
    expect(rejection.body).toContain('Lý do: Không rõ người gửi');
    expect(rejection.body).not.toContain('chưa ghi nhận được nội dung');
    // The outbox says exactly what went out: the recipients and the subject of each reply.
    expect(emu.values('Nhật ký gửi').slice(1).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['Xác nhận', emu.mail.sent[0].to, emu.mail.sent[0].subject, 'Xác nhận|<r1@x>'],
      ['Báo lỗi', 'la@gmail.com', '[Chưa ghi nhận] Re: Bảng xếp loại Chi đoàn', 'Báo lỗi|<r2@x>'],
    ]);
    expect(emu.mail.sent[0].subject).toBe('[Đã nhận] Re: Bảng xếp loại Chi đoàn');
    expect(emu.run('assignReview', '<r1@x>', 'tam-tra')).toMatchObject({ ok: false });
    expect(emu.run('rejectReview', '<r2@x>', 'lần nữa')).toMatchObject({ ok: false });
    expect(emu.runAs({ user: 'thuky@example.org' }, 'assignReview', '<r1@x>', 'tam-tra')).toMatchObject({ ok: false });
    expect(emu.mail.sent).toHaveLength(2);
  });

  test('a message left half-done is resumed from the log even after someone labelled its thread by hand', () => {
    const code = `${readFileSync(BUNDLE, 'utf8')}
function labelEverythingByHand() {
  var label = GmailApp.createLabel('Đi cơ sở/Đã xử lý');
  GmailApp.search('in:inbox').forEach(function (t) { t.addLabel(label); });
}`;
    const emu = newEmulator({ code });
    emu.run('setupFromCampaign_', '');
    deliver(emu, { messageId: '<h1@x>', text: tableText() });
    emu.faults.failOn('GmailMessage.reply');
    // The failed reply is this message's failed try (issue 14): counted on its row, the poll goes on.
    poll(emu);
    expect(emu.values('Nhật ký nhận')[1][5]).toBe('Đang xử lý');
    expect(emu.values('Nhật ký nhận')[1][6]).toMatch(/lần thử 1\/3/);
    emu.run('labelEverythingByHand');
    poll(emu);
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => [r[3], r[5]])).toEqual([['<h1@x>', 'Đã ghi']]);
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.values('Tam Trà')[1].slice(2, 4)).toEqual(['Vững mạnh', 'Khá']);
  });
});
