/** The bound spreadsheet (created on first use) and the checks every write goes through. */
import { exception } from '../errors';
import { stateKey, type World } from '../world';
import { a1 } from './a1';
import { contains, intersects, Workbook, type Rect, type SheetModel } from './model';

export const DEFAULT_SPREADSHEET_NAME = 'Bảng tính không có tiêu đề';
export const PROTECTED_TEXT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const SHEETS = stateKey('spreadsheet', (world: World): Workbook => {
  const o = world.options;
  const used = new Set<number>();
  const newSheetId = (): number => {
    for (;;) {
      const id = 100000000 + world.rng.int(1900000000);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const book = new Workbook(world.spreadsheetId, o.spreadsheetName, o.scriptTimeZone, o.user, newSheetId);
  for (const e of o.editors) if (e !== o.user && !book.editors.includes(e)) book.editors.push(e);
  book.addSheet(undefined, 0, true);
  return book;
});

export function workbook(world: World): Workbook {
  return world.state(SHEETS);
}

/**
 * Throws the platform's text when the acting user may not edit `rect` (protections that are not
 * warning-only). Without a rect (renaming, deleting the sheet) only a sheet protection counts.
 */
export function assertCanEdit(world: World, sheet: SheetModel, rect?: Rect): void {
  const book = workbook(world);
  const user = world.actingUser();
  if (user === book.owner) return;
  for (const p of sheet.protections) {
    if (p.warningOnly || p.editors.has(user)) continue;
    if (p.type === 'SHEET') {
      if (!rect || !p.unprotected.some((u) => contains(u, rect))) throw exception(PROTECTED_TEXT);
    } else if (p.rect && rect && intersects(p.rect, rect)) {
      throw exception(PROTECTED_TEXT);
    }
  }
}

export function canEdit(world: World, sheet: SheetModel, rect?: Rect): boolean {
  try {
    assertCanEdit(world, sheet, rect);
    return true;
  } catch {
    return false;
  }
}

/** getRange(row, column, numRows, numColumns) checks, in the platform's order and words. */
export function checkRect(sheet: SheetModel, rect: Rect): void {
  if (rect.rows < 1) throw exception('The number of rows in the range must be at least 1.');
  if (rect.cols < 1) throw exception('The number of columns in the range must be at least 1.');
  if (rect.row < 1) throw exception('The starting row of the range is too small.');
  if (rect.col < 1) throw exception('The starting column of the range is too small.');
  if (rect.row + rect.rows - 1 > sheet.maxRows || rect.col + rect.cols - 1 > sheet.maxCols) {
    throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export function cellName(row: number, col: number): string {
  return a1({ row, col, rows: 1, cols: 1 });
}

export function assertAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw exception(`The sheet ${sheet.name} has been deleted.`);
}
