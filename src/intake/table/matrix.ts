import type { PeriodCode } from '../../domain/periods';
import { parseRating, type RatingCode } from '../../domain/ratings';
import { cleanText, matchKey } from '../../domain/text';
import { intakeWarnings as warn } from '../messages';
import { wordKey } from './keys';
import type { Row } from './model';

/**
 * Checkmark matrices, the classic Đoàn template: under each period one column per rating
 * (`Vững mạnh | Khá | Trung bình | Yếu`, `VM | K | TB | Y`, `HTXS | HTT | HT | KHT`) and a mark
 * in the one that applies.
 */
export interface MarkColumn {
  readonly column: number;
  readonly rating: RatingCode;
}

/** A header column whose lowest part names a rating: a mark column, with the period above it if any. */
export interface MarkHeader extends MarkColumn {
  readonly period: PeriodCode | null;
  /** The header text just above the rating ("Năm 2015"), or '' when nothing is above. */
  readonly above: string;
  /** The rating as the header writes it ("VM"). */
  readonly text: string;
}

/** One period's mark columns, read as one rating column. */
export interface MarkGroup {
  readonly column: number;
  readonly period: PeriodCode | null;
  readonly label: string;
  readonly marks: readonly MarkColumn[];
}

/**
 * Groups adjacent mark columns into one per period. A column without a period of its own joins
 * the group on its left (a period typed once over unmerged cells); a rating seen twice, a gap or
 * another period starts a new group.
 */
export function groupMarks(headers: readonly MarkHeader[]): MarkGroup[] {
  const groups: { column: number; period: PeriodCode | null; label: string; marks: MarkColumn[]; texts: string[] }[] = [];
  let previous = -2;
  for (const header of headers) {
    const group = groups[groups.length - 1];
    const joins =
      group &&
      header.column === previous + 1 &&
      !group.marks.some((m) => m.rating === header.rating) &&
      (header.period === null || header.period === group.period);
    if (joins) {
      group.marks.push({ column: header.column, rating: header.rating });
      group.texts.push(header.text);
    } else {
      groups.push({ column: header.column, period: header.period, label: header.above, marks: [{ column: header.column, rating: header.rating }], texts: [header.text] });
    }
    previous = header.column;
  }
  // A lone rating column is a column titled with a rating word, not a matrix.
  return groups
    .filter((group) => group.marks.length >= 2)
    .map(({ texts, ...group }) => ({ ...group, label: group.label || texts.join('/') }));
}

/**
 * The bottom row of a matrix header ("VM | K | TB | Y") holds rating words, which would
 * otherwise read as a data row: it is a header row when its name cell is empty and every other
 * text is a rating or a header word, with two ratings, or one beside a header word.
 */
export function isRatingHeaderRow(row: Row, nameColumn: number, isHeaderWord: (text: string) => boolean): boolean {
  const name = row.cells[nameColumn];
  if (name && !name.continuation && name.text.trim()) return false;
  let ratings = 0;
  let words = 0;
  for (const c of row.cells) {
    if (c.continuation || !c.text.trim()) continue;
    if (parseRating(c.text)) ratings++;
    else if (isHeaderWord(c.text)) words++;
    else return false;
  }
  // "CĐ mạnh | HT" under "Đăng ký": one rating-like word beside a header word is a header too.
  return ratings >= 2 || (ratings === 1 && words > 0);
}

const CHECK = /^(?:x|v|1|\+|✓|✔|√|☑|☒|✗|✘|●|•|có|co)$/i;
const BLANK = /^(?:0|-|–|—|\.|không|khong|ko)$/i;
const COUNT = /^\d+(?:[.,]\d+)?\s*%?$/;

type Problem = (line: number, name: string) => string;

export interface MarkReading {
  readonly rating: RatingCode | null;
  /** Something is written in the group (a mark, or text that is not one). */
  readonly found: boolean;
  readonly problem?: Problem;
}

/** The rating one row marks in one period's columns: one mark gives it, two give none and a warning. */
export function readMarks(texts: readonly string[], group: MarkGroup): MarkReading {
  const marked: MarkColumn[] = [];
  const odd: string[] = [];
  for (const mark of group.marks) {
    const text = texts[mark.column] ?? '';
    if (!text || BLANK.test(text)) continue;
    // Some type the rating itself in its own column ("Khá" under "K").
    if (CHECK.test(text) || parseRating(text) === mark.rating) marked.push(mark);
    else odd.push(text);
  }
  if (marked.length === 0 && odd.length === 0) return { rating: null, found: false, problem: (line, name) => warn.missingRating(line, name, group.label) };
  if (odd.length > 0) return { rating: null, found: true, problem: (line, name) => warn.unknownMark(line, name, odd[0], group.label) };
  if (marked.length > 1) return { rating: null, found: true, problem: (line, name) => warn.twoMarks(line, name, group.label) };
  return { rating: marked[0].rating, found: true };
}

const CHAPTER_LIKE = /^(chi doan|cd|c d|lien chi doan|thon|khoi|lop|to|xom|ap|doi|khu)\b/;

/**
 * A row that counts marks (a total without the word "Tổng", a "Tỷ lệ %" row) rather than
 * marking one: its mark cells hold numbers, one of them other than 1, or it has no name at all.
 */
export function isCountRow(texts: readonly string[], name: string, groups: readonly MarkGroup[]): boolean {
  const cells = groups.flatMap((g) => g.marks.map((m) => cleanText(texts[m.column] ?? ''))).filter(Boolean);
  if (cells.length === 0 || !cells.every((text) => COUNT.test(text))) return false;
  if (!name) return true;
  return !CHAPTER_LIKE.test(wordKey(name)) && cells.some((text) => text !== '1');
}

const LEGEND_LEAD = /^\s*(?:ghi chu|chu thich|chu giai|chu y|luu y|viet tat|trong do)\s*:?\s*/;
const LEGEND_PAIR = /^\s*([^:=–—-]{1,12}?)\s*(?::|=|–|—|-|\bla\b)\s*(.{3,60}?)\s*$/;

/**
 * A legend under a table ("(HTXS: Hoàn thành xuất sắc nhiệm vụ; HTT: …)", "Ghi chú: VM – Vững
 * mạnh, K – Khá"): an abbreviation explained by its full label. It names ratings, not a chapter.
 */
export function isRatingLegend(text: string): boolean {
  if (text.length > 1000) return false;
  return matchKey(text)
    .split(/[;,\n()]+/)
    .some((piece) => {
      const pair = LEGEND_PAIR.exec(piece.replace(LEGEND_LEAD, ''));
      if (!pair) return false;
      const short = parseRating(pair[1]);
      return short !== null && short === parseRating(pair[2]) && wordKey(pair[1]) !== wordKey(pair[2]);
    });
}
