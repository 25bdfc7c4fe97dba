import { SETUP_STAGING_SHEET } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What a first setup keeps until the workbook is complete: the campaign text as the office gave
 * it (parsed again on every run, so a later run builds exactly what the first one would have) and
 * the empty sheet a new spreadsheet comes with, deleted once the workbook's own sheets exist.
 */
export interface StagedSetup {
  campaignText: string;
  blankSheet: string;
}

/**
 * A cell holds at most 50,000 characters: the text goes in pieces, one a row, each after a mark
 * so that Sheets takes none of them for a number, a date or a formula. The first row says how many
 * pieces follow; all of it is one write, so a staging sheet is either whole or recognisably not.
 */
const PIECE_LENGTH = 40_000;
const PIECE_MARK = '|';
const HEADER = 'Đi cơ sở: dữ liệu của lần thiết lập đang chạy. Không sửa, không xóa: hệ thống tự xóa trang này khi thiết lập xong.';

export function stageSetup(ss: Spreadsheet, staged: StagedSetup, index: number): Sheet {
  const pieces: string[] = [];
  for (let at = 0; at < staged.campaignText.length; at += PIECE_LENGTH) pieces.push(staged.campaignText.slice(at, at + PIECE_LENGTH));
  const rows = [[HEADER, PIECE_MARK + staged.blankSheet, pieces.length], ...pieces.map((piece) => [PIECE_MARK + piece, '', ''])];
  const sheet = ss.insertSheet(SETUP_STAGING_SHEET, index);
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  // Hidden so the office does not take it for a sheet to fill; a run that dies before this leaves it visible, harmlessly.
  sheet.hideSheet();
  return sheet;
}

/** The staged setup, or null when the sheet is not whole (the run that made it died before its one write). */
export function readStagedSetup(sheet: Sheet): StagedSetup | null {
  const values = sheet.getDataRange().getValues();
  const [header, ...pieces] = values;
  const piece = (cell: unknown): string | null => (typeof cell === 'string' && cell.startsWith(PIECE_MARK) ? cell.slice(PIECE_MARK.length) : null);
  if (!header || header[0] !== HEADER || header[2] !== pieces.length) return null;
  const blankSheet = piece(header[1]);
  const texts = pieces.map((row) => piece(row[0]));
  if (blankSheet === null || texts.some((text) => text === null)) return null;
  return { campaignText: texts.join(''), blankSheet };
}
