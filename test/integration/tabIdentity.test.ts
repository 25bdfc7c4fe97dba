import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator, sheetNames } from './harness';
import type { Emulator } from '../../local/emulator';
import type { UnitDetail } from '../../src/app/sidebar/unitDetail';

/** Issue 14, item 8: a unit tab the office renames by hand is still that unit's tab. */
const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';
const PASS = 'mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=doan.tamtra@example.org';
const RENAMED = 'Tam Trà (đã nhận)';

function deliver(emu: Emulator, messageId: string, year2015: string): void {
  const text = [
    'ĐOÀN XÃ TAM TRÀ',
    'Bảng xếp loại Chi đoàn',
    `1. Chi đoàn Xuân Thọ: năm 2015 ${year2015}; 6 tháng đầu năm 2016 Khá`,
    'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
  ].join('\n');
  emu.gmail.deliver(
    buildEmlText({ from: TAM_TRA, to: OFFICE, messageId, date: 'Mon, 5 Sep 2016 08:15:00 +0700', text, headers: { 'Authentication-Results': PASS } }),
  );
}

const byIdCalls = (emu: Emulator) => emu.calls.log.filter((call) => call === 'Spreadsheet.getSheetById').length;
const unitRow = (emu: Emulator, id: string) => emu.values('Đơn vị').find((row) => row[0] === id)!;

function rename(emu: Emulator, from: string, to: string): void {
  emu.spreadsheet.getSheetByName(from)!.setName(to);
}

