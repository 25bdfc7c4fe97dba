import { inOfficeWords, officeWords } from '../../../src/domain/officeLevel';

describe('officeWords: the office as people name it, at any level', () => {
  test.each([
    ['Huyện đoàn Núi Thành', 'Huyện đoàn', 'Văn phòng Huyện đoàn', 'huyện', 'TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN'],
    ['Thành Đoàn Đà Nẵng', 'Thành Đoàn', 'Văn phòng Thành Đoàn', 'thành phố', 'TM. BAN THƯỜNG VỤ THÀNH ĐOÀN'],
    ['Tỉnh đoàn Quảng Nam', 'Tỉnh đoàn', 'Văn phòng Tỉnh đoàn', 'tỉnh', 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN'],
    ['Đoàn xã Núi Thành', 'Đoàn xã', 'Văn phòng Đoàn xã', 'xã', 'TM. BAN CHẤP HÀNH ĐOÀN XÃ'],
    ['Đoàn phường Hải Châu', 'Đoàn phường', 'Văn phòng Đoàn phường', 'phường', 'TM. BAN CHẤP HÀNH ĐOÀN PHƯỜNG'],
    ['Đoàn đặc khu Lý Sơn', 'Đoàn đặc khu', 'Văn phòng Đoàn đặc khu', 'đặc khu', 'TM. BAN CHẤP HÀNH ĐOÀN ĐẶC KHU'],
    ['  huyện  đoàn  Núi Thành ', 'Huyện đoàn', 'Văn phòng Huyện đoàn', 'huyện', 'TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN'],
  ])('%s', (office, body, desk, area, onBehalf) => {
    expect(officeWords(office)).toEqual({ body, officeDesk: desk, area, onBehalf, cadre: `cán bộ ${body}` });
  });

  test('a name outside the list is used as it is, and never says Huyện', () => {
    const words = officeWords('Đoàn Khối các cơ quan thành phố');
    expect(words.officeDesk).toBe('Văn phòng Đoàn Khối các cơ quan thành phố');
    expect(JSON.stringify(words)).not.toMatch(/huyện/i);
  });
});

describe('inOfficeWords: a letter in the plan’s words, spoken by the office', () => {
  const text = 'Văn phòng Huyện đoàn đã nhận thư. Đề nghị liên hệ đồng chí A, cán bộ Huyện đoàn đứng điểm. Thư không phải của cơ sở Đoàn trong huyện; toàn huyện có 23 đơn vị. Đoàn xã Tam Hiệp, huyện Núi Thành.';
  test('a Thành Đoàn, a Đoàn xã', () => {
    expect(inOfficeWords(text, officeWords('Thành Đoàn Đà Nẵng'))).toBe(
      'Văn phòng Thành Đoàn đã nhận thư. Đề nghị liên hệ đồng chí A, cán bộ Thành Đoàn đứng điểm. Thư không phải của cơ sở Đoàn trong thành phố; toàn thành phố có 23 đơn vị. Đoàn xã Tam Hiệp, huyện Núi Thành.',
    );
    expect(inOfficeWords(text, officeWords('Đoàn xã Núi Thành'))).toContain('Văn phòng Đoàn xã đã nhận thư');
  });
  test('a Huyện đoàn: unchanged', () => {
    expect(inOfficeWords(text, officeWords('Huyện đoàn Núi Thành'))).toBe(text);
  });
});
