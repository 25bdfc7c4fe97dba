import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/**
 * A unit that sends counts ("5 Chi đoàn vững mạnh, 4 khá") instead of its chapters gets a
 * Báo lỗi saying the office needs each chapter's rating, with the unit's own chapters to rate.
 */
describe('counts instead of chapters (issue 15)', () => {
  test('nothing is written; the reply lists the unit’s chapters to rate one by one', () => {
    const emu = setUpEmulator();
    const before = emu.values('Tam Trà');
    emu.gmail.deliver(
      buildEmlText({
        from: 'Đoàn xã Tam Trà <doan.tamtra@example.org>',
        to: 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>',
        messageId: '<counts@example.org>',
        date: 'Mon, 5 Sep 2016 08:15:00 +0700',
        text: 'Năm 2015 Đoàn xã Tam Trà có 2 Chi đoàn vững mạnh, 3 Chi đoàn khá, 1 Chi đoàn yếu. Danh sách gửi sau.',
      }),
    );
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận')[1];
    expect(log[5]).toBe('Lỗi');
    expect(String(log[6])).toContain('Văn phòng cần xếp loại của từng Chi đoàn, ghi theo tên');
    expect(emu.values('Tam Trà')).toEqual(before);
    expect(emu.mail.sent).toHaveLength(1);
    const body = emu.mail.sent[0].body;
    const chapters = before.slice(1).map((row) => String(row[0]));
    expect(chapters.length).toBeGreaterThan(0);
    for (const name of chapters) expect(body).toContain(`${name} |`);
    expect(body).toContain('đề nghị ghi xếp loại của từng Chi đoàn theo tên');
    expect(body).not.toContain('chỉ là ví dụ');
  });
});
