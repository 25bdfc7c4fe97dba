import { campaignJsonOfSize, campaignOfSize } from '../fixtures/campaigns';
import { finishFormBuild, newEmulator } from './harness';

// 90 units: more than setup's execution has time for once the workbook is made (23 fit in one, and 60 nearly do).
const UNITS = 90;
const CAMPAIGN = campaignOfSize(UNITS);
const CAMPAIGN_JSON = campaignJsonOfSize(UNITS);

const pages = (emu: ReturnType<typeof newEmulator>) => emu.forms.items().filter((i) => i.type === 'PAGE_BREAK').map((p) => p.title);

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
    expect(emu.triggers().map((t) => t.handler).sort()).toEqual(['checkDeadlines', 'continueFormBuild', 'onFormSubmit', 'pollMailbox']);
    expect(emu.properties.script.formBuild).toBeTruthy();

    finishFormBuild(emu);
    const continuations = emu.executions.filter((e) => e.fn === 'continueFormBuild');
    expect(continuations.length).toBeGreaterThan(0);
    for (const e of continuations) expect(e.end.getTime() - e.start.getTime()).toBeLessThanOrEqual(5 * 60 * 1000);
    expect(pages(emu)).toEqual(CAMPAIGN.units.map((u) => u.name));
    expect(emu.triggers().map((t) => t.handler).sort()).toEqual(['checkDeadlines', 'onFormSubmit', 'pollMailbox']);
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
});
