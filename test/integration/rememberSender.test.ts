import type { ReviewOutcome } from '../../src/app/intake/review';
import { inputMessages } from '../../src/app/sidebar/sidebarMessages';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator, snapshot } from './harness';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const CLERK = { user: 'thuky@example.org' };
const HAI_TABLE = 'ĐOÀN XÃ TAM HẢI\n1. Chi đoàn thôn Thuận An: năm 2015 Khá; 6 tháng đầu năm 2016 Khá';
const NEW_ADDRESS = 'bithu.tamhai@gmail.com';

function deliver(emu: Emulator, from: string, messageId: string, text = HAI_TABLE): void {
  emu.gmail.deliver(buildEmlText({ from, to: OFFICE, subject: 'Bảng xếp loại Chi đoàn', messageId, text, date: 'Thu, 8 Sep 2016 09:20:00 +0700' }));
}

/** Tam Hải's secretary writes from a personal address the office does not know yet. */
function waiting(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user], now: '2016-09-08T09:00:00+07:00' });
  deliver(emu, `Bí thư Tam Hải <Bithu.TamHai+doan@Gmail.com>`, '<hai-1@x>');
  emu.run('pollMailbox');
  expect(statusOf(emu, '<hai-1@x>')).toBe('Chờ xem xét');
  return emu;
}

const statusOf = (emu: Emulator, id: string) => emu.values('Nhật ký nhận').find((row) => row[3] === id)?.[5];
const emailsOf = (emu: Emulator, unitId: string) => {
  const [header, ...rows] = emu.values('Đơn vị');
  return rows.find((row) => row[0] === unitId)![header.indexOf('Email')];
};

describe('"Ghi nhớ địa chỉ này cho đơn vị" when assigning a message in review (assignReview)', () => {
  test("adds the sender's address to the unit's emails, so its next message is recorded without review", () => {
    const emu = waiting();
    const before = emailsOf(emu, 'tam-hai');
    const outcome = emu.run('assignReview', '<hai-1@x>', 'tam-hai', true) as ReviewOutcome;
    expect(outcome).toEqual({
      ok: true,
      status: 'Đã ghi',
      remembered: `Đã thêm địa chỉ ${NEW_ADDRESS} vào email của Đoàn xã Tam Hải trong trang Đơn vị: thư sau từ địa chỉ này sẽ được ghi ngay.`,
    });
    expect(emailsOf(emu, 'tam-hai')).toBe(`${before}, ${NEW_ADDRESS}`);
    // The receipt answers the message itself.
    expect(emu.mail.sent.at(-1)!.to).toContain('Bithu.TamHai+doan@Gmail.com');
    deliver(emu, `Bí thư Tam Hải <${NEW_ADDRESS}>`, '<hai-2@x>');
    emu.run('pollMailbox');
    expect(statusOf(emu, '<hai-2@x>')).toBe('Đã ghi');
    // Only that address: another unknown sender still waits for review.
    deliver(emu, `Người lạ <nguoila@gmail.com>`, '<hai-3@x>');
    emu.run('pollMailbox');
    expect(statusOf(emu, '<hai-3@x>')).toBe('Chờ xem xét');
  });

  test('without the option nothing changes in Đơn vị; an address of another unit is refused with nothing done', () => {
    const emu = waiting();
    const before = emailsOf(emu, 'tam-hai');
    deliver(emu, 'Đoàn xã Tam Trà <doan.tamtra@example.org>', '<tra-about-hai@x>');
    emu.run('pollMailbox');
    expect(statusOf(emu, '<tra-about-hai@x>')).toBe('Chờ xem xét');
    const untouched = snapshot(emu);
    expect(emu.run('assignReview', '<tra-about-hai@x>', 'tam-hai', true)).toEqual({
      ok: false,
      error: 'Chưa giao và chưa ghi nhớ: địa chỉ doan.tamtra@example.org đang là email của Đoàn xã Tam Trà. Đề nghị bỏ chọn “Ghi nhớ địa chỉ này cho đơn vị”, hoặc sửa trang Đơn vị trước nếu địa chỉ đã đổi chủ.',
    });
    expect(snapshot(emu)).toEqual(untouched);
    expect(emu.run('assignReview', '<hai-1@x>', 'tam-hai', false)).toEqual({ ok: true, status: 'Đã ghi' });
    expect(emailsOf(emu, 'tam-hai')).toBe(before);
    expect(() => emu.run('assignReview', '<hai-1@x>', 'tam-hai', 'có')).toThrow(inputMessages.remember);
  });

  test("a clerk with their own account: the address is remembered at once, the assignment waits for the office's poll", () => {
    const emu = waiting();
    const outcome = emu.runAs(CLERK, 'assignReview', '<hai-1@x>', 'tam-hai', true) as ReviewOutcome;
    expect(outcome).toMatchObject({ ok: true, status: 'Chờ xem xét', remembered: expect.stringContaining(`Đã thêm địa chỉ ${NEW_ADDRESS}`) });
    expect(String(emailsOf(emu, 'tam-hai'))).toContain(NEW_ADDRESS);
    emu.run('pollMailbox');
    expect(statusOf(emu, '<hai-1@x>')).toBe('Đã ghi');
  });
});
