import type { Campaign } from '../domain/campaign';
import type { Touched } from '../domain/mergeSubmission';
import { parseProvenance, serializeProvenance, withFallback, type ChapterProvenance, type Stamp } from '../domain/provenance';
import { parseRating, ratingLabel, type RatingCode } from '../domain/ratings';
import { parseRegistrationLabel, registrationLabel } from '../domain/registration';
import { cleanText } from '../domain/text';
import type { ChapterRecord } from '../domain/unitStatus';
import { cellDate, cellNumber, cellText, columnIndex, safeText, type Row } from './cells';
import { CHAPTER_HEADER, MEMBERS_HEADER, PROVENANCE_HEADER, REGISTRATION_HEADER, SOURCE_HEADER, UPDATED_HEADER, ratingHeader, unitTabHeaders } from './layout';
import { workbookMessages } from './messages';

/** A chapter row of a unit's tab, with the bookkeeping columns. */
export interface ChapterRow extends ChapterRecord {
  source: string;
  updated: Date | null;
  /** Each value's stamp; a value without its own counts as received at `updated` from `source`. */
  provenance: ChapterProvenance;
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
  /** -1 in a tab made before the column existed (see placeProvenanceColumn). */
  provenance: number;
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
    provenance: columnIndex(header, PROVENANCE_HEADER),
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
      const members = columns.members >= 0 ? cellNumber(row[columns.members]) : null;
      const registration = columns.registration >= 0 ? parseRegistrationLabel(cellText(row[columns.registration])) : null;
      const source = columns.source >= 0 ? cellText(row[columns.source]) : '';
      const updated = columns.updated >= 0 ? cellDate(row[columns.updated]) : null;
      const stamps = parseProvenance(columns.provenance >= 0 ? cellText(row[columns.provenance]) : '');
      const present = { members: members !== null, ratings: campaign.periods.map((p) => p.code).filter((code) => ratings[code]), registration: registration !== null };
      return {
        name: cleanText(cellText(row[columns.chapter])),
        members,
        ratings,
        registration,
        source,
        updated,
        provenance: withFallback(stamps, present, rowStamp(source, updated)),
        row: sheetRow,
      };
    });
}

/** `Email: <id>` (and the new-chapter mark) back to the submission it names: what stamps an unstamped value. */
function rowStamp(source: string, updated: Date | null): Stamp | null {
  if (!updated) return null;
  const label = source.endsWith(workbookMessages.newChapterMark) ? source.slice(0, -workbookMessages.newChapterMark.length) : source;
  const colon = label.indexOf(': ');
  return colon < 0 ? { at: updated.getTime(), key: label, kind: '' } : { at: updated.getTime(), key: label.slice(colon + 2), kind: label.slice(0, colon) };
}

/**
 * The cells of a chapter row the submission changes, by column index: its name when new, the
 * values it set (`touched`), and the bookkeeping columns. Every other cell keeps what it holds.
 */
export function changedCells(chapter: ChapterRow & { touched?: Touched }, columns: UnitTabColumns, isNew: boolean): Map<number, Row[number]> {
  const cells = new Map<number, Row[number]>();
  const put = (index: number, value: Row[number]) => {
    if (index >= 0) cells.set(index, value);
  };
  const touched = chapter.touched;
  if (isNew) put(columns.chapter, safeText(chapter.name));
  if (isNew || touched?.members) put(columns.members, chapter.members ?? '');
  for (const [code, index] of Object.entries(columns.ratings)) {
    if (!isNew && !touched?.ratings.includes(code)) continue;
    const rating = chapter.ratings[code];
    put(index, rating ? ratingLabel(rating) : '');
  }
  if (isNew || touched?.registration || touched?.restatesRegistration) put(columns.registration, chapter.registration ? registrationLabel(chapter.registration) : '');
  put(columns.source, safeText(chapter.source));
  put(columns.updated, chapter.updated ?? '');
  put(columns.provenance, serializeProvenance(chapter.provenance));
  return cells;
}
