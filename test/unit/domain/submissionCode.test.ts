import { codesOfRows, localDayKey, quotesCode, submissionCode, submissionCodes } from '../../../src/domain/submissionCode';
import { keepGmailTag, splitGmailTag, taggedGmailId } from '../../../src/workbook/legacyGmailTag';

const HCM = 'Asia/Ho_Chi_Minh';

describe('short submission codes (TT-DDMM-NN)', () => {
  test('day before month, two digits, three past 99', () => {
    expect(submissionCode('2016-12-09', 3)).toBe('TT-0912-03');
    expect(submissionCode('2016-09-05', 1)).toBe('TT-0509-01');
    expect(submissionCode('2016-09-05', 99)).toBe('TT-0509-99');
    expect(submissionCode('2016-09-05', 100)).toBe('TT-0509-100');
  });

  test('the local day is the campaign time zone’s, not UTC’s', () => {
    // 17:30 UTC on 8 December is 00:30 on 9 December in Hồ Chí Minh.
    expect(localDayKey(new Date(Date.UTC(2016, 11, 8, 17, 30)), HCM)).toBe('2016-12-09');
    expect(localDayKey(new Date(Date.UTC(2016, 11, 8, 16, 59)), HCM)).toBe('2016-12-08');
    expect(localDayKey(new Date(Date.UTC(2016, 11, 8, 16, 59)), 'UTC')).toBe('2016-12-08');
  });

  test('each day counts its own rows in the log’s order; a row without a time takes no number', () => {
    const at = (day: number, hour: number) => new Date(Date.UTC(2016, 8, day, hour - 7));
    expect(codesOfRows([at(5, 8), at(5, 9), null, at(6, 7), at(5, 23), at(6, 0)], HCM)).toEqual(['TT-0509-01', 'TT-0509-02', '', 'TT-0609-01', 'TT-0509-03', 'TT-0609-02']);
  });

  test('the next codes go on from the rows counted', () => {
    const codes = submissionCodes(HCM);
    const day = new Date(Date.UTC(2016, 8, 5, 3));
    for (let i = 0; i < 99; i++) codes.next(day);
    expect(codes.next(day)).toBe('TT-0509-100');
    expect(codes.next(new Date(Number.NaN))).toBe('');
  });

  test('a letter quotes a code itself, not a longer one it begins', () => {
    expect(quotesCode('… Số hiệu: TT-0509-10.', 'TT-0509-10')).toBe(true);
    expect(quotesCode('… Số hiệu: TT-0509-100.', 'TT-0509-10')).toBe(false);
    expect(quotesCode('TT-0509-100 và TT-0509-10', 'TT-0509-10')).toBe(true);
    expect(quotesCode('Mã tham chiếu: <a@b>.', '<a@b>')).toBe(true);
    expect(quotesCode('anything', '')).toBe(false);
  });
});

describe('the Gmail tag of rows logged by earlier versions', () => {
  test('is read, split off and kept when the detail is rewritten; none is added to a row without one', () => {
    const legacy = 'Đã ghi 2 Chi đoàn. [gmail:18f2a]';
    expect(taggedGmailId(legacy)).toBe('18f2a');
    expect(splitGmailTag(legacy)).toEqual({ text: 'Đã ghi 2 Chi đoàn.', tag: '[gmail:18f2a]' });
    expect(keepGmailTag(legacy, 'Đã ghi 3 Chi đoàn.')).toBe('Đã ghi 3 Chi đoàn. [gmail:18f2a]');
    expect(keepGmailTag(legacy, '')).toBe('[gmail:18f2a]');
    expect(keepGmailTag('Đã ghi 2 Chi đoàn.', 'Đã ghi 3 Chi đoàn.')).toBe('Đã ghi 3 Chi đoàn.');
    expect(taggedGmailId('Đã ghi 2 Chi đoàn.')).toBeNull();
  });
});
