import { canonicalTonePlacement, cleanText, exactKey, foldAccents, matchKey, upperVi } from '../../../src/domain/text';

describe('Vietnamese text', () => {
  test('NFD input becomes NFC and spaces collapse', () => {
    const nfd = 'Chi đoàn  Xuân\u00a0Thọ '.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(cleanText(nfd)).toBe('Chi đoàn Xuân Thọ');
  });

  test('accent folding also folds đ and Đ, which NFD leaves alone', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldAccents('Đoàn xã Tam Trà – Đồng Làng')).toBe('Doan xa Tam Tra – Dong Lang');
    expect(matchKey('  ĐOÀN   XÃ Tam Mỹ Đông ')).toBe('doan xa tam my dong');
  });

  test('old and new tone placement compare equal', () => {
    expect(canonicalTonePlacement('Hoà')).toBe('Hòa');
    expect(canonicalTonePlacement('thuý')).toBe('thúy');
    expect(canonicalTonePlacement('khoẻ')).toBe('khỏe');
    // A final consonant keeps the tone on the second vowel in both styles; "qu" is a consonant.
    expect(canonicalTonePlacement('hoàn')).toBe('hoàn');
    expect(canonicalTonePlacement('quý')).toBe('quý');
    expect(exactKey('Tam Hoà')).toBe(exactKey('TAM HÒA'));
    expect(exactKey('Tam Hòa')).not.toBe(exactKey('Tam Hoa'));
    expect(matchKey('Tam Hoà')).toBe(matchKey('Tam Hòa'));
  });

  test('upper-cases headings with Vietnamese letters', () => {
    expect(upperVi('Đoàn xã Tam Trà')).toBe('ĐOÀN XÃ TAM TRÀ');
  });
});
