import { campaignJsonOfSize, campaignOfSize } from '../fixtures/campaigns';
import { unitsFormId } from './cadreFormHarness';
import { finishFormBuild, newEmulator } from './harness';

// 90 units: more than setup's execution has time for once the workbook is made (23 fit in one, and 60 nearly do).
const UNITS = 90;
const CAMPAIGN = campaignOfSize(UNITS);
const CAMPAIGN_JSON = campaignJsonOfSize(UNITS);

/** The units' sections' pages (the invitation page, shared by all units, is not one). */
const pages = (emu: ReturnType<typeof newEmulator>) => emu.forms.items(unitsFormId(emu)).filter((i) => i.type === 'PAGE_BREAK' && i.title !== 'Mời cán bộ dự sinh hoạt Chi đoàn').map((p) => p.title);

/** The rows of the first rating grid of a unit's section. */
function sectionRows(emu: ReturnType<typeof newEmulator>, unitName: string): string[] | undefined {
  const items = emu.forms.items(unitsFormId(emu));
  const page = items.findIndex((i) => i.type === 'PAGE_BREAK' && i.title === unitName);
  return page < 0 ? undefined : items[page + 1]?.rows;
}

/** The office types a new chapter below a unit's last one (host-side: not counted). */
function addChapter(emu: ReturnType<typeof newEmulator>, unit: (typeof CAMPAIGN.units)[number], name: string): void {
  const tab = emu.spreadsheet.getSheetByName(unit.short);
  if (!tab) throw new Error(`no tab ${unit.short}`);
  tab.getRange(unit.chapters.length + 2, 1).setValue(name);
}

