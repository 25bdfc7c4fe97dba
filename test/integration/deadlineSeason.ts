import { readFileSync } from 'node:fs';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Campaign } from '../../src/domain/campaign';
import { buildEmlText } from '../fixtures/eml';
import { BUNDLE, newEmulator } from './harness';
import type { Emulator, SentMail } from '../../local/emulator';

export const OFFICE = DEFAULT_CAMPAIGN.officeEmail;

/** Four units of the 2016 plan: one completes early, one never, one late, one with an invalid registration. */
export function smallCampaign(ids = ['tam-tra', 'tam-son', 'tam-xuan-1', 'tam-tien']): Campaign {
  return { ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ids.includes(u.id)), pilots: DEFAULT_CAMPAIGN.pilots.filter((p) => ids.includes(p.unit)) };
}

export function unitOf(campaign: Campaign, id: string) {
  const unit = campaign.units.find((u) => u.id === id);
  if (!unit) throw new Error(id);
  return unit;
}

/** Every chapter rated for both periods; the first built, the last supported unless `support` is false. */
export function fullTable(campaign: Campaign, id: string, options: { support?: boolean } = {}): string {
  const unit = unitOf(campaign, id);
  const lines = unit.chapters.map((name, i) => `${i + 1}. ${name}: năm 2015 ${i === 0 ? 'Vững mạnh' : 'Khá'}; 6 tháng đầu năm 2016 ${i === unit.chapters.length - 1 ? 'Yếu' : 'Khá'}`);
  lines.push(`Đăng ký xây dựng Chi đoàn mạnh: ${unit.chapters[0]}`);
  if (options.support !== false) lines.push(`Đăng ký hỗ trợ: ${unit.chapters[unit.chapters.length - 1]}`);
  return [unit.name.toUpperCase(), 'Bảng xếp loại Chi đoàn', ...lines].join('\n');
}

export function sendTable(emu: Emulator, campaign: Campaign, id: string, messageId: string, options: { support?: boolean } = {}): void {
  emu.gmail.deliver(buildEmlText({ from: unitOf(campaign, id).emails[0], to: OFFICE, messageId, text: fullTable(campaign, id, options) }));
}

/**
 * The bundle plus two helpers a person would do by hand in the script editor: stop the daily
 * check (a day it does not fire) — setup reinstalls it.
 */
export function emulatorWithHands(options: { now?: string; mailQuota?: number } = {}): Emulator {
  const code = `${readFileSync(BUNDLE, 'utf8')}
function stopDeadlineChecks() {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getHandlerFunction() === 'checkDeadlines') ScriptApp.deleteTrigger(t); });
}`;
  return newEmulator({ code, ...(options.now ? { now: options.now } : {}), ...(options.mailQuota ? { mailQuota: options.mailQuota } : {}) });
}

export function setUp(emu: Emulator, campaign: Campaign): void {
  const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string };
  if (outcome.kind !== 'created') throw new Error(JSON.stringify(outcome));
}

/** `dd/MM HH:mm` in Hồ Chí Minh, for reading a schedule at a glance. */
export function localStamp(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The deadline letters (not the replies to received mail), as `dd/MM kind → recipient`. */
export function notices(sent: readonly SentMail[]): string[] {
  return sent
    .filter((m) => !/^\[(Đã nhận|Chưa ghi nhận)\] /.test(m.subject))
    .map((m) => `${localStamp(m.date).slice(0, 5)} ${kindOf(m.subject)} → ${m.to}${m.cc ? ` (cc ${m.cc})` : ''}`);
}

function kindOf(subject: string): string {
  if (subject.includes('Nhắc hạn')) return 'Nhắc hạn';
  if (subject.includes('Quá hạn')) return 'Quá hạn';
  if (subject.includes('Tổng hợp')) return 'Tổng hợp';
  return subject;
}
