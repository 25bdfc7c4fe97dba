/**
 * A season at 170 units under the planning costs (part of `npm run bench`): every unit sends its
 * table again and again, 30 messages before each of eight polls a day (240 a day, each answered:
 * a Workspace account's 1,500 recipients a day allow it, a consumer account's 100 do not), and the
 * deadline check runs each morning, until the two logs together hold 5,000 rows — past their
 * first 1,000-row grids several times. Every poll and check must end without a failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../local/emulator';
import { campaignOfSize } from '../test/fixtures/campaigns';
import { unitTableEmail } from './unitMail';

const BUNDLE = join(__dirname, '../dist/Code.js');
/** Host code run in the script's realm: removes the time-driven triggers so that only the season's own runs happen. */
const STOP_TIME_TRIGGERS = `
function stopTimeTriggers_() {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getEventType() === ScriptApp.EventType.CLOCK) ScriptApp.deleteTrigger(t); });
}`;

function season(units: number, rows: number) {
  const campaign = campaignOfSize(units);
  // Setup is measured by the operations bench: here it is made with free calls (preparing the season, not measured).
  const emu = createEmulator({ code: readFileSync(BUNDLE, 'utf8') + STOP_TIME_TRIGGERS, now: '2016-08-25T17:00:00.000Z', costs: { uniformMs: 0 }, workspace: true });
  emu.run('setupFromCampaign_', JSON.stringify(campaign));
  for (let m = 0; m < 240 && emu.triggers().some((t) => /^continue/.test(t.handler)); m++) emu.clock.advanceBy(60_000);
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
    for (let i = 0; i < 30; i++) emu.gmail.deliver(unitTableEmail(campaign, (sent + i) % units, { minute: i, day, round }));
    sent += 30;
    emu.runAs({ interactive: false }, 'pollMailbox');
    emu.clock.advanceBy(10 * 60_000);
    if (round % 8 === 7) emu.clock.advanceTo(new Date(emu.clock.now().getTime() + 24 * 3600_000 - 150 * 60_000));
  }
  const runs = emu.executions.slice(before);
  return {
    intakeRows: emu.values('Nhật ký nhận').length - 1,
    outboxRows: emu.values('Nhật ký gửi').length - 1,
    executions: runs.length,
    longestS: Math.max(...runs.map((r) => (r.end.getTime() - r.start.getTime()) / 1000)),
    failures: runs.filter((r) => r.error !== undefined).map((r) => `${r.fn}: ${r.error}`),
  };
}

const result = season(170, 5000);
console.log(
  `\nSeason, 170 units, Workspace account, planning costs: ${result.intakeRows} intake rows and ${result.outboxRows} outbox rows ` +
    `in ${result.executions} executions (longest ${result.longestS.toFixed(1)} s); ` +
    (result.failures.length ? `FAILURES:\n- ${result.failures.join('\n- ')}` : 'no failure.'),
);
