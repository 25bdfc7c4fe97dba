import { looksLikeInvitation, readInvitation } from '../../../src/intake/invitation';

describe('looksLikeInvitation', () => {
  it.each([
    'GIẤY MỜI\nKính mời đồng chí Nguyễn Văn A dự sinh hoạt Chi đoàn thôn Xuân Thọ vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn.',
    'giay moi: kinh moi dong chi du sinh hoat chi doan Xuan Tho luc 19h30 15/9',
    'Kính mời đồng chí về dự sinh hoạt Chi đoàn Thuận Yên Đông, lúc 7 giờ 30 ngày 20/9.',
    'Thông báo hoãn sinh hoạt Chi đoàn Xuân Thọ ngày 15/9/2016.',
    'thong bao huy buoi sinh hoat chi doan Xuan Tho ngay 15/9',
  ])('recognises %s', (text) => expect(looksLikeInvitation(text)).toBe(true));

  it.each([
    'Bảng xếp loại Chi đoàn năm 2015\nChi đoàn Xuân Thọ\tVững mạnh',
    'Kính gửi Văn phòng, đơn vị gửi bảng xếp loại và đăng ký xây dựng Chi đoàn mạnh, hoàn thành chỉ tiêu.',
    'Chi doan Xuan Tho hoan thanh tot nhiem vu, phat huy vai tro',
  ])('leaves a classification alone: %s', (text) => expect(looksLikeInvitation(text)).toBe(false));
});

describe('readInvitation', () => {
  it('reads the plan\'s own phrasing', () => {
    const r = readInvitation(
      'GIẤY MỜI\nBan Thường vụ Đoàn xã Tam Trà trân trọng kính mời đồng chí Nguyễn Văn A dự sinh hoạt Chi đoàn thôn Xuân Thọ vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn Xuân Thọ.\nNội dung: Triển khai Nghị quyết 04-NQ/ĐTN.',
    );
    expect(r).toEqual({
      chapter: 'Chi đoàn thôn Xuân Thọ',
      date: { year: 2016, month: 9, day: 15 },
      time: { hour: 19, minute: 30 },
      place: 'Nhà văn hóa thôn Xuân Thọ',
      agenda: 'Triển khai Nghị quyết 04-NQ/ĐTN',
      cancelled: false,
    });
  });

  it('reads short forms without diacritics', () => {
    const r = readInvitation('kinh moi dong chi du sinh hoat chi doan Xuan Tho luc 19h30 15/9 tai nha van hoa thon. noi dung: ket nap doan vien');
    expect(r.chapter).toBe('chi doan Xuan Tho');
    expect(r.date).toEqual({ year: null, month: 9, day: 15 });
    expect(r.time).toEqual({ hour: 19, minute: 30 });
    expect(r.place).toBe('nha van hoa thon');
    expect(r.agenda).toBe('ket nap doan vien');
    expect(r.cancelled).toBe(false);
  });

  it.each([
    ['lúc 7 giờ 30 ngày 20/9/2016', { hour: 7, minute: 30 }],
    ['lúc 7 giờ ngày 20/9/2016', { hour: 7, minute: 0 }],
    ['vào lúc 7 giờ 30 phút tối ngày 20/9/2016', { hour: 19, minute: 30 }],
    ['19:30, ngày 20/9/2016', { hour: 19, minute: 30 }],
    ['19g30 ngày 20/9', { hour: 19, minute: 30 }],
    ['lúc 25 giờ ngày 20/9', { hour: 25, minute: 0 }],
  ])('reads the time of "%s"', (when, time) => {
    expect(readInvitation(`Kính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ ${when} tại hội trường.`).time).toEqual(time);
  });

  it('takes the meeting day, not the letter\'s own date', () => {
    const r = readInvitation('Tam Trà, ngày 10 tháng 9 năm 2016\nGIẤY MỜI\nKính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ lúc 19 giờ 30 ngày 15 tháng 9 năm 2016 tại hội trường thôn.');
    expect(r.date).toEqual({ year: 2016, month: 9, day: 15 });
  });

  it('reads a day written in words', () => {
    expect(readInvitation('Kính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ, 19 giờ ngày 15 tháng 9.').date).toEqual({ year: null, month: 9, day: 15 });
  });

  it('keeps a missing date, time, place or chapter as null', () => {
    const r = readInvitation('Kính mời đồng chí dự sinh hoạt của đơn vị.');
    expect(r).toEqual({ chapter: null, date: null, time: null, place: null, agenda: null, cancelled: false });
  });

  it.each(['Đơn vị xin hoãn buổi sinh hoạt Chi đoàn Xuân Thọ ngày 15/9', 'Hủy giấy mời sinh hoạt Chi đoàn Xuân Thọ', 'xin hoan buoi sinh hoat chi doan Xuan Tho 15/9', 'HUỶ lịch sinh hoạt'])(
    'sees a cancellation in "%s"',
    (text) => expect(readInvitation(text).cancelled).toBe(true),
  );

  it.each(['Kính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ, hoàn thành chỉ tiêu', 'phat huy vai tro chi doan, huy dong doan vien', 'Huyện đoàn Núi Thành'])(
    'sees no cancellation in "%s"',
    (text) => expect(readInvitation(text).cancelled).toBe(false),
  );

  it('reads decomposed (NFD) text like NFC', () => {
    const text = 'Kính mời đồng chí dự sinh hoạt Chi đoàn Xuân Thọ lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa.';
    expect(readInvitation(text.normalize('NFD'))).toEqual(readInvitation(text));
  });
});

