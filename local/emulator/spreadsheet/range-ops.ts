/** Operations on a sheet region that FakeRange delegates to: shapes, merges, borders, sorting. */
import { exception, signatureError } from '../errors';
import { intersects, contains, WallDate, type Border, type Cell, type CellStyle, type Rect, type SheetModel } from './model';

/** Checks a 2-D array against the range size with the platform's words. */
export function checkGrid(data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw signatureError('SpreadsheetApp.Range', method, [data]);
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.rows) {
    throw exception(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.rows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== rect.cols) {
      throw exception(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.cols}.`,
      );
    }
  }
  return rows;
}

export function forEachPosition(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, i, j);
}

export function grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const line: T[] = [];
    for (let j = 0; j < rect.cols; j++) line.push(fn(rect.row + i, rect.col + j));
    out.push(line);
  }
  return out;
}

export function styleOf(cell: Cell): CellStyle {
  cell.style ??= {};
  return cell.style;
}

export function merge(sheet: SheetModel, rect: Rect): void {
  for (const m of sheet.merges) {
    if (intersects(m, rect) && !contains(rect, m)) {
      throw exception('You must select all cells in a merged range to merge or unmerge them.');
    }
  }
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  if (rect.rows * rect.cols > 1) sheet.merges.push({ ...rect });
  forEachPosition(rect, (row, col, i, j) => {
    if (i === 0 && j === 0) return;
    const c = sheet.cell(row, col);
    if (c) {
      delete c.value;
      delete c.formula;
    }
  });
}

export function breakApart(sheet: SheetModel, rect: Rect): void {
  for (const m of sheet.merges) {
    if (intersects(m, rect) && !contains(rect, m)) {
      throw exception('You must select all cells in a merged range to merge or unmerge them.');
    }
  }
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
}

type Edge = 'top' | 'left' | 'bottom' | 'right';

/** setBorder: true sets, false clears, null leaves each edge; vertical/horizontal are the inner lines. */
export function applyBorders(
  sheet: SheetModel,
  rect: Rect,
  flags: { top: boolean | null; left: boolean | null; bottom: boolean | null; right: boolean | null; vertical: boolean | null; horizontal: boolean | null },
  border: Border,
): void {
  const set = (row: number, col: number, edge: Edge, on: boolean | null) => {
    if (on === null || on === undefined) return;
    const style = styleOf(sheet.cellAt(row, col));
    style.borders ??= {};
    if (on) style.borders[edge] = { ...border };
    else delete style.borders[edge];
  };
  forEachPosition(rect, (row, col, i, j) => {
    set(row, col, 'top', i === 0 ? flags.top : flags.horizontal);
    set(row, col, 'bottom', i === rect.rows - 1 ? flags.bottom : flags.horizontal);
    set(row, col, 'left', j === 0 ? flags.left : flags.vertical);
    set(row, col, 'right', j === rect.cols - 1 ? flags.right : flags.vertical);
  });
}

function rank(v: unknown): number {
  if (v === undefined || v === '') return 3;
  if (typeof v === 'number' || v instanceof WallDate) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function compare(a: Cell | undefined, b: Cell | undefined, ascending: boolean): number {
  const va = a?.value;
  const vb = b?.value;
  const ra = rank(va);
  const rb = rank(vb);
  if (ra === 3 || rb === 3) return ra - rb;
  let d = ra - rb;
  if (d === 0) {
    if (ra === 0) d = (va instanceof WallDate ? va.wall / 86400000 : Number(va)) - (vb instanceof WallDate ? vb.wall / 86400000 : Number(vb));
    else if (ra === 1) d = String(va).localeCompare(String(vb), 'vi', { sensitivity: 'base' });
    else d = Number(va) - Number(vb);
  }
  return ascending ? d : -d;
}

export interface SortKey {
  column: number;
  ascending: boolean;
}

export function sortKeys(spec: unknown, rect: Rect): SortKey[] {
  const one = (s: unknown): SortKey => {
    if (typeof s === 'number') return { column: s, ascending: true };
    if (typeof s === 'object' && s !== null && 'column' in s) {
      const o = s as { column: unknown; ascending?: unknown };
      return { column: Number(o.column), ascending: o.ascending !== false };
    }
    throw exception('Invalid argument: sortSpecObj');
  };
  const keys = (Array.isArray(spec) ? spec : [spec]).map(one);
  for (const k of keys) {
    if (k.column < rect.col || k.column >= rect.col + rect.cols) throw exception('The specified column is not within the range.');
  }
  return keys;
}

/** Stable sort of whole rows (cells with their formats) inside the region. */
export function sortRows(sheet: SheetModel, rect: Rect, keys: SortKey[]): void {
  const rows = Array.from({ length: rect.rows }, (_, i) =>
    Array.from({ length: rect.cols }, (__, j) => sheet.cell(rect.row + i, rect.col + j)),
  );
  const sorted = rows
    .map((cells, index) => ({ cells, index }))
    .sort((x, y) => {
      for (const k of keys) {
        const d = compare(x.cells[k.column - rect.col], y.cells[k.column - rect.col], k.ascending);
        if (d !== 0) return d;
      }
      return x.index - y.index;
    });
  sorted.forEach(({ cells }, i) => {
    const row = rect.row + i;
    cells.forEach((c, j) => {
      const line = (sheet.cells[row - 1] ??= []);
      line[rect.col + j - 1] = c;
    });
  });
}