describe('the units\' form built across executions under the planning costs', () => {
  test('setup builds what fits, tells the office, and a one-off trigger finishes the form and deletes itself', () => {
    const emu = newEmulator();
    emu.ui.respond({ button: 'OK', text: CAMPAIGN_JSON });
    emu.run('setup');
    const [run] = emu.executions;
    expect(run.error).toBeUndefined();
    expect(run.end.getTime() - run.start.getTime()).toBeLessThanOrEqual(5 * 60 * 1000);
    const built = pages(emu).length;
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(CAMPAIGN.units.length);
    expect(emu.ui.alerts.at(-1)?.prompt).toContain(`Biểu mẫu đang được hoàn thiện: đã tạo ${built}/${CAMPAIGN.units.length} phần đơn vị`);
    // Responses are never missed while the form is being finished.
    expect(emu.triggers().map((t) => t.handler).sort()).toEqual(['checkDeadlines', 'continueFormBuild', 'onCadreFormSubmit', 'onFormSubmit', 'pollMailbox']);
    expect(emu.properties.script.formBuild).toBeTruthy();

    finishFormBuild(emu);
    const continuations = emu.executions.filter((e) => e.fn === 'continueFormBuild');
    expect(continuations.length).toBeGreaterThan(0);
    for (const e of continuations) expect(e.end.getTime() - e.start.getTime()).toBeLessThanOrEqual(5 * 60 * 1000);
    expect(pages(emu)).toEqual(CAMPAIGN.units.map((u) => u.name));
    expect(emu.triggers().map((t) => t.handler).sort()).toEqual(['checkDeadlines', 'onCadreFormSubmit', 'onFormSubmit', 'pollMailbox']);
    expect(emu.properties.script.formBuild).toBe('');
    const links = emu.values('Đơn vị').slice(1).map((r) => r.at(-1));
    expect(links.every((l) => typeof l === 'string' && l.includes('viewform?usp=pp_url'))).toBe(true);
  });

  test('a continuation that dies mid-build is carried on by the next one, ending like a clean build', () => {
    const emu = newEmulator();
    emu.run('setupFromCampaign_', CAMPAIGN_JSON);
    // The first continuation fails at its fourth copied grid (a transient FormApp error).
    emu.faults.failOn('GridItem.duplicate', 3);
    for (let minute = 0; minute < 60 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); minute++) emu.clock.advanceBy(60 * 1000);
    const runs = emu.executions.filter((e) => e.fn === 'continueFormBuild');
    expect(runs.map((e) => e.error)).toEqual([`Exception: We're sorry, a server error occurred. Please wait a bit and try again.`, undefined]);
    // Each continuation starts after the execution before it can have ended: none waits on its lock.
    const [setup] = emu.executions;
    expect(runs[0].start.getTime()).toBeGreaterThanOrEqual(setup.start.getTime() + 6 * 60 * 1000);
    expect(runs[1].start.getTime()).toBeGreaterThanOrEqual(runs[0].start.getTime() + 6 * 60 * 1000);
    expect(pages(emu)).toEqual(CAMPAIGN.units.map((u) => u.name));
    expect(emu.triggers().some((t) => t.handler === 'continueFormBuild')).toBe(false);
  });

  test('a later step reads the tabs of the sections it lays out only; a tab edited between two steps is taken up if its section is still to do, else by the next syncForm; a rename at once', () => {
    const emu = newEmulator();
    emu.run('setupFromCampaign_', CAMPAIGN_JSON);
    const [first, second, last] = [CAMPAIGN.units[0], CAMPAIGN.units[1], CAMPAIGN.units[UNITS - 1]];
    expect(pages(emu)).toContain(second.name);
    expect(pages(emu)).not.toContain(last.name);
    addChapter(emu, first, 'Chi đoàn thôn Mới thành lập');
    addChapter(emu, last, 'Chi đoàn khu phố Mới');
    // A unit whose section is laid out is renamed in `Đơn vị` (its name is column B, its row the second after the header).
    const renamed = `${second.name} (mới)`;
    emu.spreadsheet.getSheetByName('Đơn vị')!.getRange(3, 2).setValue(renamed);
    const names = CAMPAIGN.units.map((u) => (u.id === second.id ? renamed : u.name));

    // Each step, one at a time: its Spreadsheet calls against the sections it laid out.
    const steps: { spreadsheet: number; laidOut: number }[] = [];
    let seen = emu.executions.length;
    let built = pages(emu).length;
    for (let minute = 0; minute < 60 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); minute++) {
      emu.clock.advanceBy(60 * 1000);
      for (const run of emu.executions.slice(seen).filter((e) => e.fn === 'continueFormBuild')) {
        expect(run.error).toBeUndefined();
        steps.push({ spreadsheet: run.calls.Spreadsheet ?? 0, laidOut: pages(emu).length - built });
        built = pages(emu).length;
      }
      seen = emu.executions.length;
    }
    expect(steps.length).toBeGreaterThan(0);
    expect(pages(emu)).toEqual(names);
    expect(sectionRows(emu, renamed)).toEqual(second.chapters);
    // The spreadsheet opened, `Cấu hình`, `Đơn vị` and `Cán bộ` (three calls each), the links' write, and one tab
    // read (two calls) per section laid out, and in the first step the renamed unit's (its section rewritten in
    // place): reading every tab would be 180 calls more a step.
    steps.forEach((step, i) => expect(step.spreadsheet).toBeLessThanOrEqual(15 + 2 * (step.laidOut + (i === 0 ? 1 : 0))));

    // The section still to do was laid out from the tab as edited; the one laid out before the edit is as it was.
    expect(sectionRows(emu, last.name)).toEqual([...last.chapters, 'Chi đoàn khu phố Mới']);
    expect(sectionRows(emu, first.name)).toEqual(first.chapters);
    // The next syncForm reads every tab and brings that section up to date, in place.
    emu.run('syncForm');
    expect(sectionRows(emu, first.name)).toEqual([...first.chapters, 'Chi đoàn thôn Mới thành lập']);
    expect(pages(emu)).toEqual(names);
    expect(emu.properties.script.formBuild).toBe('');
  });

  test.each([
    ['before it opens the form', 'FormApp.openById', 0],
    ['after its first sections', 'GridItem.setRows', 10],
  ])('a syncForm that continues and dies %s leaves the later steps no stale record to trust', (_, method, nth) => {
    const emu = newEmulator();
    emu.run('setupFromCampaign_', CAMPAIGN_JSON);
    finishFormBuild(emu);
    // A chapter added in every tab: more sections to rewrite than one execution is planned for.
    for (const unit of CAMPAIGN.units) addChapter(emu, unit, `Chi đoàn mới ${unit.id}`);
    emu.faults.failOn(method, nth);
    expect(() => emu.run('syncForm')).toThrow('server error');
    expect(emu.triggers().some((t) => t.handler === 'continueFormBuild')).toBe(true);
    finishFormBuild(emu);
    expect(pages(emu)).toEqual(CAMPAIGN.units.map((u) => u.name));
    for (const unit of CAMPAIGN.units) expect(sectionRows(emu, unit.name)).toEqual([...unit.chapters, `Chi đoàn mới ${unit.id}`]);
    expect(emu.properties.script.formBuild).toBe('');
  });
});
