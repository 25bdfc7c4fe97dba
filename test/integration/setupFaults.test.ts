import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { newEmulator, setUpEmulator } from './harness';
import { runContinuations, setupState } from './setupHarness';
import type { Emulator } from '../../local/emulator';

/** A small first setup: two units, so that every call of it can be made to fail in turn. */
const UNITS = ['tam-tra', 'tam-son'];
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => UNITS.includes(u.id)), pilots: [] });

/** The office's first setup and everything it sets going (the continuations, each a minute after its time). */
function firstSetup(emu: Emulator): void {
  try {
    emu.run('setupFromCampaign_', CAMPAIGN);
  } catch {
    // The failed run is the point: the office sees the error and runs setup again.
  }
  runContinuations(emu);
}

describe('first setup under faults', () => {
  test('a failure at any call, then setup run again (and its continuations), ends exactly like a setup without faults', () => {
    const clean = newEmulator();
    firstSetup(clean);
    expect(clean.executions.filter((e) => e.error !== undefined)).toEqual([]);
    const expected = setupState(clean);
    const calls = [...clean.calls.log];
    expect(calls.length).toBeGreaterThan(300);
    const failures: { index: number; call: string }[] = [];
    const leftEmptyForm: string[] = [];
    for (let index = 0; index < calls.length; index++) {
      const emu = newEmulator();
      emu.faults.failAt(index);
      firstSetup(emu);
      emu.faults.clear();
      firstSetup(emu);
      if (setupState(emu) === expected) continue;
      // A run cut off between FormApp.create and recording the new form's id cannot find that form
      // again (FormApp lists no forms; the product has no Drive scope): it stays in Drive, empty and
      // unused, and the next run builds another. Every other part must end exactly as without faults.
      const orphans = emu.forms.list().filter((f) => f.id !== emu.properties.script.formId && f.id !== emu.properties.script.cadreFormId);
      const unused = orphans.length === 1 && orphans[0].items.length === 0 && !emu.triggers().some((t) => t.sourceId === orphans[0].id);
      if (unused && setupState(emu, { recordedFormOnly: true }) === expected) leftEmptyForm.push(calls[index]);
      else failures.push({ index, call: calls[index] });
    }
    // The cadres' form first (made before the units' form's build), then the units' form: each leaves one empty form behind.
    expect(leftEmptyForm).toEqual(['Form.getId', 'Properties.setProperty', 'Form.getId', 'Properties.setProperty']);
    expect(calls[calls.indexOf('FormApp.create') + 1]).toBe('Form.getId');
    if (process.env.SETUP_FAULTS_REPORT) console.log(JSON.stringify(failures));
    // Reported apart: the calls before the form's first FormApp call are the workbook's (setup's),
    // the rest the form build's (src/app/setup/formSync.ts, src/gas/forms.ts), linking the form included.
    const formStart = calls.findIndex((call) => call.startsWith('FormApp.'));
    expect(formStart).toBeGreaterThan(0);
    expect(failures.filter((f) => f.index < formStart)).toEqual([]);
    expect(failures.filter((f) => f.index >= formStart)).toEqual([]);
  }, 900_000);
});

describe('a second setup that adds a unit, under faults', () => {
  /** A set-up workbook of two units; the office adds a third to `Đơn vị`. */
  function withAddedUnit(): Emulator {
    const emu = setUpEmulator(CAMPAIGN);
    emu.spreadsheet.getSheetByName('Đơn vị')!.appendRow(['tam-phu', 'Đoàn xã Tam Phú', 'Tam Phú', 'Xã', 'Cụm 4', 'doan.tamphu@example.org', 'Lê Văn Phú', 'cb-04']);
    emu.calls.reset();
    return emu;
  }
  function secondSetup(emu: Emulator): void {
    try {
      emu.run('setupFromCampaign_', '');
    } catch {
      // As above: the office runs setup again.
    }
    runContinuations(emu);
  }

  test('a failure at any call, then setup again, ends with the unit’s tab, status and form section as without faults', () => {
    const clean = withAddedUnit();
    secondSetup(clean);
    const expected = setupState(clean);
    expect(expected).toContain('Đoàn xã Tam Phú');
    const calls = [...clean.calls.log];
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls.length; index++) {
      const emu = withAddedUnit();
      emu.faults.failAt(index);
      secondSetup(emu);
      emu.faults.clear();
      secondSetup(emu);
      if (setupState(emu) !== expected) failures.push({ index, call: calls[index] });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('the setup dialog after a first setup died', () => {
  test('a run that died before the campaign was recorded asks for the campaign again, then builds as usual', () => {
    const emu = newEmulator();
    // The staging sheet is made, its one write fails: nothing of the campaign is recorded.
    emu.faults.failOn('Range.setValues', 0);
    emu.ui.respond({ button: 'OK', text: CAMPAIGN });
    expect(() => emu.run('setup')).toThrow();
    emu.faults.clear();
    emu.ui.respond({ button: 'OK', text: CAMPAIGN });
    emu.run('setup');
    runContinuations(emu);
    expect(emu.ui.alerts.filter((a) => a.kind === 'prompt')).toHaveLength(2);
    const clean = newEmulator();
    firstSetup(clean);
    expect(setupState(emu)).toBe(setupState(clean));
  });
});
