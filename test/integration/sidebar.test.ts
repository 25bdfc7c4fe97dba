import type { Dashboard } from '../../src/app/sidebar/dashboard';
import type { ReviewQueue } from '../../src/app/sidebar/reviewQueue';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';
import { accessMessages } from '../../src/app/messages';
import { inputMessages, sidebarMessages } from '../../src/app/sidebar/sidebarMessages';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import { demoMail } from '../../local/mailDrop';
import { transferable } from '../../local/preview/scriptRun';
import type { Emulator } from '../../local/emulator';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const CLERK = { user: 'thuky@example.org' };
const STRANGER = { user: 'nguoi.ngoai@example.org' };

function deliver(emu: Emulator, from: string, messageId: string, text: string, subject = 'Bảng xếp loại Chi đoàn'): void {
  emu.gmail.deliver(buildEmlText({ from, to: OFFICE, subject, messageId, text, date: 'Thu, 8 Sep 2016 09:20:00 +0700' }));
}

/** The built-in campaign with the sender of a complete table, an unknown sender and a misaddressed document, polled once. */
function seasonEmulator(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user] });
  // The built-in demo's complete table from Tam Trà.
  emu.gmail.deliver(demoMail().find((mail) => mail.name === 'demo-tam-tra.eml')!.raw);
  deliver(emu, 'Người lạ <nguoila@gmail.com>', '<unknown@x>', 'ĐOÀN XÃ TAM HẢI\n1. Chi đoàn thôn Thuận An: năm 2015 Khá; 6 tháng đầu năm 2016 Khá', 'Bảng xếp loại <b>Tam Hải</b>');
  emu.run('pollMailbox');
  emu.calls.reset();
  return emu;
}

/** The built-in campaign grown to `count` units (sample units with three chapters each). */
function campaignWithUnits(count: number): string {
  const extra = Array.from({ length: count - DEFAULT_CAMPAIGN.units.length }, (_, i) => ({
    id: `mau-${i + 1}`,
    name: `Đoàn xã Mẫu ${i + 1}`,
    short: `Mẫu ${i + 1}`,
    kind: 'commune' as const,
    cluster: `Cụm ${(i % 5) + 1}`,
    emails: [`mau${i + 1}@example.org`],
    secretary: 'Nguyễn Văn Mẫu',
    cadre: `cb-0${(i % 4) + 1}`,
    chapters: ['Chi đoàn thôn Một', 'Chi đoàn thôn Hai', 'Chi đoàn thôn Ba'],
  }));
  return JSON.stringify({ ...DEFAULT_CAMPAIGN, units: [...DEFAULT_CAMPAIGN.units, ...extra] });
}

const SIDEBAR_CALLS: [string, unknown[]][] = [
  ['getDashboard', []],
  ['getUnitDetail', ['tam-tra']],
  ['getReviewQueue', []],
  ['openUnitTab', ['tam-tra']],
  ['assignReview', ['<unknown@x>', 'tam-hai']],
  ['rejectReview', ['<unknown@x>', 'Không rõ người gửi']],
  ['sendReminderNow', ['tam-son']],
  ['remindAllLate', []],
  ['submitPaperEntry', ['tam-son', { entryId: 'a1b2c3d4e5f6', receivedOn: '2016-08-26', note: '', notify: false, chapters: [] }]],
];

