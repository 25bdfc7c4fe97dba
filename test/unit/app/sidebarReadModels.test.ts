import { ratingChart, unitRatingCounts } from '../../../src/app/sidebar/ratingChart';
import { excerptOf, splitRawContent } from '../../../src/app/sidebar/reviewQueue';
import { deadlineInfo, periodShortLabel, readSettings, validMessageId, validReason, validUnitId, type SidebarClock } from '../../../src/app/sidebar/sidebarApi';
import { inputMessages } from '../../../src/app/sidebar/sidebarMessages';
import { readUnitRowViews } from '../../../src/app/sidebar/unitRowView';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { configRows } from '../../../src/workbook/configSheet';
import { CONFIG_HEADERS, unitSheetHeaders } from '../../../src/workbook/layout';
import { summaryHeaderRows } from '../../../src/workbook/summarySheet';

const settings = { ...DEFAULT_CAMPAIGN };
const clock = (iso: string): SidebarClock => ({
  now: () => new Date(iso),
  // The test's zone is +07:00 with no daylight saving: enough for these cases.
  format: (date, _zone, pattern) => {
    const local = new Date(date.getTime() + 7 * 3600_000).toISOString();
    const [y, m, d] = local.slice(0, 10).split('-');
    if (pattern === 'yyyy-MM-dd') return `${y}-${m}-${d}`;
    return pattern === 'HH:mm dd/MM/yyyy' ? `${local.slice(11, 16)} ${d}/${m}/${y}` : `${d}/${m}/${y} ${local.slice(11, 16)}`;
  },
});

describe('sidebar inputs', () => {
  test('ids are trimmed, non-empty and bounded; a reason is required (the sender reads it)', () => {
    expect(validUnitId(' tam-tra ')).toBe('tam-tra');
    expect(() => validUnitId('')).toThrow(inputMessages.unitId);
    expect(() => validUnitId('a'.repeat(101))).toThrow(inputMessages.unitId);
    expect(() => validUnitId(7)).toThrow(inputMessages.unitId);
    expect(validMessageId('<m1@example.org>')).toBe('<m1@example.org>');
    expect(() => validMessageId(undefined)).toThrow(inputMessages.messageId);
    expect(() => validReason(undefined)).toThrow(inputMessages.reasonRequired);
    expect(() => validReason(null)).toThrow(inputMessages.reasonRequired);
    expect(() => validReason('   ')).toThrow(inputMessages.reasonRequired);
    expect(validReason('  thư lạ ')).toBe('thư lạ');
    expect(() => validReason(false)).toThrow(inputMessages.reason);
  });
});

describe('sidebar settings and dates', () => {
  const config = [[...CONFIG_HEADERS], ...configRows(DEFAULT_CAMPAIGN)];

  test('reads what the sidebar needs from Cấu hình, ignoring the rest', () => {
    expect(readSettings(config)).toMatchObject({ deadline: '2016-09-12', timeZone: 'Asia/Ho_Chi_Minh', scale: 'legacy', periods: DEFAULT_CAMPAIGN.periods });
  });

  test('an invalid value is named with its row', () => {
    const broken = config.map((row) => (row[0] === 'scale' ? [row[0], row[1], 'moi', row[3]] : row));
    expect(() => readSettings(broken)).toThrow(/Trang Cấu hình chưa hợp lệ[\s\S]*scale \(thang xếp loại; trang "Cấu hình", dòng \d+\)/);
  });

  test('days left and overdue count calendar days in the campaign zone', () => {
    expect(deadlineInfo(settings, clock('2016-09-09T01:00:00Z'))).toEqual({ date: '12/09/2016', today: '09/09/2016', now: '08:00 09/09/2016', daysLeft: 3, daysOverdue: 0 });
    // 12/09 23:30 in Hồ Chí Minh is still the deadline's day.
    expect(deadlineInfo(settings, clock('2016-09-12T16:30:00Z'))).toMatchObject({ today: '12/09/2016', daysLeft: 0, daysOverdue: 0 });
    expect(deadlineInfo(settings, clock('2016-09-12T17:30:00Z'))).toMatchObject({ today: '13/09/2016', daysLeft: 0, daysOverdue: 1 });
  });

  test('period names as the plan writes them, whatever the campaign labels them', () => {
    expect(periodShortLabel({ code: '2015', label: 'năm 2015' })).toBe('năm 2015');
    expect(periodShortLabel({ code: '2016-H1', label: '6 tháng đầu năm 2016' })).toBe('6 tháng đầu năm 2016');
    expect(periodShortLabel({ code: '2016-H2', label: 'x' })).toBe('6 tháng cuối năm 2016');
    expect(periodShortLabel({ code: 'khac', label: 'Kỳ khác' })).toBe('Kỳ khác');
  });
});

