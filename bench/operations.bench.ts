/**
 * The product's operations under the planning costs (a bench, not a timed test), run by
 * `npm run bench` after `npm run build`: for 23, 170 and 400 units (BENCH_UNITS="23 170" to
 * choose), each operation's executions, modelled seconds, calls by service, its floor (the fewest
 * batched calls the services allow, bench/floors.ts), calls ÷ floor, and whether it fits: every
 * execution under the product's 5-minute run budget, none failing, and at 170 units calls ÷ floor ≤ 1.5.
 */
import { join } from 'node:path';
import { costTableText } from '../local/emulator';
import { runScenario } from './scenario';
import { fits, sizeTable, type SizeReport } from './table';

const BUNDLE = join(__dirname, '../dist/Code.js');
const CELL_BUDGET = 5_000_000;

function main(): void {
  console.log(costTableText());
  const sizes = (process.env.BENCH_UNITS ?? '23 170 400').split(/\s+/).filter(Boolean).map(Number);
  const reports: SizeReport[] = [];
  for (const units of sizes) {
    const started = Date.now();
    const report = runScenario(BUNDLE, units);
    reports.push(report);
    console.log(`\n${sizeTable(report)}\n\n(bench ran ${((Date.now() - started) / 1000).toFixed(0)} s of real time)`);
  }
  const misses = reports.flatMap((r) => [
    ...r.rows.filter((row) => !fits(row, r.units)).map((row) => `${r.units} units: ${row.name}`),
    ...(r.cells > CELL_BUDGET ? [`${r.units} units: workbook of ${r.cells} cells, over half the limit`] : []),
  ]);
  console.log(misses.length ? `\nDoes not fit:\n- ${misses.join('\n- ')}` : '\nEvery operation fits at every size.');
}

main();
