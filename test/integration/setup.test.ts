import { runInContext } from 'node:vm';
import { unitsFormId } from './cadreFormHarness';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Campaign } from '../../src/domain/campaign';
import { finishFormBuild, newEmulator, setUpEmulator, sheetNames, snapshot } from './harness';

const SYSTEM_SHEETS = ['Tổng hợp', 'Đơn vị', 'Đi cơ sở', 'Nhật ký nhận', 'Nhật ký gửi', 'Cán bộ', 'Cấu hình'];

describe('dist/Code.js in the emulator: foundation', () => {
  test('only Apps Script globals exist inside the vm', () => {
    const emu = newEmulator();
    for (const name of ['require', 'process', 'setTimeout', 'TextDecoder', 'Buffer']) {
      expect(runInContext(`typeof ${name}`, emu.context)).toBe('undefined');
    }
    expect(runInContext('typeof SpreadsheetApp', emu.context)).toBe('object');
  });

  test('onOpen adds the Đi cơ sở menu', () => {
    const emu = newEmulator();
    emu.run('onOpen');
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menus[0].name).toBe('Đi cơ sở');
    expect(JSON.stringify(emu.ui.menus[0].items)).toContain('setup');
  });

  test('setup from the menu with an empty answer builds every sheet from the built-in campaign', () => {
    const emu = newEmulator();
    emu.ui.respond({ button: 'OK', text: '' });
    emu.run('setup');
    // The form is finished by a one-off trigger after setup (one execution cannot lay it all out).
    finishFormBuild(emu);
    const names = sheetNames(emu);
    for (const name of SYSTEM_SHEETS) expect(names).toContain(name);
    for (const unit of DEFAULT_CAMPAIGN.units) expect(names).toContain(unit.short);
    // No response sheet: the units' form has no destination (responses are read from the form).
    expect(names).toHaveLength(SYSTEM_SHEETS.length + DEFAULT_CAMPAIGN.units.length);
    expect(names[0]).toBe('Tổng hợp');
    expect(emu.spreadsheet.getFormUrl()).toBeNull();

    const tamTra = emu.values('Tam Trà');
    expect(tamTra[0]).toEqual(['Chi đoàn', 'Số đoàn viên', 'Xếp loại năm 2015', 'Xếp loại 6 tháng đầu năm 2016', 'Đăng ký', 'Nguồn', 'Cập nhật', 'Ghi nhận']);
    expect(tamTra.slice(1).map((row) => row[0])).toEqual(DEFAULT_CAMPAIGN.units.find((u) => u.id === 'tam-tra')!.chapters);
    const sheet = emu.spreadsheet.getSheetByName('Tam Trà')!;
    expect(sheet.getFrozenRows()).toBe(1);
    // `Ghi nhận` (when and whence each value came) is the code's: hidden, the copy keeps the template's.
    expect([7, 8].map((column) => sheet.isColumnHiddenByUser(column))).toEqual([false, true]);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']);
    expect(sheet.getRange('E2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Xây dựng Chi đoàn mạnh', 'Hỗ trợ']);
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);

    expect(emu.values('Nhật ký nhận')[0]).toEqual(['Thời gian', 'Nguồn', 'Người gửi', 'Mã', 'Đơn vị', 'Trạng thái', 'Chi tiết', 'Nội dung gốc', 'Số hiệu', 'Mã Gmail']);
    expect(emu.spreadsheet.getSheetByName('Nhật ký nhận')!.isColumnHiddenByUser(10)).toBe(true);
    expect(emu.values('Nhật ký gửi')[0]).toEqual(['Thời gian', 'Loại', 'Người nhận', 'CC', 'Tiêu đề', 'Khóa', 'Trạng thái']);
    const units = emu.values('Đơn vị');
    expect(units).toHaveLength(DEFAULT_CAMPAIGN.units.length + 1);
    // The cadre shown by name, chosen from the names of `Cán bộ`; the id kept hidden (`Mã cán bộ`).
    expect(units[1].slice(0, 8)).toEqual(['tt-nui-thanh', 'Đoàn thị trấn Núi Thành', 'TT Núi Thành', 'Thị trấn', 'Cụm 1', 'doan.ttnuithanh@example.org', 'Trần Văn Hùng', 'Nguyễn Văn Bình']);
    const cadreRule = emu.spreadsheet.getSheetByName('Đơn vị')!.getRange('H2').getDataValidation()!;
    expect((cadreRule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toMatch(/^B2:B\d*$/);
    expect((cadreRule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()).toBe('Cán bộ');
    // Then, hidden, the sheet id of the unit's tab (found by it when the office renames the tab).
    const ttNuiThanh = emu.spreadsheet.getSheetByName('TT Núi Thành')!.getSheetId();
    expect(units[1].slice(8)).toEqual(['Chưa nộp (0/6)', 'Chưa nộp (0/6)', 'Chưa đăng ký', 'Chưa đủ', '', ttNuiThanh, 'cb-01', expect.stringMatching(/^https:\/\/docs\.google\.com\/forms\//)]);
    expect(units[0].slice(13, 15)).toEqual(['Mã trang tính', 'Mã cán bộ']);
    expect([14, 15].map((column) => emu.spreadsheet.getSheetByName('Đơn vị')!.isColumnHiddenByUser(column))).toEqual([true, true]);
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const total = emu.values('Tổng hợp').find((row) => row[1] === 'Toàn huyện')!;
    expect(total.at(-1)).toBe(`0/${DEFAULT_CAMPAIGN.units.length} đơn vị đã nộp đủ`);
  });

  test('a second setup changes no cell and makes a fixed number of calls', () => {
    const emu = setUpEmulator();
    const before = snapshot(emu);
    emu.ui.respond({ button: 'OK' });
    emu.run('setup');
    expect(snapshot(emu)).toEqual(before);
    // listing the sheets (1 + 29 names), reading three sheets, the lock and the final alert; and the
    // cadres' form's submit trigger looked for (the triggers listed, each one's handler up to it: 6)
    expect(emu.calls.total('Spreadsheet')).toBeLessThanOrEqual(45);
    expect(emu.calls.total()).toBeLessThanOrEqual(61);
  });

  test('a unit added to Đơn vị gets its tab; entered data is untouched', () => {
    const emu = setUpEmulator();
    const tab = emu.spreadsheet.getSheetByName('Tam Trà')!;
    tab.getRange('C2:E2').setValues([['Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh']]);
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    units.appendRow(['tam-phu', 'Đoàn xã Tam Phú', 'Tam Phú', 'Xã', 'Cụm 4', 'doan.tamphu@example.org', 'Lê Văn Phú', 'cb-04']);
    const before = snapshot(emu);
    emu.run('setupFromCampaign_', '');
    const after = snapshot(emu);
    expect(after['Tam Phú'][0][0]).toBe('Chi đoàn');
    for (const name of Object.keys(before)) {
      if (name !== 'Đơn vị') expect(after[name]).toEqual(before[name]);
    }
    expect(after['Tam Trà'][1].slice(2, 5)).toEqual(['Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh']);
    // The new unit also gets its section of the form and its pre-filled link.
    const tamPhu = emu.spreadsheet.getSheetByName('Tam Phú')!.getSheetId();
    // Appended by hand with the cadre's id (as before names were shown) and no hidden id: read as that cadre.
    expect(after['Đơn vị'].at(-1)!.slice(8)).toEqual(['Chưa nộp (0/0)', 'Chưa nộp (0/0)', 'Chưa đăng ký', 'Chưa đủ', '', tamPhu, '', expect.stringMatching(/^https:\/\/docs\.google\.com\/forms\/.*viewform\?usp=pp_url/)]);
    expect(emu.forms.items(unitsFormId(emu)).filter((i) => i.type === 'PAGE_BREAK').at(-1)?.title).toBe('Đoàn xã Tam Phú');
  });

  test('names a tab or a cell cannot hold are refused before any sheet is made (a 60,000-character name, a leading apostrophe)', () => {
    const emu = newEmulator();
    const campaign = JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN));
    campaign.units[0].name = 'Đoàn xã Tam Trà '.repeat(3750);
    campaign.units[1].short = "'TT Núi Thành";
    const before = snapshot(emu);
    const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; errors: string[] };
    expect(outcome.kind).toBe('invalidCampaign');
    expect(outcome.errors).toEqual([
      'units[0].name (đơn vị "TT Núi Thành", tên đơn vị): dài 59.999 ký tự, quá 300 ký tự: đề nghị rút gọn còn tối đa 300 ký tự',
    ]);
    campaign.units[0].name = 'Đoàn thị trấn Núi Thành';
    const second = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; errors: string[] };
    expect(second.errors).toEqual([
      `units[1].short (đơn vị "Đoàn xã Tam Xuân I", tên viết tắt): tên viết tắt "'TT Núi Thành" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('), tên trang tính không được như vậy: đề nghị bỏ dấu nháy`,
    ]);
    expect(snapshot(emu)).toEqual(before);
  });

  test.each<[string, (c: Campaign) => void, string]>([
    ['a short name with a character tabs refuse', (c) => (c.units[3].short = 'Tam Tiến [cũ]'), 'units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): tên viết tắt "Tam Tiến [cũ]" chứa ký tự'],
    ['a short name over 100 characters', (c) => (c.units[3].short = 'Tam Tiến '.repeat(12)), 'units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): dài 107 ký tự, quá 100 ký tự'],
    ['a short name that is a system sheet, other accents', (c) => (c.units[3].short = 'Tong hop'), 'units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): tên viết tắt "Tong hop" trùng tên một trang tính của hệ thống'],
    ['a short name that is setup’s template sheet', (c) => (c.units[3].short = 'Mẫu trang đơn vị (tạm)'), 'trùng tên một trang tính của hệ thống'],
    ['two short names differing only by case', (c) => (c.units[3].short = 'tam xuân ii'), 'units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): tên viết tắt (tên trang tính) "tam xuân ii" trùng với "Tam Xuân II"'],
    ['two unit names differing only by accents', (c) => (c.units[3].name = 'Doan xa Tam Xuan II'), 'units[3].name (đơn vị "Doan xa Tam Xuan II", tên đơn vị): tên đơn vị "Doan xa Tam Xuan II" trùng với "Đoàn xã Tam Xuân II"'],
    ['a 60,000-character unit id', (c) => (c.units[3].id = 'x'.repeat(60_000)), 'units[3].id (đơn vị "Đoàn xã Tam Tiến", mã đơn vị): dài 60.000 ký tự, quá 60 ký tự'],
    ['a 60,000-character cadre email', (c) => (c.cadres[2].email = `${'x'.repeat(60_000)}@example.org`), 'cadres[2].email (cán bộ "Lê Minh Tuấn", email): dài 60.012 ký tự'],
    ['a 60,000-character office name', (c) => (c.office = 'Huyện đoàn '.repeat(5455)), 'office (tên cơ quan): dài 60.004 ký tự, quá 300 ký tự'],
    ['a 60,000-character signer', (c) => (c.signer = { title: 'Bí thư', name: 'Nguyễn '.repeat(8600) }), 'signer.name (họ tên người ký): dài 60.199 ký tự'],
  ])('%s: setup writes nothing and says which unit and field, and how to fix it', (_, spoil, expected) => {
    const emu = newEmulator();
    const campaign = JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN)) as Campaign;
    spoil(campaign);
    const before = snapshot(emu);
    const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; errors: string[] };
    expect(outcome.kind).toBe('invalidCampaign');
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toContain(expected);
    expect(outcome.errors[0]).toMatch(/đề nghị/);
    expect(snapshot(emu)).toEqual(before);
    expect(emu.calls.log.filter((call) => /insertSheet|setValues|setName/.test(call))).toEqual([]);
  });

  test('a short name the office edits in Đơn vị to one a tab refuses stops setup before it writes, naming the cell', () => {
    const emu = setUpEmulator();
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const row = emu.values('Đơn vị').findIndex((r) => r[0] === 'tam-tien') + 1;
    units.getRange(row, 3).setValue('Tam Tiến / cũ');
    units.appendRow(['tam-phu', 'Đoàn xã Tam Phú', 'Tam Phú', 'Xã', 'Cụm 4', 'doan.tamphu@example.org', 'Lê Văn Phú', 'cb-04']);
    const before = snapshot(emu);
    emu.calls.reset();
    const outcome = emu.run('setupFromCampaign_', '') as { kind: string; errors: string[] };
    expect(outcome).toEqual({
      kind: 'invalidWorkbook',
      errors: [
        `units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt; trang "Đơn vị", dòng ${row}, cột "Tên viết tắt"): tên viết tắt "Tam Tiến / cũ" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó`,
      ],
    });
    // The unit added beside it waits too: nothing is created while the office's list is wrong.
    expect(snapshot(emu)).toEqual(before);
    expect(emu.calls.log.filter((call) => /insertSheet|setValues|setName/.test(call))).toEqual([]);
  });

  test('an invalid campaign is refused with Vietnamese messages naming each field; the workbook is untouched', () => {
    const emu = newEmulator();
    const campaign = JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN));
    campaign.units[1].id = campaign.units[0].id;
    campaign.units[2].cadre = 'cb-99';
    campaign.units[3].emails = ['not-an-email'];
    campaign.deadline = '2016-01-01';
    campaign.scale = 'other';
    const before = snapshot(emu);
    const outcome = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; errors: string[] };
    expect(outcome.kind).toBe('invalidCampaign');
    expect(outcome.errors).toEqual([
      'scale (thang xếp loại): chỉ nhận một trong các giá trị: legacy, current',
      'units[3].emails[0] (đơn vị "Đoàn xã Tam Tiến", email): không phải địa chỉ email hợp lệ (ví dụ đúng: doanxa@gmail.com)',
    ]);
    expect(snapshot(emu)).toEqual(before);

    campaign.units[3].emails = ['doan@example.org'];
    campaign.scale = 'legacy';
    const second = emu.run('setupFromCampaign_', JSON.stringify(campaign)) as { kind: string; errors: string[] };
    expect(second.errors).toEqual([
      'deadline (hạn nộp): hạn nộp 2016-01-01 sớm hơn ngày bắt đầu 2016-08-26: hạn nộp phải từ ngày bắt đầu trở đi',
      'units[1].id (đơn vị "Đoàn xã Tam Xuân I", mã đơn vị): mã đơn vị "tt-nui-thanh" bị trùng: mỗi mã đơn vị chỉ được dùng một lần',
      'units[2].cadre (đơn vị "Đoàn xã Tam Xuân II", cán bộ đứng điểm): không có cán bộ mã "cb-99" trong danh sách cán bộ (cadres)',
    ]);
    expect(snapshot(emu)).toEqual(before);
  });

  test('the setup dialog shows the errors instead of building', () => {
    const emu = newEmulator();
    emu.ui.respond({ button: 'OK', text: '{"name": 1}' });
    emu.run('setup');
    const last = emu.ui.alerts.at(-1)!;
    expect(last.title).toBe('Tệp chiến dịch chưa hợp lệ');
    expect(last.prompt).toContain('name (tên chiến dịch): sai kiểu dữ liệu: cần chuỗi ký tự');
    expect(sheetNames(emu)).not.toContain('Đơn vị');
  });

  test('outside text that looks like a formula is stored as text', () => {
    const campaign = JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN));
    campaign.units[0].chapters = ['=HYPERLINK("http://x")', '-Chi đoàn Khối phố 1', '+84 Chi đoàn', '@Chi đoàn'];
    const emu = setUpEmulator(JSON.stringify(campaign));
    expect(emu.values('TT Núi Thành').slice(1).map((row) => row[0])).toEqual(campaign.units[0].chapters);
    expect(emu.spreadsheet.getSheetByName('TT Núi Thành')!.getRange('A2').getFormula()).toBe('');
  });

  test('refreshSummary recomputes Tổng hợp and Đơn vị from the unit tabs', () => {
    const emu = setUpEmulator();
    const tab = emu.spreadsheet.getSheetByName('Tam Sơn')!;
    tab.getRange('C2:E5').setValues([
      ['Vững mạnh', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh'],
      ['Khá', 'Khá', ''],
      ['Yếu', 'Trung bình', 'Hỗ trợ'],
      ['Khá', 'Vững mạnh', ''],
    ]);
    emu.run('refreshSummary');
    const row = emu.values('Đơn vị').find((r) => r[0] === 'tam-son')!;
    expect(row.slice(8, 11)).toEqual(['Đủ (4/4)', 'Đủ (4/4)', 'Hợp lệ']);
    expect(row[11]).toBe('Đã nộp đủ');
    const summary = emu.values('Tổng hợp');
    const line = summary.find((r) => r[1] === 'Đoàn xã Tam Sơn')!;
    expect(line.slice(3, 23)).toEqual([4, '', 1, 0.25, 2, 0.5, 0, 0, 1, 0.25, 0, 2, 0.5, 1, 0.25, 1, 0.25, 0, 0, 0]);
    expect(line.slice(23)).toEqual(['Chi đoàn Thuận Yên Đông', 'Chi đoàn thôn Đồng Sơn', 'Đã nộp đủ']);
    expect(summary.find((r) => r[1] === 'Toàn huyện')!.at(-1)).toBe(`1/${DEFAULT_CAMPAIGN.units.length} đơn vị đã nộp đủ`);
    expect(emu.ui.toasts.at(-1)).toMatchObject({ message: `Đã tính lại bảng tổng hợp: 1/${DEFAULT_CAMPAIGN.units.length} đơn vị đã nộp đủ.` });
  });

  test('the sidebar opens and its dashboard is for editors only', () => {
    const emu = setUpEmulator('', { editors: ['thuky@example.org'] });
    emu.run('openSidebar');
    expect(emu.ui.sidebars[0].title).toBe('Đi cơ sở — Bảng điều khiển');
    const dashboard = emu.runAs({ user: 'thuky@example.org' }, 'getDashboard') as { total: number; complete: number };
    expect(dashboard).toMatchObject({ total: DEFAULT_CAMPAIGN.units.length, complete: 0 });
    expect(() => emu.runAs({ user: 'stranger@example.org' }, 'getDashboard')).toThrow('Bạn chưa có quyền chỉnh sửa bảng tính này');
  });
});
