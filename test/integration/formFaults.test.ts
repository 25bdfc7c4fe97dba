import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { unitsFormId } from './cadreFormHarness';
import { answerFor } from './formHarness';
import { setUpEmulator, snapshot } from './harness';
import type { Emulator } from '../../local/emulator';

const UNITS = ['tam-tra', 'tam-son'];
const CAMPAIGN = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => UNITS.includes(u.id)), pilots: DEFAULT_CAMPAIGN.pilots });

function scenario(): Emulator {
  const emu = setUpEmulator(CAMPAIGN);
  emu.calls.reset();
  return emu;
}

const submit = (emu: Emulator) =>
  answerFor(emu, 'Đoàn xã Tam Trà', 'doan.tamtra@example.org', { members: 'Chi đoàn Xuân Thọ: 25', newChapters: 'Chi đoàn thôn Mới: năm 2015 Khá; 6 tháng đầu năm 2016 Yếu' });

function observable(emu: Emulator) {
  const withoutTimes = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell instanceof Date ? 'time' : cell === 'Đang gửi' ? 'Đã gửi' : cell)));
  const sheets = Object.fromEntries(Object.entries(snapshot(emu)).map(([name, rows]) => [name, withoutTimes(rows)]));
  return { sheets, mail: emu.mail.sent.map((m) => [m.to, m.subject, m.body]) };
}

describe('onFormSubmit under faults', () => {
  test('a failure at any service call, then the trigger firing again for the same response, ends as a run without faults', () => {
    const clean = scenario();
    submit(clean);
    const expected = observable(clean);
    const calls = clean.calls.total();
    expect(calls).toBeGreaterThan(30);
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      submit(emu);
      emu.faults.clear();
      // Apps Script retries nothing by itself; the office (or a test) fires it again for the latest response.
      const trigger = emu.triggers().find((t) => t.handler === 'onFormSubmit');
      emu.fireTrigger(trigger?.id ?? '');
      // Response ids are random per emulator: compare with the id replaced.
      const id = emu.forms.responses(unitsFormId(emu))[0].id;
      const cleanId = clean.forms.responses(unitsFormId(clean))[0].id;
      const got = JSON.parse(JSON.stringify(observable(emu)).split(id).join(cleanId));
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(failures).toEqual([]);
  });
});
