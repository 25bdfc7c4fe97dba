import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';
import type { RejectionPreview } from '../../src/app/intake/reviewRejection';
import type { ReviewQueue } from '../../src/app/sidebar/reviewQueue';
import { REJECTION_REASONS } from '../../src/app/messages';
import { inputMessages } from '../../src/app/sidebar/sidebarMessages';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const CLERK = { user: 'thuky@example.org' };
const TABLE = ['ĐOÀN XÃ TAM TRÀ', 'Bảng xếp loại Chi đoàn', '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá'].join('\n');

function season(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user] });
  const deliver = (from: string, messageId: string, text: string) =>
    emu.gmail.deliver(buildEmlText({ from, to: OFFICE, messageId, date: 'Mon, 5 Sep 2016 08:15:00 +0700', subject: 'Bảng xếp loại tháng 9', text }));
  // A new secretary's own address, the document naming Tam Trà; a stranger naming nobody.
  deliver('Bí thư mới <bithu.moi@gmail.com>', '<named@x>', TABLE);
  deliver('la@gmail.com', '<stranger@x>', 'Xin chào, cho hỏi lịch sinh hoạt hè.');
  emu.run('pollMailbox');
  return emu;
}

describe('"Từ chối" in the review queue: a reason, and the letter shown before it goes', () => {
  test('the default reason of a message naming a real unit does not say it is not from a unit', () => {
    const emu = season();
    const queue = emu.runAs(CLERK, 'getReviewQueue') as ReviewQueue;
    const byId = new Map(queue.items.map((item) => [item.messageId, item]));
    expect(byId.get('<named@x>')!.reasons[0]).toBe(REJECTION_REASONS.unregisteredAddress);
    expect(byId.get('<named@x>')!.reasons).not.toContain(REJECTION_REASONS.notAUnit);
    expect(byId.get('<stranger@x>')!.reasons[0]).toBe(REJECTION_REASONS.notAUnit);
  });

  test('a clerk sees the letter without anything being sent, and the office sends exactly that letter', () => {
    const emu = season();
    const reason = REJECTION_REASONS.unregisteredAddress;
    const preview = emu.runAs(CLERK, 'previewRejection', '<named@x>', reason) as RejectionPreview;
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.to).toContain('bithu.moi@gmail.com');
    expect(preview.text).toContain(`Lý do: ${reason}`);
    expect(preview.text).toContain('Bảng xếp loại tháng 9');
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => r[5])).toEqual(['Chờ xem xét', 'Chờ xem xét']);
    expect(emu.run('rejectReview', '<named@x>', reason)).toEqual({ ok: true, status: 'Đã từ chối' });
    expect(emu.mail.sent).toHaveLength(1);
    const [sent] = emu.mail.sent;
    expect(sent.subject).toBe(preview.subject);
    expect(sent.body).toBe(preview.text);
    expect(sent.htmlBody).toBe(preview.html);
    // Once decided there is nothing left to preview.
    expect(emu.runAs(CLERK, 'previewRejection', '<named@x>', reason)).toMatchObject({ ok: false });
  });

  test('a rejection needs a reason, typed or chosen', () => {
    const emu = season();
    expect(() => emu.runAs(CLERK, 'rejectReview', '<stranger@x>', '   ')).toThrow(inputMessages.reasonRequired);
    expect(() => emu.runAs(CLERK, 'previewRejection', '<stranger@x>', '')).toThrow(inputMessages.reasonRequired);
    expect(emu.values('Nhật ký nhận').slice(1).map((r) => r[5])).toEqual(['Chờ xem xét', 'Chờ xem xét']);
  });
});