describe('Đơn vị rows as the sidebar reads them', () => {
  test('status columns are found by header, wherever they are', () => {
    const header = [...unitSheetHeaders(DEFAULT_CAMPAIGN)];
    // The office moved `Tình trạng` to the end and added a column of its own.
    const moved = [...header.filter((h) => h !== 'Tình trạng'), 'Ghi chú', 'Tình trạng'];
    const row = ['tam-son', 'Đoàn xã Tam Sơn', 'Tam Sơn', 'Xã', 'Cụm 3', 'a@example.org, b@example.org', 'Lương Thị Sương', 'cb-03',
      'Còn thiếu (2/4): Chi đoàn A; Chi đoàn B', 'Đủ (4/4)', 'Chưa hợp lệ: chưa chọn Chi đoàn hỗ trợ', new Date('2016-09-08T02:20:00Z'), 1234567, 'ghi chú', 'Chưa đủ'];
    const [view] = readUnitRowViews([moved, row], settings, clock('2016-09-09T00:00:00Z'));
    expect(view).toMatchObject({
      id: 'tam-son',
      kind: 'commune',
      kindLabel: 'Xã',
      emails: ['a@example.org', 'b@example.org'],
      complete: false,
      lastContact: '08/09/2016 09:20',
      registration: { state: 'invalid', text: 'Chưa hợp lệ: chưa chọn Chi đoàn hỗ trợ' },
      formUrl: '',
    });
    expect(view.periods.map((p) => [p.state, p.rated, p.total, p.missing])).toEqual([
      ['partial', 2, 4, ['Chi đoàn A', 'Chi đoàn B']],
      ['complete', 4, 4, []],
    ]);
  });
});

