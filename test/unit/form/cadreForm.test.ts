import { cadreAnswersText, cadreReportLink, cadreReportOf, cadreFormText as t, CADRE_FORM_PLACEHOLDER } from '../../../src/form/cadreForm';
import { encodeQueryValue } from '../../../src/form/prefill';

const TEMPLATE = `https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.123=${encodeQueryValue(CADRE_FORM_PLACEHOLDER)}`;

describe('the cadres’ form’s pre-filled link', () => {
  test('the placeholder’s value becomes the visit’s Mã; the rest of the link is kept', () => {
    expect(cadreReportLink(TEMPLATE, 'DCS-160915-01')).toBe('https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.123=DCS-160915-01');
  });

  test('no template, or one without the placeholder: no link rather than a wrong one', () => {
    expect(cadreReportLink(null, 'DCS-160915-01')).toBeNull();
    expect(cadreReportLink('https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.123=other', 'DCS-160915-01')).toBeNull();
  });
});

describe('a response read as a report', () => {
  test('attended: the fields as typed, no reason', () => {
    const read = cadreReportOf({ answers: { [t.id]: ' dcs-160915-01 ', [t.attended]: t.yes, [t.result]: 'Kết nạp 3 đoàn viên.', [t.practice]: 'Tủ sách', [t.difficulties]: 'Thiếu kinh phí', [t.proposal]: 'Hỗ trợ tài liệu', [t.reason]: 'bỏ qua' } });
    expect(read).toEqual({ id: 'DCS-160915-01', report: { result: 'Kết nạp 3 đoàn viên.', goodPractice: 'Tủ sách', difficulties: 'Thiếu kinh phí', proposal: 'Hỗ trợ tài liệu', absentReason: null } });
  });

  test('not attended: the reason, empty when none was given', () => {
    expect(cadreReportOf({ answers: { [t.id]: 'DCS-160915-01', [t.attended]: t.no, [t.reason]: 'Trùng lịch' } }).report.absentReason).toBe('Trùng lịch');
    expect(cadreReportOf({ answers: { [t.id]: 'DCS-160915-01', [t.attended]: t.no } }).report.absentReason).toBe('');
  });

  test('the logged JSON shown to the office one question a line, in the form’s order', () => {
    const raw = JSON.stringify({ email: 'a@x', timestamp: '', answers: { [t.result]: 'Tốt', [t.id]: 'DCS-160915-01', [t.attended]: t.yes } });
    expect(cadreAnswersText(raw)).toBe('Mã buổi: DCS-160915-01\nĐồng chí có dự không: Có\nKết quả: Tốt');
    expect(cadreAnswersText('not json')).toBe('not json');
  });
});
