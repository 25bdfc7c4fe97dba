import type { Visit } from '../../../src/domain/visits';
import { monthlySummary, monthToDate, NO_COUNTS, type MonthlyContext } from '../../../src/domain/visitsMonthly';
import { monthlyRows } from '../../../src/workbook/monthlySheet';
import { shortResult } from '../../../src/app/sidebar/unitVisits';
import { visitFigures } from '../../../src/domain/report/visitFigures';
import { visitBlocks } from '../../../src/ui/report/visitSection';
import { visitDigestBlocks } from '../../../src/ui/email/visitDigest';

const visit = (id: string, day: string, over: Partial<Visit> = {}): Visit => ({
  id, unitName: 'Đoàn xã Tam Trà', chapter: 'Chi đoàn Xuân Thọ', agenda: '', start: new Date(`${day}T12:30:00.000Z`), place: '', cadreName: 'Phạm Thị Kim Oanh',
  source: 'Email', status: 'Đã mời', result: '', goodPractice: '', difficulties: '', handling: '', key: `tam-tra|chi doan xuan tho|${day}`,
  version: 1, eventId: '', syncedVersion: 1, receivedAt: 0, words: '', reportChased: 0, reporter: '', proposalTold: '', ...over,
});
const SON = { unitName: 'Đoàn xã Tam Sơn', cadreName: 'Nguyễn Văn Bình' };
const ctx = (today: string, reportDays = 3): MonthlyContext => ({ now: new Date(`${today}T05:00:00.000Z`).getTime(), today, reportDays });

describe('monthlySummary', () => {
  const visits = [
    visit('DCS-160915-01', '2016-09-15', { status: 'Đã báo cáo', reporter: 'oanh@x', goodPractice: 'Tủ sách', difficulties: 'Thiếu kinh phí' }),
    visit('DCS-160920-01', '2016-09-20'),
    visit('DCS-160922-01', '2016-09-22', { status: 'Không dự', reporter: 'oanh@x', result: 'Không dự vì ốm' }),
    visit('DCS-160925-01', '2016-09-25', { status: 'Hủy' }),
    visit('DCS-160916-01', '2016-09-16', { ...SON, key: 'tam-son|chi doan a|2016-09-16', status: 'Đã dự' }),
    visit('DCS-161003-01', '2016-10-03', { status: 'Đã báo cáo', reporter: 'oanh@x', difficulties: 'Xin tài liệu', handling: 'Đã giải quyết (05/10/2016)' }),
    visit('DCS-160930-01', '2016-09-30', { key: '' }),
  ];

  test('rows per month, cadre and unit (by name), then the month\'s total; a cancelled meeting and a row without key not counted', () => {
    const groups = monthlySummary(visits, ctx('2016-10-05'));
    expect(groups.map((g) => g.month)).toEqual(['2016-09', '2016-10']);
    const [september, october] = groups;
    expect(september.rows.map((r) => [r.cadre, r.unit])).toEqual([['Nguyễn Văn Bình', 'Đoàn xã Tam Sơn'], ['Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà']]);
    // 20/09 is over, unreported, due 23/09: overdue on 05/10.
    expect(september.rows[1].counts).toEqual({ invited: 3, attended: 1, absent: 1, reported: 2, overdue: 1, goodPractices: 1, openProposals: 1 });
    expect(september.rows[0].counts).toEqual({ ...NO_COUNTS, invited: 1, attended: 1 });
    expect(september.total).toEqual({ invited: 4, attended: 2, absent: 1, reported: 2, overdue: 1, goodPractices: 1, openProposals: 1 });
    // A proposal the office solved is no longer open.
    expect(october.total).toEqual({ ...NO_COUNTS, invited: 1, attended: 1, reported: 1 });
  });

  test('overdue only after the due day', () => {
    const one = [visit('DCS-160920-01', '2016-09-20')];
    expect(monthlySummary(one, ctx('2016-09-23'))[0].total.overdue).toBe(0);
    expect(monthlySummary(one, ctx('2016-09-24'))[0].total.overdue).toBe(1);
    expect(monthlySummary(one, ctx('2016-09-24', 5))[0].total.overdue).toBe(0);
  });

  test('the sheet rows: the month as MM/yyyy, a total row per month', () => {
    expect(monthlyRows(monthlySummary(visits, ctx('2016-10-05')))).toEqual([
      ['09/2016', 'Nguyễn Văn Bình', 'Đoàn xã Tam Sơn', 1, 1, 0, 0, 0, 0, 0],
      ['09/2016', 'Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà', 3, 1, 1, 2, 1, 1, 1],
      ['Cộng tháng 09/2016', '', '', 4, 2, 1, 2, 1, 1, 1],
      ['10/2016', 'Phạm Thị Kim Oanh', 'Đoàn xã Tam Trà', 1, 1, 0, 1, 0, 0, 0],
      ['Cộng tháng 10/2016', '', '', 1, 1, 0, 1, 0, 0, 0],
    ]);
    expect(monthlySummary([], ctx('2016-10-05'))).toEqual([]);
  });
});

describe('monthToDate', () => {
  test('this month up to today; new proposals are those still Mới; overdue reports of any month', () => {
    const visits = [
      visit('DCS-160920-01', '2016-09-20'),
      visit('DCS-161003-01', '2016-10-03', { status: 'Đã báo cáo', reporter: 'oanh@x', difficulties: 'Xin tài liệu', goodPractice: 'Sân chơi' }),
      visit('DCS-161004-01', '2016-10-04', { status: 'Đã báo cáo', reporter: 'oanh@x', difficulties: 'Xin kinh phí', handling: 'Đã chuyển BTV (05/10/2016)' }),
      visit('DCS-161020-01', '2016-10-20'),
    ];
    const got = monthToDate(visits, ctx('2016-10-05'));
    expect(got.month).toBe('2016-10');
    expect(got.counts).toEqual({ ...NO_COUNTS, invited: 2, attended: 2, reported: 2, goodPractices: 1, openProposals: 2 });
    expect(got.newProposals).toBe(1);
    expect(got.ahead).toBe(1);
    expect(got.overdue.map((v) => v.id)).toEqual(['DCS-160920-01']);
  });
});

