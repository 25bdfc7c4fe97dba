import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportEarlierOutcome } from '../../src/app/carryOver/importEarlier';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { PaperChapter, PaperEntry } from '../../src/domain/paperEntry';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { accessMessages, lockMessages } from '../../src/app/messages';
import { setUpEmulator, snapshot } from './harness';
import { readLocking } from './lockDiscipline';

const CLERK = 'thuky@example.org';
const [XUAN_THO, DONG_LANG, YEN_DONG, TAN_SON] = ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Đồng Làng', 'Chi đoàn Thuận Yên Đông', 'Chi đoàn thôn Tân Sơn'];
const [HTXS, HTT, HT] = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];

/** Before the 2025 merger: Tam Trà and Tam Sơn, rated for 2024 and 2025 on the current scale. */
const EARLIER = JSON.stringify({
  ...DEFAULT_CAMPAIGN,
  name: 'Đi cơ sở xây dựng phong trào năm 2025',
  start: '2025-05-05',
  deadline: '2025-05-20',
  scale: 'current',
  periods: [
    { code: '2024', label: 'năm 2024' },
    { code: '2025', label: 'năm 2025' },
  ],
  pilots: [],
  units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)),
});

const chapter = (name: string, y2024: string, y2025: string): PaperChapter => ({ name, isNew: false, ratings: { '2024': y2024, '2025': y2025 }, registration: '', members: null });
const entry = (entryId: string, chapters: PaperChapter[]): PaperEntry => ({ entryId, receivedOn: '2025-05-06', note: '', notify: false, chapters });

/** The earlier workbook with both units' ratings recorded, exported as Sheets downloads it. */
async function earlierExport(extra?: (emu: Emulator) => void): Promise<Buffer> {
  const emu = setUpEmulator(EARLIER, { user: CLERK, now: '2025-05-06T10:00:00+07:00' });
  const paper = (unit: string, e: PaperEntry) => expect(emu.runAs({ user: CLERK }, 'submitPaperEntry', unit, e)).toMatchObject({ ok: true });
  paper('tam-tra', entry('aaaaaaaaaaaa', [chapter(XUAN_THO, HTT, HTXS), chapter(DONG_LANG, HT, HTT)]));
  paper('tam-son', entry('bbbbbbbbbbbb', [chapter(YEN_DONG, HTXS, HT)]));
  extra?.(emu);
  const file = join(mkdtempSync(join(tmpdir(), 'so-cu-')), 'so-2025.xlsx');
  await emu.exportXlsx(file);
  return readFileSync(file);
}

const CAMPAIGN_2026 = readFileSync(join(__dirname, '../../examples/campaign-2026.json'), 'utf8');

/** The 2026 city office, its Núi Thành merged from the units named: setup writes them in `Sáp nhập từ` of `Đơn vị`. */
function newOffice(formerly: string[]): Emulator {
  return setUpEmulator(campaign2026(formerly), { now: '2026-08-25T10:00:00+07:00' });
}

/** The 2026 example with Núi Thành's `formerly` replaced (none: no unit has one). */
function campaign2026(formerly: string[] | null): string {
  const campaign = JSON.parse(CAMPAIGN_2026) as { units: { id: string; formerly?: string[] }[] };
  const units = campaign.units.map(({ formerly: _, ...unit }) => (unit.id === 'nui-thanh' && formerly ? { ...unit, formerly } : unit));
  return JSON.stringify({ ...campaign, units });
}

/** The same office set up without `formerly`: the office types the column itself. */
function officeTyped(formerly: string): Emulator {
  const emu = setUpEmulator(campaign2026(null), { now: '2026-08-25T10:00:00+07:00' });
  expect(emu.values('Đơn vị')[0]).not.toContain('Sáp nhập từ');
  const sheet = emu.spreadsheet.getSheetByName('Đơn vị')!;
  const values = emu.values('Đơn vị');
  const column = values[0].length + 1;
  if (sheet.getMaxColumns() < column) sheet.insertColumnAfter(sheet.getMaxColumns());
  sheet.getRange(1, column).setValue('Sáp nhập từ');
  sheet.getRange(values.findIndex((row) => row[0] === 'nui-thanh') + 1, column).setValue(formerly);
  return emu;
}