describe('the sidebar API (dist/Code.js in the emulator)', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = seasonEmulator();
  });

  test('refuses every call from someone who cannot edit the workbook, before reading its arguments', () => {
    for (const [fn, args] of SIDEBAR_CALLS) {
      expect(() => emu.runAs(STRANGER, fn, ...args)).toThrow(accessMessages.notEditor);
      expect(() => emu.runAs(STRANGER, fn, '', 42)).toThrow(accessMessages.notEditor);
    }
    expect(emu.values('Nhật ký nhận').find((row) => row[3] === '<unknown@x>')![5]).toBe('Chờ xem xét');
  });

  test('answers an editor who is not the owner', () => {
    const dashboard = emu.runAs(CLERK, 'getDashboard') as Dashboard;
    expect(dashboard.total).toBe(DEFAULT_CAMPAIGN.units.length);
    expect((emu.runAs(CLERK, 'getUnitDetail', 'tam-tra') as UnitDetail).unit.id).toBe('tam-tra');
  });

  test('validates its arguments with Vietnamese messages', () => {
    const malformed = ['', '   ', 42, null, undefined, ['tam-tra'], { id: 'tam-tra' }];
    for (const bad of [...malformed, 'x'.repeat(101)]) {
      expect(() => emu.run('getUnitDetail', bad)).toThrow(inputMessages.unitId);
      expect(() => emu.run('openUnitTab', bad)).toThrow(inputMessages.unitId);
    }
    for (const bad of [...malformed, 'x'.repeat(1001)]) {
      expect(() => emu.run('assignReview', bad, 'tam-hai')).toThrow(inputMessages.messageId);
      expect(() => emu.run('rejectReview', bad, '')).toThrow(inputMessages.messageId);
    }
    expect(() => emu.run('assignReview', '<unknown@x>', '')).toThrow(inputMessages.unitId);
    expect(() => emu.run('rejectReview', '<unknown@x>', 12)).toThrow(inputMessages.reason);
    expect(() => emu.run('rejectReview', '<unknown@x>', 'x'.repeat(1001))).toThrow(inputMessages.reason);
    expect(() => emu.run('getUnitDetail', 'khong-co')).toThrow(sidebarMessages.unknownUnit('khong-co'));
    expect(() => emu.run('getUnitDetail', ' tam-tra ')).not.toThrow();
  });

  test('the dashboard: progress, statuses, deadline, chart and filters, as plain data', () => {
    const dashboard = emu.run('getDashboard') as Dashboard;
    expect(transferable(dashboard, 'result')).toEqual(dashboard);
    expect(dashboard).toMatchObject({ complete: 1, total: 23, campaign: { name: DEFAULT_CAMPAIGN.name } });
    expect(dashboard.deadline).toEqual({ date: '12/09/2016', today: '26/08/2016', now: expect.stringMatching(/^\d\d:\d\d 26\/08\/2016$/), daysLeft: 17, daysOverdue: 0 });
    const tamTra = dashboard.units.find((unit) => unit.id === 'tam-tra')!;
    expect(tamTra).toMatchObject({
      name: 'Đoàn xã Tam Trà',
      short: 'Tam Trà',
      kind: 'commune',
      kindLabel: 'Xã',
      cluster: 'Cụm 4',
      cadre: 'cb-04',
      complete: true,
      registration: { state: 'valid', text: 'Hợp lệ' },
      daysLeft: null,
      daysOverdue: 0,
    });
    expect(tamTra.lastContact).toMatch(/^\d{2}\/\d{2}\/2016 \d{2}:\d{2}$/);
    expect(tamTra.periods.map((p) => [p.short, p.state, p.rated, p.total])).toEqual([
      ['năm 2015', 'complete', 5, 5],
      ['6 tháng đầu năm 2016', 'complete', 5, 5],
    ]);
    const tamSon = dashboard.units.find((unit) => unit.id === 'tam-son')!;
    expect(tamSon).toMatchObject({ complete: false, daysLeft: 17, lastContact: '', registration: { state: 'missing', text: 'Chưa đăng ký' } });
    expect(dashboard.chart.levels.map((level) => level.label)).toEqual(['Vững mạnh', 'Khá', 'Trung bình', 'Yếu']);
    const chapters = DEFAULT_CAMPAIGN.units.reduce((sum, unit) => sum + unit.chapters.length, 0);
    expect(dashboard.chart.periods).toEqual([
      { label: 'năm 2015', short: 'năm 2015', counts: [1, 2, 1, 1], unrated: chapters - 5 },
      { label: '6 tháng đầu năm 2016', short: '6 tháng đầu năm 2016', counts: [1, 3, 1, 0], unrated: chapters - 5 },
    ]);
    expect(dashboard.filters.clusters).toEqual(['Cụm 1', 'Cụm 2', 'Cụm 3', 'Cụm 4', 'Khối trường học', 'Khối trực thuộc']);
    expect(dashboard.filters.cadres).toEqual([
      { id: 'cb-01', name: 'Nguyễn Văn Bình' },
      { id: 'cb-02', name: 'Trần Thị Thanh Hà' },
      { id: 'cb-03', name: 'Lê Minh Tuấn' },
      { id: 'cb-04', name: 'Phạm Thị Kim Oanh' },
    ]);
    expect(dashboard.units.find((unit) => unit.id === 'tam-tra')!.cadreName).toBe('Phạm Thị Kim Oanh');
  });

  test('the unit detail: chapters, status, cadre and history, newest first', () => {
    const detail = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(transferable(detail, 'result')).toEqual(detail);
    expect(detail.unit).toMatchObject({ name: 'Đoàn xã Tam Trà', secretary: 'Hồ Văn Trà', emails: ['doan.tamtra@example.org'], complete: true });
    expect(detail.cadre).toEqual({ id: 'cb-04', name: 'Phạm Thị Kim Oanh', role: 'Cán bộ cơ quan Huyện đoàn', email: 'phamthikimoanh.hd@example.org' });
    expect(detail.periods.map((p) => p.label)).toEqual(['năm 2015', '6 tháng đầu năm 2016']);
    expect(detail.tabFound).toBe(true);
    expect(detail.chapters.map((c) => [c.name, ...c.ratings, c.registration])).toEqual([
      ['Chi đoàn Xuân Thọ', 'Vững mạnh', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh'],
      ['Chi đoàn thôn Đồng Làng', 'Khá', 'Khá', ''],
      ['Chi đoàn thôn Tú Nghĩa', 'Trung bình', 'Khá', ''],
      ['Chi đoàn thôn Phước Trà', 'Yếu', 'Trung bình', 'Hỗ trợ'],
      ['Chi đoàn thôn Dương Trà', 'Khá', 'Khá', ''],
    ]);
    expect(detail.chapters[0]).toMatchObject({ members: null, source: 'Email TT-2608-01' });
    expect(detail.chapters[0].updated).toMatch(/^\d{2}\/\d{2}\/2016 \d{2}:\d{2}$/);
    expect(detail.history).toEqual([
      { id: '<demo-tam-tra@demo.example.org>', code: 'TT-2608-01', time: expect.stringMatching(/^\d{2}\/\d{2}\/2016 \d{2}:\d{2}$/), source: 'Email', sender: 'Đoàn xã Tam Trà <doan.tamtra@example.org>', status: 'Đã ghi', detail: 'Đã ghi 5 Chi đoàn.' },
    ]);
  });

  test('the review queue: what was read from each waiting message, and the units to assign it to', () => {
    const queue = emu.run('getReviewQueue') as ReviewQueue;
    expect(transferable(queue, 'result')).toEqual(queue);
    expect(queue.units).toHaveLength(23);
    expect(queue.units[0]).toEqual({ id: 'tt-nui-thanh', name: 'Đoàn thị trấn Núi Thành' });
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      messageId: '<unknown@x>',
      code: expect.stringMatching(/^TT-\d{4}-\d{2}$/),
      source: 'Email',
      sender: 'Người lạ <nguoila@gmail.com>',
      subject: 'Bảng xếp loại <b>Tam Hải</b>',
      attachments: '',
      excerpt: 'ĐOÀN XÃ TAM HẢI\n1. Chi đoàn thôn Thuận An: năm 2015 Khá; 6 tháng đầu năm 2016 Khá',
      // The sender is unknown; the document names Tam Hải, so it is preselected for the office.
      suggestedUnit: 'tam-hai',
    });
    expect(queue.items[0].detail).toContain('chưa đăng ký cho đơn vị nào');
    expect(queue.items[0].detail).not.toContain('[gmail:');
    expect(queue.items[0].link).toMatch(/^https:\/\/mail\.google\.com\//);
  });

  test('openUnitTab shows the unit tab; a missing tab is explained', () => {
    expect(emu.run('openUnitTab', 'tam-son')).toEqual({ sheet: 'Tam Sơn' });
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Tam Sơn');
  });
});

