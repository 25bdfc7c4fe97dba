import type { Campaign, Unit } from '../domain/campaign';
import { mergeSubmission, type ChapterResolution, type MergeResult, type Submission, type Touched } from '../domain/mergeSubmission';
import { newestStamp, rowStamps, type Stamp } from '../domain/provenance';
import { summarizeUnit } from '../domain/summary';
import { assessUnit, type UnitProgress } from '../domain/unitStatus';
import { cellText, rewriteCell, type Row } from './cells';
import { PROVENANCE_HEADER, SHEET, UNIT_HEADERS } from './layout';
import type { WorkbookSheets } from './sheets';
import { growTo, readFirstColumns, readUnitTab, rewriteCells, writeBlock, type GridValues } from './gridRead';
import { isSummaryTitle, isUnitRow, kindsOfRows, lineOfRow, lineOfUnit, SUMMARY_DATE_ROW, summaryColumns, summaryTable } from './summarySheet';
import { placeSummaryChart, writeSummaryTable } from './summaryWrite';
import { changedCells, locateColumns, readChapterRows, type ChapterRow, type UnitTabColumns } from './unitTab';
import { unitStatusCells } from './unitsSheet';
import { workbookMessages } from './messages';

export interface SubmissionSource {
  /** `Email`, `Form`, `Thủ công`. */
  kind: string;
  /** Message-ID or response id: the log's `Mã`, what the provenance stamps keep. */
  id: string;
  at: Date;
  /** The log row's `Số hiệu`, what people read in `Nguồn`; '' for none (the label then names the id, as earlier versions wrote it). */
  code?: string;
}

export interface ApplyResult {
  merge: MergeResult;
  progress: UnitProgress;
}

/** `Email TT-0912-03` (the channel and the submission's code), and ` (Chi đoàn mới)` on the chapters the submission added. */
export function sourceLabel(source: SubmissionSource, isNew: boolean): string {
  const mark = isNew ? workbookMessages.newChapterMark : '';
  if (!source.code) return legacySourceLabel(source, mark);
  return `${workbookMessages.sourceKind[source.kind] ?? source.kind} ${source.code}${mark}`;
}

/** `Email: <id>`: what versions before the codes wrote, still recognised as the submission's own. */
function legacySourceLabel(source: SubmissionSource, mark: string): string {
  return `${source.kind}: ${source.id}${mark}`;
}

/** Whether a tab's `Nguồn` names this submission as the one that added the chapter, in either form. */
function addedBy(label: string, source: SubmissionSource): boolean {
  return label === sourceLabel(source, true) || label === legacySourceLabel(source, workbookMessages.newChapterMark);
}

/** What applying a submission changed in its unit, for `Đơn vị` and `Tổng hợp`. */
export interface AppliedUnit {
  unit: Unit;
  chapters: MergeResult['chapters'];
  progress: UnitProgress;
  at: Date;
}

/**
 * Writes a submission into its unit: the unit's tab, its status cells in `Đơn vị` and its row of
 * `Tổng hợp`. The number of Spreadsheet calls does not depend on the number of units or chapters.
 * Applying the same submission again leaves the workbook as it is, and reports the same result:
 * a chapter it appended is recognised by its `Nguồn`.
 */
export function applySubmission(
  sheets: WorkbookSheets,
  campaign: Campaign,
  unit: Unit,
  submission: Submission,
  source: SubmissionSource,
  unitsValues: unknown[][],
  resolution: ChapterResolution | null,
): ApplyResult {
  const result = applyToUnitTab(sheets, campaign, unit, submission, source, resolution);
  writeAppliedUnits(sheets, campaign, [result.applied], unitsValues);
  return result;
}

/** The stamp every value a submission sets carries: its time, its log key and its channel. */
export function submissionStamp(source: SubmissionSource): Stamp {
  return { at: source.at.getTime(), key: source.id, kind: source.kind };
}

/**
 * The unit's tab part of applySubmission (one read, at most one write); `Đơn vị` and `Tổng hợp`
 * are left to writeAppliedUnits, so a batch of submissions writes each of them once. Each value
 * changes only where the submission is newer than what the tab recorded (mergeSubmission). With a
 * `resolution`, a reported chapter that only looks like one of the unit's is held (`merge.held`),
 * for the caller to keep for the office.
 */
