/**
 * Windows-1258, which Vietnamese Excel uses for "CSV". Built as the standard describes it:
 * windows-1252, minus the four Š/Ž letters, with 14 positions given to Vietnamese — the letters
 * Ă Đ Ơ Ư (and lower case), the five tone marks as combining characters, and the đồng sign.
 * The tone marks follow their vowel, so the result is normalized to NFC.
 */
const C1_AREA = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x8a, 0x2039, 0x152, 0x8d, 0x8e, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x9a, 0x203a, 0x153, 0x9d, 0x9e, 0x178,
];

const VIETNAMESE_POSITIONS: ReadonlyArray<readonly [number, number]> = [
  [0xc3, 0x102], // Ă
  [0xcc, 0x300], // huyền
  [0xd0, 0x110], // Đ
  [0xd2, 0x309], // hỏi
  [0xd5, 0x1a0], // Ơ
  [0xdd, 0x1af], // Ư
  [0xde, 0x303], // ngã
  [0xe3, 0x103], // ă
  [0xec, 0x301], // sắc
  [0xf0, 0x111], // đ
  [0xf2, 0x323], // nặng
  [0xf5, 0x1a1], // ơ
  [0xfd, 0x1b0], // ư
  [0xfe, 0x20ab], // ₫
];

function buildTable(): Uint16Array {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  C1_AREA.forEach((codePoint, i) => (table[0x80 + i] = codePoint));
  for (const [byte, codePoint] of VIETNAMESE_POSITIONS) table[byte] = codePoint;
  return table;
}

export const CP1258_TABLE: Readonly<Uint16Array> = buildTable();

export function decodeCp1258(bytes: Uint8Array): string {
  let out = '';
  const units: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    units.push(CP1258_TABLE[bytes[i]]);
    if (units.length >= 8192) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return (out + String.fromCharCode.apply(null, units)).normalize('NFC');
}
