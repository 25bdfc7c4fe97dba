import { campaignJsonOfSize } from '../test/fixtures/campaigns';
import { newEmulator } from '../test/integration/harness';
const n = Number(process.argv[2]);
const emu = newEmulator();
emu.run('setupFromCampaign_', campaignJsonOfSize(n));
for (let m = 0; m < 120 && emu.triggers().some((t) => t.handler === 'continueFormBuild'); m++) emu.clock.advanceBy(60_000);
for (const e of emu.executions) console.log(e.fn, ((e.end.getTime() - e.start.getTime()) / 1000).toFixed(1), e.error ?? '');