export function applyToUnitTab(
  sheets: WorkbookSheets,
  campaign: Campaign,
  unit: Unit,
  submission: Submission,
  source: SubmissionSource,
  resolution: ChapterResolution | null,
): ApplyResult & { applied: AppliedUnit } {
  const grid = readUnitTab(sheets, unit.short, campaign);
  if (grid.values.length === 0 && sheets.peek(unit.short) === null) throw new Error(workbookMessages.missingUnitTab(unit.short));
  const values = grid.values;
  const existing = readChapterRows(values, campaign);
  // A retry must not count a chapter this very submission appended as already known.
  const appendedByThis = new Set(existing.filter((c) => addedBy(c.source, source)).map((c) => c.name));
  const known = existing.filter((c) => !appendedByThis.has(c.name));
  const periods = campaign.periods.map((p) => p.code);
  const merge = mergeSubmission(known, submission, periods, campaign.scale, submissionStamp(source), resolution);
  const placed = placeRows(existing, merge, source, values.length);
  writeUnitTab(sheets, unit.short, grid, campaign, placed);
  const progress = assessUnit(merge.chapters, periods);
  return { merge, progress, applied: { unit, chapters: merge.chapters, progress, at: source.at } };
}

/**
 * The status cells of the applied units in `Đơn vị` (one write over the rows they span, the rows
 * between rewritten from `unitsValues`, read under the same lock) and their rows of `Tổng hợp`
 * (one read, one write). `unitsValues` is kept up to date for later submissions in the run.
 */
export function writeAppliedUnits(sheets: WorkbookSheets, campaign: Campaign, applied: readonly AppliedUnit[], unitsValues: unknown[][]): void {
  if (applied.length === 0) return;
  writeUnitStatusRows(sheets, applied, unitsValues);
  writeSummaryRows(sheets, campaign, applied);
}

type PlacedChapter = ChapterRow & { touched?: Touched; isNew: boolean };

interface PlacedRows {
  changed: PlacedChapter[];
}

/**
 * Each chapter the merge changed with the sheet row it goes to (its old row, or below the last
 * row), its `Nguồn` (the submission that last changed it) and its `Cập nhật` (the newest time
 * among its values).
 */
function placeRows(existing: readonly ChapterRow[], merge: MergeResult, source: SubmissionSource, lastRow: number): PlacedRows {
  const byName = new Map(existing.map((c) => [c.name, c]));
  const newNames = new Set(merge.recorded.filter((r) => r.isNew).map((r) => r.name));
  let next = Math.max(lastRow, 1);
  const changed = merge.changed.map((index) => {
    const chapter = merge.chapters[index];
    const old = byName.get(chapter.name);
    const isNew = newNames.has(chapter.name);
    const newest = newestStamp(rowStamps(chapter.provenance));
    return {
      ...chapter,
      isNew,
      row: old ? old.row : ++next,
      source: sourceLabel(source, isNew),
      updated: newest ? new Date(newest.at) : source.at,
    };
  });
  return { changed };
}

/**
 * One write covering the rows that changed (and the rows between them), over the owned columns
 * only: in it, a cell the submission changes gets its new value, every other cell its formula if
 * it has one, else its value as read (office notes in an owned cell included). New chapters
 * below a full grid (setup leaves a few spare rows) grow it first; a tab made before `Ghi nhận`
 * existed gets the column first.
 */
function writeUnitTab(sheets: WorkbookSheets, short: string, grid: GridValues, campaign: Campaign, placed: PlacedRows): void {
  if (placed.changed.length === 0) return;
  let values = grid.values;
  let columns = locateColumns(values[0] ?? [], campaign);
  if (columns.provenance < 0) {
    values = addProvenanceColumn(sheets, short, values, columns);
    columns = locateColumns(values[0], campaign);
  }
  growTo(sheets, short, grid, Math.max(...placed.changed.map((r) => r.row)));
  const cells = new Map(placed.changed.map((chapter) => [chapter.row, changedCells(chapter, columns, chapter.isNew)]));
  rewriteCells(sheets, short, cells, values);
}

