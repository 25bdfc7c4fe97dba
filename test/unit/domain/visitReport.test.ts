import { handlingText, proposalKey, proposalToTell, readHandling } from '../../../src/domain/proposals';
import { mayChase, planReport, type ReportFields, reportChaseDue, reportChaseKey, reportDueDay } from '../../../src/domain/visitReport';
import type { Visit } from '../../../src/domain/visits';

const START = new Date('2016-09-15T12:30:00.000Z');
const visit = (over: Partial<Visit> = {}): Visit => ({
  id: 'DCS-160915-01', unitName: 'Đoàn xã Tam Trà', chapter: 'Chi đoàn Xuân Thọ', agenda: '', start: START, place: '', cadreName: 'Phạm Thị Kim Oanh',
  source: 'Email', status: 'Đã mời', result: '', goodPractice: '', difficulties: '', handling: '', key: 'tam-tra|chi doan xuan tho|2016-09-15',
  version: 1, eventId: '', syncedVersion: 1, receivedAt: 0, words: '', reportChased: 0, reporter: '', proposalTold: '', ...over,
});
const at = (iso: string) => new Date(iso).getTime();

describe('report chasing', () => {
  test('due reportDays after the meeting day; keys per chase', () => {
    expect(reportDueDay(visit(), 3)).toBe('2016-09-18');
    expect(reportChaseKey('DCS-160915-01', 2)).toBe('Nhắc báo cáo|DCS-160915-01|2');
  });

  test('the first once the meeting is over, the second the day after the due day, then none', () => {
    expect(reportChaseDue(visit(), at('2016-09-15T14:00:00Z'), '2016-09-15', 3)).toBeNull();
    expect(reportChaseDue(visit(), at('2016-09-15T14:30:00Z'), '2016-09-15', 3)).toBe(1);
    expect(reportChaseDue(visit({ reportChased: 1 }), at('2016-09-18T10:00:00Z'), '2016-09-18', 3)).toBeNull();
    expect(reportChaseDue(visit({ reportChased: 1 }), at('2016-09-19T01:00:00Z'), '2016-09-19', 3)).toBe(2);
    expect(reportChaseDue(visit({ reportChased: 2 }), at('2016-09-30T01:00:00Z'), '2016-09-30', 3)).toBeNull();
  });

  test('a cancelled or reported visit is never chased', () => {
    for (const status of ['Hủy', 'Đã báo cáo', 'Không dự'] as const) {
      expect(reportChaseDue(visit({ status }), at('2016-09-20T01:00:00Z'), '2016-09-20', 3)).toBeNull();
      expect(mayChase(visit({ status }), at('2016-09-20T01:00:00Z'))).toBe(false);
    }
  });

  test('the sheet alone says whether the campaign is worth reading', () => {
    expect(mayChase(visit({ reportChased: 1 }), at('2016-09-16T00:00:00Z'))).toBe(false);
    expect(mayChase(visit({ reportChased: 1 }), at('2016-09-16T12:30:00Z'))).toBe(true);
  });
});

describe('planReport', () => {
  const cadre = { email: 'oanh@example.org', name: 'Phạm Thị Kim Oanh' };
  const fields: ReportFields = { result: 'Tốt', goodPractice: 'Tủ sách', difficulties: 'Thiếu kinh phí', proposal: 'Hỗ trợ', absentReason: null };
  const plan = (visits: Visit[], from = cadre, f = fields) => planReport(visits, 'DCS-160915-01', from, () => 'Oanh@example.org', f);

  test('the visit\'s own cadre: Đã báo cáo with the fields, the proposal with the difficulties', () => {
    expect(plan([visit()])).toEqual({ kind: 'write', index: 0, visit: expect.objectContaining({ status: 'Đã báo cáo', result: 'Tốt', goodPractice: 'Tủ sách', difficulties: 'Thiếu kinh phí\nĐề xuất: Hỗ trợ', reporter: 'oanh@example.org' }) });
  });

  test('absent: Không dự with the reason', () => {
    expect(plan([visit()], cadre, { result: '', goodPractice: '', difficulties: '', proposal: '', absentReason: 'ốm' })).toMatchObject({ visit: { status: 'Không dự', result: 'Không dự vì ốm' } });
  });

  test('review: unknown visit, cancelled, another cadre, a second reporter, nothing said', () => {
    expect(planReport([], 'DCS-160915-01', cadre, () => '', fields)).toMatchObject({ kind: 'review', problem: { code: 'unknownVisit' } });
    expect(plan([visit({ status: 'Hủy' })])).toMatchObject({ problem: { code: 'cancelled' } });
    expect(plan([visit()], { email: 'other@example.org', name: 'X' })).toMatchObject({ problem: { code: 'notTheirs' } });
    expect(plan([visit({ reporter: 'first@example.org' })])).toMatchObject({ problem: { code: 'otherReporter', reporter: 'first@example.org' } });
    expect(plan([visit()], cadre, { result: '', goodPractice: '', difficulties: '', proposal: '', absentReason: null })).toMatchObject({ problem: { code: 'empty' } });
  });
});

describe('proposals', () => {
  test('Xử lý written and read back', () => {
    expect(handlingText('Đang giải quyết', '  Đã đề nghị   hỗ trợ ', '19/09/2016')).toBe('Đang giải quyết — Đã đề nghị hỗ trợ (19/09/2016)');
    expect(readHandling('Đang giải quyết — Đã đề nghị hỗ trợ (19/09/2016)')).toEqual({ status: 'Đang giải quyết', note: 'Đã đề nghị hỗ trợ' });
    expect(readHandling('Đã giải quyết (20/09/2016)')).toEqual({ status: 'Đã giải quyết', note: '' });
    expect(readHandling('')).toEqual({ status: 'Mới', note: '' });
    expect(readHandling('ghi tay của văn phòng')).toEqual({ status: 'Mới', note: 'ghi tay của văn phòng' });
  });

  test('the cadre is told of each new status but Mới, once', () => {
    const reported = visit({ status: 'Đã báo cáo', difficulties: 'Thiếu kinh phí' });
    expect(proposalToTell(reported)).toBeNull();
    expect(proposalToTell({ ...reported, handling: 'Đã chuyển BTV (19/09/2016)' })).toBe('Đã chuyển BTV');
    expect(proposalToTell({ ...reported, handling: 'Đã chuyển BTV (19/09/2016)', proposalTold: 'Đã chuyển BTV' })).toBeNull();
    expect(proposalToTell({ ...reported, difficulties: '', handling: 'Đã giải quyết (19/09/2016)' })).toBeNull();
    expect(proposalKey('DCS-160915-01', 'Đã giải quyết')).toBe('Kiến nghị|DCS-160915-01|Đã giải quyết');
  });
});
