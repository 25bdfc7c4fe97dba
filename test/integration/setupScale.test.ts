import { campaignJsonOfSize, campaignOfSize } from '../fixtures/campaigns';
import { unitsFormId } from './cadreFormHarness';
import { newEmulator, setUpEmulator, sheetNames, snapshot } from './harness';
import { executionSeconds, RUN_BUDGET_S, runContinuations } from './setupHarness';
import type { Emulator } from '../../local/emulator';

const SETUP_RUNS = ['setupFromCampaign_', 'setup', 'continueSetup'];
const SYSTEM_BEFORE_TABS = ['Tổng hợp', 'Đơn vị'];
const SYSTEM_AFTER_TABS = ['Đi cơ sở', 'Nhật ký nhận', 'Nhật ký gửi', 'Cán bộ', 'Cấu hình'];

function cells(emu: Emulator): number {
  return emu.spreadsheet.getSheets().reduce((n, sheet) => n + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/** The workbook of `units` as a complete first setup leaves it: every sheet in order, every tab with its chapters. */
function expectCompleteWorkbook(emu: Emulator, units: number): void {
  const campaign = campaignOfSize(units);
  const names = sheetNames(emu);
  const tabs = campaign.units.map((unit) => unit.short);
  expect(names.slice(0, SYSTEM_BEFORE_TABS.length + tabs.length + SYSTEM_AFTER_TABS.length)).toEqual([...SYSTEM_BEFORE_TABS, ...tabs, ...SYSTEM_AFTER_TABS]);
  // Nothing of the build is left: no staging sheet, no template, nothing under construction.
  expect(names.slice(SYSTEM_BEFORE_TABS.length + tabs.length + SYSTEM_AFTER_TABS.length).every((name) => emu.spreadsheet.getSheetByName(name)?.getFormUrl())).toBe(true);
  for (const unit of campaign.units) {
    expect(emu.values(unit.short).slice(1).map((row) => row[0])).toEqual(unit.chapters);
  }
  const last = emu.spreadsheet.getSheetByName(campaign.units.at(-1)!.short)!;
  expect(last.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']);
  expect(last.getConditionalFormatRules()[0].getRanges()[0].getSheet().getName()).toBe(last.getName());
  expect(last.getProtections('RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType).map((p) => p.isWarningOnly())).toEqual([true]);
  expect(emu.values('Đơn vị')).toHaveLength(units + 1);
}

describe('first setup at the size of a 2026 office, under the planning costs', () => {
  test('170 units / 5,000 chapters: the workbook is complete within the first execution, under 5 minutes, and the form build is under way', () => {
    const emu = newEmulator();
    const outcome = emu.run('setupFromCampaign_', campaignJsonOfSize(170)) as { kind: string };
    runContinuations(emu, ['continueSetup']);
    expect(['created', 'building']).toContain(outcome.kind);
    const runs = executionSeconds(emu, SETUP_RUNS);
    expect(runs.every((run) => run.seconds < RUN_BUDGET_S && !run.error)).toBe(true);
    expect(runs[0].seconds).toBeLessThan(RUN_BUDGET_S);
    expectCompleteWorkbook(emu, 170);
    // The form follows by its own continuation (or is complete already).
    const form = emu.triggers().some((t) => t.handler === 'continueFormBuild') || emu.properties.script.formBuild === '';
    expect(form).toBe(true);
    expect(emu.triggers().map((t) => t.handler)).toEqual(expect.arrayContaining(['pollMailbox', 'checkDeadlines']));
  });

  test('400 units from the menu: the office sees the progress, the setup and then the form carry on by themselves across executions, under half the cell limit and the daily trigger time', () => {
    const emu = newEmulator();
    emu.ui.respond({ button: 'OK', text: campaignJsonOfSize(400) });
    emu.run('setup');
    expect(emu.ui.toasts.map((t) => t.message)).toContain('Đã tạo 25/400 trang đơn vị…');
    const dialog = emu.ui.alerts.at(-1)!;
    expect(dialog.title).toBe('Đang thiết lập bảng tính');
    expect(dialog.prompt).toMatch(/^Đã tạo \d+\/400 trang đơn vị\. Hệ thống tự tạo tiếp/);
    expect(emu.triggers().map((t) => t.handler)).toContain('continueSetup');
    runContinuations(emu, ['continueSetup']);
    const runs = executionSeconds(emu, SETUP_RUNS);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.filter((run) => run.seconds >= RUN_BUDGET_S || run.error)).toEqual([]);
    expectCompleteWorkbook(emu, 400);
    expect(cells(emu)).toBeLessThan(5_000_000);
    // The form follows, one section after another, each step reading only the tabs it lays out.
    runContinuations(emu, ['continueFormBuild']);
    const builds = executionSeconds(emu, ['continueFormBuild']);
    expect(builds.filter((run) => run.seconds >= RUN_BUDGET_S || run.error)).toEqual([]);
    const pages = emu.forms.items(unitsFormId(emu)).filter((i) => i.type === 'PAGE_BREAK').map((p) => p.title);
    expect(pages).toEqual(['Mời cán bộ dự sinh hoạt Chi đoàn', ...campaignOfSize(400).units.map((u) => u.name)]);
    expect(emu.properties.script.formBuild).toBe('');
    // A consumer account has 90 minutes of trigger time a day: the whole first setup takes well under.
    expect(emu.triggerTime.usedMs()).toBeLessThan(60 * 60 * 1000);
  });

  test('a continuation that finds the lock taken tries again a minute later, and the setup still completes', () => {
    const emu = newEmulator();
    emu.run('setupFromCampaign_', campaignJsonOfSize(400));
    const due = emu.triggers().find((t) => t.handler === 'continueSetup');
    expect(due).toBeDefined();
    // Another execution holds the script lock past the continuation's 30-second wait.
    emu.lock.holdByOther(10 * 60 * 1000);
    const firstTry = emu.executions.length;
    for (let minute = 0; minute < 8 && emu.executions.slice(firstTry).every((e) => e.fn !== 'continueSetup'); minute++) emu.clock.advanceBy(60 * 1000);
    expect(emu.triggers().map((t) => t.handler)).toContain('continueSetup');
    emu.lock.release();
    runContinuations(emu, ['continueSetup']);
    expectCompleteWorkbook(emu, 400);
  });

  test('a second setup of a 170-unit workbook that changes nothing is one short execution', () => {
    const emu = newEmulator();
    const json = campaignJsonOfSize(170);
    emu.run('setupFromCampaign_', json);
    runContinuations(emu, ['continueSetup']);
    const before = snapshot(emu);
    emu.calls.reset();
    const started = emu.clock.now().getTime();
    const outcome = emu.run('setupFromCampaign_', json) as { kind: string; addedUnits: string[]; recreated: string[] };
    expect(outcome).toMatchObject({ kind: 'extended', addedUnits: [], recreated: [] });
    expect(snapshot(emu)).toEqual(before);
    // The floor: listing the sheets (getSheets and a name per sheet, ~180), reading Cấu hình, Đơn vị and Cán bộ.
    expect(emu.calls.total('Spreadsheet')).toBeLessThanOrEqual(sheetNames(emu).length + 15);
    expect((emu.clock.now().getTime() - started) / 1000).toBeLessThan(30);
  });
});

describe('setup makes again what was deleted', () => {
  test('a deleted log and summary sheet come back where they were, as new; the rest is untouched', () => {
    const emu = setUpEmulator();
    const before = snapshot(emu);
    const order = sheetNames(emu);
    for (const name of ['Nhật ký gửi', 'Tổng hợp', 'Nhật ký nhận']) emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName(name)!);
    const outcome = emu.run('setupFromCampaign_', '') as { kind: string; recreated: string[]; addedUnits: string[] };
    expect(outcome).toMatchObject({ kind: 'extended', addedUnits: [], recreated: ['Tổng hợp', 'Nhật ký nhận', 'Nhật ký gửi'] });
    expect(sheetNames(emu)).toEqual(order);
    // The remade summary says when its figures stand: now, not at the first setup.
    const undated = (shot: Record<string, unknown[][]>) => ({ ...shot, 'Tổng hợp': shot['Tổng hợp'].filter((_, i) => i !== 1) });
    expect(undated(snapshot(emu))).toEqual(undated(before));
    expect(emu.values('Tổng hợp')[1][2]).toBeInstanceOf(Date);
    expect(emu.spreadsheet.getSheetByName('Nhật ký nhận')!.getFrozenRows()).toBe(1);
  });

  test('the menu says which sheets were made again', () => {
    const emu = setUpEmulator();
    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('Nhật ký gửi')!);
    emu.run('setup');
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('Đã tạo lại trang "Nhật ký gửi" bị xóa.');
  });
});
