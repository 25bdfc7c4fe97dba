import { parseRating } from '../../domain/ratings';
import { wordKey } from './keys';
import type { Block } from './model';

/**
 * Counts instead of chapters: "5 Chi đoàn vững mạnh, 4 khá", "Vững mạnh: 5", "đăng ký xây dựng
 * 2 Chi đoàn mạnh", "danh sách gửi sau", or a row of ratings over a row of numbers. Not a
 * table: the office needs each chapter's rating by name, and says so.
 */
const RATING_WORDS =
  '(?:vung manh|kha|trung binh|yeu(?: kem)?|htxs(?:nv)?|htt(?:nv)?|ht(?:nv)?|kht(?:nv)?|(?:khong )?hoan thanh(?: xuat sac| tot)?(?: nhiem vu)?)';
const COUNT_PATTERNS = [
  new RegExp(`\\b\\d{1,3} (?:chi doan|cd) (?:dat |xep loai |duoc xep loai |loai )?${RATING_WORDS}\\b`, 'g'),
  new RegExp(`\\b${RATING_WORDS} (?:co |la |gom |dat )?\\d{1,3} (?:chi doan|cd)\\b`, 'g'),
  /\b(?:dang ky|dk|ho tro|giup do)(?: xay dung| xd)? \d{1,2} (?:chi doan|cd)\b/g,
];
const TO_FOLLOW = /\b(?:danh sach|ten (?:cac )?chi doan)\b.*\bgui sau\b/;

function countsIn(key: string): number {
  return COUNT_PATTERNS.reduce((sum, pattern) => sum + (key.match(pattern)?.length ?? 0), 0);
}

/** "Có 5 Chi đoàn vững mạnh", "Khá: 4 Chi đoàn": a count, which a typed list must not read as a chapter. */
export function isCountLine(text: string): boolean {
  return countsIn(wordKey(text)) > 0;
}

/** Whether a document states counts of chapters per rating or registration, and no more. */
export function statesCounts(blocks: readonly Block[]): boolean {
  let hits = 0;
  let toFollow = false;
  for (const block of blocks) {
    if (block.quote === 2) continue;
    const rows = block.kind === 'text' ? block.lines.map((line) => [line.text]) : block.rows.map((row) => row.cells.map((c) => c.text));
    rows.slice(0, 2000).forEach((cells, index) => {
      const key = wordKey(cells.join(' '));
      hits += countsIn(key);
      toFollow ||= TO_FOLLOW.test(key);
      if (block.kind === 'text') return;
      if (ratingAndNumber(cells)) hits++;
      if (index + 1 < rows.length && ratingsOverNumbers(cells, rows[index + 1])) hits += 2;
    });
  }
  return hits >= 2 || (hits === 1 && toFollow);
}

/** "Vững mạnh | 5": a grid row giving a rating's count. */
function ratingAndNumber(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length === 2 && parseRating(filled[0]) !== null && /^\d{1,3}$/.test(filled[1]);
}

/** "Vững mạnh | Khá | Trung bình" over "5 | 4 | 3". */
function ratingsOverNumbers(header: readonly string[], next: readonly string[]): boolean {
  const columns = header.map((text, i) => (parseRating(text) ? i : -1)).filter((i) => i >= 0);
  return columns.length >= 2 && columns.every((i) => /^\d{1,3}$/.test((next[i] ?? '').trim()));
}

/** A name a registration sentence took from a count ("2 Chi đoàn yếu"): not a chapter's name. */
export function isCountPhrase(name: string): boolean {
  return /(?:^|\s)(?:\d{1,2}|mot|hai|ba|01|02|03) (?:chi doan|cd)\b/.test(wordKey(name));
}
