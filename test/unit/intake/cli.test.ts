import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePath } from '../../../local/parse';
import { LIMITS } from '../../../src/intake/limits';
import { intakeErrors } from '../../../src/intake/messages';
import { buildCsv, buildDocx, buildEml, buildXlsx, gmailBody, htmlPage, htmlTable, sampleChapters, sampleReport, sampleTable } from '../../fixtures';

const ROOT = join(__dirname, '../../..');
let dir: string;

const withUnit = () => [['Đoàn xã Tam Trà'], ...sampleTable()];
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run parse -- FILE', () => {
  it.each([
    ['bang.xlsx', () => buildXlsx(withUnit()), 'xlsx'],
    ['bang.docx', () => buildDocx(sampleTable(), { before: ['Đoàn xã Tam Trà'] }), 'docx'],
    ['bang.csv', () => buildCsv(withUnit(), { bom: true }), 'csv'],
    ['bang.txt', () => withUnit().map((row) => row.join('\t')).join('\n'), 'txt'],
    ['bang.html', () => htmlPage(gmailBody(['Đoàn xã Tam Trà'], htmlTable(sampleTable()))), 'html'],
    ['thu.eml', () => buildEml({ text: 'Gửi Huyện đoàn', attachments: [{ name: 'Bảng.xlsx', bytes: buildXlsx(withUnit()) }] }), 'eml'],
  ] as const)('%s → the full report, exit 0', (name, build, source) => {
    expect(parsePath(write(name, build()))).toEqual({ report: sampleReport(source), exitCode: 0 });
  });

  it.each([
    ['missing file', () => join(dir, 'khong-co.xlsx'), (path?: string) => intakeErrors.fileMissing(path ?? '')],
    ['no argument', () => undefined, () => intakeErrors.usage],
    ['unsupported extension', () => write('bang.pdf', '%PDF-1.4'), () => intakeErrors.unsupportedExtension('.pdf')],
    ['corrupt xlsx', () => write('hong.xlsx', buildXlsx(withUnit()).subarray(0, 300)), () => intakeErrors.corrupt],
    ['empty csv', () => write('rong.csv', ''), () => intakeErrors.empty],
    ['text without a table', () => write('thu.txt', 'Kính gửi anh chị.'), () => intakeErrors.noTable],
    ['old Excel renamed .xlsx', () => write('cu.xlsx', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0)), () => intakeErrors.oldOffice],
  ])('%s → ok:false in Vietnamese, exit 1', (_, makePath, error) => {
    const path = makePath();
    expect(parsePath(path)).toEqual({ report: { ok: false, error: error(path) }, exitCode: 1 });
  });

  it('refuses a file over the size limit without reading it', () => {
    const path = write('lon.xlsx', new Uint8Array(LIMITS.maxInputBytes + 1));
    expect(parsePath(path)).toEqual({ report: { ok: false, error: intakeErrors.tooLarge(LIMITS.maxInputBytes + 1, LIMITS.maxInputBytes) }, exitCode: 1 });
  });

  it('prints exactly one JSON object and sets the exit code when run as a command', () => {
    const run = (file: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'local/parse.ts'), file], { encoding: 'utf8', cwd: ROOT });
    const good = run(write('tot.csv', buildCsv(sampleTable())));
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual(sampleReport('csv', { unit: null, chapters: sampleChapters() }));
    const bad = run(join(dir, 'khong-co.docx'));
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({ ok: false, error: intakeErrors.fileMissing(join(dir, 'khong-co.docx')) });
  }, 30_000);
});