describe('the unit view\'s short result', () => {
  test('a long result is cut on a word with an ellipsis; a short one kept, spaces collapsed', () => {
    expect(shortResult('Chi đoàn  sinh hoạt\nđông đủ.')).toBe('Chi đoàn sinh hoạt đông đủ.');
    const long = 'Chi đoàn sinh hoạt đông đủ, kết nạp ba đoàn viên mới, ra quân dọn vệ sinh đường làng';
    expect(shortResult(long, 40)).toBe('Chi đoàn sinh hoạt đông đủ, kết nạp ba…');
    expect(shortResult(long, 40).length).toBeLessThanOrEqual(41);
  });
});

describe('the report\'s visits section', () => {
  const visits = [
    visit('DCS-160915-01', '2016-09-15', { status: 'Đã báo cáo', reporter: 'oanh@x', goodPractice: 'Tủ sách thanh niên.', difficulties: 'Thiếu kinh phí' }),
    visit('DCS-160920-01', '2016-09-20'),
    visit('DCS-160916-01', '2016-09-16', { ...SON, key: 'tam-son|chi doan a|2016-09-16', status: 'Đã báo cáo', reporter: 'binh@x', difficulties: 'Xin tài liệu', handling: 'Đã giải quyết (20/09/2016)' }),
    visit('DCS-161003-01', '2016-10-03', { status: 'Hủy' }),
  ];

  test('figures over the campaign: per month, per cadre (units visited), practices, proposals still open', () => {
    const f = visitFigures(visits, ctx('2016-10-05'));
    expect(f.total).toEqual({ invited: 3, attended: 2, absent: 0, reported: 2, overdue: 1, goodPractices: 1, openProposals: 1 });
    expect(f.months.map((m) => m.month)).toEqual(['2016-09']);
    expect(f.cadres.map((c) => [c.cadre, c.units, c.counts.invited, c.counts.overdue])).toEqual([['Nguyễn Văn Bình', 1, 1, 0], ['Phạm Thị Kim Oanh', 1, 2, 1]]);
    expect(f.goodPractices).toEqual([{ unit: 'Đoàn xã Tam Trà', chapter: 'Chi đoàn Xuân Thọ', cadre: 'Phạm Thị Kim Oanh', day: '2016-09-15', practice: 'Tủ sách thanh niên.' }]);
    expect(f.openProposals.map((p) => [p.unit, p.difficulties, p.status])).toEqual([['Đoàn xã Tam Trà', 'Thiếu kinh phí', 'Mới']]);
  });

  test('its blocks: the summary, the two tables, the practices, the open proposals; a campaign without visits says so', () => {
    const blocks = visitBlocks(visitFigures(visits, ctx('2016-10-05')));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph', 'table', 'paragraph', 'bullets', 'paragraph', 'table']);
    expect(blocks[2]).toMatchObject({ rows: [['09/2016', '3', '2', '0', '2', '1', '1', '1']], total: ['Tổng cộng', '3', '2', '0', '2', '1', '1', '1'] });
    expect(blocks[6]).toEqual({ kind: 'bullets', items: ['Tủ sách thanh niên (Chi đoàn Xuân Thọ, Đoàn xã Tam Trà; đồng chí Phạm Thị Kim Oanh báo cáo, buổi sinh hoạt ngày 15/09/2016).'] });
    expect(visitBlocks(visitFigures([], ctx('2016-10-05')))).toEqual([{ kind: 'paragraph', text: 'Chưa có buổi sinh hoạt Chi đoàn nào cán bộ được mời dự trong đợt.' }]);
    const solved = visits.map((v) => ({ ...v, handling: 'Đã giải quyết (20/09/2016)' }));
    expect(visitBlocks(visitFigures(solved, ctx('2016-10-05'))).at(-1)).toEqual({ kind: 'paragraph', text: 'Các khó khăn, kiến nghị cán bộ báo cáo đã được giải quyết.' });
  });
});

describe('the digest\'s Đi cơ sở section', () => {
  test('nothing without visits; the figures, then each overdue report or a line saying there is none', () => {
    expect(visitDigestBlocks(undefined)).toEqual([]);
    const figures = { month: '09/2016', meetings: 2, ahead: 1, attended: 1, reported: 1, newProposals: 1, goodPractices: 0, overdue: [] };
    const none = visitDigestBlocks(figures);
    expect(none[0]).toEqual({ kind: 'heading', text: 'Đi cơ sở' });
    expect(none.at(-1)).toEqual({ kind: 'paragraph', content: ['Không có báo cáo kết quả đi cơ sở nào quá hạn.'] });
    const late = visitDigestBlocks({ ...figures, overdue: [{ chapter: 'Chi đoàn Xuân Thọ', unit: 'Đoàn xã Tam Trà', cadre: 'Phạm Thị Kim Oanh', when: '15/09/2016', due: '18/09/2016' }] });
    expect(late).toContainEqual({ kind: 'list', ordered: false, items: [['Chi đoàn Xuân Thọ (Đoàn xã Tam Trà), sinh hoạt ngày 15/09/2016: đồng chí Phạm Thị Kim Oanh chưa gửi báo cáo (hạn 18/09/2016).']] });
    expect(JSON.stringify(late)).not.toContain('Hãy');
  });
});
