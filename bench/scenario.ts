/**
 * One office's campaign at a given size, run through the product's operations in the order a
 * season has them, each measured: setup, a second setup, a chapter added and the form synced,
 * the summary refreshed, the sidebar's reads, a form response, a poll of 30 emails, and the
 * deadline check of a day when half the units are late.
 */
import { createEmulator, type Emulator } from '../local/emulator';
import { campaignOfSize } from '../test/fixtures/campaigns';
import { answerFor } from '../test/integration/formHarness';
import { floorOf } from './floors';
import { measure, type Measured } from './measure';
import { unitTableEmail } from './unitMail';
import type { SizeReport } from './table';

const START = '2016-08-25T17:00:00.000Z';
const POLL_MESSAGES = 30;

/** Lets the clock pass the 10-minute poll's next run, so that an explicit poll right after has the mailbox to itself. */
function afterNextPoll(emu: Emulator): void {
  const poll = emu.triggers().find((t) => t.handler === 'pollMailbox');
  if (poll?.nextRun) emu.clock.advanceTo(new Date(poll.nextRun.getTime() + 60 * 1000));
}

/** Every sheet's grid, host-side (not counted): the workbook's share of its 10-million-cell limit. */
function gridCells(emu: Emulator): number {
  return emu.spreadsheet.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

export function runScenario(bundlePath: string, unitCount: number): SizeReport {
  const campaign = campaignOfSize(unitCount);
  const units = campaign.units.length;
  const chapters = campaign.units.reduce((sum, unit) => sum + unit.chapters.length, 0);
  const counts = { units, periods: campaign.periods.length, messages: 0, letters: 0 };
  const emu = createEmulator({ bundlePath, now: START });
  const rows: Measured[] = [];
  const json = JSON.stringify(campaign);

  rows.push(measure(emu, 'first setup, until the form is complete', () => emu.run('setupFromCampaign_', json), null));
  rows.push(measure(emu, 'second setup (changes nothing)', () => emu.run('setupFromCampaign_', ''), floorOf('secondSetup', counts)));

  const first = campaign.units[0];
  const tab = emu.spreadsheet.getSheetByName(first.short);
  if (!tab) throw new Error(`bench: no tab ${first.short} after setup`);
  tab.getRange(first.chapters.length + 2, 1).setValue('Chi đoàn thôn Mới thành lập');
  rows.push(measure(emu, 'syncForm after one chapter added', () => emu.run('syncForm'), null));
  rows.push(measure(emu, 'refreshSummary', () => emu.run('refreshSummary'), floorOf('refreshSummary', counts)));
  rows.push(measure(emu, 'getDashboard (sidebar)', () => emu.run('getDashboard'), floorOf('getDashboard', counts)));
  rows.push(measure(emu, 'getUnitDetail (sidebar)', () => emu.run('getUnitDetail', first.id), floorOf('getUnitDetail', counts)));
  rows.push(measure(emu, 'getReviewQueue (sidebar)', () => emu.run('getReviewQueue'), floorOf('getReviewQueue', counts)));

  const formUnit = campaign.units[1];
  rows.push(
    measure(emu, 'onFormSubmit (one unit\'s response)', () => void answerFor(emu, formUnit.name, formUnit.emails[0]), floorOf('onFormSubmit', counts), (run) => run.fn === 'onFormSubmit'),
  );

  // Half the units report by email before the deadline: 30 (fewer in a small office) in one poll, measured; the rest in later polls.
  const reporting = Math.floor(units / 2);
  const polled = Math.min(POLL_MESSAGES, reporting - 2);
  afterNextPoll(emu);
  for (let i = 0; i < polled; i++) emu.gmail.deliver(unitTableEmail(campaign, 2 + i, { minute: i }));
  rows.push(
    measure(emu, `pollMailbox, ${polled} messages`, () => emu.runAs({ interactive: false }, 'pollMailbox'), floorOf('poll', { ...counts, messages: polled }), (r) => r.fn === 'pollMailbox' && r.trigger === undefined),
  );
  // The rest of the reporting half, recorded by the 10-minute poll as the days go by.
  for (let i = 2 + polled; i < reporting; i++) emu.gmail.deliver(unitTableEmail(campaign, i, { minute: i % 600 }));

  // 13/9 07:00, the day after the deadline: the units that have not reported get their overdue notice.
  emu.clock.advanceTo('2016-09-13T06:59:00+07:00');
  const late = units - reporting + 1;
  rows.push(
    measure(emu, `checkDeadlines (${late} units late)`, () => emu.clock.advanceTo('2016-09-13T07:00:00+07:00'), floorOf('checkDeadlines', { ...counts, letters: late }), (r) => r.fn === 'checkDeadlines'),
  );
  return { units, chapters, rows, cells: gridCells(emu) };
}