describe('unit tabs found by their sheet id (a tab renamed by hand)', () => {
  test('a poll writes into the renamed tab; setup adopts it (no new tab, data and status kept); the sidebar shows its chapters', () => {
    const emu = setUpEmulator();
    const tabId = emu.spreadsheet.getSheetByName('Tam Trà')!.getSheetId();
    rename(emu, 'Tam Trà', RENAMED);
    emu.calls.reset();
    deliver(emu, '<renamed-1@example.org>', 'Vững mạnh');
    emu.run('pollMailbox');
    expect(emu.executions.at(-1)!.error).toBeUndefined();
    expect(emu.values('Nhật ký nhận').at(-1)!.slice(3, 6)).toEqual(['<renamed-1@example.org>', 'Đoàn xã Tam Trà', 'Đã ghi']);
    expect(emu.values(RENAMED)[1].slice(0, 5)).toEqual(['Chi đoàn Xuân Thọ', '', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh']);
    // The name is not found, so the id is looked up: once.
    expect(byIdCalls(emu)).toBe(1);
    const status = unitRow(emu, 'tam-tra').slice(8, 12);
    expect(status[0]).toMatch(/^Còn thiếu \(1\//);

    const tabs = sheetNames(emu).length;
    const keptRows = emu.values(RENAMED);
    emu.run('setupFromCampaign_', '');
    expect(sheetNames(emu)).toHaveLength(tabs);
    expect(emu.spreadsheet.getSheetByName(RENAMED)).toBeNull();
    const adopted = emu.spreadsheet.getSheetByName('Tam Trà')!;
    expect(adopted.getSheetId()).toBe(tabId);
    expect(emu.values('Tam Trà')).toEqual(keptRows);
    expect(unitRow(emu, 'tam-tra').slice(8, 12)).toEqual(status);
    expect(unitRow(emu, 'tam-tra')[13]).toBe(tabId);

    const detail = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(detail.tabFound).toBe(true);
    expect(detail.chapters.map((c) => c.name)).toEqual(keptRows.slice(1).map((row) => row[0]));
    expect(detail.chapters[0].ratings).toEqual(['Vững mạnh', 'Khá']);
  });

  test('a tab found by its name costs no lookup by id; the sidebar, its open-tab button and the summary find a renamed tab', () => {
    const emu = setUpEmulator();
    deliver(emu, '<named-1@example.org>', 'Khá');
    emu.run('pollMailbox');
    expect(byIdCalls(emu)).toBe(0);
    emu.run('getUnitDetail', 'tam-tra');
    emu.run('refreshSummary');
    expect(byIdCalls(emu)).toBe(0);

    rename(emu, 'Tam Trà', RENAMED);
    emu.calls.reset();
    const detail = emu.run('getUnitDetail', 'tam-tra') as UnitDetail;
    expect(detail.tabFound).toBe(true);
    expect(detail.chapters[0].ratings).toEqual(['Khá', 'Khá']);
    expect(byIdCalls(emu)).toBe(1);
    emu.calls.reset();
    emu.run('openUnitTab', 'tam-tra');
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe(RENAMED);
    emu.run('refreshSummary');
    const summary = emu.values('Tổng hợp').find((row) => row[1] === 'Đoàn xã Tam Trà')!;
    expect(summary[3]).toBeGreaterThan(0);
  });

  test('a tab deleted by hand is made again, empty, by setup, and its new id recorded', () => {
    const emu = setUpEmulator();
    const old = emu.spreadsheet.getSheetByName('Tam Trà')!;
    const oldId = old.getSheetId();
    emu.spreadsheet.deleteSheet(old);
    emu.run('setupFromCampaign_', '');
    const made = emu.spreadsheet.getSheetByName('Tam Trà')!;
    expect(made.getSheetId()).not.toBe(oldId);
    expect(unitRow(emu, 'tam-tra')[13]).toBe(made.getSheetId());
    expect(emu.values('Tam Trà').slice(1).every((row) => row.slice(1).every((cell) => cell === ''))).toBe(true);
  });

  test('a row copied in Đơn vị to add a unit does not take the tab of the unit it was copied from', () => {
    const emu = setUpEmulator();
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    const source = emu.values('Đơn vị').findIndex((row) => row[0] === 'tam-tra') + 1;
    const last = emu.values('Đơn vị').length;
    // As a paste of the whole row would: the hidden id comes along.
    units.getRange(last + 1, 1, 1, 14).setValues(units.getRange(source, 1, 1, 14).getValues());
    units.getRange(last + 1, 1, 1, 3).setValues([['tam-phu', 'Đoàn xã Tam Phú', 'Tam Phú']]);
    emu.run('setupFromCampaign_', '');
    const tamTra = emu.spreadsheet.getSheetByName('Tam Trà')!;
    const tamPhu = emu.spreadsheet.getSheetByName('Tam Phú')!;
    expect(tamPhu.getSheetId()).not.toBe(tamTra.getSheetId());
    expect(unitRow(emu, 'tam-phu')[13]).toBe(tamPhu.getSheetId());
    expect(unitRow(emu, 'tam-tra')[13]).toBe(tamTra.getSheetId());
  });

  test('a workbook set up before the id column gets it from the next setup, hidden after the last column, and its tabs are then found when renamed', () => {
    const emu = setUpEmulator();
    const units = emu.spreadsheet.getSheetByName('Đơn vị')!;
    units.deleteColumn(14);
    expect(emu.values('Đơn vị')[0]).not.toContain('Mã trang tính');
    emu.run('setupFromCampaign_', '');
    const header = emu.values('Đơn vị')[0];
    const column = header.indexOf('Mã trang tính');
    expect(column).toBe(header.indexOf('Biểu mẫu') + 1);
    expect(units.isColumnHiddenByUser(column + 1)).toBe(true);
    expect(unitRow(emu, 'tam-tra')[column]).toBe(emu.spreadsheet.getSheetByName('Tam Trà')!.getSheetId());
    rename(emu, 'Tam Trà', RENAMED);
    deliver(emu, '<late-1@example.org>', 'Trung bình');
    emu.run('pollMailbox');
    expect(emu.values(RENAMED)[1].slice(2, 4)).toEqual(['Trung bình', 'Khá']);
  });
});
