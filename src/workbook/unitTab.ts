import type { Campaign } from '../domain/campaign';
import { parseRating, ratingLabel, type RatingCode } from '../domain/ratings';
import { parseRegistrationLabel, registrationLabel } from '../domain/registration';
import { cleanText } from '../domain/text';
import type { ChapterRecord } from '../domain/unitStatus';
import { cellDate, cellNumber, cellText, columnIndex, rewriteCell, safeText, type Row } from './cells';
import { CHAPTER_HEADER, MEMBERS_HEADER, REGISTRATION_HEADER, SOURCE_HEADER, UPDATED_HEADER, ratingHeader, unitTabHeaders } from './layout';

/** A chapter row of a unit's tab, with the bookkeeping columns. */
export interface ChapterRow extends ChapterRecord {
  source: string;
  updated: Date | null;
  /** Sheet row (1-based) the chapter was read from; 0 for a chapter not yet in the sheet. */
  row: number;
}

/** Where each column of a unit tab is, found from its header row (the office may move columns). */
export interface UnitTabColumns {
  chapter: number;
  members: number;
  ratings: Record<string, number>;
  registration: number;
  source: number;
  updated: number;
  width: number;
}

export function locateColumns(header: readonly unknown[], campaign: Pick<Campaign, 'periods'>): UnitTabColumns {
  const ratings: Record<string, number> = {};
  for (const period of campaign.periods) ratings[period.code] = columnIndex(header, ratingHeader(period.label));
  return {
    chapter: columnIndex(header, CHAPTER_HEADER),
    members: columnIndex(header, MEMBERS_HEADER),
    ratings,
    registration: columnIndex(header, REGISTRATION_HEADER),
    source: columnIndex(header, SOURCE_HEADER),
    updated: columnIndex(header, UPDATED_HEADER),
    width: header.length,
  };
}

/** Rows of a new unit tab: the header, then one row per chapter with nothing entered yet. */
export function newUnitTabRows(campaign: Pick<Campaign, 'periods'>, chapters: readonly string[]): Row[] {
  const header = unitTabHeaders(campaign);
  return [header, ...chapters.map((name) => header.map((_, i) => (i === 0 ? safeText(name) : '')))];
}

/** Reads the chapter rows below the header; rows without a chapter name are skipped. */
export function readChapterRows(values: readonly (readonly unknown[])[], campaign: Pick<Campaign, 'periods'>): ChapterRow[] {
  if (values.length === 0) return [];
  const columns = locateColumns(values[0], campaign);
  if (columns.chapter < 0) return [];
  return values
    .map((row, index) => ({ row, sheetRow: index + 1 }))
    .slice(1)
    .filter(({ row }) => cellText(row[columns.chapter]) !== '')
    .map(({ row, sheetRow }) => {
      const ratings: Record<string, RatingCode | null> = {};
      for (const period of campaign.periods) {
        const index = columns.ratings[period.code];
        ratings[period.code] = index >= 0 ? parseRating(cellText(row[index])) : null;
      }
      return {
        name: cleanText(cellText(row[columns.chapter])),
        members: columns.members >= 0 ? cellNumber(row[columns.members]) : null,
        ratings,
        registration: columns.registration >= 0 ? parseRegistrationLabel(cellText(row[columns.registration])) : null,
        source: columns.source >= 0 ? cellText(row[columns.source]) : '',
        updated: columns.updated >= 0 ? cellDate(row[columns.updated]) : null,
        row: sheetRow,
      };
    });
}

/** Writes a chapter into a row laid out by `columns`, keeping cells of columns it does not own. */
export function writeChapterRow(existing: readonly unknown[], chapter: ChapterRow, columns: UnitTabColumns): Row {
  const row: Row = Array.from({ length: columns.width }, (_, i) => rewriteCell(existing[i]));
  const put = (index: number, value: Row[number]) => {
    if (index >= 0) row[index] = value;
  };
  put(columns.chapter, safeText(chapter.name));
  put(columns.members, chapter.members ?? '');
  for (const [code, index] of Object.entries(columns.ratings)) {
    const rating = chapter.ratings[code];
    put(index, rating ? ratingLabel(rating) : '');
  }
  put(columns.registration, chapter.registration ? registrationLabel(chapter.registration) : '');
  put(columns.source, safeText(chapter.source));
  put(columns.updated, chapter.updated ?? '');
  return row;
}
