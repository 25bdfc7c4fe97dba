// Scratch measurement (not committed): the workbook set up with calls at no cost (setup is another helper's),
// then the form part at the planning costs.
import { campaignJsonOfSize } from '../test/fixtures/campaigns';
import { newEmulator } from '../test/integration/harness';
import { costKey } from '../local/emulator/costs';
import type { Emulator } from '../local/emulator';
const n = Number(process.argv[2] ?? 170);
const emu = newEmulator({ costs: { uniformMs: 0 } });
emu.run('setupFromCampaign_', campaignJsonOfSize(n));
const finish = (e: Emulator) => { for (let m = 0; m < 180 && e.triggers().some((t) => t.handler === 'continueFormBuild'); m++) e.clock.advanceBy(60_000); };
finish(emu);
emu.setCosts({});
function report(label: string, from: number) {
  const runs = emu.executions.slice(from);
  const secs = runs.map((e) => (e.end.getTime() - e.start.getTime()) / 1000);
  const item = Object.entries(emu.calls.byMethod()).filter(([m]) => { try { return costKey(m, 'Form') === 'FormItem'; } catch { return false; } }).reduce((s, [, c]) => s + c, 0);
  console.log(`${label}: executions ${runs.length} (${runs.map((r) => r.fn).join(',')}), longest ${Math.max(...secs).toFixed(1)} s, total ${secs.reduce((a, b) => a + b, 0).toFixed(1)} s, calls ${emu.calls.total()} (Spreadsheet ${emu.calls.total('Spreadsheet')}, Form ${emu.calls.total('Form')} of which item ${item}, Properties ${emu.calls.total('Properties')}), errors ${runs.filter((r) => r.error).map((r) => r.error).join('|')}`);
  console.log(runs.map((r, i) => `${r.fn} ${secs[i].toFixed(1)}`).join("; "));
  if (process.env.METHODS) console.log(emu.calls.byMethod());
}
// A first build: the script forgets the form (as a new workbook would have none), and syncForm builds one.
for (const key of Object.keys(emu.properties.script)) if (key.startsWith('form')) delete (emu.properties.script as Record<string, string>)[key];
let from = emu.executions.length; emu.calls.reset();
emu.run('syncForm'); finish(emu);
report(`first build at ${n}`, from);
const formId = emu.properties.script.formId;
console.log('pages', emu.forms.items(formId).filter((i) => i.type === 'PAGE_BREAK').length, 'props bytes', JSON.stringify(emu.properties.script).length);
// One unit's chapters change.
const tab = emu.spreadsheet.getSheets()[6];
from = emu.executions.length; 
tab.getRange(tab.getLastRow() + 1, 1).setValue('Chi đoàn thôn Mới');
emu.calls.reset();
emu.run('syncForm'); finish(emu);
report(`syncForm after one chapter added (${tab.getName()})`, from);
from = emu.executions.length; emu.calls.reset();
emu.run('syncForm'); finish(emu);
report('syncForm with nothing changed', from);
// onFormSubmit of one unit's response at this size, on a workbook of its own (one form).
import { answerFor } from '../test/integration/formHarness';
{
  const e2 = newEmulator({ costs: { uniformMs: 0 } });
  e2.run('setupFromCampaign_', campaignJsonOfSize(n));
  finish(e2);
  e2.setCosts({});
  const units = e2.values('Đơn vị').slice(1);
  const row = units[Math.min(100, units.length - 1)];
  const start = e2.executions.length; e2.calls.reset();
  answerFor(e2, String(row[1]), String(row[5]).split(/[,;\s]+/)[0]);
  const runs = e2.executions.slice(start);
  console.log(`onFormSubmit (${row[1]}): ${runs.map((r) => `${r.fn} ${((r.end.getTime() - r.start.getTime()) / 1000).toFixed(1)} s ${r.error ?? ''}`).join('; ')}; calls ${e2.calls.total()} (Spreadsheet ${e2.calls.total('Spreadsheet')}, Form ${e2.calls.total('Form')}, Properties ${e2.calls.total('Properties')}, Mail ${e2.calls.total('Mail')})`);
  if (process.env.METHODS) console.log(e2.calls.byMethod());
  console.log(e2.values('Nhật ký nhận').slice(-1)[0].slice(0, 6));
}