const importFile = (emu: Emulator, bytes: Buffer) => emu.run('importEarlierWorkbook', 'so-2025.xlsx', bytes.toString('base64')) as ImportEarlierOutcome;
const tabRow = (emu: Emulator, name: string) => emu.values('Núi Thành').find((row) => row[0] === name);
const importRows = (emu: Emulator) => emu.values('Nhật ký nhận').filter((row) => String(row[3]).startsWith('SC-'));

describe('a merged unit brings its predecessors’ earlier ratings (formerly, importEarlierWorkbook)', () => {
  let earlier: Buffer;
  beforeAll(async () => {
    earlier = await earlierExport();
  });

  test('the chapters of the units it names are carried for the common period, with their source; a unit not found is said', () => {
    const emu = newOffice(['tam-tra', 'Đoàn xã Tam Sơn', 'Đoàn xã Tam Không']);
    const units = emu.values('Đơn vị');
    const formerlyColumn = units[0].indexOf('Sáp nhập từ');
    expect(units.find((row) => row[0] === 'nui-thanh')![formerlyColumn]).toBe('tam-tra; Đoàn xã Tam Sơn; Đoàn xã Tam Không');
    // The form's links still find their column after it, and the sidebar reads the sheet.
    expect(String(units.find((row) => row[0] === 'nui-thanh')![units[0].indexOf('Biểu mẫu')])).toMatch(/^https:/);
    expect((emu.run('getDashboard') as { units: { id: string }[] }).units.map((u) => u.id)).toContain('nui-thanh');
    const outcome = importFile(emu, earlier);
    expect(outcome).toEqual({
      ok: true,
      message: 'Đã nhập kết quả sổ cũ cho 1 đơn vị, 3 Chi đoàn.',
      notes: [
        'Đoàn xã Núi Thành: không tìm thấy đơn vị cũ “Đoàn xã Tam Không” trong tệp đã chọn.',
        'Đoàn xã Núi Thành: đã ghi kết quả của 3 Chi đoàn từ Đoàn xã Tam Trà, Đoàn xã Tam Sơn.',
      ],
    });
    const header = emu.values('Núi Thành')[0];
    const at = (name: string) => header.indexOf(name);
    const [rating2025, rating2026, source] = [at('Xếp loại năm 2025'), at('Xếp loại 6 tháng đầu năm 2026'), at('Nguồn')];
    const carried = [XUAN_THO, DONG_LANG, YEN_DONG].map((name) => tabRow(emu, name)!);
    expect(carried.map((row) => [row[0], row[rating2025], row[rating2026]])).toEqual([
      [XUAN_THO, HTXS, ''],
      [DONG_LANG, HTT, ''],
      [YEN_DONG, HT, ''],
    ]);
    expect(String(carried[0][source])).toMatch(/^Sổ cũ \(Đoàn xã Tam Trà\): SC-[0-9a-z]+-nui-thanh/);
    expect(String(carried[2][source])).toMatch(/^Sổ cũ \(Đoàn xã Tam Sơn\): SC-/);
    // A chapter the earlier workbook did not rate is not carried; registrations never are.
    expect(tabRow(emu, TAN_SON)).toBeUndefined();
    expect(carried.every((row) => row[at('Đăng ký')] === '')).toBe(true);
    const [log] = importRows(emu);
    expect(log.slice(1, 6)).toEqual(['Thủ công', 'vanphong.huyendoan@example.org', expect.stringMatching(/^SC-/), 'Đoàn xã Núi Thành', 'Đã ghi']);
    expect(log[6]).toContain('Nhập kết quả sổ cũ từ tệp so-2025.xlsx: Đoàn xã Tam Trà; Đoàn xã Tam Sơn');
    // The units without `formerly` are left as they were.
    expect(emu.values('Tam Hải').slice(1).every((row) => row[2] === '')).toBe(true);
  });

  test('importing the same file again changes nothing (the earlier units typed by the office)', () => {
    const emu = officeTyped('tam-tra; tam-son');
    importFile(emu, earlier);
    const before = snapshot(emu);
    const again = importFile(emu, earlier);
    expect(again).toMatchObject({ ok: true, notes: [expect.stringMatching(/^Đoàn xã Núi Thành: tệp này đã được nhập trước đó \(dòng \d+ của Nhật ký nhận\)/)] });
    expect(snapshot(emu)).toEqual(before);
  });

  test('what the unit itself sends later wins over an imported value, also when a newer export is imported after', async () => {
    const emu = newOffice(['tam-tra', 'tam-son']);
    importFile(emu, earlier);
    emu.gmail.deliver(
      buildEmlText({
        from: 'Đoàn xã Núi Thành <doan.nuithanh@example.org>',
        to: 'Thành Đoàn Đà Nẵng <vanphong.thanhdoan@example.org>',
        messageId: '<later@nuithanh.example.org>',
        date: 'Wed, 26 Aug 2026 09:00:00 +0700',
        text: ['ĐOÀN XÃ NÚI THÀNH', `1. ${XUAN_THO}: năm 2025 Hoàn thành nhiệm vụ`].join('\n'),
      }),
    );
    emu.clock.advanceBy(24 * 3600 * 1000);
    const rating2025 = emu.values('Núi Thành')[0].indexOf('Xếp loại năm 2025');
    expect(tabRow(emu, XUAN_THO)![rating2025]).toBe(HT);
    // The earlier office recorded one more chapter since: a new export, imported anew.
    const newer = await earlierExport((old) =>
      expect(old.runAs({ user: CLERK }, 'submitPaperEntry', 'tam-son', entry('cccccccccccc', [chapter(TAN_SON, HT, HTT)]))).toMatchObject({ ok: true }),
    );
    const outcome = importFile(emu, newer);
    expect(outcome).toMatchObject({ ok: true, notes: expect.arrayContaining(['Đoàn xã Núi Thành: 1 kết quả không thay đổi vì đơn vị đã gửi kết quả mới hơn.']) });
    expect(tabRow(emu, XUAN_THO)![rating2025]).toBe(HT);
    expect(tabRow(emu, TAN_SON)![rating2025]).toBe(HTT);
  });

  test('an editor only, every call under the script lock; busy, it changes nothing', () => {
    const emu = newOffice(['tam-tra', 'tam-son']);
    const before = snapshot(emu);
    expect(() => emu.runAs({ user: 'nguoi.ngoai@example.org' }, 'importEarlierWorkbook', 'so-2025.xlsx', earlier.toString('base64'))).toThrow(accessMessages.notEditor);
    emu.lock.holdByOther();
    expect(() => importFile(emu, earlier)).toThrow(lockMessages.busy);
    expect(snapshot(emu)).toEqual(before);
    emu.lock.release();
    emu.calls.reset();
    importFile(emu, earlier);
    const reading = readLocking(emu.calls.log);
    expect(reading.outside).toEqual([]);
    expect(emu.races).toEqual([]);
  });

  test('a file that is not a workbook of this tool is refused with a clear answer, nothing written', () => {
    const emu = newOffice(['tam-tra']);
    const before = snapshot(emu);
    expect(importFile(emu, Buffer.from('không phải tệp Excel'))).toEqual({ ok: false, problems: [expect.stringContaining('không phải tệp Excel (.xlsx)')] });
    expect(snapshot(emu)).toEqual(before);
  });
});
