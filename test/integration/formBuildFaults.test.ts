import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { finishFormBuild, newEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

const UNITS = ['tam-tra', 'tam-son', 'tt-nui-thanh'];
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => UNITS.includes(u.id)) });

/**
 * Runs until no continuation is left (setup's, which starts the form's build once the workbook is
 * complete, and the form's); a continuation that fails is the fault's, and the next one carries on.
 */
function letContinuationsRun(emu: Emulator): void {
  const pending = () => emu.triggers().some((t) => t.handler === 'continueFormBuild' || t.handler === 'continueSetup');
  for (let minute = 0; minute < 60 && pending(); minute++) emu.clock.advanceBy(60 * 1000);
}

/**
 * What the office and the units see of the form build, with the random item ids replaced by where
 * the items are: the recorded form's settings and items in order (a choice's page as the page's
 * position), the triggers, and each unit's pre-filled link read back as the answer it pre-fills.
 */
function observable(emu: Emulator) {
  const formId = emu.properties.script.formId ?? '';
  const form = emu.forms.list().find((f) => f.id === formId);
  if (!form) return { form: null };
  const items = emu.forms.items(formId);
  const pages = items.filter((i) => i.type === 'PAGE_BREAK').map((p) => p.id);
  const where = (target: unknown) => (typeof target === 'number' ? `page ${pages.indexOf(target)}` : target);
  const links = emu
    .values('Đơn vị')
    .slice(1)
    .map((row) => {
      const link = String(row.at(-1));
      if (!link.startsWith('https://')) return [row[0], link];
      const { formId: linked, answers } = emu.forms.prefilled(link);
      return [row[0], linked === formId, Object.entries(answers).map(([id, value]) => [items.findIndex((i) => String(i.id) === id), value])];
    });
  return {
    form: { title: form.title, description: form.description, collectsEmail: form.collectsEmail, destination: form.destinationId, accepting: form.acceptingResponses },
    items: items.map(({ id: _id, choices, goToPage, ...item }) => ({
      ...item,
      ...(choices ? { choices: choices.map((c) => ({ value: c.value, goTo: where(c.goTo) })) } : {}),
      ...(goToPage !== undefined ? { goToPage: where(goToPage) } : {}),
    })),
    triggers: emu
      .triggers()
      .map((t) => `${t.handler}${t.handler === 'onFormSubmit' ? (t.sourceId === formId ? ' (this form)' : ' (another form)') : ''}`)
      .sort(),
    links,
    building: emu.properties.script.formBuild ?? '',
  };
}

describe('the form build under faults', () => {
  test('a failure at any call of the form build, then the continuation or the next syncForm, ends exactly like a clean build', () => {
    const clean = newEmulator();
    clean.run('setupFromCampaign_', CAMPAIGN);
    finishFormBuild(clean);
    const expected = observable(clean);
    expect(expected.form).toMatchObject({ destination: null, collectsEmail: true });
    expect(expected.triggers).toEqual(['checkDeadlines', 'onCadreFormSubmit', 'onFormSubmit (this form)', 'pollMailbox']);
    // The form build's calls: from the first read of the script's properties for the form (formStore) on.
    const log = clean.calls.log;
    const created = log.indexOf('FormApp.create');
    const first = log.lastIndexOf('PropertiesService.getScriptProperties', created);
    expect(first).toBeGreaterThan(0);
    expect(log.length - first).toBeGreaterThan(60);

    const differing: { index: number; call: string }[] = [];
    const leftForms: number[] = [];
    const claimedEarly: number[] = [];
    for (let index = first; index < log.length; index++) {
      const emu = newEmulator();
      emu.faults.failAt(index);
      try {
        emu.run('setupFromCampaign_', CAMPAIGN);
      } catch {
        // The setup run fails visibly at the fault; what matters is what the next runs make of it.
      }
      letContinuationsRun(emu);
      emu.faults.clear();
      // Nothing says "complete" while something is missing: a build that cleared its progress is done.
      const after = observable(emu);
      if (after.form && after.building === '' && JSON.stringify(after) !== JSON.stringify(expected)) claimedEarly.push(index);
      // The office runs syncForm when the form is still unfinished (a build cut off with no continuation).
      if (after.building !== '' || !after.form) {
        emu.run('syncForm');
        letContinuationsRun(emu);
      }
      if (JSON.stringify(observable(emu)) !== JSON.stringify(expected)) differing.push({ index, call: log[index] });
      // The cadres' form is the other one (made before the units' form's build, cadreForm.test.ts).
      if (emu.forms.list().length > 2) leftForms.push(index);
    }
    expect(differing).toEqual([]);
    expect(claimedEarly).toEqual([]);
    // A fault between FormApp.create and recording the new form's id leaves that empty form behind
    // in Drive (unused: no trigger, no link); any other fault leaves exactly the two forms. The calls
    // counted from the first FormApp.create include the cadres' form's, made first: two such places each.
    expect(leftForms.length).toBeLessThanOrEqual(4);
    for (const index of leftForms) expect([log[index - 1], log[index]]).toEqual(expect.arrayContaining([expect.stringMatching(/^(FormApp\.create|Form\.getId|Properties\.setProperty)$/)]));
  });

  test('a failure at any call of a syncForm after one unit\'s chapters changed, then the next syncForm, ends like a clean sync', () => {
    const changed = (emu: Emulator) => {
      emu.run('setupFromCampaign_', CAMPAIGN);
      finishFormBuild(emu);
      const tab = emu.spreadsheet.getSheetByName('Tam Trà');
      tab?.getRange(tab.getLastRow() + 1, 1).setValue('Chi đoàn thôn Trà Mới');
      emu.calls.reset();
    };
    const clean = newEmulator();
    changed(clean);
    clean.run('syncForm');
    const expected = observable(clean);
    expect(JSON.stringify(expected)).toContain('Chi đoàn thôn Trà Mới');
    const calls = clean.calls.log.length;
    expect(calls).toBeGreaterThan(20);
    const differing: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = newEmulator();
      changed(emu);
      emu.faults.failAt(index);
      try {
        emu.run('syncForm');
      } catch {
        // The office sees the error and runs syncForm again.
      }
      emu.faults.clear();
      emu.run('syncForm');
      letContinuationsRun(emu);
      if (JSON.stringify(observable(emu)) !== JSON.stringify(expected)) differing.push({ index, call: clean.calls.log[index] });
    }
    expect(differing).toEqual([]);
  });
});
