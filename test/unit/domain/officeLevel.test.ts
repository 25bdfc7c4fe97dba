import { officeWords } from '../../../src/domain/officeLevel';

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
