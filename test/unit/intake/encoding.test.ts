import * as fc from 'fast-check';
import { decodeUtf8, decodeUtf8Lenient, encodeUtf8, toBytes } from '../../../src/intake/bytes';
import { CP1258_TABLE, decodeCp1258 } from '../../../src/intake/encoding/cp1258';
import { convertDocumentTexts, convertText, fontHint, NO_HINT } from '../../../src/intake/encoding/legacy';
import { vietnameseLetters } from '../../../src/intake/encoding/letters';
import { isVietnameseSyllable } from '../../../src/intake/encoding/syllable';
import { decodeTcvn3, TCVN3_TABLE } from '../../../src/intake/encoding/tcvn3';
import { decodeTextBytes } from '../../../src/intake/encoding/text-bytes';
import { decodeVni, VNI_TABLE } from '../../../src/intake/encoding/vni';
import { binaryBytes, encodeCp1258, encodeTcvn3, encodeVni, TCVN3_BYTES } from '../../fixtures';

const LETTERS = vietnameseLetters();
const LOWER = LETTERS.filter((l) => l === l.toLowerCase());
const UPPER = LETTERS.filter((l) => l === l.toUpperCase());
/** Capitals VN3 codes directly (0xA1–0xA7); the toned ones need an "H" font. */
const TCVN3_PLAIN_CAPITALS = new Set('ĂÂÊÔƠƯĐ');

describe('the Vietnamese alphabet', () => {
  it('has 134 letters outside ASCII: 67 lower case and their capitals', () => {
    expect(LETTERS).toHaveLength(134);
    expect(new Set(LETTERS).size).toBe(134);
    expect(LOWER).toHaveLength(67);
    expect(UPPER).toHaveLength(67);
    expect(LETTERS.every((l) => l.length === 1 && l === l.normalize('NFC'))).toBe(true);
  });
});

describe('TCVN3 (ABC, .VnTime)', () => {
  it('agrees with the published VN3 table at every code', () => {
    for (const [letter, byte] of TCVN3_BYTES) expect([byte.toString(16), TCVN3_TABLE.get(byte)]).toEqual([byte.toString(16), letter]);
  });

  it('keeps ư at 0xAD (the soft hyphen) and à at 0xB5, where off-by-one tables go wrong', () => {
    expect(TCVN3_TABLE.get(0xad)).toBe('ư');
    expect(TCVN3_TABLE.get(0xa6)).toBe('Ư');
    expect(TCVN3_TABLE.get(0xb5)).toBe('à');
    expect(TCVN3_TABLE.get(0xae)).toBe('đ');
    expect(TCVN3_TABLE.get(0xfe)).toBe('ỵ');
    expect(decodeTcvn3('Chi ®oµn').text).toBe('Chi đoàn');
    expect(decodeTcvn3('M\u00adêng Kh\u00ad¬ng').text).toBe('Mường Khương');
    expect(decodeTcvn3('B¶o Th¾ng').text).toBe('Bảo Thắng');
    expect(decodeTcvn3('V÷ng m¹nh').text).toBe('Vững mạnh');
  });

  it('leaves the positions VN1 gives to capitals undefined', () => {
    for (const code of [0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0]) expect(TCVN3_TABLE.has(code)).toBe(false);
    expect(decodeTcvn3('\u00c0').unknown).toBe(1);
  });

  it('decodes every lower-case letter and the plain capitals from their codes', () => {
    for (const letter of [...LOWER, ...UPPER.filter((l) => TCVN3_PLAIN_CAPITALS.has(l))]) {
      expect([letter, decodeTcvn3(encodeTcvn3(letter)).text]).toEqual([letter, letter]);
    }
  });

  it('decodes every capital through an "H" font (.VnTimeH shows lower-case codes as capitals)', () => {
    for (const letter of UPPER) expect([letter, decodeTcvn3(encodeTcvn3(letter, true), true).text]).toEqual([letter, letter]);
    expect(decodeTcvn3(encodeTcvn3('ĐOÀN XÃ TAM TRÀ', true), true).text).toBe('ĐOÀN XÃ TAM TRÀ');
  });

  it('combines the separate tone-mark codes 0xB0–0xB4 with their vowel', () => {
    expect(decodeTcvn3('a\u00b0 a\u00b1 a\u00b2 a\u00b3 a\u00b4').text).toBe('à ả ã á ạ');
  });

  it('round-trips random Vietnamese text', () => {
    const text = fc.array(fc.constantFrom(...LOWER, 'a', 'b', ' ', 'n', 'g', '1'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => decodeTcvn3(encodeTcvn3(t)).text === t), { numRuns: 200 });
  });
});

describe('VNI (VNI-Times)', () => {
  it('decodes every letter, lower and upper case', () => {
    for (const letter of LETTERS) expect([letter, decodeVni(encodeVni(letter)).text]).toEqual([letter, letter]);
  });

  it('maps onto exactly the 134 letters', () => {
    expect(new Set(VNI_TABLE.values())).toEqual(new Set(LETTERS));
  });

  it('reads the classic spellings', () => {
    expect(decodeVni('aø').text).toBe('à');
    expect(decodeVni('Chi ñoaøn').text).toBe('Chi đoàn');
    expect(decodeVni('ÑOAØN XAÕ TAM TRAØ').text).toBe('ĐOÀN XÃ TAM TRÀ');
    expect(decodeVni('Vöõng maïnh').text).toBe('Vững mạnh');
    expect(decodeVni('Tröôøng').text).toBe('Trường');
    expect(decodeVni('Khaù').text).toBe('Khá');
  });

  it('round-trips random Vietnamese text', () => {
    const text = fc.array(fc.constantFrom(...LETTERS, 'a', 'b', ' ', 'n', 'G', '1'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => decodeVni(encodeVni(t)).text === t), { numRuns: 200 });
  });
});

