import { parsePeriodHeader, type PeriodCode } from '../../domain/periods';
import { parseRating } from '../../domain/ratings';
import type { Registration } from '../../domain/registration';
import { cleanText } from '../../domain/text';
import { wordKey } from './keys';
import { groupMarks, isRatingHeaderRow, type MarkColumn, type MarkHeader } from './matrix';
import type { Row } from './model';

/** What a column holds, told from its header text. */
export type ColumnRole =
  | { readonly kind: 'index' }
  | { readonly kind: 'name' }
  | { readonly kind: 'members'; readonly preferred: boolean }
  | { readonly kind: 'rating'; readonly period: PeriodCode | null }
  /** The period of each row, in a table with one row per chapter and period. */
  | { readonly kind: 'period' }
  | { readonly kind: 'registration' }
  | { readonly kind: 'registrationMark'; readonly registration: Registration }
  | { readonly kind: 'notes' };

const INDEX = /^(stt|tt|so tt|so thu tu|thu tu)$/;
const NOTES = /\b(ghi chu|ghichu)\b/;
const REGISTRATION = /\b(dang ky|dk|chi doan manh|cd manh|ho tro|giup do)\b/;
const STRONG = /\bmanh\b/;
const SUPPORT = /\b(ho tro|giup do|ht|htgd)\b/;
const MEMBERS = /\b(so doan vien|so dv|sl dv|sl doan vien|so luong doan vien|so luong dv|tong so doan vien|doan vien|dv|so luong|quan so)\b/;
const RATING = /\b(xep loai|xl|ket qua|danh gia|phan loai|chat luong)\b/;
const PERIOD_COLUMN = /^(ky|ky xep loai|ky danh gia|ky bao cao|thoi gian|thoi ky|giai doan|nam|nam xep loai|dot|dot xep loai)$/;
const NAME = /\b(ten chi doan|chi doan|ten don vi|don vi|co so doan|ten co so|ten)\b/;
const NOT_NAME = /\b(bi thu|ho ten|ho va ten|sdt|dien thoai|dia chi|email)\b/;

/** The role of a column whose header reads `text` (all header rows of the column joined). */
export function classifyHeader(text: string): ColumnRole | null {
  const key = wordKey(text);
  if (!key) return null;
  if (INDEX.test(key)) return { kind: 'index' };
  if (NOTES.test(key)) return { kind: 'notes' };
  if (REGISTRATION.test(key)) {
    const strong = STRONG.test(key);
    const support = SUPPORT.test(key);
    if (strong && !support) return { kind: 'registrationMark', registration: 'BUILD_STRONG' };
    if (support && !strong) return { kind: 'registrationMark', registration: 'SUPPORT' };
    return { kind: 'registration' };
  }
  if (MEMBERS.test(key)) return { kind: 'members', preferred: /\btong\b/.test(key) && !/\bnu\b/.test(key) };
  const period = parsePeriodHeader(text);
  if (period) return { kind: 'rating', period };
  if (PERIOD_COLUMN.test(key)) return { kind: 'period' };
  if (RATING.test(key)) return { kind: 'rating', period: null };
  if (NAME.test(key) && !NOT_NAME.test(key)) return { kind: 'name' };
  return null;
}

export interface RatingColumn {
  readonly column: number;
  period: PeriodCode | null;
  /** The header as the sender wrote it, for warnings ("6 tháng đầu năm 2016"). */
  readonly label: string;
  /** In a checkmark matrix, the period's columns, one per rating. */
  readonly marks?: readonly MarkColumn[];
}

export interface TableLayout {
  /** First and last header rows (indices into the grid's rows). */
  readonly headerStart: number;
  readonly headerEnd: number;
  readonly nameColumn: number;
  readonly nameHeader: string;
  readonly membersColumn: number | null;
  readonly ratingColumns: RatingColumn[];
  readonly registrationColumn: number | null;
  readonly registrationMarks: readonly { column: number; registration: Registration }[];
  readonly notesColumn: number | null;
  /** A column naming each row's period (the long format). */
  readonly periodColumn: number | null;
  readonly score: number;
}

/** How many rows from the top a header is looked for in (title lines come first). */
const HEADER_SEARCH_ROWS = 60;
const MAX_HEADER_DEPTH = 3;

/** Finds the best header (one to three rows deep) in a grid, or null when the grid has no table. */
export function findHeader(rows: readonly Row[]): TableLayout | null {
  let best: TableLayout | null = null;
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let start = 0; start < last; start++) {
    for (let depth = 1; depth <= MAX_HEADER_DEPTH && start + depth <= rows.length; depth++) {
      const layout = layoutOf(rows, start, start + depth - 1);
      // Deeper headers must earn their extra rows; among equals the earliest wins.
      if (layout && (!best || layout.score > best.score)) best = layout;
    }
  }
  return best;
}

