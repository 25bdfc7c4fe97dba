import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../local/emulator';
import { toEml } from '../../local/emulator/eml';
import { parseCampaignJson, type Campaign } from '../../src/domain/campaign';
import { buildEmlText } from '../fixtures/eml';
import { BUNDLE } from './harness';

/**
 * Two offices, two emulators, one bundle: a commune office (Đoàn xã Núi Thành, since 1/7/2025)
 * collects from its own chapters and reports up; the city office (Thành Đoàn Đà Nẵng, the 2026
 * example) receives that report by email and records it as the commune's table, so its dashboard
 * shows the commune complete without anyone retyping it.
 */
const cityJson = readFileSync(join(__dirname, '../../examples/campaign-2026.json'), 'utf8');
const parsed = parseCampaignJson(cityJson);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const city: Campaign = parsed.campaign;
const communeInCity = city.units.find((u) => u.id === 'nui-thanh')!;
const COMMUNE_EMAIL = communeInCity.emails[0]!;

/** The commune's own campaign: its chapters are its units, each sending its own line. */
const commune: Campaign = {
  ...city,
  name: 'Xếp loại Chi đoàn năm 2025 và 6 tháng đầu năm 2026 của Đoàn xã Núi Thành',
  office: 'Đoàn xã Núi Thành',
  parent: city.office,
  parentEmail: city.officeEmail,
  officeEmail: COMMUNE_EMAIL,
  cadres: [{ id: 'cb-xa', name: 'Lê Thị Sáu (mẫu)', role: 'Phó Bí thư Đoàn xã', email: 'le.thi.sau@example.org' }],
  units: communeInCity.chapters.map((chapter, i) => ({
    id: `kp-${i + 1}`,
    name: chapter,
    short: `Khối phố ${i + 1}`,
    kind: 'direct' as const,
    cluster: i < 4 ? 'Cụm Bắc' : 'Cụm Nam',
    emails: [`khoipho${i + 1}@example.org`],
    secretary: `Bí thư ${i + 1}`,
    cadre: 'cb-xa',
    chapters: [chapter],
  })),
  pilots: [],
};

const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];
const ict = (iso: string) => new Date(`${iso}+07:00`);

function chapterMail(unit: Campaign['units'][number], i: number, at: Date): string {
  const [chapter] = unit.chapters;
  const line = `1. ${chapter}: năm 2025 ${RATINGS[i % 4]}; 6 tháng đầu năm 2026 ${RATINGS[(i + 1) % 4]}`;
  const registration = i === 0 ? `Đăng ký xây dựng Chi đoàn mạnh: ${chapter}` : i === 7 ? `Đăng ký hỗ trợ: ${chapter}` : '';
  return buildEmlText({
    from: `${unit.name} <${unit.emails[0]}>`,
    to: COMMUNE_EMAIL,
    subject: `Xếp loại ${unit.short}`,
    messageId: `<kp-${i}@example.org>`,
    date: at.toUTCString(),
    text: [unit.name.toUpperCase(), 'Bảng xếp loại Chi đoàn', line, registration].filter(Boolean).join('\n'),
  });
}

function office(user: string, campaign: Campaign, now: Date): Emulator {
  const emu = createEmulator({ bundlePath: BUNDLE, now: now.toISOString(), user, workspace: true });
  const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string };
  if (outcome.kind !== 'created') throw new Error(JSON.stringify(outcome));
  return emu;
}

describe('roll-up between two offices running the product', () => {
  test('the commune reports up; the city records its chapters and shows the commune complete', () => {
    // The commune office collects from its eight chapters, then makes and sends its report.
    const lower = office(COMMUNE_EMAIL, commune, ict('2026-09-07T08:00:00'));
    commune.units.forEach((unit, i) => lower.gmail.deliver(chapterMail(unit, i, ict(`2026-09-08T08:0${i}:00`))));
    lower.clock.advanceTo(ict('2026-09-08T10:00:00'));
    expect((lower.run('makeReport', false) as { kind: string }).kind).toBe('created');
    expect((lower.run('sendReport', true) as { kind: string }).kind).toBe('sent');
    const report = lower.mail.sent.find((m) => m.to === city.officeEmail);
    expect(report).toBeDefined();

    // The city office: its mailbox receives the commune's report as the commune sent it.
    const upper = office(city.officeEmail, city, ict('2026-09-08T09:00:00'));
    upper.clock.advanceTo(ict('2026-09-08T11:00:00'));
    upper.gmail.deliver(toEml(report!, COMMUNE_EMAIL, city.timeZone));
    upper.clock.advanceTo(ict('2026-09-08T12:00:00'));

    const log = upper.values('Nhật ký nhận');
    const row = log.find((r) => String(r[2]).includes(COMMUNE_EMAIL));
    expect(row?.[5]).toBe('Đã ghi');
    expect(row?.[4]).toBe(communeInCity.name);
    // The commune's tab in the city workbook holds its chapters and ratings as the commune recorded them.
    const tab = upper.values(communeInCity.short);
    const header = tab.findIndex((r) => r.includes('Chi đoàn'));
    const rows = tab.slice(header + 1).filter((r) => String(r[0]).trim());
    expect(rows.map((r) => r[0])).toEqual(communeInCity.chapters);
    expect(rows[0]?.[2]).toBe(RATINGS[0]);
    expect(rows[7]?.[3]).toBe(RATINGS[0]);
    // The city's dashboard shows the commune complete.
    const dashboard = upper.run('getDashboard') as { units: { id: string; complete: boolean }[] };
    expect(dashboard.units.find((u) => u.id === communeInCity.id)?.complete).toBe(true);
    // And the commune got its receipt like any unit.
    expect(upper.mail.sent.some((m) => m.to.includes(COMMUNE_EMAIL) && m.subject.startsWith('[Đã nhận]'))).toBe(true);
  });
});