describe('Tổng hợp as the chart reads it', () => {
  test('sums the unit rows per period and rating, not the cluster or total lines, by header', () => {
    const [top, bottom] = summaryHeaderRows(settings);
    // STT, Đơn vị, Cán bộ, Số Chi đoàn, Số đoàn viên, then per period (count, share) × 4 and the unrated, then the registrations.
    const rows = [
      ['TỔNG HỢP BẢNG XẾP LOẠI CÁC CHI ĐOÀN TRONG TOÀN HUYỆN …'],
      ['', 'Số liệu đến:', new Date(0)],
      top,
      bottom,
      ['I', 'Cụm 1', '', 7, '', 99, 1, 99, 1, 99, 1, 99, 1, 99, 99, 1, 99, 1, 99, 1, 99, 1, 99, '', '', ''],
      [1, 'Đoàn xã A', 'Cán bộ', 4, 40, 1, 0.25, 2, 0.5, 0, 0, 1, 0.25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 'x', 'y', 'Chưa đủ'],
      [2, 'Đoàn xã B', 'Cán bộ', 3, '', 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 0.33, 1, 0.33, 1, 0.33, 0, 0, 0, 'x', 'y', 'Chưa đủ'],
      ['', 'Toàn huyện', '', 99, 99, 99, 1, 99, 1, 99, 1, 99, 1, 99, 99, 1, 99, 1, 99, 1, 99, 1, 99, '', '', ''],
      [''],
      ['', 'Xếp loại', 'năm 2015', '6 tháng đầu năm 2016'],
      ['', 'Vững mạnh', 99, 99],
    ];
    expect(ratingChart(rows, settings)).toEqual({
      levels: [
        { label: 'Vững mạnh', short: 'Vững mạnh' },
        { label: 'Khá', short: 'Khá' },
        { label: 'Trung bình', short: 'Trung bình' },
        { label: 'Yếu', short: 'Yếu' },
      ],
      periods: [
        { label: 'năm 2015', short: 'năm 2015', counts: [1, 2, 0, 1], unrated: 3 },
        { label: '6 tháng đầu năm 2016', short: '6 tháng đầu năm 2016', counts: [1, 1, 1, 0], unrated: 4 },
      ],
    });
  });

  test('each unit row by its name, found by the header over it, for the page to sum what it shows', () => {
    const top = ['STT', 'Đơn vị', 'Cụm', 'Số Chi đoàn', 'Xếp loại năm 2015', '', '', '', '', 'Xếp loại 6 tháng đầu năm 2016', '', '', '', ''];
    const bottom = ['', '', '', '', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu', 'Chưa xếp loại', 'Vững mạnh', 'Khá', 'Trung bình', 'Yếu', 'Chưa xếp loại'];
    const rows = [
      [1, 'Đoàn xã A', 'Cụm 1', 4, 1, 2, 0, 1, 0, 0, 0, 0, 0, 4],
      [2, 'Đoàn xã B', 'Cụm 1', 3, 0, 0, 0, 0, 3, 1, 1, 1, 0, 0],
    ];
    const byUnit = unitRatingCounts([top, bottom, ...rows], settings);
    expect([...byUnit.keys()]).toEqual(['Đoàn xã A', 'Đoàn xã B']);
    expect(byUnit.get('Đoàn xã B')).toEqual([
      { counts: [0, 0, 0, 0], unrated: 3 },
      { counts: [1, 1, 1, 0], unrated: 0 },
    ]);
  });

  test('a missing sheet or period gives zeros; the current scale is labelled by its codes', () => {
    const chart = ratingChart([], { ...settings, scale: 'current' });
    expect(chart.levels.map((level) => level.short)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(chart.periods.every((period) => period.counts.every((count) => count === 0) && period.unrated === 0)).toBe(true);
  });
});

describe('the raw content of a logged email', () => {
  test('splits the header lines from the body', () => {
    const raw = 'Tiêu đề: Bảng xếp loại\nThư gốc: https://mail.google.com/mail/u/0/#all/1\nTệp đính kèm: a.docx (10 byte)\n\nĐOÀN XÃ TAM HẢI\n1. Chi đoàn A: Khá';
    const { fields, body } = splitRawContent(raw);
    expect(Object.fromEntries(fields)).toEqual({ 'Tiêu đề': 'Bảng xếp loại', 'Thư gốc': 'https://mail.google.com/mail/u/0/#all/1', 'Tệp đính kèm': 'a.docx (10 byte)' });
    expect(body).toBe('ĐOÀN XÃ TAM HẢI\n1. Chi đoàn A: Khá');
  });

  test('content without header lines (a form response) is all body', () => {
    expect(splitRawContent('{"a": 1}')).toEqual({ fields: new Map(), body: '{"a": 1}' });
    expect(splitRawContent('Chi đoàn A: Khá\nChi đoàn B: Yếu').body).toBe('Chi đoàn A: Khá\nChi đoàn B: Yếu');
  });

  test('the excerpt is the start, blank runs collapsed', () => {
    expect(excerptOf('a  \n\n\n\nb')).toBe('a\n\nb');
    expect(excerptOf('x'.repeat(700))).toBe(`${'x'.repeat(600)}…`);
  });
});