/**
 * `Ghi nhận` for a tab an earlier version made: a hidden column inserted right after the
 * bookkeeping columns (the office's columns to their right move along, as when it inserts one),
 * its header written. Four calls, once per tab. Returns the values as they now lie.
 */
function addProvenanceColumn(sheets: WorkbookSheets, short: string, values: unknown[][], columns: UnitTabColumns): unknown[][] {
  const after = Math.max(columns.chapter, columns.members, ...Object.values(columns.ratings), columns.registration, columns.source, columns.updated) + 1;
  const sheet = sheets.get(short);
  if (!sheet) throw new Error(workbookMessages.missingUnitTab(short));
  sheet.insertColumnAfter(after);
  sheet.hideColumns(after + 1);
  sheet.getRange(1, after + 1).setValue(PROVENANCE_HEADER);
  return values.map((row, i) => [...row.slice(0, after), i === 0 ? PROVENANCE_HEADER : '', ...row.slice(after)]);
}

function asRow(existing: readonly unknown[], width: number): Row {
  return Array.from({ length: width }, (_, i) => rewriteCell(existing[i]));
}

function writeUnitStatusRows(sheets: WorkbookSheets, applied: readonly AppliedUnit[], unitsValues: unknown[][]): void {
  const changed: number[] = [];
  let width = 0;
  for (const { unit, progress, at } of applied) {
    const index = unitsValues.findIndex((row, i) => i > 0 && cellText(row[0]) === unit.id);
    if (index < 0) continue;
    const cells = unitStatusCells(progress, at);
    width = cells.length;
    const row = unitsValues[index];
    // Later submissions in the same execution read the row from memory (the form link after the status cells included).
    unitsValues[index] = [...row.slice(0, UNIT_HEADERS.length), ...cells, ...row.slice(UNIT_HEADERS.length + cells.length)];
    changed.push(index);
  }
  const sheet = sheets.get(SHEET.units);
  if (changed.length === 0 || !sheet) return;
  const first = Math.min(...changed);
  const last = Math.max(...changed);
  const block = unitsValues.slice(first, last + 1).map((row) => asRow(row.slice(UNIT_HEADERS.length, UNIT_HEADERS.length + width), width));
  sheet.getRange(first + 1, UNIT_HEADERS.length + 1, block.length, width).setValues(block);
}

/**
 * The applied units' lines of `Tổng hợp`, the other units' as the sheet holds them (no other
 * unit's tab is read), the subtotals, totals, date and chart data recomputed: one read, one write
 * from row 2 while every row stays where it was. When the rows move (a unit the sheet did not
 * list), the table is written with its formats and the chart re-ranged, as a refresh does. A sheet
 * an earlier layout made is left to the next refresh, which lays it out anew.
 */
function writeSummaryRows(sheets: WorkbookSheets, campaign: Campaign, applied: readonly AppliedUnit[]): void {
  const { width } = summaryColumns(campaign);
  const grid = readFirstColumns(sheets, SHEET.summary, width, isSummaryTitle);
  if (grid.values.length === 0 || !isSummaryTitle(grid.values[0])) return;
  const lines = new Map(grid.values.filter(isUnitRow).map((row) => [cellText(row[1]), lineOfRow(campaign, row)]));
  const codes = campaign.periods.map((p) => p.code);
  for (const { unit, chapters } of applied) lines.set(unit.name, lineOfUnit(campaign, summarizeUnit(campaign, unit, chapters, codes)));
  const at = new Date(Math.max(...applied.map((a) => a.at.getTime())));
  const table = summaryTable(campaign, lines, at);
  growTo(sheets, SHEET.summary, grid, table.rows.length);
  const before = kindsOfRows(grid.values);
  const after = kindsOfRows(table.rows);
  const unmoved = before.length <= after.length && before.every((kind, i) => kind === after[i]);
  if (unmoved) {
    writeBlock(sheets, SHEET.summary, SUMMARY_DATE_ROW, table.rows.slice(SUMMARY_DATE_ROW - 1));
    return;
  }
  const sheet = sheets.get(SHEET.summary);
  if (!sheet) return;
  writeSummaryTable(sheet, campaign, table, Math.max(table.rows.length, grid.values.length));
  placeSummaryChart(sheet, campaign, table);
}
