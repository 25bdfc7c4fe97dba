import type { PeriodCode } from '../../domain/periods';
import { parseRating, parseRatingPrefix, scaleOf, type RatingCode } from '../../domain/ratings';
import type { Registration } from '../../domain/registration';
import { cleanText } from '../../domain/text';
import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import type { TableLayout } from './header';
import { wordKey } from './keys';
import { carriedText, LongGathering, readLongRating, type LongPlan } from './long';
import { isCountRow, isRatingLegend, readMarks, type MarkColumn, type MarkGroup } from './matrix';
import type { ChapterReading, Row } from './model';
import { chapterKey, stripNumbering } from './names';
import { isMarked, parseRegistrationText, registrationHeading, registrationInNote } from './registration';

export interface RowsReading {
  readonly chapters: ChapterReading[];
  readonly warnings: string[];
  /** Index of the last row that belonged to the table. */
  readonly endRow: number;
  /** The periods the table rates: its rating columns', or in the long format those its rows name. */
  readonly periods: PeriodCode[];
}

/** Rows that end a table: signatures, the place-and-date line, closing sentences. */
const SIGNATURE = /^(nguoi lap( bieu)?|nguoi ky|ky ten|t m |tm |thay mat|bi thu|pho bi thu|xac nhan|noi nhan|truong ban|tran trong|tren day)/;
const DATE_LINE = /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/;
const TOTAL = /^(tong cong|tong so|tong|cong|toan xa|toan doan|toan truong|tong hop)\b/;
const SECTION = /^(?:[IVX]{1,4}|[A-D])\s*[.)/-]\s+\S/;
/** A lone sentence below the table ("Ghi chú: …", "Danh sách đăng ký …") rather than a chapter. */
const PROSE = /^(ghi chu|luu y|chu y|danh sach|bang|kem theo|de nghi|kinh|xin|cam on)\b| \.$/;
const PLACEHOLDER = /(\.{2,}|…)\s*$|^[-_.\s]*$/;
const NUMBERING_CELL = /^\(?\s*(?:\d{1,2}|[a-z])\s*\)?$/i;

/**
 * Reads the rows below a header: one chapter per row, skipping blank, total, section and
 * column-numbering rows, and stopping at the signature block.
 */
export function readRows(rows: readonly Row[], layout: TableLayout, periodsOf: readonly RatingColumnPlan[], long: LongPlan | null = null): RowsReading {
  const chapters: ChapterReading[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  const gathering = long ? new LongGathering(warnings) : null;
  const groups = periodsOf.filter((plan): plan is MarkGroup & RatingColumnPlan => plan.marks !== undefined);
  let endRow = layout.headerEnd;
  let section: Registration | null = null;
  const last = Math.min(rows.length, layout.headerEnd + 1 + LIMITS.maxRows);
  for (let index = layout.headerEnd + 1; index < last; index++) {
    const row = rows[index];
    const texts = row.cells.map((c) => (c.continuation ? '' : cleanText(c.text)));
    const nonEmpty = texts.filter(Boolean);
    if (nonEmpty.length === 0) continue;
    if (endsTable(texts, row, layout)) break;
    endRow = index;
    const rawName = texts[layout.nameColumn] || (long ? carriedText(row, layout.nameColumn) : '');
    const firstKey = wordKey(rawName || nonEmpty[0]);
    if (TOTAL.test(firstKey) || nonEmpty.every((text) => NUMBERING_CELL.test(text) || /^[-:=_.\s]+$/.test(text))) continue;
    if (wordKey(rawName) === wordKey(layout.nameHeader)) continue; // header repeated on a new page
    const name = stripNumbering(rawName);
    // A number where the name goes is a count ("12" under "Tổng số Chi đoàn"), never a chapter.
    if (/^\d+(?:[.,]\d+)?\s*%?$/.test(name) || (groups.length && isCountRow(texts, name, groups))) continue;
    const ratings = long ? readLongRating(row, texts, long) : readRatings(row, texts, periodsOf);
    const registration = readRegistration(texts, layout);
    if (!name) {
      if (ratings.found) warnings.push(warn.missingName(row.line));
      continue;
    }
    if (SECTION.test(rawName) && !ratings.found && !registration.value) continue;
    // "Đăng ký xây dựng Chi đoàn mạnh" / "Hỗ trợ" as a group row: the chapters under it are registered so.
    // A group numbered "I", "II" without ratings is a title too, and ends the group above.
    const heading = ratings.found ? null : registrationHeading(name);
    if (heading || (!ratings.found && !registration.value && texts.some((t) => /^[IVX]{1,4}[.)]?$/.test(t)))) {
      section = heading;
      continue;
    }
    if (PLACEHOLDER.test(name) && !ratings.found) continue; // a template's empty row, "Chi đoàn ..."
    if (isBannerRow(row, layout.nameColumn) && !ratings.found) continue;
    if (!ratings.found && !registration.value && isRatingLegend(nonEmpty.join('; '))) continue;
    if (nonEmpty.length === 1 && !ratings.found && !registration.value && PROSE.test(wordKey(rawName) + (rawName.length > 60 ? ' .' : ''))) break;
    const members = readMembers(texts, layout, row.line, name);
    const key = chapterKey(name);
    const firstLine = seen.get(key);
    const earlier = gathering?.chapter(key);
    if (gathering && earlier) {
      gathering.add(earlier, key, ratings.values, row.line);
      for (const problem of ratings.problems) warnings.push(problem(row.line, name));
      earlier.members ??= members.value;
      earlier.registration ??= registration.value;
      continue;
    }
    if (firstLine !== undefined) {
      warnings.push(warn.duplicateChapter(row.line, name, firstLine));
      continue;
    }
    seen.set(key, row.line);
    for (const problem of ratings.problems) warnings.push(problem(row.line, name));
    if (members.problem) warnings.push(members.problem);
    if (registration.problem) warnings.push(registration.problem(row.line, name));
    const chapter: ChapterReading = { name, line: row.line, members: members.value, ratings: gathering ? {} : ratings.values, registration: registration.value ?? section };
    gathering?.add(chapter, key, ratings.values, row.line);
    chapters.push(chapter);
  }
  if (last < rows.length) warnings.push(warn.rowsNotRead(LIMITS.maxRows));
  return { chapters, warnings, endRow, periods: gathering ? gathering.periods : periodsOf.map((plan) => plan.period) };
}

