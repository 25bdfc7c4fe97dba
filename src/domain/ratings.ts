import { matchKey } from './text';

export type ScaleId = 'legacy' | 'current';
export type LegacyRating = 'VUNG_MANH' | 'KHA' | 'TRUNG_BINH' | 'YEU';
export type CurrentRating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
export type RatingCode = LegacyRating | CurrentRating;

export interface RatingLevel {
  readonly code: RatingCode;
  readonly label: string;
  /** 1 is the best level, 4 the worst; supports "lowest-rated" questions across scales. */
  readonly rank: 1 | 2 | 3 | 4;
}

export interface RatingScale {
  readonly id: ScaleId;
  readonly name: string;
  /** Best first. */
  readonly levels: readonly RatingLevel[];
}

export const SCALES: Readonly<Record<ScaleId, RatingScale>> = {
  legacy: {
    id: 'legacy',
    name: 'Thang xếp loại cũ (Vững mạnh / Khá / Trung bình / Yếu)',
    levels: [
      { code: 'VUNG_MANH', label: 'Vững mạnh', rank: 1 },
      { code: 'KHA', label: 'Khá', rank: 2 },
      { code: 'TRUNG_BINH', label: 'Trung bình', rank: 3 },
      { code: 'YEU', label: 'Yếu', rank: 4 },
    ],
  },
  current: {
    id: 'current',
    name: 'Thang xếp loại hiện hành (Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ)',
    levels: [
      { code: 'HTXSNV', label: 'Hoàn thành xuất sắc nhiệm vụ', rank: 1 },
      { code: 'HTTNV', label: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
      { code: 'HTNV', label: 'Hoàn thành nhiệm vụ', rank: 3 },
      { code: 'KHTNV', label: 'Không hoàn thành nhiệm vụ', rank: 4 },
    ],
  },
};

const ALL_LEVELS: readonly RatingLevel[] = [...SCALES.legacy.levels, ...SCALES.current.levels];

export function isRatingCode(value: string): value is RatingCode {
  return ALL_LEVELS.some((level) => level.code === value);
}

export function ratingLevel(code: RatingCode): RatingLevel {
  const level = ALL_LEVELS.find((candidate) => candidate.code === code);
  if (!level) throw new Error(`Unknown rating code ${code}`);
  return level;
}

export function ratingLabel(code: RatingCode): string {
  return ratingLevel(code).label;
}

export function scaleOf(code: RatingCode): ScaleId {
  return SCALES.legacy.levels.some((level) => level.code === code) ? 'legacy' : 'current';
}

/**
 * Spellings people use, already folded by `ratingKey`. Order matters: negative forms come
 * before the positive forms they contain ("khong hoan thanh nhiem vu" before "hoan thanh nhiem vu").
 */
const SYNONYMS: ReadonlyArray<readonly [string, RatingCode]> = [
  ['khong hoan thanh nhiem vu', 'KHTNV'],
  ['khong hoan thanh nv', 'KHTNV'],
  ['kht', 'KHTNV'],
  ['khong hoan thanh', 'KHTNV'],
  ['khtnv', 'KHTNV'],
  ['kht nv', 'KHTNV'],
  ['khong ht nv', 'KHTNV'],
  ['khong ht', 'KHTNV'],
  ['hoan thanh xuat sac nhiem vu', 'HTXSNV'],
  ['hoan thanh xuat sac', 'HTXSNV'],
  ['hoan thanh xuat sac nv', 'HTXSNV'],
  ['htxsnv', 'HTXSNV'],
  ['htxs', 'HTXSNV'],
  ['htxs nv', 'HTXSNV'],
  ['hoan thanh xs nv', 'HTXSNV'],
  ['hoan thanh xs', 'HTXSNV'],
  ['ht xuat sac nv', 'HTXSNV'],
  ['ht xuat sac', 'HTXSNV'],
  ['hoan thanh tot nhiem vu', 'HTTNV'],
  ['hoan thanh tot', 'HTTNV'],
  ['hoan thanh tot nv', 'HTTNV'],
  ['httnv', 'HTTNV'],
  ['htt', 'HTTNV'],
  ['htt nv', 'HTTNV'],
  ['ht tot nv', 'HTTNV'],
  ['ht tot', 'HTTNV'],
  ['hoan thanh nhiem vu', 'HTNV'],
  ['hoan thanh nv', 'HTNV'],
  ['hoan thanh', 'HTNV'],
  ['htnv', 'HTNV'],
  ['ht nv', 'HTNV'],
  // Bare "HT" is Hoàn thành nhiệm vụ in a rating column; a registration column reads it as Hỗ trợ (registration.ts).
  ['ht', 'HTNV'],
  ['vung manh', 'VUNG_MANH'],
  ['chi doan vung manh', 'VUNG_MANH'],
  ['vm', 'VUNG_MANH'],
  ['v manh', 'VUNG_MANH'],
  ['vmanh', 'VUNG_MANH'],
  ['cd vung manh', 'VUNG_MANH'],
  ['kha', 'KHA'],
  ['chi doan kha', 'KHA'],
  ['k', 'KHA'],
  ['cd kha', 'KHA'],
  ['trung binh', 'TRUNG_BINH'],
  ['chi doan trung binh', 'TRUNG_BINH'],
  ['tb', 'TRUNG_BINH'],
  ['t binh', 'TRUNG_BINH'],
  ['tbinh', 'TRUNG_BINH'],
  ['cd trung binh', 'TRUNG_BINH'],
  ['yeu kem', 'YEU'],
  ['yeu', 'YEU'],
  ['chi doan yeu', 'YEU'],
  ['chi doan yeu kem', 'YEU'],
  ['yk', 'YEU'],
  ['kem', 'YEU'],
  ['cd yeu', 'YEU'],
  ['cd yeu kem', 'YEU'],
  ['y', 'YEU'],
];

/** Words people put before a rating: "đạt HTT", "xếp loại: Khá", "được đánh giá Tốt", "loại Yếu". */
const RATING_LEAD = /^(?:(?:duoc\s+)?(?:xep\s+loai|danh\s+gia)|dat(?:\s+loai|\s+muc)?|loai|muc)\s+(?=\S)/;

/** Folds a rating as typed: accents, case, dots ("V.M"), quotes, surrounding punctuation and a leading "đạt". */
export function ratingKey(text: string): string {
  return matchKey(text)
    .replace(/["'“”‘’()[\].,;:!*_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(RATING_LEAD, '')
    .replace(/^(?:([a-z])\s)+[a-z]$/, (letters) => letters.replace(/\s/g, ''));
}

/** Reads one cell's rating; null when the text is not a rating on any scale. */
export function parseRating(text: string): RatingCode | null {
  const key = ratingKey(text);
  if (!key) return null;
  const found = SYNONYMS.find(([spelling]) => spelling === key);
  return found ? found[1] : null;
}

/** Finds the rating that starts a free text ("Khá, tăng 1 bậc"); negative forms first. */
export function parseRatingPrefix(text: string): RatingCode | null {
  const key = ratingKey(text);
  for (const [spelling, code] of SYNONYMS) {
    if (spelling.length <= 2) {
      if (key === spelling) return code;
      continue;
    }
    if (key === spelling || key.startsWith(`${spelling} `)) return code;
  }
  return null;
}
