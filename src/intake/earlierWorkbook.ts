import { parsePeriodHeader, type PeriodCode } from '../domain/periods';
import { parseRating, type RatingCode } from '../domain/ratings';
import { cleanText, matchKey } from '../domain/text';
import { xlsxDocument } from './formats/xlsx';
import { isZip, ZipError, ZipReader } from './zip';

/** A unit of an earlier workbook's `Đơn vị`, with the chapters of its tab. */
export interface EarlierUnit {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  /** Null when the workbook has no tab for the unit. */
  readonly chapters: readonly EarlierChapter[] | null;
}

export interface EarlierChapter {
  readonly name: string;
  /** Only the periods rated. */
  readonly ratings: Readonly<Partial<Record<PeriodCode, RatingCode>>>;
  /** `Cập nhật` as the workbook shows it (`dd/MM/yyyy[ HH:mm[:ss]]`), or null. */
  readonly updated: string | null;
}

export type EarlierWorkbook = { ok: true; units: EarlierUnit[] } | { ok: false; problem: 'notXlsx' | 'notWorkbook' };

/** The sheet and header names of the product's workbook (layout.ts), as an earlier version wrote them too. */
const UNITS_SHEET = 'don vi';
const UNIT_ID = 'ma don vi';
const UNIT_NAME = 'ten don vi';
const UNIT_SHORT = 'ten viet tat';
const CHAPTER = 'chi doan';
const UPDATED = 'cap nhat';
const RATING_PREFIX = /^xep loai\b/;
/** `Cấu hình`, `Đơn vị`, `Cán bộ`, `Tổng hợp`, both logs and a tab per unit: a province has up to ~170 units. */
const MAX_SHEETS = 400;

/**
 * Reads the .xlsx export of a workbook this tool made (any earlier layout: `Cấu hình` of three or
 * four columns, `Đơn vị` with or without `Mã cán bộ`): its units from `Đơn vị`, each with its
 * tab's chapters and their ratings by period (from the `Xếp loại <kỳ>` headers).
 */
export function readEarlierWorkbook(bytes: Uint8Array): EarlierWorkbook {
  if (!isZip(bytes)) return { ok: false, problem: 'notXlsx' };
  let grids: { title: string; rows: string[][] }[];
  try {
    grids = xlsxDocument(new ZipReader(bytes), MAX_SHEETS).blocks.flatMap((block) =>
      block.kind === 'grid' ? [{ title: block.title ?? '', rows: block.rows.map((row) => row.cells.map((cell) => cell.text)) }] : [],
    );
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, problem: 'notXlsx' };
    throw error;
  }
  const unitsGrid = grids.find((grid) => matchKey(grid.title) === UNITS_SHEET);
  if (!unitsGrid || unitsGrid.rows.length === 0) return { ok: false, problem: 'notWorkbook' };
  const header = unitsGrid.rows[0].map(matchKey);
  const [id, name, short] = [UNIT_ID, UNIT_NAME, UNIT_SHORT].map((h) => header.indexOf(h));
  if (id < 0 || name < 0 || short < 0) return { ok: false, problem: 'notWorkbook' };
  const tabs = new Map(grids.map((grid) => [matchKey(grid.title), grid.rows]));
  const units = unitsGrid.rows.slice(1).flatMap((row): EarlierUnit[] => {
    const unit = { id: cleanText(row[id] ?? ''), name: cleanText(row[name] ?? ''), short: cleanText(row[short] ?? '') };
    if (!unit.id && !unit.name) return [];
    const tab = tabs.get(matchKey(unit.short));
    return [{ ...unit, chapters: tab ? readTabChapters(tab) : null }];
  });
  return { ok: true, units };
}

/** The chapters of a unit's tab: its header found by `Chi đoàn`, one rating column per `Xếp loại <kỳ>`. */
export function readTabChapters(rows: readonly (readonly string[])[]): EarlierChapter[] | null {
  if (rows.length === 0) return null;
  const header = rows[0].map(matchKey);
  const chapter = header.indexOf(CHAPTER);
  if (chapter < 0) return null;
  const updated = header.indexOf(UPDATED);
  const periods = header.flatMap((text, index) => {
    const code = RATING_PREFIX.test(text) ? parsePeriodHeader(text) : null;
    return code ? [{ code, index }] : [];
  });
  return rows.slice(1).flatMap((row) => {
    const name = cleanText(row[chapter] ?? '');
    if (!name) return [];
    const ratings: Partial<Record<PeriodCode, RatingCode>> = {};
    for (const { code, index } of periods) {
      const rating = parseRating(row[index] ?? '');
      if (rating) ratings[code] = rating;
    }
    const when = updated >= 0 ? cleanText(row[updated] ?? '') : '';
    return [{ name, ratings, updated: when || null }];
  });
}
