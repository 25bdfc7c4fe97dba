import { buildEmlText } from '../fixtures/eml';
import { emulatorWithHands, setUp, smallCampaign } from './deadlineSeason';
import { setUpEmulator } from './harness';
import type { Emulator } from '../../local/emulator';

/**
 * A new sheet is 1,000 × 26 and a write below its grid throws (as in Sheets): the logs, the unit
 * tabs and `Tổng hợp` grow through the product's own operations. The sheets are filled host-side
 * up to just short of the boundary (a season's worth of rows), then the product writes past it.
 */

const OFFICE = 'huyendoannuithanh09@gmail.com';
function table(extra: string[] = []): string {
  return [
    'ĐOÀN XÃ TAM TRÀ',
    'Bảng xếp loại Chi đoàn',
    '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
    '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
    ...extra,
    'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
    'Đăng ký hỗ trợ: Chi đoàn thôn Đồng Làng',
  ].join('\n');
}

function deliver(emu: Emulator, messageId: string, text = table()): void {
  emu.gmail.deliver(buildEmlText({ from: 'doan.tamtra@example.org', to: OFFICE, messageId, text }));
}

/** Makes the sheet's grid exactly `rows` tall, host-side (setup may have made it shorter or taller). */
function gridOf(emu: Emulator, name: string, rows: number): void {
  const sheet = emu.spreadsheet.getSheetByName(name)!;
  const max = sheet.getMaxRows();
  if (max < rows) sheet.insertRowsAfter(max, rows - max);
  if (max > rows) sheet.deleteRows(rows + 1, max - rows);
}

/** Rows 2…`last` of a log filled host-side with finished entries of earlier days. */
function prefill(emu: Emulator, name: string, last: number, row: (i: number) => unknown[]): void {
  gridOf(emu, name, 1000);
  const rows = Array.from({ length: last - 1 }, (_, i) => row(i));
  emu.spreadsheet.getSheetByName(name)!.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

const failures = (emu: Emulator) => emu.executions.filter((e) => e.error !== undefined).map((e) => `${e.fn}: ${e.error}`);

describe('sheets grow as needed', () => {
  test('the intake log passes row 1,000: a poll logs and finishes every message, and the next poll sees them handled', () => {
    const emu = setUpEmulator();
    const at = new Date('2016-09-01T01:00:00Z');
    prefill(emu, 'Nhật ký nhận', 997, (i) => [at, 'Email', 'x@example.org', `<old-${i}@x>`, 'Đoàn xã Tam Trà', 'Đã ghi', 'cũ', '']);
    for (let i = 0; i < 6; i++) deliver(emu, `<grow-${i}@x>`);
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    expect(log.length).toBe(1003);
    expect(log.slice(997).map((r) => [r[3], r[5]])).toEqual(Array.from({ length: 6 }, (_, i) => [`<grow-${i}@x>`, 'Đã ghi']));
    expect(emu.spreadsheet.getSheetByName('Nhật ký nhận')!.getMaxRows()).toBeGreaterThanOrEqual(1003);
    expect(failures(emu)).toEqual([]);
    const replies = emu.mail.sent.length;
    emu.run('pollMailbox');
    expect(emu.values('Nhật ký nhận')).toHaveLength(1003);
    expect(emu.mail.sent).toHaveLength(replies);
  });

  test('the outbox log passes row 1,000: the day\'s letters go once each, logged below it, and a rerun sends none', () => {
    const emu = emulatorWithHands({ now: '2016-09-13T07:30:00+07:00' });
    setUp(emu, smallCampaign(['tam-son', 'tam-xuan-1', 'tam-tien']));
    const at = new Date('2016-09-01T01:00:00Z');
    prefill(emu, 'Nhật ký gửi', 995, (i) => [at, 'Xác nhận', 'x@example.org', '', 'Xác nhận', `Xác nhận|<old-${i}@x>`, 'Đã gửi']);
    emu.run('checkDeadlines');
    const log = emu.values('Nhật ký gửi');
    // Three overdue notices, each replacing two missed reminders, the office's digest and its two
    // cadres' own: twelve rows, past row 1,000.
    expect(log.length).toBe(1007);
    expect(log.slice(995).map((r) => r[6])).toEqual(['Bỏ qua', 'Bỏ qua', 'Đã gửi', 'Bỏ qua', 'Bỏ qua', 'Đã gửi', 'Bỏ qua', 'Bỏ qua', 'Đã gửi', 'Đã gửi', 'Đã gửi', 'Đã gửi']);
    expect(emu.mail.sent).toHaveLength(6);
    expect(failures(emu)).toEqual([]);
    emu.run('checkDeadlines');
    expect(emu.mail.sent).toHaveLength(6);
    expect(emu.values('Nhật ký gửi')).toHaveLength(1007);
  });

  test('a unit tab with no spare row takes new chapters, and Tổng hợp cut to its header takes every unit again', () => {
    const emu = setUpEmulator();
    const tab = emu.values('Tam Trà');
    gridOf(emu, 'Tam Trà', tab.length);
    deliver(emu, '<new-chapters@x>', table(['3. Chi đoàn thôn Mới Một: năm 2015 Khá; 6 tháng đầu năm 2016 Khá', '4. Chi đoàn thôn Mới Hai: năm 2015 Khá; 6 tháng đầu năm 2016 Khá']));
    emu.run('pollMailbox');
    expect(failures(emu)).toEqual([]);
    const grown = emu.values('Tam Trà');
    expect(grown).toHaveLength(tab.length + 2);
    expect(grown.slice(-2).map((r) => r[0])).toEqual(['Chi đoàn thôn Mới Một', 'Chi đoàn thôn Mới Hai']);

    // The date row says when the figures stand: the poll's message, then the refresh.
    const withoutDate = (values: unknown[][]) => values.filter((_, i) => i !== 1);
    const summary = emu.values('Tổng hợp');
    const sheet = emu.spreadsheet.getSheetByName('Tổng hợp')!;
    // The title, the date and the two header rows are frozen; one row below them is the least a sheet keeps.
    sheet.deleteRows(6, sheet.getMaxRows() - 5);
    emu.run('refreshSummary');
    expect(failures(emu)).toEqual([]);
    expect(withoutDate(emu.values('Tổng hợp'))).toEqual(withoutDate(summary));
    const chart = sheet.getCharts()[0];
    expect(chart.getRanges()[0].getA1Notation()).toBe(`B${summary.length - 5}:D${summary.length}`);
  });
});
