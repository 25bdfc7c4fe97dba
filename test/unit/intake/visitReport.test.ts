import { ownWords, readVisitReport, visitCodesIn } from '../../../src/intake/visitReport';

describe('readVisitReport', () => {
  test('labelled parts, with and without diacritics, bullets and greetings dropped', () => {
    const text = 'Kính gửi Văn phòng,\n- Ket qua: Chi đoàn sinh hoạt đông đủ\nkết nạp 3 đoàn viên\n2. MÔ HÌNH MỚI, CÁCH LÀM HAY: Tủ sách thanh niên\nKho khan, kien nghi: thieu kinh phi\nĐề xuất: hỗ trợ tài liệu\nTrân trọng.';
    expect(readVisitReport(text)).toEqual({
      result: 'Chi đoàn sinh hoạt đông đủ\nkết nạp 3 đoàn viên',
      goodPractice: 'Tủ sách thanh niên',
      difficulties: 'thieu kinh phi',
      proposal: 'hỗ trợ tài liệu',
      absentReason: null,
    });
  });

  test('without labels the whole text is the result', () => {
    expect(readVisitReport('Buổi sinh hoạt tốt, đoàn viên tham gia đầy đủ.')).toMatchObject({ result: 'Buổi sinh hoạt tốt, đoàn viên tham gia đầy đủ.', goodPractice: '', absentReason: null });
  });

  test.each([
    ['Không dự vì trùng lịch họp', 'trùng lịch họp'],
    ['khong du duoc do om', 'om'],
    ['Không dự: đi công tác', 'đi công tác'],
  ])('%s: absent with the reason', (text, reason) => {
    expect(readVisitReport(text).absentReason).toBe(reason);
  });

  test('NFD text (typed on some phones) reads the same', () => {
    expect(readVisitReport('Mô hình hay: Câu lạc bộ'.normalize('NFD')).goodPractice).toBe('Câu lạc bộ');
  });

  test('the quoted letter below the reply is not the report', () => {
    expect(ownWords('Kết quả: tốt\n\nVào Th 6, 16 thg 9, 2016 Văn phòng đã viết:\n> Kết quả: đồng chí có dự')).toEqual(['Kết quả: tốt', '']);
    expect(readVisitReport('Kết quả: tốt\n> Mô hình hay: mẫu').goodPractice).toBe('');
  });
});

describe('visitCodesIn', () => {
  test('each code once, in order, any case', () => {
    expect(visitCodesIn('Re: báo cáo dcs-160915-01 và DCS-160916-02, DCS-160915-01')).toEqual(['DCS-160915-01', 'DCS-160916-02']);
    expect(visitCodesIn('không có mã')).toEqual([]);
  });
});