function layoutOf(rows: readonly Row[], headerStart: number, headerEnd: number): TableLayout | null {
  // Every row of a multi-row header spans several columns; a lone title line is not part of it.
  if (headerEnd > headerStart && rows.slice(headerStart, headerEnd + 1).some((row) => row.cells.filter((c) => c.text.trim()).length < 2)) return null;
  const width = Math.max(...rows.slice(headerStart, headerEnd + 1).map((row) => row.cells.length));
  let nameColumn = -1;
  let nameHeader = '';
  const members: { column: number; preferred: boolean }[] = [];
  const ratingColumns: RatingColumn[] = [];
  let registrationColumn: number | null = null;
  const registrationMarks: { column: number; registration: Registration }[] = [];
  let notesColumn: number | null = null;
  let periodColumn: number | null = null;
  const markHeaders: MarkHeader[] = [];
  let recognized = 0;
  for (let column = 0; column < width; column++) {
    const parts = headerParts(rows, headerStart, headerEnd, column);
    if (parts.length === 0) continue;
    const mark = markHeader(column, parts);
    if (mark) {
      recognized++;
      markHeaders.push(mark);
      continue;
    }
    const role = classifyHeader(parts.join(' '));
    if (!role) continue;
    recognized++;
    switch (role.kind) {
      case 'name':
        if (nameColumn < 0) [nameColumn, nameHeader] = [column, parts.join(' ')];
        break;
      case 'members':
        members.push({ column, preferred: role.preferred });
        break;
      case 'rating':
        ratingColumns.push({ column, period: role.period, label: parts[parts.length - 1] });
        break;
      case 'registration':
        if (registrationColumn === null) registrationColumn = column;
        break;
      case 'registrationMark':
        registrationMarks.push({ column, registration: role.registration });
        break;
      case 'notes':
        if (notesColumn === null) notesColumn = column;
        break;
      case 'period':
        if (periodColumn === null) periodColumn = column;
        break;
      default:
        break;
    }
  }
  if (nameColumn < 0) return null;
  for (const group of groupMarks(markHeaders)) ratingColumns.push(group);
  ratingColumns.sort((a, b) => a.column - b.column);
  if (ratingColumns.length === 0 && registrationColumn === null && registrationMarks.length === 0) return null;
  // A header cell that also reads as data ("Chi đoàn Xuân Thọ" under "Chi đoàn") means the
  // deeper candidate swallowed a data row.
  if (headerEnd > headerStart && looksLikeDataRow(rows[headerEnd], nameColumn)) return null;
  const membersColumn = (members.find((m) => m.preferred) ?? members[0])?.column ?? null;
  const markKinds = new Set(registrationMarks.map((m) => m.registration)).size;
  const score =
    ratingScore(ratingColumns, copiedColumns(rows, headerStart, headerEnd, width)) +
    (periodColumn !== null && ratingColumns.some((c) => c.period === null && !c.marks) ? 2 : 0) +
    (markKinds ? 2 + 0.5 * markKinds : registrationColumn !== null ? 2 : 0) +
    (membersColumn !== null ? 1 : 0) +
    recognized * 0.1 -
    (headerEnd - headerStart) * 0.01;
  return {
    headerStart,
    headerEnd,
    nameColumn,
    nameHeader: cleanText(nameHeader),
    membersColumn,
    ratingColumns,
    registrationColumn,
    registrationMarks,
    notesColumn,
    periodColumn,
    score,
  };
}

/**
 * A period counts 3, a bare rating column 1, a matrix's period one more. A column whose header
 * is only a merged cell's copy from the left counts nothing: read as one row, a period merged
 * over its rating columns would otherwise look like many rating columns.
 */
function ratingScore(columns: readonly RatingColumn[], copies: ReadonlySet<number>): number {
  return columns.reduce((sum, c) => sum + (copies.has(c.column) ? 0 : (c.period ? 3 : 1) + (c.marks ? 1 : 0)), 0);
}

/** A column whose lowest header part is a rating ("VM" under "Năm 2015"), unless what is above makes it something else. */
function markHeader(column: number, parts: readonly string[]): MarkHeader | null {
  const last = parts[parts.length - 1];
  const rating = last.length <= 40 ? parseRating(last) : null;
  if (!rating) return null;
  const above = parts.slice(0, -1);
  const role = above.length ? classifyHeader(above.join(' ')) : null;
  if (role && role.kind !== 'rating') return null;
  return { column, rating, period: role?.kind === 'rating' ? role.period : null, above: above[above.length - 1] ?? '', text: last };
}

/** Columns whose header cells are all empty or copies of a merged cell on their left. */
function copiedColumns(rows: readonly Row[], headerStart: number, headerEnd: number, width: number): Set<number> {
  const copies = new Set<number>();
  for (let column = 0; column < width; column++) {
    const cells = rows.slice(headerStart, headerEnd + 1).map((row) => row.cells[column]);
    if (cells.some((c) => c?.continuation === 'left') && cells.every((c) => !c || c.continuation === 'left' || !c.text.trim())) copies.add(column);
  }
  return copies;
}

/** The distinct texts a column's header rows hold, top to bottom (merged cells repeat theirs). */
function headerParts(rows: readonly Row[], headerStart: number, headerEnd: number, column: number): string[] {
  const parts: string[] = [];
  for (let r = headerStart; r <= headerEnd; r++) {
    if (headerEnd > headerStart && isBannerRow(rows[r])) continue;
    const text = cleanText(rows[r].cells[column]?.text ?? '');
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts;
}

/** A row holding a chapter name, a rating or a count is data, not a header. */
function looksLikeDataRow(row: Row, nameColumn: number): boolean {
  if (isRatingHeaderRow(row, nameColumn, (text) => classifyHeader(text) !== null)) return false;
  const origins = row.cells.filter((c) => !c.continuation);
  if (origins.some((c) => parseRating(c.text) !== null)) return true;
  if (origins.some((c) => /^\d{1,4}$/.test(c.text.trim()) && !/^(19|20)\d{2}$/.test(c.text.trim()))) return true;
  const name = row.cells[nameColumn];
  if (!name || name.continuation) return false;
  const key = wordKey(name.text);
  return /^(chi doan|cd)\s+\S/.test(key) && !/^chi doan (manh|truc thuoc)$/.test(key);
}

/** A title merged across the table ("BẢNG XẾP LOẠI … NĂM 2015" over every column) is not a header part. */
function isBannerRow(row: Row): boolean {
  let origins = 0;
  let spread = 0;
  for (const c of row.cells) {
    if (c.continuation === 'left') spread++;
    else if (c.text.trim()) origins++;
  }
  return origins === 1 && spread >= 2;
}
