import { invitationOfResponse } from '../../../src/form/invitationResponse';
import type { AnsweredItem } from '../../../src/form/responses';

const answered = (title: string, type: string, response: AnsweredItem['response']): AnsweredItem => ({ title, type, rows: [], response });

const page = (extra: AnsweredItem[] = []): AnsweredItem[] => [
  answered('Đơn vị', 'LIST', '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —'),
  answered('Đơn vị gửi giấy mời', 'LIST', 'Đoàn xã Tam Trà'),
  answered('Chi đoàn', 'TEXT', '  Chi đoàn thôn   Xuân Thọ '),
  answered('Ngày sinh hoạt', 'DATE', '2016-09-15'),
  ...extra,
];

describe('an invitation read from the form\'s invitation page', () => {
  test('a classification response (a unit chosen in the unit list) is not one, whatever else it carries', () => {
    expect(invitationOfResponse({ items: [answered('Đơn vị', 'LIST', 'Đoàn xã Tam Trà'), answered('Số đoàn viên (không bắt buộc)', 'PARAGRAPH_TEXT', 'x')] })).toBeNull();
    expect(invitationOfResponse({ items: [answered('Đơn vị', 'LIST', 'Đoàn xã Tam Trà'), answered('Đơn vị gửi giấy mời', 'LIST', 'Đoàn xã Tam Trà')] })).toBeNull();
    expect(invitationOfResponse({ items: [answered('Đơn vị gửi giấy mời', 'LIST', 'Đoàn xã Tam Trà'), answered('Ngày sinh hoạt', 'DATE', '2016-09-15')] })).toBeNull();
  });

  test('the date item\'s YYYY-MM-DD and the time item\'s HH:MM become the fields the visits\' domain checks; the words say it as the unit did', () => {
    const read = invitationOfResponse({
      items: page([
        answered('Giờ bắt đầu', 'TIME', '19:30'),
        answered('Địa điểm', 'TEXT', 'Nhà văn hóa thôn Xuân Thọ'),
        answered('Nội dung sinh hoạt', 'PARAGRAPH_TEXT', 'Kết nạp đoàn viên mới'),
      ]),
    });
    // The unit is the one chosen on the invitation page, not the unit list's answer that led there.
    expect(read?.unit).toBe('Đoàn xã Tam Trà');
    expect(read?.fields).toEqual({
      chapter: 'Chi đoàn thôn Xuân Thọ',
      date: { year: 2016, month: 9, day: 15 },
      time: { hour: 19, minute: 30 },
      place: 'Nhà văn hóa thôn Xuân Thọ',
      agenda: 'Kết nạp đoàn viên mới',
      cancelled: false,
    });
    expect(read?.words).toBe('Chi đoàn: Chi đoàn thôn Xuân Thọ\nNgày sinh hoạt: 15/09/2016\nGiờ bắt đầu: 19:30\nĐịa điểm: Nhà văn hóa thôn Xuân Thọ\nNội dung sinh hoạt: Kết nạp đoàn viên mới');
  });

  test('empty fields are absent (no time: the unit is told), the checkbox calls the meeting off, and a date not as the item gives it reads as none', () => {
    const cancelled = invitationOfResponse({ items: page([answered('Hoãn/hủy', 'CHECKBOX', ['Hoãn/hủy buổi sinh hoạt này'])]) });
    expect(cancelled?.fields).toMatchObject({ time: null, place: null, agenda: null, cancelled: true });
    expect(cancelled?.words.split('\n').at(-1)).toBe('Hoãn/hủy buổi sinh hoạt này');
    const odd = invitationOfResponse({ items: [answered('Đơn vị', 'LIST', '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —'), answered('Ngày sinh hoạt', 'DATE', '15/9')] });
    expect(odd?.unit).toBe('');
    expect(odd?.fields).toMatchObject({ chapter: null, date: null, time: null, cancelled: false });
  });
});
