import type { Dashboard } from '../../src/app/sidebar/dashboard';
import type { PaperOutcome } from '../../src/app/intake/paperIntake';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { accessMessages } from '../../src/app/messages';
import { inputMessages } from '../../src/app/sidebar/sidebarMessages';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { PaperChapter, PaperEntry } from '../../src/domain/paperEntry';
import type { Emulator } from '../../local/emulator';
import { setUpEmulator, snapshot } from './harness';

const CLERK = 'thuky@example.org';
const SON = 'Đoàn xã Tam Sơn';
const SON_EMAIL = 'doan.tamson@example.org';
const [YEN_DONG, YEN_TAY, DONG_SON, TAN_SON] = ['Chi đoàn Thuận Yên Đông', 'Chi đoàn thôn Thuận Yên Tây', 'Chi đoàn thôn Đồng Sơn', 'Chi đoàn thôn Tân Sơn'];

const chapter = (name: string, y2015: string, h2016: string, registration = '', members: number | null = null, isNew = false): PaperChapter => ({
  name,
  isNew,
  ratings: { '2015': y2015, '2016-H1': h2016 },
  registration,
  members,
});

/** Tam Sơn's whole table, as the clerk types it from the paper the unit handed in on 05/09/2016. */
function sonEntry(overrides: Partial<PaperEntry> = {}): PaperEntry {
  return {
    entryId: 'a1b2c3d4e5f6',
    receivedOn: '2016-09-05',
    note: 'Công văn số 12-CV/ĐTN',
    notify: true,
    chapters: [
      chapter(YEN_DONG, 'Khá', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh', 32),
      chapter(YEN_TAY, 'Trung bình', 'Khá', '', 25),
      chapter(DONG_SON, 'Yếu', 'Trung bình', 'Hỗ trợ', 18),
      chapter(TAN_SON, 'Khá', 'Khá'),
    ],
    ...overrides,
  };
}

function emulatorOn(day: string, options: { mailQuota?: number; campaign?: string } = {}): Emulator {
  // Set up on that day: advancing the clock from the start would run weeks of mailbox polls for nothing.
  // The clerk works in the office account (the triggers' owner), so receipts go at once; a clerk
  // with an account of their own has them sent by the office's next poll (officeActions.test.ts).
  return setUpEmulator(options.campaign ?? '', { user: CLERK, mailQuota: options.mailQuota, now: `${day}T10:00:00+07:00` });
}

const submit = (emu: Emulator, entry: unknown, unitId = 'tam-son') => emu.runAs({ user: CLERK }, 'submitPaperEntry', unitId, entry) as PaperOutcome;
const tab = (emu: Emulator, name: string) => emu.values(name).slice(1).map((row) => row.slice(0, 5));
const paperRows = (emu: Emulator) => emu.values('Nhật ký nhận').filter((row) => row[1] === 'Thủ công');

describe('a paper submission typed in the sidebar (submitPaperEntry)', () => {
  test('is logged, applied to the tab, the status and the summary, and confirmed to the unit', () => {
    const emu = emulatorOn('2016-09-06');
    const outcome = submit(emu, sonEntry());
    expect(outcome).toEqual({
      ok: true,
      message: `Đã ghi phiếu giấy của ${SON} (nhận ngày 05/09/2016): 4 Chi đoàn. Đã gửi thư xác nhận tới ${SON_EMAIL}.`,
      notes: ['Đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ.'],
    });
    expect(tab(emu, 'Tam Sơn')).toEqual([
      [YEN_DONG, 32, 'Khá', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh'],
      [YEN_TAY, 25, 'Trung bình', 'Khá', ''],
      [DONG_SON, 18, 'Yếu', 'Trung bình', 'Hỗ trợ'],
      [TAN_SON, '', 'Khá', 'Khá', ''],
    ]);
    expect(emu.values('Tam Sơn')[1][5]).toBe('Thủ công TT-0609-01');
    const [row] = paperRows(emu);
    expect(row.slice(1, 6)).toEqual(['Thủ công', CLERK, 'PG-a1b2c3d4e5f6', SON, 'Đã ghi']);
    expect(row[6]).toBe(`Phiếu giấy nhận ngày 05/09/2016 (Công văn số 12-CV/ĐTN), Văn phòng nhập. Đã ghi 4 Chi đoàn. Đã gửi thư xác nhận tới ${SON_EMAIL}.`);
    expect(JSON.parse(String(row[7]))).toEqual({ unit: 'tam-son', clerk: CLERK, recordedAt: expect.any(String), ...sonEntry() });
    const dashboard = emu.runAs({ user: CLERK }, 'getDashboard') as Dashboard;
    expect(dashboard.units.find((u) => u.id === 'tam-son')).toMatchObject({ complete: true, registration: { state: 'valid' } });
    const summary = emu.values('Tổng hợp').find((r) => r[1] === SON)!;
    // The fourth unit of Cụm 3, its cadre by name, its 75 members; per period each level's count and share, then the unrated.
    expect(summary).toEqual([4, SON, 'Lê Minh Tuấn', 4, 75, 0, 0, 2, 0.5, 1, 0.25, 1, 0.25, 0, 1, 0.25, 2, 0.5, 1, 0.25, 0, 0, 0, YEN_DONG, DONG_SON, 'Đã nộp đủ']);
    expect(emu.mail.sent.map((m) => [m.to, m.subject])).toEqual([[SON_EMAIL, `[Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – ${SON}`]]);
    expect(emu.mail.sent[0].body).toContain('gửi bằng văn bản (Văn phòng Huyện đoàn nhập vào bảng theo dõi) ngày 05/09/2016. Số hiệu: TT-0609-01.');
    const outbox = emu.values('Nhật ký gửi').slice(1);
    expect(outbox.map((r) => [r[1], r[2], r[5], r[6]])).toEqual([['Xác nhận', SON_EMAIL, 'Xác nhận|PG-a1b2c3d4e5f6', 'Đã gửi']]);
    // The unit detail shows it in its history.
    const detail = emu.runAs({ user: CLERK }, 'getUnitDetail', 'tam-son') as UnitDetail;
    expect(detail.history[0]).toMatchObject({ source: 'Thủ công', sender: CLERK, status: 'Đã ghi' });
    expect(detail.entry).toEqual({ ratings: ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'], registrations: ['Xây dựng Chi đoàn mạnh', 'Hỗ trợ'], today: '2016-09-06' });
  });

  test('the same entry sent twice (a double click, a retry after a lost answer) is recorded once', () => {
    const emu = emulatorOn('2016-09-06');
    submit(emu, sonEntry());
    const before = snapshot(emu);
    const again = submit(emu, sonEntry());
    expect(again).toMatchObject({ ok: true, message: expect.stringMatching(/^Phiếu này đã được ghi trước đó \(số hiệu TT-0609-01, dòng \d+ của Nhật ký nhận\)/) });
    expect(snapshot(emu)).toEqual(before);
    expect(emu.mail.sent).toHaveLength(1);
  });

  test('an entry with a wrong date, a chapter twice or a rating outside the scale writes nothing and tells the clerk every point at once', () => {
    const emu = emulatorOn('2016-09-06');
    const before = snapshot(emu);
    const outcome = submit(
      emu,
      sonEntry({
        receivedOn: '2016-09-07',
        chapters: [
          chapter(YEN_DONG, 'Khá', 'Tốt lắm'),
          chapter(YEN_TAY, 'Trung bình', 'Khá', 'Hỗ trợ'),
          chapter(DONG_SON, 'Yếu', 'Trung bình', 'Hỗ trợ'),
          chapter(TAN_SON, 'Khá', 'Khá', 'Hỗ trợ'),
          chapter('Chi đoàn thôn Tân Sơn', 'Khá', 'Khá'),
          chapter('Chi đoàn Đồng Sơn', 'Khá', 'Khá', '', null, true),
        ],
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'ngày nhận văn bản 07/09/2016 sau ngày hôm nay (06/09/2016): đề nghị chọn đúng ngày Văn phòng nhận văn bản',
        'Chi đoàn thôn Tân Sơn được nhập hai lần: đề nghị bỏ một dòng',
        'Chi đoàn Đồng Sơn đã có trong danh sách Chi đoàn của đơn vị: đề nghị nhập vào dòng sẵn có thay vì thêm Chi đoàn mới',
        `${YEN_DONG}, xếp loại 6 tháng đầu năm 2016: “Tốt lắm” không phải một mức xếp loại của đợt này`,
      ],
    });
    expect(snapshot(emu)).toEqual(before);
    expect(emu.mail.sent).toEqual([]);
  });

  test('a partial paper: the chapters it names are recorded, a new chapter is added, and the clerk is told what is still missing', () => {
    const emu = emulatorOn('2016-09-06');
    const outcome = submit(
      emu,
      sonEntry({
        notify: false,
        chapters: [
          chapter(YEN_DONG, 'Khá', 'Khá', 'Xây dựng Chi đoàn mạnh'),
          chapter(YEN_TAY, '', 'Vững mạnh', 'Hỗ trợ'),
          chapter(DONG_SON, '', ''),
          chapter(TAN_SON, '', ''),
          chapter('Chi đoàn thôn Tân An', 'Vững mạnh', 'Khá', '', 20, true),
        ],
      }),
    );
    expect(outcome).toEqual({
      ok: true,
      message: `Đã ghi phiếu giấy của ${SON} (nhận ngày 05/09/2016): 3 Chi đoàn. Không gửi thư xác nhận (theo lựa chọn khi nhập).`,
      notes: [
        'Đơn vị còn thiếu: năm 2015 còn thiếu 3/5 Chi đoàn; 6 tháng đầu năm 2016 còn thiếu 2/5 Chi đoàn.',
        `Lưu ý: ${YEN_TAY} được đăng ký hỗ trợ nhưng không thuộc nhóm xếp loại thấp nhất của đơn vị (vẫn được ghi).`,
      ],
    });
    expect(tab(emu, 'Tam Sơn')).toEqual([
      [YEN_DONG, '', 'Khá', 'Khá', 'Xây dựng Chi đoàn mạnh'],
      [YEN_TAY, '', '', 'Vững mạnh', 'Hỗ trợ'],
      [DONG_SON, '', '', '', ''],
      [TAN_SON, '', '', '', ''],
      ['Chi đoàn thôn Tân An', 20, 'Vững mạnh', 'Khá', ''],
    ]);
    expect(emu.values('Tam Sơn')[5][5]).toBe('Thủ công TT-0609-01 (Chi đoàn mới)');
    expect(emu.mail.sent).toEqual([]);
    expect(emu.values('Nhật ký gửi')).toHaveLength(1);
  });

  test('a unit that phones in one rating is recorded without a registration: what it did not say stays as it was (issue 16)', () => {
    const emu = emulatorOn('2016-09-06');
    const before = tab(emu, 'Tam Sơn');
    const outcome = submit(emu, sonEntry({ notify: false, note: 'Bí thư báo qua điện thoại', chapters: [chapter(YEN_TAY, 'Khá', '')] }));
    expect(outcome).toEqual({
      ok: true,
      message: `Đã ghi phiếu giấy của ${SON} (nhận ngày 05/09/2016): 1 Chi đoàn. Không gửi thư xác nhận (theo lựa chọn khi nhập).`,
      notes: [expect.stringMatching(/^Đơn vị còn thiếu: .*đăng ký/)],
    });
    expect(tab(emu, 'Tam Sơn')).toEqual(before.map((row) => (row[0] === YEN_TAY ? [YEN_TAY, row[1], 'Khá', row[3], row[4]] : row)));
    expect(paperRows(emu).map((row) => row[5])).toEqual(['Đã ghi']);
    // A registration it states, even a part of one, is recorded as an email's would be, and its gaps are said.
    const registered = submit(emu, sonEntry({ entryId: 'b1b2c3d4e5f6', notify: false, chapters: [chapter(YEN_DONG, '', '', 'Xây dựng Chi đoàn mạnh')] }));
    expect(registered).toMatchObject({ ok: true, notes: ['Đơn vị còn thiếu: năm 2015 còn thiếu 3/4 Chi đoàn; 6 tháng đầu năm 2016 chưa nộp; đăng ký chưa hợp lệ.'] });
    expect(tab(emu, 'Tam Sơn').map((row) => row[4])).toEqual(['Xây dựng Chi đoàn mạnh', '', '', '']);
  });

  test('over the day\'s mail quota the paper is still recorded, and the clerk is told the receipt waits for the quota (issue 14: deferred, not skipped)', () => {
    const emu = emulatorOn('2016-09-06', { mailQuota: 0 });
    const outcome = submit(emu, sonEntry());
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('Thư xác nhận chưa gửi được vì hôm nay đã hết hạn mức gửi thư; sẽ tự động gửi') });
    expect(emu.values('Nhật ký gửi').slice(1).map((row) => [row[5], row[6]])).toEqual([['Xác nhận|PG-a1b2c3d4e5f6', 'Hoãn']]);
    expect(tab(emu, 'Tam Sơn')[0]).toEqual([YEN_DONG, 32, 'Khá', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh']);
    expect(paperRows(emu)[0][5]).toBe('Đã ghi');
    expect(emu.mail.sent).toEqual([]);
  });

  test('refuses anyone who cannot edit the workbook, and malformed input with a Vietnamese message', () => {
    const emu = emulatorOn('2016-09-06');
    expect(() => emu.runAs({ user: 'nguoi.ngoai@example.org' }, 'submitPaperEntry', 'tam-son', sonEntry())).toThrow(accessMessages.notEditor);
    const bad: unknown[] = [
      null,
      'phiếu',
      { ...sonEntry(), entryId: 'x' },
      { ...sonEntry(), receivedOn: '31/09/2016' },
      { ...sonEntry(), chapters: [] },
      { ...sonEntry(), chapters: [{ ...chapter(YEN_DONG, 'Khá', 'Khá'), members: -1 }] },
      { ...sonEntry(), chapters: [{ ...chapter(YEN_DONG, 'Khá', 'Khá'), members: 2.5 }] },
      { ...sonEntry(), chapters: [{ ...chapter(' ', 'Khá', 'Khá') }] },
      { ...sonEntry(), extra: true },
    ];
    for (const entry of bad) expect(() => submit(emu, entry)).toThrow(/^Phiếu nhập không đúng cấu trúc/);
    expect(() => submit(emu, sonEntry(), '')).toThrow(inputMessages.unitId);
    expect(submit(emu, sonEntry(), 'khong-co')).toEqual({ ok: false, problems: ['Không có đơn vị mã "khong-co" trong trang Đơn vị: có thể đã bị đổi hoặc xóa. Đề nghị tải lại bảng điều khiển.'] });
    expect(paperRows(emu)).toEqual([]);
  });

  test('makes the same number of Spreadsheet calls at 23 units and at 200', () => {
    const measure = (campaign?: string) => {
      const emu = emulatorOn('2016-09-06', { campaign });
      expect(submit(emu, sonEntry()).ok).toBe(true);
      return { spreadsheet: emu.calls.total('Spreadsheet'), byMethod: emu.calls.byMethod() };
    };
    const extra = Array.from({ length: 177 }, (_, i) => ({ ...DEFAULT_CAMPAIGN.units[0], id: `mau-${i}`, name: `Đoàn xã Mẫu ${i}`, short: `Mẫu ${i}`, emails: [`mau${i}@example.org`] }));
    const small = measure();
    const large = measure(JSON.stringify({ ...DEFAULT_CAMPAIGN, units: [...DEFAULT_CAMPAIGN.units, ...extra] }));
    expect(large.byMethod).toEqual(small.byMethod);
    // Measured: 37, a form response's reads and writes (Cấu hình, Đơn vị, Cán bộ, both logs, the tab
    // with the formulas of the rows it writes, Tổng hợp) plus the editor check (getActiveSpreadsheet,
    // getOwner: the office account is the owner, so getEditors is not needed).
    expect(small.spreadsheet).toBe(37);
  }, 60_000);
});

describe('a paper submission under faults', () => {
  test('resumed after its receipt went out, with the day\'s quota now spent, it still says the receipt was sent', () => {
    const clean = emulatorOn('2016-09-06', { mailQuota: 1 });
    submit(clean, sonEntry());
    const lastWrite = clean.calls.log.filter((call) => call === 'Range.setValues').length - 1;
    const emu = emulatorOn('2016-09-06', { mailQuota: 1 });
    // The run dies at its last write, the log row's `Đã ghi`: the receipt has gone, the quota is spent.
    emu.faults.failOn('Range.setValues', lastWrite);
    expect(() => submit(emu, sonEntry())).toThrow();
    expect(emu.mail.sent).toHaveLength(1);
    const again = submit(emu, sonEntry());
    expect(again).toMatchObject({ ok: true, message: expect.stringContaining(`Đã gửi thư xác nhận tới ${SON_EMAIL}.`) });
    expect(emu.mail.sent).toHaveLength(1);
    expect(paperRows(emu).map((row) => row[5])).toEqual(['Đã ghi']);
  });

  test('left half-done (the receipt failed and the clerk closed the sidebar), it is finished by the next mailbox poll, once', () => {
    const emu = emulatorOn('2016-09-06');
    emu.faults.failOn('MailApp.sendEmail', 0, 'Service unavailable: Mail');
    expect(() => submit(emu, sonEntry())).toThrow('Service unavailable: Mail');
    expect(paperRows(emu).map((row) => row[5])).toEqual(['Đang xử lý']);
    expect(emu.mail.sent).toEqual([]);
    emu.run('pollMailbox');
    expect(paperRows(emu).map((row) => row[5])).toEqual(['Đã ghi']);
    expect(String(paperRows(emu)[0][6])).toContain(`Đã gửi thư xác nhận tới ${SON_EMAIL}.`);
    expect(emu.mail.sent.map((m) => m.to)).toEqual([SON_EMAIL]);
    emu.run('pollMailbox');
    expect(emu.mail.sent).toHaveLength(1);
    expect(submit(emu, sonEntry())).toMatchObject({ ok: true, message: expect.stringContaining('đã được ghi trước đó') });
  });

  const TWO_UNITS = JSON.stringify({ ...DEFAULT_CAMPAIGN, units: DEFAULT_CAMPAIGN.units.filter((u) => ['tam-tra', 'tam-son'].includes(u.id)) });
  const observable = (emu: Emulator) => {
    // Times differ between a clean run and one retried later: date cells, and the instants in `Ghi nhận` and in the logged entry.
    const timeless = (text: string) => text.replace(/\[\d{12,13},/g, '[time,').replace(/"recordedAt":"[^"]+"/, '"recordedAt":"time"');
    const withoutTimes = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell instanceof Date ? 'time' : cell === 'Đang gửi' ? 'Đã gửi' : typeof cell === 'string' ? timeless(cell) : cell)));
    return { sheets: Object.fromEntries(Object.entries(snapshot(emu)).map(([name, rows]) => [name, withoutTimes(rows)])), mail: emu.mail.sent.map((m) => [m.to, m.subject, m.body]) };
  };

  test('a failure at any service call, then the clerk clicking again, ends as an entry without faults', () => {
    const clean = emulatorOn('2016-09-06', { campaign: TWO_UNITS });
    submit(clean, sonEntry());
    const expected = observable(clean);
    const calls = clean.calls.total();
    const failures: { index: number; call: string }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = emulatorOn('2016-09-06', { campaign: TWO_UNITS });
      emu.faults.failAt(index);
      try {
        submit(emu, sonEntry());
      } catch {
        // The page shows the error and keeps the entry (and its id) for the next click.
      }
      emu.faults.clear();
      expect(submit(emu, sonEntry()).ok).toBe(true);
      if (JSON.stringify(observable(emu)) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index] });
    }
    expect(calls).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  }, 120_000);
});
