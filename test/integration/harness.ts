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
  if (outcome.kind !== 'created') throw new Error(`setup failed: ${JSON.stringify(outcome)}`);
  finishFormBuild(emu);
  emu.calls.reset();
  return emu;
}

/**
 * Lets the simulated clock run until the form build setup or syncForm started is complete: under
 * the planning costs one execution cannot lay out the whole form, so a one-off `continueFormBuild`
 * trigger carries it on a minute later, as many times as needed, then deletes itself. Tests that
 * look at the form after setup wait for that (a change of their setup, not of their assertions).
 */
export function finishFormBuild(emu: Emulator, maxMinutes = 60): void {
  for (let minute = 0; emu.triggers().some((t) => t.handler === 'continueFormBuild'); minute++) {
    if (minute >= maxMinutes) throw new Error(`the form build did not finish in ${maxMinutes} minutes`);
    emu.clock.advanceBy(60 * 1000);
  }
  const failed = emu.executions.filter((e) => e.fn === 'continueFormBuild' && e.error !== undefined);
  if (failed.length) throw new Error(`the form build failed: ${failed.map((e) => e.error).join('; ')}`);
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
