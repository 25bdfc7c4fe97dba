import { matchChapter, resemblanceWords } from '../../../src/domain/chapterMatch';

const TRA = ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Đồng Làng', 'Chi đoàn thôn Tú Nghĩa', 'Chi đoàn thôn Phước Trà', 'Chi đoàn thôn Dương Trà'];
const NUMBERED = ['Chi đoàn thôn Xuân Thọ 1', 'Chi đoàn thôn Xuân Thọ 2', 'Chi đoàn Tam Xuân I'];

describe('a reported chapter the unit has, one it looks like, or a clearly new one', () => {
  test.each([
    ['Xuan Tho', TRA, { kind: 'known', index: 0 }],
    ['Xuân Thộ', TRA, { kind: 'known', index: 0 }],
    ['CĐ Đồng Làng', TRA, { kind: 'known', index: 1 }],
    ['Xuân Tho 1', NUMBERED, { kind: 'known', index: 0 }],
  ])('%p is a chapter of the unit (findChapter)', (name, known, expected) => {
    expect(matchChapter(known, name)).toEqual(expected);
  });

  test.each([
    ['Xuan Thoo', TRA, 0],
    ['Chi đoàn Xuân Thợ Tây', TRA, 0],
    ['Chi đoàn thôn Đồng Lành', TRA, 1],
    ['Chi doan Dong Lamg', TRA, 1],
    ['Tú Nghĩa Đông', TRA, 2],
    ['CĐ T. Nghĩa', TRA, 2],
    ['Chi đoàn PT', TRA, 3],
    ['Chi đoàn thôn Xuân Thọ 1', ['Chi đoàn Xuan Thoo 1'], 0],
    ['Chi đoàn Tam Xuân 1', NUMBERED, 2],
  ])('%p looks like a chapter of the unit: it waits for the office', (name, known, index) => {
    expect(matchChapter(known, name)).toEqual({ kind: 'resembles', index });
  });

  test.each([
    ['Chi đoàn Xuân Thọ 2', ['Chi đoàn Xuân Thọ 1']],
    ['Chi đoàn Tam Xuân II', ['Chi đoàn Tam Xuân I']],
    ['Chi đoàn thôn Xuân Thọ 3', NUMBERED],
    ['Chi đoàn Trường Tiểu học Tam Trà', TRA],
    ['Chi đoàn thôn Trà Bồng', TRA],
    ['Chi đoàn Cơ quan', TRA],
  ])('%p is clearly new', (name, known) => {
    expect(matchChapter(known, name)).toEqual({ kind: 'new' });
  });

  test('the kind words go wherever they lead; Roman numerals read as digits', () => {
    expect(resemblanceWords('Chi đoàn thôn Xuân Thọ 1')).toEqual(['xuan', 'tho', '1']);
    expect(resemblanceWords('CĐ Tổ dân phố 3')).toEqual(['3']);
    expect(resemblanceWords('Đoàn xã Tam Xuân II')).toEqual(['xa', 'tam', 'xuan', '2']);
  });
});
