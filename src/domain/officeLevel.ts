import { cleanText, upperVi } from './text';

/**
 * How people name the collecting office and its area, from the office's own name: a 2016
 * "Huyện đoàn Núi Thành", and since 1/7/2025 a "Thành Đoàn Đà Nẵng" over communes or an enlarged
 * "Đoàn xã Núi Thành" over its chapters. No text says "Huyện" unless the office is one.
 */
export interface OfficeWords {
  /** The body without its place: "Huyện đoàn", "Thành Đoàn", "Đoàn xã". */
  body: string;
  /** "Văn phòng Huyện đoàn", "Văn phòng Thành Đoàn", "Văn phòng Đoàn xã". */
  officeDesk: string;
  /** The area it covers, lower case: "huyện", "thành phố", "xã"; "đơn vị" when the name says none. */
  area: string;
  /** The committee the letters are signed for: "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "TM. BAN CHẤP HÀNH ĐOÀN XÃ". */
  onBehalf: string;
  /** "cán bộ Huyện đoàn", "cán bộ Đoàn xã": who stands for the office at a unit. */
  cadre: string;
}

interface Level {
  pattern: RegExp;
  body: (matched: string) => string;
  area: string;
  /** Bodies at district level and above have a standing committee; a commune's letters are signed for its executive committee. */
  committee: 'BAN THƯỜNG VỤ' | 'BAN CHẤP HÀNH';
}

const LEVELS: readonly Level[] = [
  { pattern: /^huyện\s+đoàn/iu, body: () => 'Huyện đoàn', area: 'huyện', committee: 'BAN THƯỜNG VỤ' },
  { pattern: /^quận\s+đoàn/iu, body: () => 'Quận đoàn', area: 'quận', committee: 'BAN THƯỜNG VỤ' },
  { pattern: /^thị\s+đoàn/iu, body: () => 'Thị đoàn', area: 'thị xã', committee: 'BAN THƯỜNG VỤ' },
  { pattern: /^thành\s+đoàn/iu, body: () => 'Thành Đoàn', area: 'thành phố', committee: 'BAN THƯỜNG VỤ' },
  { pattern: /^tỉnh\s+đoàn/iu, body: () => 'Tỉnh đoàn', area: 'tỉnh', committee: 'BAN THƯỜNG VỤ' },
  { pattern: /^đoàn\s+thị\s+trấn/iu, body: () => 'Đoàn thị trấn', area: 'thị trấn', committee: 'BAN CHẤP HÀNH' },
  { pattern: /^đoàn\s+phường/iu, body: () => 'Đoàn phường', area: 'phường', committee: 'BAN CHẤP HÀNH' },
  { pattern: /^đoàn\s+xã/iu, body: () => 'Đoàn xã', area: 'xã', committee: 'BAN CHẤP HÀNH' },
  { pattern: /^đoàn\s+đặc\s+khu/iu, body: () => 'Đoàn đặc khu', area: 'đặc khu', committee: 'BAN CHẤP HÀNH' },
];

export function officeWords(office: string): OfficeWords {
  const name = cleanText(office);
  const level = LEVELS.find((l) => l.pattern.test(name));
  if (!level) {
    // A name the list does not know ("Đoàn Khối các cơ quan", "Đoàn trường …"): the name itself, no area word.
    const body = name || 'cơ quan';
    return { body, officeDesk: `Văn phòng ${body}`, area: 'đơn vị', onBehalf: `TM. BAN THƯỜNG VỤ ${upperVi(body)}`, cadre: `cán bộ ${body}` };
  }
  const body = level.body(name);
  return {
    body,
    officeDesk: `Văn phòng ${body}`,
    area: level.area,
    onBehalf: `TM. ${level.committee} ${upperVi(body)}`,
    cadre: `cán bộ ${body}`,
  };
}

/**
 * The letters are written in the words of the 2016 plan, whose office was a district's ("Văn phòng
 * Huyện đoàn", "cán bộ Huyện đoàn", "các cơ sở Đoàn trong huyện"); this puts the office's own words
 * in their place, once, where a letter is rendered. For a Huyện đoàn it changes nothing.
 */
export function inOfficeWords(text: string, words: OfficeWords, encode: (value: string) => string = (value) => value): string {
  // `encode` escapes the office's own words for HTML: an unlisted office is named as it was typed.
  return text
    .replace(/Văn phòng Huyện đoàn/g, () => encode(words.officeDesk))
    .replace(/cán bộ Huyện đoàn/g, () => encode(words.cadre))
    .replace(/\b(trong|toàn) huyện(?![\p{L}])/gu, (_, where: string) => `${where} ${encode(words.area)}`);
}