describe('the dashboard call budget', () => {
  const measure = (campaignJson: string) => {
    const emu = setUpEmulator(campaignJson);
    // The next 10-minute poll, with the workbook to itself: at 200 units the form build can keep the
    // last one waiting, and its "chưa xong" banner (one more date formatted) is not what is measured.
    emu.clock.advanceBy(10 * 60 * 1000);
    emu.calls.reset();
    const dashboard = emu.run('getDashboard') as Dashboard;
    return { dashboard, byMethod: emu.calls.byMethod(), spreadsheet: emu.calls.total('Spreadsheet') };
  };

  test('reads three sheets (four with pilots) and makes the same number of Spreadsheet calls at 23 and at 200 units', () => {
    const small = measure('');
    const large = measure(campaignWithUnits(200));
    expect(small.dashboard.total).toBe(23);
    expect(large.dashboard.total).toBe(200);
    // The 2016 plan has two pilots: `Đi cơ sở` is read once for their status.
    expect(small.byMethod['Range.getValues']).toBe(4);
    expect(large.byMethod['Range.getValues']).toBe(4);
    expect(large.spreadsheet).toBe(small.spreadsheet);
    expect(large.byMethod).toEqual(small.byMethod);
    // Measured: 10 (getActiveSpreadsheet, getOwner; `Cấu hình`, `Đơn vị`, `Tổng hợp` and `Đi cơ sở`
    // each by A1 notation, getRange + getValues, with no sheet lookup).
    expect(small.spreadsheet).toBe(10);
    const none = measure(JSON.stringify({ ...DEFAULT_CAMPAIGN, pilots: [] }));
    expect(none.byMethod['Range.getValues']).toBe(3);
    expect(none.spreadsheet).toBe(8);
  }, 90_000);
});

