/**
 * The daily operations measured at a campaign size (`npx tsx bench/opsScale.ts 23 170`, after
 * `npm run build`): calls by service, the floor of bench/floors.ts, calls ÷ floor and modelled
 * seconds, under the planning costs. The workbook is set up beforehand with free calls (setup is
 * measured elsewhere), and the time-driven triggers are removed so that each operation runs alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../local/emulator';
import { campaignOfSize } from '../test/fixtures/campaigns';
import { buildEmlText } from '../test/fixtures';
import { answerFor } from '../test/integration/formHarness';
import type { Campaign } from '../src/domain/campaign';
import { floorOf, type Operation } from './floors';

const BUNDLE = join(__dirname, '../dist/Code.js');
/** Services whose calls take time under the planning costs: the ones the ratio counts. */
const SERVICES = ['Spreadsheet', 'Form', 'Gmail', 'Mail', 'Script', 'Properties', 'Lock', 'Cache'] as const;
const HANDS = `
function stopTimeTriggers_() {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getEventType() === ScriptApp.EventType.CLOCK) ScriptApp.deleteTrigger(t); });
}`;

function table(campaign: Campaign, unitIndex: number, minute: number, day = 5, round = 0): string {
  const unit = campaign.units[unitIndex];
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
    to: campaign.officeEmail,
    messageId: `<ops-${unit.id}-${day}-${round}@example.org>`,
    date: `Mon, ${day} Sep 2016 08:${String(minute % 60).padStart(2, '0')}:00 +0700`,
    text: lines.join('\n'),
    headers: { 'Authentication-Results': `mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=${address}` },
  });
}

interface Row {
  operation: string;
  calls: number;
  byService: Record<string, number>;
  floor: number;
  seconds: number;
  error?: string;
}

function measure(emu: Emulator, operation: string, floor: number, action: () => void): Row {
  emu.calls.reset();
  const before = emu.executions.length;
  action();
  const runs = emu.executions.slice(before);
  const byService: Record<string, number> = {};
  for (const s of SERVICES) byService[s] = emu.calls.total(s);
  const seconds = runs.reduce((sum, r) => sum + (r.end.getTime() - r.start.getTime()) / 1000, 0);
  const errors = runs.filter((r) => r.error).map((r) => `${r.fn}: ${r.error}`);
  if (runs.length !== 1) errors.push(`${runs.length} executions: ${runs.map((r) => r.fn).join(', ')}`);
  if (process.env.OPS_METHODS) console.log(operation, JSON.stringify(emu.calls.byMethod()));
  const calls = SERVICES.reduce((sum, s) => sum + byService[s], 0);
  return { operation, calls, byService, floor, seconds, ...(errors.length ? { error: errors.join('; ') } : {}) };
}

let periods = 2;
const floor = (op: Operation, size: { units: number; messages?: number; letters?: number }) => floorOf(op, { units: size.units, periods, messages: size.messages ?? 0, letters: size.letters ?? 0 });

export function measureAt(units: number, workspace: boolean): Row[] {
  const campaign = campaignOfSize(units);
  periods = campaign.periods.length;
  const emu = createEmulator({ code: readFileSync(BUNDLE, 'utf8') + HANDS, now: '2016-08-25T17:00:00.000Z', costs: { uniformMs: 0 }, workspace });
  const out = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string };
  if (out.kind !== 'created') throw new Error(JSON.stringify(out));
  for (let m = 0; m < 240 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); m++) emu.clock.advanceBy(60_000);
  emu.run('stopTimeTriggers_');
  emu.clock.advanceTo('2016-09-05T09:00:00+07:00');
  emu.setCosts({});
  const rows: Row[] = [];
  const n = campaign.units.length;
  rows.push(measure(emu, 'refreshSummary', floor('refreshSummary', { units: n }), () => emu.run('refreshSummary')));
  rows.push(measure(emu, 'getDashboard', floor('getDashboard', { units: n }), () => emu.run('getDashboard')));
  const messages = Math.min(30, Math.floor(n / 2));
  for (let i = 0; i < messages; i++) emu.gmail.deliver(table(campaign, i, i));
  rows.push(measure(emu, `pollMailbox, ${messages} messages`, floor('poll', { units: n, messages }), () => emu.runAs({ interactive: false }, 'pollMailbox')));
  rows.push(measure(emu, 'getUnitDetail', floor('getUnitDetail', { units: n }), () => emu.run('getUnitDetail', campaign.units[0].id)));
  rows.push(measure(emu, 'getReviewQueue', floor('getReviewQueue', { units: n }), () => emu.run('getReviewQueue')));
  const respondent = campaign.units[messages];
  const formBuilt = emu.forms.items().some((item) => item.type === 'PAGE_BREAK' && item.title === respondent.name);
  if (formBuilt) rows.push(measure(emu, 'onFormSubmit', floor('onFormSubmit', { units: n }), () => answerFor(emu, respondent.name, respondent.emails[0])));
  else rows.push({ operation: 'onFormSubmit', calls: 0, byService: {}, floor: floor('onFormSubmit', { units: n }), seconds: 0, error: 'the form was not built at this size' });
  // Half the units complete by the deadline (free calls: preparing the day, not measured).
  emu.setCosts({ uniformMs: 0 });
  for (let start = messages; start < Math.floor(n / 2); start += 30) {
    for (let i = start; i < Math.min(start + 30, Math.floor(n / 2)); i++) emu.gmail.deliver(table(campaign, i, i, 6));
    emu.runAs({ interactive: false }, 'pollMailbox');
  }
  emu.clock.advanceTo('2016-09-13T07:05:00+07:00');
  emu.setCosts({});
  const late = n - Math.floor(n / 2);
  rows.push(measure(emu, `checkDeadlines, ${late} late (${workspace ? 'workspace' : 'consumer'})`, floor('checkDeadlines', { units: n, letters: late + 1 }), () => emu.runAs({ interactive: false }, 'checkDeadlines')));
  const sent = emu.values('Nhật ký gửi').filter((r) => String(r[5]).startsWith('Quá hạn|') && String(r[5]).endsWith('2016-09-13'));
  rows[rows.length - 1].operation += ` → ${sent.filter((r) => r[6] === 'Đã gửi').length} sent, ${sent.filter((r) => r[6] === 'Hoãn').length} deferred`;
  return rows;
}