describe('windows-1258', () => {
  it('matches the platform decoder at every byte', () => {
    const platform = new TextDecoder('windows-1258');
    for (let byte = 0; byte < 256; byte++) {
      expect([byte, String.fromCharCode(CP1258_TABLE[byte])]).toEqual([byte, platform.decode(Uint8Array.of(byte))]);
    }
  });

  it('decodes every letter (base letter and combining tone, then NFC)', () => {
    for (const letter of LETTERS) expect([letter, decodeCp1258(encodeCp1258(letter))]).toEqual([letter, letter]);
    expect(decodeCp1258(Uint8Array.of(0x54, 0x72, 0xe0))).toBe('Trà');
    expect(decodeCp1258(Uint8Array.of(0x54, 0x68, 0x6f, 0xf2))).toBe('Thọ');
  });
});

describe('UTF-8 and signed bytes', () => {
  it('decodes like the platform and refuses invalid sequences', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => decodeUtf8(new TextEncoder().encode(text)) === text),
      { numRuns: 300 },
    );
    expect(decodeUtf8(Uint8Array.of(0xc3))).toBeNull();
    expect(decodeUtf8(Uint8Array.of(0xe0, 0x80, 0x80))).toBeNull();
    expect(decodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBeNull();
    expect(decodeUtf8Lenient(Uint8Array.of(0x41, 0xff, 0x42))).toBe('A\ufffdB');
    expect(encodeUtf8('Đoàn 𝓥')).toEqual(new TextEncoder().encode('Đoàn 𝓥'));
  });

  it('turns Apps Script signed bytes into unsigned ones', () => {
    expect(Array.from(toBytes([-60, -112, 65, 127, -1]))).toEqual([0xc4, 0x90, 0x41, 0x7f, 0xff]);
  });
});

describe('telling the encoding of a text', () => {
  const words = ['Chi đoàn Xuân Thọ', 'Vững mạnh', 'Yếu kém', 'Trung bình', 'Đoàn xã Tam Trà', 'Chi đoàn Trường Thạnh', 'Hòa Bình'];

  it('converts TCVN3 and VNI text without any font name', () => {
    for (const word of words) {
      expect(convertText(encodeTcvn3(word)).text).toBe(word);
      expect(convertText(encodeVni(word)).text).toBe(word);
    }
  });

  it('leaves Unicode alone, composing decomposed (NFD) text', () => {
    for (const word of [...words, 'Khá', 'Tam Trà', 'Núi Thành', 'Tốt']) expect(convertText(word)).toMatchObject({ text: word, encoding: 'unicode' });
    expect(convertText('Chi \u0111oa\u0300n Xuân Tho\u0323').text).toBe('Chi đoàn Xuân Thọ');
  });

  it('follows the font name when there is one', () => {
    expect(fontHint('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(fontHint('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(fontHint('.VnArialH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(fontHint('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(fontHint('Times New Roman')).toEqual(NO_HINT);
    expect(convertText(encodeTcvn3('Tốt'), fontHint('.VnTime')).text).toBe('Tốt');
    expect(convertText(encodeTcvn3('đoàn xã tam trà', true), fontHint('.VnTimeH')).text).toBe('ĐOÀN XÃ TAM TRÀ');
  });

  it('lets the document majority settle ambiguous words ("Tèt" is Tốt in a TCVN3 document)', () => {
    const cells = ['Chi đoàn Xuân Thọ', 'Vững mạnh', 'Tốt'].map((t) => [{ text: encodeTcvn3(t), hint: NO_HINT }]);
    expect(convertDocumentTexts(cells)).toEqual(['Chi đoàn Xuân Thọ', 'Vững mạnh', 'Tốt']);
    expect(convertDocumentTexts([[{ text: 'Tèt', hint: NO_HINT }]])).toEqual(['Tèt']);
  });

  it('knows a Vietnamese syllable when it sees one', () => {
    for (const word of 'đoàn xuân thọ vững mạnh khá yếu hoà hòa thuyền người khuỷu quá gì giữa ngoài'.split(' ')) expect([word, isVietnameseSyllable(word)]).toEqual([word, true]);
    for (const word of ['khaù', 'yõu', 'hoầ', 'xyz', 'aàa']) expect([word, isVietnameseSyllable(word)]).toEqual([word, false]);
  });
});

describe('decoding the bytes of a text file', () => {
  const text = 'Tên Chi đoàn,Năm 2015\r\nChi đoàn Xuân Thọ,Vững mạnh\r\n';

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    expect(decodeTextBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTextBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)))).toEqual({ text, encoding: 'utf-8' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeTextBytes(utf16)).toEqual({ text, encoding: 'utf-16' });
  });

  it('tells windows-1258, TCVN3 and VNI bytes apart', () => {
    expect(decodeTextBytes(encodeCp1258(text))).toEqual({ text, encoding: 'windows-1258' });
    expect(decodeTextBytes(binaryBytes(encodeTcvn3(text)))).toEqual({ text, encoding: 'tcvn3' });
    expect(decodeTextBytes(binaryBytes(encodeVni(text)))).toEqual({ text, encoding: 'vni' });
  });
});