describe('readInvitation, more phrasings', () => {
  it.each([
    ['Kính mời đ/c Oanh dự sinh hoạt CĐ Xuân Thọ lúc 19h ngày 15/9', 'CĐ Xuân Thọ', { hour: 19, minute: 0 }],
    ['Kính mời đồng chí dự buổi sinh hoạt Chi đoàn tháng 9 của Chi đoàn Xuân Thọ, vào lúc 19 giờ 30 phút, thứ Năm, ngày 15/9/2016, tại nhà sinh hoạt thôn', 'Chi đoàn Xuân Thọ', { hour: 19, minute: 30 }],
    ['Trân trọng kính mời đồng chí về dự sinh hoạt chi đoàn Thuận Yên Đông. Thời gian: 7h30 sáng Chủ nhật 18/9/2016. Địa điểm: Nhà văn hóa thôn Thuận Yên Đông.', 'chi đoàn Thuận Yên Đông', { hour: 7, minute: 30 }],
  ])('%s', (text, chapter, time) => {
    const r = readInvitation(text);
    expect(r.chapter).toBe(chapter);
    expect(r.time).toEqual(time);
    expect(r.date).not.toBeNull();
  });

  it('reads a letter laid out field by field', () => {
    const r = readInvitation('GIẤY MỜI\nSố: 12-GM/ĐTN\nKính mời: Đồng chí Phạm Thị Kim Oanh\nĐến dự: Sinh hoạt Chi đoàn Xuân Thọ\nThời gian: 19 giờ 30, ngày 15/9/2016\nĐịa điểm: Nhà văn hóa thôn Xuân Thọ\nNội dung: Kết nạp đoàn viên');
    expect(r).toEqual({ chapter: 'Chi đoàn Xuân Thọ', date: { year: 2016, month: 9, day: 15 }, time: { hour: 19, minute: 30 }, place: 'Nhà văn hóa thôn Xuân Thọ', agenda: 'Kết nạp đoàn viên', cancelled: false });
  });

  it('a subject ending in "Chi đoàn" does not name the chapter with the next line', () => {
    expect(readInvitation('Giấy mời dự sinh hoạt Chi đoàn\n\nGIẤY MỜI\nKính mời đồng chí dự sinh hoạt Chi đoàn thôn Đông Xuân vào lúc 19 giờ 30 ngày 16/9/2016.').chapter).toBe('Chi đoàn thôn Đông Xuân');
    expect(readInvitation('Giay moi sinh hoat Chi doan\n\nDoan xa gui dong chi giay moi.\n\nKính mời đồng chí về dự sinh hoạt Chi đoàn Thuận Yên Đông\nThời gian: lúc 19 giờ 00 ngày 14/9/2016').chapter).toBe('Chi đoàn Thuận Yên Đông');
  });
});
