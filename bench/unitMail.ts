import type { Campaign } from '../src/domain/campaign';
import { buildEmlText } from '../test/fixtures';

/**
 * A unit's table as a plain-text email body, from the unit's own address (delivered, it gets the
 * emulated Gmail's aligned authentication pass): every chapter rated, the first built, the last supported. `day` and `round`
 * make each sending a message of its own (Message-ID, Date).
 */
export function unitTableEmail(campaign: Campaign, unitIndex: number, at: { minute: number; day?: number; round?: number }): string {
  const unit = campaign.units[unitIndex];
  const { minute, day = 5, round = 0 } = at;
  const lines = [
    unit.name.toUpperCase(),
    'Bảng xếp loại Chi đoàn',
    ...unit.chapters.map((chapter, i) => `${i + 1}. ${chapter}: năm 2015 Khá; 6 tháng đầu năm 2016 Vững mạnh`),
    `Đăng ký xây dựng Chi đoàn mạnh: ${unit.chapters[0]}`,
    `Đăng ký hỗ trợ: ${unit.chapters[unit.chapters.length - 1]}`,
  ];
  const address = unit.emails[0];
  return buildEmlText({
    from: `${unit.name} <${address}>`,
    to: `${campaign.office} <${campaign.officeEmail}>`,
    messageId: `<bench-${unit.id}-${day}-${round}@example.org>`,
    date: `Mon, ${day} Sep 2016 ${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00 +0700`,
    text: lines.join('\n'),
  });
}