/** A rating column whose period is known. */
export interface RatingColumnPlan {
  readonly column: number;
  readonly period: PeriodCode;
  readonly label: string;
  /** A checkmark matrix's columns for this period. */
  readonly marks?: readonly MarkColumn[];
}

function endsTable(texts: readonly string[], row: Row, layout: TableLayout): boolean {
  const name = texts[layout.nameColumn] ?? '';
  if (name && /^(chi doan|cd)\b/.test(wordKey(name))) return false;
  return texts.some((text) => {
    const key = wordKey(text);
    return SIGNATURE.test(`${key} `) || DATE_LINE.test(key);
  }) && !row.cells.some((c, i) => i !== layout.nameColumn && parseRating(c.text ?? '') !== null);
}

/** One text merged across the whole row: a group title such as "Khối trường học". */
function isBannerRow(row: Row, nameColumn: number): boolean {
  const others = row.cells.filter((_, i) => i !== nameColumn);
  return others.length > 1 && others.every((c) => c.continuation === 'left' || !c.text.trim()) && others.some((c) => c.continuation === 'left');
}

type RowProblem = (line: number, name: string) => string;

function readRatings(row: Row, texts: readonly string[], plans: readonly RatingColumnPlan[]) {
  const values: Partial<Record<PeriodCode, RatingCode>> = {};
  const problems: RowProblem[] = [];
  let found = false;
  for (const plan of plans) {
    if (plan.marks) {
      const read = readMarks(texts, { ...plan, marks: plan.marks });
      if (read.rating) values[plan.period] = read.rating;
      if (read.problem) problems.push(read.problem);
      found ||= read.found;
      continue;
    }
    const source = row.cells[plan.column];
    // A rating merged across both period columns means the same rating for both.
    const text = source?.continuation === 'left' ? cleanText(source.text) : texts[plan.column] ?? '';
    if (!text) {
      problems.push((line, name) => warn.missingRating(line, name, plan.label));
      continue;
    }
    const rating = parseRating(text) ?? parseRatingPrefix(text);
    if (rating) {
      values[plan.period] = rating;
      found = true;
    } else {
      found = true;
      problems.push((line, name) => warn.unknownRating(line, name, text, plan.label));
    }
  }
  return { values, problems, found };
}

function readMembers(texts: readonly string[], layout: TableLayout, line: number, name: string): { value: number | null; problem?: string } {
  if (layout.membersColumn === null) return { value: null };
  const text = texts[layout.membersColumn] ?? '';
  if (!text) return { value: null };
  const match = /^(\d{1,6})(?:[.,]0+)?(?:\s*(?:dv|doan vien|nguoi|d v))?$/.exec(wordKey(text).replace(/\s+/g, ' '));
  const value = match ? Number(match[1]) : /^\d{1,6}$/.test(text.replace(/[.,\s]/g, '')) ? Number(text.replace(/[.,\s]/g, '')) : null;
  if (value === null) return { value: null, problem: warn.badMembers(line, name, text) };
  return { value };
}

function readRegistration(texts: readonly string[], layout: TableLayout): { value: Registration | null; problem?: RowProblem } {
  if (layout.registrationColumn !== null) {
    const text = texts[layout.registrationColumn] ?? '';
    if (text && !/^(khong|ko|0|-|chua)$/.test(wordKey(text) || text)) {
      const value = parseRegistrationText(text);
      if (value) return { value };
      return { value: null, problem: (line, name) => warn.unknownRegistration(line, name, text) };
    }
  }
  const marked = layout.registrationMarks.filter((mark) => isMarked(texts[mark.column] ?? ''));
  const kinds = new Set(marked.map((mark) => parseRegistrationText(texts[mark.column]) ?? mark.registration));
  if (kinds.size > 1) return { value: null, problem: (line, name) => warn.bothRegistrations(line, name) };
  if (kinds.size === 1) return { value: [...kinds][0] };
  if (layout.notesColumn !== null) return { value: registrationInNote(texts[layout.notesColumn] ?? '') };
  return { value: null };
}

/** Which scales a set of chapters uses; more than one earns a warning. */
export function scalesUsed(chapters: readonly ChapterReading[]): Set<string> {
  const scales = new Set<string>();
  for (const chapter of chapters) for (const code of Object.values(chapter.ratings)) if (code) scales.add(scaleOf(code));
  return scales;
}