function print(units: number, rows: Row[]): void {
  console.log(`\n${units} units, planning costs`);
  console.log(['operation', 'calls', ...SERVICES, 'floor', 'ratio', 'seconds', 'fits'].join(' | '));
  for (const r of rows) {
    const fits = !r.error && r.seconds <= 300 && r.calls / r.floor <= 1.5;
    console.log([r.operation, r.calls, ...SERVICES.map((s) => r.byService[s] ?? 0), r.floor, (r.calls / r.floor).toFixed(2), r.seconds.toFixed(1), fits ? 'yes' : `NO${r.error ? ` (${r.error})` : ''}`].join(' | '));
  }
}

/**
 * A season at planning costs: every unit sends its table again and again, 30 messages before each
 * of eight polls a day (240 a day, each answered: a Workspace account's 1,500 recipients a day
 * allow it, a consumer account's 100 do not), the deadline check runs each morning, until both
 * logs together hold `rows` rows. Every poll and check must end without a failure.
 */
export function season(units: number, rows: number): { intake: number; outbox: number; executions: number; failures: string[]; longest: number } {
  const campaign = campaignOfSize(units);
  const emu = createEmulator({ code: readFileSync(BUNDLE, 'utf8') + HANDS, now: '2016-08-25T17:00:00.000Z', costs: { uniformMs: 0 }, workspace: true });
  emu.run('setupFromCampaign_', JSON.stringify(campaign));
  for (let m = 0; m < 240 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); m++) emu.clock.advanceBy(60_000);
  // The polls of the hours without mail are left out (they find nothing): each poll below follows its 30 messages.
  emu.run('stopTimeTriggers_');
  emu.clock.advanceTo('2016-08-27T07:00:00+07:00');
  emu.setCosts({});
  const before = emu.executions.length;
  const count = () => emu.values('Nhật ký nhận').length - 1 + emu.values('Nhật ký gửi').length - 1;
  let sent = 0;
  for (let round = 0; count() < rows && round < 1000; round++) {
    if (round % 8 === 0) {
      emu.runAs({ interactive: false }, 'checkDeadlines');
      emu.clock.advanceBy(60 * 60_000);
    }
    const day = new Date(emu.clock.now().getTime() + 7 * 3600_000).getUTCDate();
    for (let i = 0; i < 30; i++) emu.gmail.deliver(table(campaign, (sent + i) % units, i, day, round));
    sent += 30;
    emu.runAs({ interactive: false }, 'pollMailbox');
    emu.clock.advanceBy(10 * 60_000);
    if (round % 8 === 7) emu.clock.advanceTo(new Date(emu.clock.now().getTime() + 24 * 3600_000 - 150 * 60_000));
  }
  const runs = emu.executions.slice(before);
  return {
    intake: emu.values('Nhật ký nhận').length - 1,
    outbox: emu.values('Nhật ký gửi').length - 1,
    executions: runs.length,
    failures: runs.filter((r) => r.error !== undefined).map((r) => `${r.fn}: ${r.error}`),
    longest: Math.max(...runs.map((r) => (r.end.getTime() - r.start.getTime()) / 1000)),
  };
}

if (require.main === module && process.argv[2] === 'season') {
  console.log(JSON.stringify(season(Number(process.argv[3] ?? 170), Number(process.argv[4] ?? 5000)), null, 1));
} else if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  for (const units of sizes.length ? sizes : [23, 170]) {
    print(units, measureAt(units, false));
    const ws = measureAt(units, true);
    print(units, ws.slice(-1));
  }
}