describe('the sidebar API on a changed workbook', () => {
  test('reads the form link from the `Biểu mẫu` column of Đơn vị (https only; none without the column)', () => {
    const emu = setUpEmulator();
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const rows = emu.values('Đơn vị');
    let column = rows[0].indexOf('Biểu mẫu') + 1;
    if (column === 0) {
      column = units.getLastColumn() + 1;
      units.getRange(1, column).setValue('Biểu mẫu');
    }
    const rowOf = (id: string) => rows.findIndex((row) => row[0] === id) + 1;
    units.getRange(rowOf('tam-tra'), column).setValue('https://docs.google.com/forms/d/e/abc/viewform?entry.1=tam-tra');
    units.getRange(rowOf('tam-son'), column).setValue('javascript:alert(1)');
    units.getRange(rowOf('tam-hai'), column).setValue('');
    expect((emu.run('getUnitDetail', 'tam-tra') as UnitDetail).unit.formUrl).toBe('https://docs.google.com/forms/d/e/abc/viewform?entry.1=tam-tra');
    expect((emu.run('getUnitDetail', 'tam-son') as UnitDetail).unit.formUrl).toBe('');
    expect((emu.run('getUnitDetail', 'tam-hai') as UnitDetail).unit.formUrl).toBe('');
    // The other status columns are found by their headers, whatever column the link takes.
    expect((emu.run('getDashboard') as Dashboard).units.find((unit) => unit.id === 'tam-tra')!.registration.text).toBe('Chưa đăng ký');
    units.deleteColumn(column);
    expect((emu.run('getUnitDetail', 'tam-tra') as UnitDetail).unit.formUrl).toBe('');
  });

  test('names cadres as `Cán bộ` was last read: a renamed cadre shows once a unit detail (or setup, or the summary refresh) read it again', () => {
    const emu = setUpEmulator();
    const cadres = emu.spreadsheet.getSheetByName('Cán bộ')!;
    const row = emu.values('Cán bộ').findIndex((r) => r[0] === 'cb-04') + 1;
    cadres.getRange(row, 2).setValue('Phạm Kim Oanh');
    const cadreOf = () => (emu.run('getDashboard') as Dashboard).units.find((unit) => unit.id === 'tam-tra')!.cadreName;
    expect(cadreOf()).toBe('Phạm Thị Kim Oanh');
    emu.run('getUnitDetail', 'tam-son');
    expect(cadreOf()).toBe('Phạm Kim Oanh');
    // A cadre added since is shown by its id until then.
    cadres.appendRow(['cb-05', 'Võ Văn Năm', 'Ủy viên BCH', 'vovannam.hd@example.org']);
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const tamTra = emu.values('Đơn vị').findIndex((r) => r[0] === 'tam-tra') + 1;
    units.getRange(tamTra, emu.values('Đơn vị')[0].indexOf('Cán bộ đứng điểm') + 1).setValue('cb-05');
    expect(cadreOf()).toBe('');
    expect((emu.run('getDashboard') as Dashboard).filters.cadres.find((c) => c.id === 'cb-05')).toEqual({ id: 'cb-05', name: '' });
    emu.run('refreshSummary');
    expect(cadreOf()).toBe('Võ Văn Năm');
  });

  test('keeps the 30 newest history rows of a unit', () => {
    const emu = setUpEmulator();
    const log = emu.spreadsheet.getSheetByName('Nhật ký nhận')!;
    for (let i = 0; i < 35; i++) {
      log.appendRow([new Date(Date.UTC(2016, 8, 1, i)), 'Email', 'doan.tamtra@example.org', `<h${i}@x>`, 'Đoàn xã Tam Trà', 'Lỗi', `lần ${i} [gmail:g${i}]`, '']);
    }
    log.appendRow([new Date(Date.UTC(2016, 8, 3)), 'Email', 'x@example.org', '<other@x>', 'Đoàn xã Tam Sơn', 'Đã ghi', 'khác', '']);
    const detail = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(detail.historyTotal).toBe(35);
    expect(detail.history).toHaveLength(30);
    // A legacy row's tag is left out; rows logged by hand get codes in the log's order, day by day (Hồ Chí Minh time).
    expect(detail.history[0]).toMatchObject({ time: '02/09/2016 17:00', detail: 'lần 34', code: 'TT-0209-18' });
    expect(detail.history[29].detail).toBe('lần 5');
  });

  test('a unit whose tab was deleted: the detail says so and openUnitTab explains what to do', () => {
    const emu = setUpEmulator();
    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('Tam Trà')!);
    expect(emu.run('getUnitDetail', 'tam-tra')).toMatchObject({ tabFound: false, chapters: [] });
    expect(() => emu.run('openUnitTab', 'tam-tra')).toThrow('Không tìm thấy trang "Tam Trà" của đơn vị');
  });

  test('an invalid Cấu hình is pointed at', () => {
    const emu = setUpEmulator();
    const config = emu.spreadsheet.getSheetByName('Cấu hình')!;
    const row = emu.values('Cấu hình').findIndex((r) => r[0] === 'deadline') + 1;
    config.getRange(row, 3).setValue('31/02/2016x');
    expect(() => emu.run('getDashboard')).toThrow(/Trang Cấu hình chưa hợp lệ[\s\S]*deadline/);
  });

  test('a workbook that is not set up asks for the setup', () => {
    const emu = setUpEmulator();
    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('Đơn vị')!);
    for (const [fn, args] of SIDEBAR_CALLS.slice(0, 3)) expect(() => emu.run(fn, ...args)).toThrow(accessMessages.notSetUp);
  });
});
