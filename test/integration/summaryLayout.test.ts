import { buildEmlText } from '../fixtures/eml';
import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { setUpEmulator } from './harness';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';
const SUMMARY = 'Tổng hợp';

function deliverTamTra(emu: Emulator): void {
  emu.gmail.deliver(
    buildEmlText({
      from: TAM_TRA,
      to: OFFICE,
      messageId: '<layout@example.org>',
      date: 'Mon, 5 Sep 2016 08:15:00 +0700',
      text: [
        'ĐOÀN XÃ TAM TRÀ',
        'Bảng xếp loại Chi đoàn',
        '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
        '2. Chi đoàn thôn Đồng Làng: năm 2015 Yếu; 6 tháng đầu năm 2016 Trung bình',
        'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
        'Đăng ký hỗ trợ: Chi đoàn thôn Đồng Làng',
      ].join('\n'),
    }),
  );
}

const rowOf = (values: unknown[][], name: string) => values.find((row) => row[1] === name)!;

describe('Tổng hợp laid out as the plan\'s table', () => {
  test('after setup: title, date, two header rows frozen, clusters with subtotals, the total, and the chart over its data', () => {
    const emu = setUpEmulator();
    const values = emu.values(SUMMARY);
    expect(values[0][0]).toBe('TỔNG HỢP BẢNG XẾP LOẠI CÁC CHI ĐOÀN TRONG TOÀN HUYỆN NĂM 2015 VÀ 6 THÁNG ĐẦU NĂM 2016');
    expect(values[1].slice(1, 3)).toEqual(['Số liệu đến:', expect.any(Date)]);
    expect(values[2].slice(0, 6)).toEqual(['STT', 'Đơn vị', 'Cán bộ đứng điểm', 'Số Chi đoàn', 'Số đoàn viên', 'Xếp loại năm 2015']);
    expect(values[3].slice(5, 14)).toEqual(['Vững mạnh', 'Tỷ lệ', 'Khá', 'Tỷ lệ', 'Trung bình', 'Tỷ lệ', 'Yếu', 'Tỷ lệ', 'Chưa xếp loại']);
    const sheet = emu.spreadsheet.getSheetByName(SUMMARY)!;
    expect(sheet.getFrozenRows()).toBe(4);
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1').getNote()).toContain('A4');
    // Each cluster's line (a Roman numeral) comes before its units, numbered from 1.
    expect(values[4].slice(0, 2)).toEqual(['I', 'Cụm 1']);
    expect(values[5].slice(0, 3)).toEqual([1, 'Đoàn thị trấn Núi Thành', 'Nguyễn Văn Bình']);
    const clusters = values.filter((row) => typeof row[0] === 'string' && /^[IVX]+$/.test(row[0]));
    const total = rowOf(values, 'Toàn huyện');
    const chapters = DEFAULT_CAMPAIGN.units.reduce((n, unit) => n + unit.chapters.length, 0);
    expect(total[3]).toBe(chapters);
    expect(clusters.reduce((n, row) => n + (row[3] as number), 0)).toBe(chapters);
    expect(total.at(-1)).toBe(`0/${DEFAULT_CAMPAIGN.units.length} đơn vị đã nộp đủ`);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const data = charts[0].getRanges()[0];
    expect(data.getValues()[0]).toEqual(['Xếp loại', 'năm 2015', '6 tháng đầu năm 2016']);
    expect(data.getValues().map((row) => row[0])).toEqual(['Xếp loại', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu', 'Chưa xếp loại']);
    expect(charts[0].getOptions().get('title')).toBe('Xếp loại Chi đoàn toàn huyện theo từng kỳ');
  });

  test('a poll writes the unit\'s counts and shares, its cluster\'s and the total as numbers, and the chart\'s data', () => {
    const emu = setUpEmulator();
    const before = emu.values(SUMMARY)[1][2] as Date;
    emu.clock.advanceBy(60_000);
    deliverTamTra(emu);
    emu.run('pollMailbox');
    const values = emu.values(SUMMARY);
    const unit = rowOf(values, 'Đoàn xã Tam Trà');
    const chapters = unit[3] as number;
    // năm 2015: Vững mạnh 1, Khá 0, Trung bình 0, Yếu 1, the rest unrated.
    expect(unit.slice(5, 14)).toEqual([1, 1 / chapters, 0, 0, 0, 0, 1, 1 / chapters, chapters - 2]);
    expect(unit.slice(-3)).toEqual(['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Đồng Làng', 'Chưa đủ']);
    const cluster = rowOf(values, 'Cụm 4');
    expect(cluster.slice(5, 7)).toEqual([1, 1 / (cluster[3] as number)]);
    expect(cluster.slice(-3)).toEqual(['1 Chi đoàn', '1 Chi đoàn', '0/3 đơn vị đã nộp đủ']);
    const total = rowOf(values, 'Toàn huyện');
    expect(total.slice(5, 7)).toEqual([1, 1 / (total[3] as number)]);
    const sheet = emu.spreadsheet.getSheetByName(SUMMARY)!;
    const shareCell = sheet.getRange(values.indexOf(unit) + 1, 7);
    expect(shareCell.getNumberFormat()).toBe('0.0%');
    expect(rowOf(values, 'Vững mạnh').slice(2, 4)).toEqual([1, 0]);
    expect(rowOf(values, 'Trung bình').slice(2, 4)).toEqual([0, 1]);
    // The figures stand at the time the submission was recorded.
    expect((values[1][2] as Date).getTime()).toBeGreaterThan(before.getTime());
  });

  test('a refresh re-ranges the one chart; a sheet the earlier layout made is laid out anew', () => {
    const emu = setUpEmulator();
    const sheet = emu.spreadsheet.getSheetByName(SUMMARY)!;
    // The earlier layout: two header rows, `Đơn vị` in A1, merged period groups.
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart().clear();
    sheet.setFrozenRows(2);
    sheet.getRange('A1:C1').setValues([['Đơn vị', 'Cụm', 'Số Chi đoàn']]);
    sheet.getRange('D1:G1').merge();
    sheet.getRange('A3:C3').setValues([['Đoàn xã Tam Trà', 'Cụm 4', 5]]);
    emu.run('refreshSummary');
    const values = emu.values(SUMMARY);
    expect(values[0][0]).toMatch(/^TỔNG HỢP BẢNG XẾP LOẠI/);
    expect(sheet.getFrozenRows()).toBe(4);
    expect(rowOf(values, 'Đoàn xã Tam Trà')[0]).toBe(3);
    expect(sheet.getCharts()).toHaveLength(1);
    emu.run('refreshSummary');
    expect(sheet.getCharts()).toHaveLength(1);
    expect(emu.values(SUMMARY)).toHaveLength(values.length);
  });

  test('a commune\'s campaign titles its table and total by its own level', () => {
    const campaign = { ...DEFAULT_CAMPAIGN, office: 'Đoàn xã Núi Thành' };
    const emu = setUpEmulator(JSON.stringify(campaign));
    const values = emu.values(SUMMARY);
    expect(values[0][0]).toMatch(/TRONG TOÀN XÃ NĂM 2015/);
    expect(rowOf(values, 'Toàn xã')).toBeDefined();
  });
});
