/**
 * The product's operations under the planning costs (a bench, not a timed test), run by
 * `npm run bench` after `npm run build`: for the built-in 23-unit campaign, each operation's
 * service calls by service, modelled seconds per execution, and whether it fits (every execution
 * under the product's 5-minute run budget, none failing). An operation that continues in later
 * executions (setup, syncForm: the form build) counts all of them.
 */
import { join } from 'node:path';
import { costTableText, createEmulator, type Emulator, type ExecutionRecord } from '../local/emulator';
import { DEFAULT_CAMPAIGN } from '../src/domain/defaultCampaign';
import { buildEmlText } from '../test/fixtures';

const BUNDLE = join(__dirname, '../dist/Code.js');
const START = '2016-08-25T17:00:00.000Z';
const RUN_BUDGET_S = 300;
const SERVICES = ['Spreadsheet', 'Form', 'Gmail', 'Mail', 'Script', 'Properties', 'Lock', 'Cache', 'Base'] as const;

interface Measured {
  name: string;
  calls: Record<string, number>;
  total: number;
  runs: ExecutionRecord[];
}

const seconds = (run: ExecutionRecord) => (run.end.getTime() - run.start.getTime()) / 1000;

/** Runs `operation`, then lets the clock go on a minute at a time while a form build continues, and measures it all. */
function measure(emu: Emulator, name: string, operation: () => void, only?: (run: ExecutionRecord) => boolean): Measured {
  emu.calls.reset();
  const before = emu.executions.length;
  operation();
  for (let minute = 0; minute < 60 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); minute++) emu.clock.advanceBy(60 * 1000);
  const calls: Record<string, number> = {};
  for (const service of SERVICES) calls[service] = emu.calls.total(service);
  const runs = emu.executions.slice(before).filter((run) => (only ? only(run) : true));
  return { name, calls, total: emu.calls.total(), runs };
}

function print(rows: Measured[]): void {
  const head = ['operation', 'executions', 'longest s', 'total s', 'calls', ...SERVICES, 'fits'];
  console.log(`\n23 units (built-in campaign), planning costs\n${head.join(' | ')}`);
  for (const row of rows) {
    const durations = row.runs.map(seconds);
    const longest = Math.max(0, ...durations);
    const fits = row.runs.every((run) => run.error === undefined) && longest <= RUN_BUDGET_S;
    const errors = row.runs.filter((run) => run.error !== undefined).map((run) => `${run.fn}: ${run.error}`);
    console.log(
      [
        row.name,
        row.runs.length,
        longest.toFixed(1),
        durations.reduce((a, b) => a + b, 0).toFixed(1),
        row.total,
        ...SERVICES.map((s) => row.calls[s]),
        fits ? 'yes' : `NO${errors.length ? ` (${errors.join('; ')})` : ''}`,
      ].join(' | '),
    );
  }
}

/** A unit's table as a plain-text email body: every chapter rated, the first built, the last supported. */
function unitEmail(unitIndex: number, minute: number): string {
  const unit = DEFAULT_CAMPAIGN.units[unitIndex];
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
    to: `${DEFAULT_CAMPAIGN.district} <${DEFAULT_CAMPAIGN.officeEmail}>`,
    messageId: `<bench-${unit.id}@example.org>`,
    date: `Mon, 5 Sep 2016 08:${String(minute).padStart(2, '0')}:00 +0700`,
    text: lines.join('\n'),
    headers: { 'Authentication-Results': `mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=${address}` },
  });
}

function main(): void {
  console.log(costTableText());
  const emu = createEmulator({ bundlePath: BUNDLE, now: START });
  const rows: Measured[] = [];
  rows.push(measure(emu, 'setup (first, until the form is complete)', () => emu.run('setupFromCampaign_', '')));

  const tab = emu.spreadsheet.getSheetByName(DEFAULT_CAMPAIGN.units[0].short);
  if (!tab) throw new Error('bench: no unit tab after setup');
  tab.getRange(tab.getLastRow() + 1, 1).setValue('Chi đoàn Khối phố mới');
  rows.push(measure(emu, 'syncForm after one chapter added', () => emu.run('syncForm')));
  rows.push(measure(emu, 'refreshSummary', () => emu.run('refreshSummary')));

  for (let i = 0; i < 10; i++) emu.gmail.deliver(unitEmail(i + 1, i));
  rows.push(measure(emu, 'pollMailbox, 10 messages', () => emu.runAs({ interactive: false }, 'pollMailbox')));

  // 9/9 07:00, three days before the deadline: the daily check sends the 13 reminders due.
  emu.clock.advanceTo('2016-09-09T06:59:00+07:00');
  rows.push(measure(emu, 'checkDeadlines (reminders day)', () => emu.clock.advanceTo('2016-09-09T07:00:00+07:00'), (r) => r.fn === 'checkDeadlines'));
  print(rows);
}

main();
