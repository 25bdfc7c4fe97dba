/**
 * Intake performance (a bench, not a timed test): `npx tsx bench/intake.bench.ts`.
 * Issue 3 asks for a 500-row XLSX in under 200 ms in Node and time growing linearly with size.
 * Prints the median of several runs per size and the time per row, for XLSX, DOCX and CSV.
 */
import { parseFile } from '../src/intake';
import { buildCsv, buildDocx, buildXlsx } from '../test/fixtures';

const SIZES = [500, 1000, 2000, 4000];
const RUNS = 7;
const RATINGS = ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'];

function rows(count: number): string[][] {
  const header = ['STT', 'Tên Chi đoàn', 'Số đoàn viên', 'Năm 2015', '6 tháng đầu năm 2016', 'Đăng ký', 'Ghi chú'];
  const body = Array.from({ length: count }, (_, i) => [
    String(i + 1),
    `Chi đoàn thôn Xuân Thọ ${i + 1}`,
    String(10 + (i % 40)),
    RATINGS[i % 4],
    RATINGS[(i + 1) % 4],
    i % 7 === 0 ? 'Xây dựng Chi đoàn mạnh' : i % 5 === 0 ? 'Hỗ trợ' : '',
    'Sample data',
  ]);
  return [['ĐOÀN XÃ TAM TRÀ'], ['BẢNG XẾP LOẠI CHI ĐOÀN NĂM 2015 VÀ 6 THÁNG ĐẦU NĂM 2016'], header, ...body];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(name: string, bytes: Uint8Array, expected: number): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const report = parseFile({ name, bytes });
    times.push(performance.now() - start);
    if (!report.ok || report.chapters.length !== expected) throw new Error(`${name}: expected ${expected} chapters, got ${report.ok ? report.chapters.length : report.error}`);
  }
  return median(times);
}

const builders: [string, (table: string[][]) => Uint8Array][] = [
  ['xlsx', (table) => buildXlsx(table)],
  ['docx', (table) => buildDocx(table.slice(2), { before: table.slice(0, 2).map((r) => r[0]) })],
  ['csv', (table) => buildCsv(table)],
];

// Warm up the JIT once, as a long-running trigger would be.
parseFile({ name: 'warm.xlsx', bytes: buildXlsx(rows(200)) });

for (const [format, build] of builders) {
  console.log(`\n${format.toUpperCase()}`);
  console.log('rows   size(kB)  median(ms)  µs/row');
  for (const size of SIZES) {
    const bytes = build(rows(size));
    const ms = measure(`bench.${format}`, bytes, size);
    console.log(`${String(size).padStart(5)}  ${(bytes.length / 1024).toFixed(0).padStart(8)}  ${ms.toFixed(1).padStart(10)}  ${((ms * 1000) / size).toFixed(0).padStart(6)}`);
  }
}
