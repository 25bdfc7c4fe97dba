import { resolve } from 'node:path';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Unit } from '../../src/domain/campaign';
import { demoMail, type Delivery } from '../../local/mailDrop';
import { runSeason } from '../../local/simulation';
import { rfc5322Date, type Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';

export const DIST = resolve(__dirname, '../../dist');
export const XSS_CHAPTER = '<img src=x onerror=alert(1)>';
export const UNKNOWN_SENDER_ID = '<demo-unknown@demo.example.org>';

const RATINGS = ['Vững mạnh', 'Khá', 'Khá', 'Trung bình', 'Yếu'];
const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';

/** A unit's table by email, every chapter rated, one to build and the lowest one supported. */
function tableMail(unit: Unit, at: Date, seed: number): Delivery {
  const rated = unit.chapters.map((chapter, i) => ({ chapter, a: RATINGS[(i + seed) % RATINGS.length], b: RATINGS[(i + seed + 1) % RATINGS.length] }));
  const lowest = rated.find((r) => r.b === 'Yếu' && r !== rated[0]) ?? rated[rated.length - 1];
  const text = [
    unit.name.toUpperCase(),
    'Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành',
    ...rated.map((r, i) => `${i + 1}. ${r.chapter}: năm 2015 ${r.a}; 6 tháng đầu năm 2016 ${r.b}`),
    `Đăng ký xây dựng Chi đoàn mạnh: ${rated[0].chapter}`,
    `Đăng ký hỗ trợ: ${lowest.chapter}`,
  ].join('\n');
  const raw = buildEmlText({
    from: `${unit.name} <${unit.emails[0]}>`,
    to: OFFICE,
    subject: `Bảng xếp loại Chi đoàn - ${unit.name}`,
    date: rfc5322Date(at, DEFAULT_CAMPAIGN.timeZone),
    messageId: `<e2e-${unit.id}@example.org>`,
    text,
  });
  return { name: `${unit.id}.eml`, raw: new Uint8Array(Buffer.from(raw, 'latin1')), at };
}

/** Units that send a complete table in the e2e season (beside the built-in demo mail). */
export const SENDERS = ['tt-nui-thanh', 'tam-xuan-1', 'tam-anh-nam', 'tam-hoa', 'tam-quang', 'tam-my-dong', 'thpt-nui-thanh'];

/**
 * The 2016 campaign from its start to 14/09/2016 (two days past the deadline): the demo mail
 * (Tam Trà complete, Tam Sơn partial, Tam Tiến unreadable, an unknown sender waiting for review)
 * plus a few complete tables, a chapter of Tam Hải renamed to markup typed by someone, and Tam
 * Tiến's form link removed.
 */
export function e2eSeason(): Emulator {
  const extra = SENDERS.map((id, i) =>
    tableMail(DEFAULT_CAMPAIGN.units.find((u) => u.id === id)!, new Date(`2016-09-${String(5 + i).padStart(2, '0')}T08:${String(10 + i * 7).padStart(2, '0')}:00+07:00`), i),
  );
  const mail = [...demoMail(), ...extra].sort((a, b) => a.at.getTime() - b.at.getTime());
  const { emu } = runSeason({ campaign: DEFAULT_CAMPAIGN, campaignJson: '', until: '2016-09-14', bundlePath: resolve(DIST, 'Code.js'), mail });
  emu.spreadsheet.getSheetByName('Tam Hải')!.getRange('A3').setValue(XSS_CHAPTER);
  // Tam Tiến has no form link (as before the form is built), to show the disabled copy button.
  const units = emu.values('Đơn vị');
  const column = units[0].indexOf('Biểu mẫu');
  const row = units.findIndex((r) => r[0] === 'tam-tien');
  if (column >= 0) emu.spreadsheet.getSheetByName('Đơn vị')!.getRange(row + 1, column + 1).setValue('');
  return emu;
}
