/**
 * A form's response sheet in the bound spreadsheet. Linking adds a sheet FIRST in the workbook,
 * named as Sheets names it in the spreadsheet's locale — here Vietnamese, `Câu trả lời biểu mẫu 1`
 * (English `Form Responses 1`, Japanese `フォームの回答 1`): the name is localized, so the app must
 * find the sheet through the form (Sheet.getFormUrl), never by its name. Row 1 is `Dấu thời gian`,
 * `Địa chỉ email` (when collecting email), then one column per question (`Title [Row]` per grid
 * row); existing responses are copied; each submission appends a row. Questions added later get a
 * new column at the right; a renamed question renames its header; a deleted one keeps its column.
 */
import { exception } from '../errors';
import { WallDate, type Cell, type SheetModel } from '../spreadsheet/model';
import { workbook } from '../spreadsheet/state';
import { displayValue, written } from '../spreadsheet/values';
import { toWall } from '../tz';
import type { World } from '../world';
import { answerCells, itemColumns } from './answers';
import { editUrl, FORMS, isQuestion, type DestinationColumn, type FormModel, type ResponseModel } from './state';

export const RESPONSE_SHEET_PREFIX = 'Câu trả lời biểu mẫu';
export const TIMESTAMP_HEADER = 'Dấu thời gian';
export const EMAIL_HEADER = 'Địa chỉ email';
/** How the timestamp cell is formatted (the platform's exact pattern for this locale is not confirmed). */
export const TIMESTAMP_FORMAT = 'dd/mm/yyyy hh:mm:ss';

export interface WrittenRow {
  sheet: SheetModel;
  row: number;
  columns: number;
  headers: string[];
  /** The row as displayed, one string per column. */
  display: string[];
}

function questionColumns(form: FormModel): DestinationColumn[] {
  return form.items.filter(isQuestion).flatMap(itemColumns);
}

/** Keeps the columns in step with the form: new questions appended, headers renamed. */
function syncColumns(form: FormModel, columns: DestinationColumn[]): void {
  if (form.collectEmail && !columns.some((c) => c.key === 'email')) columns.push({ key: 'email', header: EMAIL_HEADER });
  for (const col of questionColumns(form)) {
    const known = columns.find((c) => c.key === col.key);
    if (known) known.header = col.header;
    else columns.push(col);
  }
}

function ensureSize(world: World, sheet: SheetModel, rows: number, cols: number): void {
  const extraRows = Math.max(0, rows - sheet.maxRows);
  const extraCols = Math.max(0, cols - sheet.maxCols);
  if (extraRows || extraCols) workbook(world).assertCanGrow(extraRows * (sheet.maxCols + extraCols) + extraCols * sheet.maxRows);
  sheet.maxRows += extraRows;
  sheet.maxCols += extraCols;
}

/** An answer as Sheets stores it: numbers and dates typed as such, never a formula. */
function answerCell(cell: Cell, text: string, tz: string): void {
  if (text === '') {
    delete cell.value;
    return;
  }
  const w = written(text, undefined, tz);
  cell.value = w.formula === undefined ? w.value : text;
  if (w.impliedFormat && w.formula === undefined && !cell.format) cell.format = w.impliedFormat;
}

function writeHeader(sheet: SheetModel, headers: string[]): void {
  headers.forEach((h, j) => {
    sheet.cellAt(1, j + 1).value = h;
  });
}

function writeResponse(world: World, form: FormModel, response: ResponseModel, columns: DestinationColumn[], sheet: SheetModel): WrittenRow {
  const tz = workbook(world).timeZone;
  const texts = new Map<string, string>();
  for (const item of form.items.filter(isQuestion)) {
    for (const [k, v] of answerCells(item, response.answers.get(item.id))) texts.set(k, v);
  }
  const row = Math.max(1, sheet.lastRow()) + 1;
  ensureSize(world, sheet, row, columns.length);
  const timestamp = sheet.cellAt(row, 1);
  timestamp.value = new WallDate(toWall(tz, response.timestamp ?? world.clock.now()));
  timestamp.format = TIMESTAMP_FORMAT;
  columns.forEach((col, j) => {
    if (j === 0) return;
    const cell = sheet.cellAt(row, j + 1);
    if (col.key === 'email') {
      if (response.email) cell.value = response.email;
    } else {
      answerCell(cell, texts.get(col.key) ?? '', tz);
    }
  });
  const display = columns.map((_, j) => displayValue(sheet.cell(row, j + 1)));
  return { sheet, row, columns: columns.length, headers: columns.map((c) => c.header), display };
}

function nextSheetName(world: World): string {
  const book = workbook(world);
  for (let n = 1; ; n++) {
    const name = `${RESPONSE_SHEET_PREFIX} ${n}`;
    if (!book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/**
 * setDestination(SPREADSHEET, id): only the bound spreadsheet exists here. Every call adds a new
 * response sheet (as re-linking does in Sheets), so a setup that runs twice must check first.
 */
export function linkDestination(world: World, form: FormModel, spreadsheetId: string): void {
  const book = workbook(world);
  if (spreadsheetId !== book.id) throw exception('Invalid argument: id');
  const sheet = book.addSheet(nextSheetName(world), 0);
  book.activeIndex += 1;
  const columns: DestinationColumn[] = [{ key: 'timestamp', header: TIMESTAMP_HEADER }];
  syncColumns(form, columns);
  form.destination = { spreadsheetId, sheet, columns };
  writeHeader(sheet, columns.map((c) => c.header));
  for (const r of form.responses) writeResponse(world, form, r, columns, sheet);
}

/** Appends a stored response to the form's response sheet; undefined without a live destination. */
export function appendResponseRow(world: World, form: FormModel, response: ResponseModel): WrittenRow | undefined {
  const dest = form.destination;
  if (!dest || dest.sheet.deleted) return undefined;
  syncColumns(form, dest.columns);
  writeHeader(dest.sheet, dest.columns.map((c) => c.header));
  return writeResponse(world, form, response, dest.columns, dest.sheet);
}

/** Spreadsheet.getFormUrl / Sheet.getFormUrl: the first linked form's edit URL, or null. */
export function linkedFormUrl(world: World, spreadsheetId: string, sheet?: SheetModel): string | null {
  const form = world
    .state(FORMS)
    .forms.find((f) => f.destination?.spreadsheetId === spreadsheetId && !f.destination.sheet.deleted && (!sheet || f.destination.sheet === sheet));
  return form ? editUrl(form) : null;
}
