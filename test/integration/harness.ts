import { join } from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../local/emulator';

export const BUNDLE = join(__dirname, '../../dist/Code.js');

/** 26/8/2016 00:00 in Hồ Chí Minh: the day the plan was signed. */
export const CAMPAIGN_START = '2016-08-25T17:00:00.000Z';

export function newEmulator(options: Partial<EmulatorOptions> = {}): Emulator {
  return createEmulator({ bundlePath: BUNDLE, now: CAMPAIGN_START, ...options });
}

/** An emulator whose workbook was set up from the built-in campaign (or the JSON given). */
export function setUpEmulator(campaignJson = '', options: Partial<EmulatorOptions> = {}): Emulator {
  const emu = newEmulator(options);
  const outcome = emu.run('setupFromCampaign_', campaignJson) as { kind: string; errors?: string[] };
  // A large first setup reports its progress and carries on by itself (continueSetup).
  if (outcome.kind !== 'created' && outcome.kind !== 'building') throw new Error(`setup failed: ${JSON.stringify(outcome)}`);
  finishFormBuild(emu);
  // What fell due while the last step ran (a 10-minute poll) runs now, not in the test's first call.
  emu.clock.advanceBy(0);
  emu.calls.reset();
  return emu;
}

/** The one-off triggers that carry a long build on: the first setup's, then the form's. */
export const CONTINUATIONS = ['continueSetup', 'continueFormBuild'];

/**
 * Lets the simulated clock run until the first setup and the form build setup or syncForm started
 * are complete: under the planning costs one execution cannot make a large workbook or lay out the
 * whole form, so a one-off `continueSetup` / `continueFormBuild` trigger carries it on a minute
 * after, as many times as needed, then deletes itself. Tests that look at the workbook or the form
 * after setup wait for that (a change of their setup, not of their assertions).
 */
export function finishFormBuild(emu: Emulator, maxMinutes = 60): void {
  for (let minute = 0; emu.triggers().some((t) => CONTINUATIONS.includes(t.handler)); minute++) {
    if (minute >= maxMinutes) throw new Error(`the setup and form build did not finish in ${maxMinutes} minutes`);
    emu.clock.advanceBy(60 * 1000);
  }
  const failed = emu.executions.filter((e) => CONTINUATIONS.includes(e.fn) && e.error !== undefined);
  if (failed.length) throw new Error(`the setup or form build failed: ${failed.map((e) => e.error).join('; ')}`);
}

/** Every sheet's values by name, host-side (not counted). */
export function snapshot(emu: Emulator): Record<string, unknown[][]> {
  const result: Record<string, unknown[][]> = {};
  for (const name of sheetNames(emu)) result[name] = emu.values(name);
  return result;
}

export function sheetNames(emu: Emulator): string[] {
  return emu.spreadsheet.getSheets().map((sheet) => sheet.getName());
}
