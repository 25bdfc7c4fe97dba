import { COST_TABLE_MS, costTableText, planningCostMs, TRIGGER_BUDGET_TEXT } from '../../local/emulator';
import { emulate, errorOf } from './helpers';

const script = `
  function sheetWrite() { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1).setValue('a'); }
  function builders() {
    var rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).setAllowInvalid(false).build();
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('a').setBackground('#ffffff');
    return rule !== null;
  }
  function formCalls() {
    var form = FormApp.create('Biểu mẫu');
    form.setTitle('Biểu mẫu');
    var item = form.addTextItem();
    item.setTitle('Họ tên');
    form.getItems();
  }
  function props() { PropertiesService.getScriptProperties().setProperty('k', 'v'); }
  function local() { Utilities.formatDate(new Date(), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy'); Session.getScriptTimeZone(); Logger.log('x'); }
  function install(minutes) { ScriptApp.newTrigger('work').timeBased().everyMinutes(minutes).create(); }
  function work() { Utilities.sleep(Number(PropertiesService.getScriptProperties().getProperty('sleep') || '240000')); SpreadsheetApp.getActive(); }
  function stubborn() {
    try { Utilities.sleep(240000); SpreadsheetApp.getActive(); } catch (e) { return 'swallowed: ' + e.message; }
  }
  function installStubborn() { ScriptApp.newTrigger('stubborn').timeBased().everyMinutes(10).create(); }
`;

function elapsed(emu: ReturnType<typeof emulate>, fn: string): number {
  const before = emu.clock.now().getTime();
  emu.run(fn);
  return emu.clock.now().getTime() - before;
}

describe('planning costs (DESIGN.md, "Time"), on by default', () => {
  test('the table is the design’s', () => {
    expect(COST_TABLE_MS).toMatchObject({
      Spreadsheet: 100, FormItem: 300, Form: 100, Gmail: 100, Mail: 100, Script: 100, Calendar: 100, Document: 100, Drive: 100,
      Properties: 50, Lock: 50, Cache: 50, Utilities: 0, Session: 0, Logger: 0, Html: 0, Base: 0,
    });
    expect(costTableText()).toContain('FormItem');
  });

  test('a Spreadsheet call costs 100 ms; builders are local', () => {
    const emu = emulate(script);
    expect(elapsed(emu, 'sheetWrite')).toBe(400);
    expect(elapsed(emu, 'builders')).toBe(0);
    expect(emu.calls.total('Spreadsheet')).toBe(4 + 7);
  });

  test('FormApp: item calls 300 ms, other calls 100 ms', () => {
    const emu = emulate(script);
    // create, setTitle: 100 each; addTextItem, setTitle on the item, getItems: 300 each.
    expect(elapsed(emu, 'formCalls')).toBe(2 * 100 + 3 * 300);
    expect(planningCostMs('GridItem.setRows', 'Form')).toBe(300);
    expect(planningCostMs('Form.moveItem', 'Form')).toBe(300);
    expect(planningCostMs('FormResponse.getItemResponses', 'Form')).toBe(300);
    expect(planningCostMs('ItemResponse.getResponse', 'Form')).toBe(300);
    expect(planningCostMs('Form.getPublishedUrl', 'Form')).toBe(100);
    expect(planningCostMs('FormResponse.getTimestamp', 'Form')).toBe(100);
  });

  test('Properties 50 ms; Utilities, Session, Logger nothing', () => {
    const emu = emulate(script);
    expect(elapsed(emu, 'props')).toBe(100);
    expect(elapsed(emu, 'local')).toBe(0);
  });

  test('a service without a row is an emulator gap, loudly', () => {
    expect(() => planningCostMs('Slides.create', 'Slides')).toThrow('no planning cost for service Slides');
  });

  test('overrides: uniform (a slow day), per row, scaled', () => {
    const slow = emulate(script);
    slow.setMsPerCall(2_000);
    expect(elapsed(slow, 'sheetWrite')).toBe(8_000);
    expect(elapsed(slow, 'builders')).toBe(14_000);
    expect(elapsed(emulate(script, { costs: { perService: { Spreadsheet: 250 } } }), 'sheetWrite')).toBe(1_000);
    expect(elapsed(emulate(script, { costs: { scale: 3 } }), 'formCalls')).toBe(3 * 1_100);
    expect(() => emulate(script, { costs: { perService: { Sheets: 1 } } })).toThrow('no cost row Sheets');
  });
});

describe('daily trigger budget: 90 minutes of trigger run time a user in any 24 hours', () => {
  test('a trigger that starts with the budget spent fails at once with the platform text; 24 hours later it runs again', () => {
    const emu = emulate(script);
    emu.run('install', 10);
    emu.clock.advanceBy(24 * 60 * 60 * 1000);
    const runs = emu.executions.filter((e) => e.fn === 'work');
    const ok = runs.filter((e) => e.error === undefined);
    // Each run sleeps 4 minutes (+ 50 ms property read + 100 ms getActive): 22 runs fit in 90 minutes, the 23rd is cut short.
    expect(ok).toHaveLength(22);
    const failed = runs.filter((e) => e.error !== undefined);
    expect(failed.every((e) => e.error === `Exception: ${TRIGGER_BUDGET_TEXT}`)).toBe(true);
    const refused = failed.slice(1);
    expect(refused.length).toBeGreaterThan(100);
    expect(refused.every((e) => e.end.getTime() === e.start.getTime())).toBe(true);
    expect(emu.triggerTime.leftMs()).toBe(0);
    // The first run's minutes leave the trailing 24 hours: the next run is allowed again.
    const firstStart = ok[0]!.start.getTime();
    emu.clock.advanceTo(new Date(firstStart + 24 * 60 * 60 * 1000 + 10 * 60 * 1000));
    const last = emu.executions.filter((e) => e.fn === 'work').at(-1)!;
    expect(last.error).toBeUndefined();
  });

  test('a run that spends the budget dies at its next call, even when the script catches the error', () => {
    const emu = emulate(script, { triggerBudgetMs: 3 * 60 * 1000 });
    emu.run('installStubborn');
    emu.clock.advanceBy(10 * 60 * 1000);
    const run = emu.executions.at(-1)!;
    expect(run.fn).toBe('stubborn');
    expect(run.error).toBe(`Exception: ${TRIGGER_BUDGET_TEXT}`);
    expect(run.end.getTime() - run.start.getTime()).toBe(4 * 60 * 1000);
  });

  test('interactive runs do not count; Workspace accounts get 6 hours', () => {
    const emu = emulate(script);
    emu.properties.script.sleep = '300000';
    emu.run('work');
    expect(emu.triggerTime.usedMs()).toBe(0);
    const workspace = emulate(script, { workspace: true });
    expect(workspace.triggerTime.leftMs()).toBe(6 * 60 * 60 * 1000);
    // The same run as a trigger counts.
    expect(errorOf(() => emu.run('nonexistent')).message).toBe('Script function not found: nonexistent');
  });
});
