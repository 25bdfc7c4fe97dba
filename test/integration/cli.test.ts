import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCampaignJson } from '../../src/domain/campaign';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { buildEmlText } from '../fixtures/eml';
import { docxDocument } from '../../src/intake/formats/docx';
import { parseEml } from '../../src/intake/mime';
import { ZipReader } from '../../src/intake/zip';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/**
 * Each test runs `npm start` as its own process: a whole simulated season, timed by the machine's
 * load (the CI runner's two cores are shared by the jest workers), not a measure of the product.
 */
const SPAWN_TIMEOUT = 300_000;

function start(args: string[]) {
  return spawnSync(TSX, ['local/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

describe('npm start (the local CLI)', () => {
  test('writes out/workbook.xlsx with every sheet of the design', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dcs-out-'));
    const run = start(['--no-serve', '--out', out, '--until', '2016-09-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // It ends with the self-check of the simulated installation: one line per check, marked ✓ / ! / ✗.
    const verdict = run.stdout.slice(run.stdout.indexOf('Kiểm tra cài đặt:'));
    const checks = verdict.split('\n').filter((line) => /^[✓!✗] /.test(line));
    expect(checks.map((line) => line.slice(2, line.indexOf(':')))).toEqual([
      'Quyền truy cập',
      'Trình kích hoạt',
      'Biểu mẫu',
      'Tìm thư theo nhãn Gmail',
      'Hạn mức gửi thư',
      'Múi giờ',
      'Chữ tiếng Việt',
      'Chữ ký thư',
    ]);
    expect(checks.filter((line) => line.startsWith('✗ '))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining(['Cấu hình', 'Đơn vị', 'Cán bộ', 'Tổng hợp', 'Nhật ký nhận', 'Nhật ký gửi', ...DEFAULT_CAMPAIGN.units.map((u) => u.short)]),
    );
    const tab = workbook.getWorksheet('Tam Trà')!;
    expect(tab.getCell('A1').value).toBe('Chi đoàn');
    expect(tab.getCell('A2').value).toBe('Chi đoàn Xuân Thọ');
    expect(tab.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tab.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
  }, SPAWN_TIMEOUT);

  test('the default season: every channel, late, refused then corrected, in review, the cadres\' visits; the figures the README quotes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dcs-demo-'));
    const run = start(['--no-serve', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^  \d+ lần chạy của kịch bản, 0 lỗi$/m);
    const figures = run.stdout.slice(0, run.stdout.indexOf('\n\n')).split('\n');
    expect(figures).toHaveLength(7);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const line of figures) expect(readme).toContain(`${line}\n`);
    // Each channel and each case the demo is meant to show is there.
    const recorded = /biểu mẫu (\d+), thư có tệp đính kèm (\d+), bảng gõ trong thư (\d+), phiếu giấy (\d+)\); sau hạn: (\d+)/.exec(figures[2])!.slice(1).map(Number);
    expect(recorded.every((n) => n > 0)).toBe(true);
    expect(figures[3]).toMatch(/báo lỗi: [1-9]\d* \(đơn vị đã gửi lại và được ghi: [1-9]/);
    expect(figures[4]).toMatch(/xem xét: [2-9]/);
    const [complete, units] = /nộp đủ: (\d+)\/(\d+)/.exec(figures[1])!.slice(1).map(Number);
    expect(complete / units).toBeGreaterThan(0.6);
    expect(complete).toBeLessThan(units);
    // The visits: every channel the demo writes (typed, Word, the office), a cancellation, reports with one absence, one chased twice, a proposal solved.
    const [email, , office, cancelled, reports, absent, chasedTwice, solved] = /Đi cơ sở: \d+ buổi được mời \(thư (\d+), biểu mẫu (\d+), Văn phòng nhập (\d+)\), (\d+) buổi hủy; (\d+) báo cáo của cán bộ \((\d+) không dự\), (\d+) phải nhắc lần 2; kiến nghị đã giải quyết: (\d+)\//
      .exec(figures[6])!
      .slice(1)
      .map(Number);
    expect([email >= 2, office, cancelled, reports >= 3, absent, chasedTwice, solved]).toEqual([true, 1, 1, true, 1, 1, 1]);
    expect(figures[5]).toMatch(/Mời dự [1-9]\d*.*Nhắc dự [1-9].*Nhắc báo cáo [1-9].*Kiến nghị [1-9]/);

    // out/workbook.xlsx has the Đi cơ sở rows; out/outbox the cadres' letters.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    const visits: string[][] = [];
    workbook.getWorksheet('Đi cơ sở')!.eachRow((row, n) => {
      if (n > 1) visits.push([2, 3, 8, 9].map((c) => String(row.getCell(c).value)));
    });
    expect(visits).toEqual(
      expect.arrayContaining([
        ['Đoàn xã Tam Trà', 'Chi đoàn Xuân Thọ', 'Email', 'Đã báo cáo'],
        ['Đoàn xã Tam Sơn', 'Chi đoàn Thuận Yên Đông', 'Email', 'Đã báo cáo'],
        ['Đoàn xã Tam Tiến', 'Chi đoàn thôn Bích An', 'Thủ công', 'Không dự'],
        ['Đoàn xã Tam Hòa', 'Chi đoàn thôn Bích Ngọc', 'Form', 'Hủy'],
      ]),
    );
    const decoded = readdirSync(join(out, 'outbox')).map((file) => parseEml(readFileSync(join(out, 'outbox', file))).headers.subject ?? '');
    for (const letter of ['Mời dự sinh hoạt Chi đoàn Xuân Thọ – Đoàn xã Tam Trà', 'Nhắc lịch', 'Đề nghị báo cáo kết quả đi cơ sở', 'Nhắc lần 2', 'Hoãn/hủy buổi sinh hoạt', 'Kiến nghị từ buổi đi cơ sở']) {
      expect(decoded.some((subject) => subject.includes(letter))).toBe(true);
    }

    // out/report.docx: the office's report as Docs exports it, read back: header table, title, tables, signature.
    const read = docxDocument(new ZipReader(readFileSync(join(out, 'report.docx'))));
    expect(read.warnings).toEqual([]);
    const grids = read.blocks.flatMap((b) => (b.kind === 'grid' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));
    const [header] = grids;
    expect(header?.[0]?.[0]).toContain('BCH HUYỆN ĐOÀN NÚI THÀNH');
    expect(header?.[0]?.[1]).toMatch(/ĐOÀN TNCS HỒ CHÍ MINH[\s\S]*Núi Thành, ngày 20 tháng 9 năm 2016/);
    const ratings = grids.find((g) => g[0]?.[0] === 'Xếp loại');
    expect(ratings?.map((r) => r[0])).toEqual(['Xếp loại', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu', 'Chưa xếp loại', 'Tổng cộng']);
    expect(grids.some((g) => g[0]?.[0] === 'Cụm')).toBe(true);
    const signature = grids[grids.length - 1]!;
    expect(signature[0]?.[0]).toContain('Nơi nhận:');
    expect(signature[0]?.[1]).toMatch(/TM\. BAN THƯỜNG VỤ[\s\S]*Nguyễn Văn Bình/);
    const lines = read.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
    expect(lines).toEqual(expect.arrayContaining(['BÁO CÁO', 'I. KẾT QUẢ TIẾP NHẬN']));
    expect(lines.find((l) => l.startsWith('Tổng số đơn vị:'))).toContain(`đã gửi đầy đủ xếp loại và đăng ký: ${complete} đơn vị`);
  }, SPAWN_TIMEOUT);

  test('examples/campaign-2016.json is the built-in campaign', () => {
    const parsed = parseCampaignJson(readFileSync(join(ROOT, 'examples/campaign-2016.json'), 'utf8'));
    expect(parsed).toEqual({ ok: true, campaign: DEFAULT_CAMPAIGN });
  });

  test('examples: the 2026 campaign of Thành Đoàn Đà Nẵng with its .eml runs, on the current scale', async () => {
    const file = join(ROOT, 'examples/campaign-2026.json');
    const parsed = parseCampaignJson(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.campaign).toMatchObject({ office: 'Thành Đoàn Đà Nẵng', parent: 'Trung ương Đoàn TNCS Hồ Chí Minh', scale: 'current', periods: [{ code: '2025' }, { code: '2026-H1' }] });
    expect(parsed.campaign.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Đoàn xã Núi Thành', 'Đoàn xã Tam Xuân', 'Đoàn xã Tam Anh', 'Đoàn xã Tam Hải', 'Đoàn xã Tam Mỹ', 'Đoàn xã Đức Phú']));
    const out = mkdtempSync(join(tmpdir(), 'dcs-2026-'));
    const run = start(['--no-serve', '--campaign', file, '--mail', join(ROOT, 'examples/mail-2026'), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Đơn vị đã nộp đủ: 2/13');
    expect(run.stdout).toContain('Thư chờ Văn phòng xem xét: 1');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    const tab = workbook.getWorksheet('Tam Anh')!;
    expect(tab.getCell('C2').value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(workbook.getWorksheet('Tân Hiệp')!.getCell('C2').value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    // Without --mail a campaign other than the built-in one gets no sample mail, and is told how to add some.
    const bare = start(['--no-serve', '--campaign', file, '--out', join(out, 'bare'), '--until', '2026-08-30']);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toContain('Đề nghị thêm --mail THƯ_MỤC (ví dụ examples/mail-2026)');
  }, SPAWN_TIMEOUT);

  test('examples/mail-2016 with examples/campaign-2016.json: body text and a Windows-1258 CSV recorded, a stranger in review', () => {
    const out = mkdtempSync(join(tmpdir(), 'dcs-2016-'));
    const run = start(['--no-serve', '--campaign', join(ROOT, 'examples/campaign-2016.json'), '--mail', join(ROOT, 'examples/mail-2016'), '--until', '2016-09-10', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Bài nộp đã ghi: 2 (biểu mẫu 0, thư có tệp đính kèm 1, bảng gõ trong thư 1, phiếu giấy 0)');
    expect(run.stdout).toContain('Thư chờ Văn phòng xem xét: 1');
  }, SPAWN_TIMEOUT);

  test('an invalid campaign file prints the Vietnamese reasons and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dcs-bad-'));
    const campaign = JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN));
    campaign.units[2].cadre = 'cb-42';
    campaign.deadline = '2016-08-01';
    const file = join(dir, 'campaign.json');
    writeFileSync(file, JSON.stringify(campaign));
    const run = start(['--no-serve', '--campaign', file, '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tệp chiến dịch chưa hợp lệ');
    expect(run.stderr).toContain('deadline (hạn nộp): hạn nộp 2016-08-01 sớm hơn ngày bắt đầu 2016-08-26');
    expect(run.stderr).toContain('units[2].cadre (đơn vị "Đoàn xã Tam Xuân II", cán bộ đứng điểm): không có cán bộ mã "cb-42"');
  }, SPAWN_TIMEOUT);

  test('--mail DIR delivers each .eml at its Date: and writes the replies and reminders to outbox/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dcs-mail-'));
    const office = 'huyendoannuithanh09@gmail.com';
    const table = 'ĐOÀN XÃ TAM TRÀ\n1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá\n';
    writeFileSync(join(dir, 'a.eml'), buildEmlText({ from: 'doan.tamtra@example.org', to: office, messageId: '<a@x>', date: 'Wed, 7 Sep 2016 10:00:00 +0700', text: table }), 'latin1');
    writeFileSync(join(dir, 'b.eml'), buildEmlText({ from: 'la@gmail.com', to: office, messageId: '<b@x>', date: 'Thu, 8 Sep 2016 10:00:00 +0700', text: table }), 'latin1');
    const out = join(dir, 'out');
    const run = start(['--no-serve', '--mail', dir, '--out', out, '--until', '2016-09-09']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    const log = workbook.getWorksheet('Nhật ký nhận')!;
    expect([log.getCell('D2').value, log.getCell('F2').value]).toEqual(['<a@x>', 'Đã ghi']);
    expect([log.getCell('D3').value, log.getCell('F3').value]).toEqual(['<b@x>', 'Chờ xem xét']);
    expect(workbook.getWorksheet('Tam Trà')!.getCell('C2').value).toBe('Vững mạnh');
    const replies = readdirSync(join(out, 'outbox'));
    // The receipt to Tam Trà, then on 09/09 at 07:00 the first reminder to each of the 23 units (none is complete).
    expect(replies).toHaveLength(24);
    const reply = readFileSync(join(out, 'outbox', replies[0]), 'utf8');
    expect(reply).toMatch(/^Date: Wed, 7 Sep 2016 10:\d\d:\d\d \+0700$/m);
    expect(reply).toMatch(/^To: .*doan\.tamtra@example\.org/m);
    const reminder = readFileSync(join(out, 'outbox', replies[1]), 'utf8');
    expect(reminder).toMatch(/^Date: Fri, 9 Sep 2016 07:\d\d:\d\d \+0700$/m);
    expect(reminder).toMatch(/^Cc: /m);
  }, SPAWN_TIMEOUT);

  test('--help prints every option of the CLI contract and exits 0 without running a season', () => {
    const out = mkdtempSync(join(tmpdir(), 'dcs-help-'));
    const run = spawnSync(TSX, ['local/cli.ts', '--help', '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const option of ['--campaign', '--mail', '--until', '--out', '--no-serve', '--port', '--help']) expect(run.stdout).toContain(`  ${option}`);
    expect(run.stdout).not.toContain('Mô phỏng');
    expect(readdirSync(out)).toEqual([]);
  }, SPAWN_TIMEOUT);

  test('an unknown option is explained', () => {
    const run = start(['--frobnicate']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Không hiểu tùy chọn "--frobnicate"');
  }, SPAWN_TIMEOUT);
});
