import { cellNumber, cellText, columnIndex, rewriteCell, type CellValue } from './cells';
import { TAB_ID_HEADER } from './layout';

/** A unit's row of `Đơn vị` with the sheet id recorded for its tab (null: none, or not usable). */
export interface TabIdRow {
  unitId: string;
  short: string;
  /** Sheet row (1-based). */
  row: number;
  tabId: number | null;
}

/** The column (0-based) of `Đơn vị` holding the tab ids; -1 in a workbook set up before it existed. */
export function tabIdColumn(header: readonly unknown[]): number {
  return columnIndex(header, TAB_ID_HEADER);
}

/**
 * Every unit's row of `Đơn vị` as read (header included) with its recorded tab id. An id on two
 * rows is nobody's: the office copied a row to add a unit, and the copy must not take the tab of
 * the unit it was copied from.
 */
export function readTabIdRows(values: readonly (readonly unknown[])[]): TabIdRow[] {
  const column = tabIdColumn(values[0] ?? []);
  const rows = values
    .map((row, index) => ({ unitId: cellText(row[0]), short: cellText(row[2]), row: index + 1, tabId: column >= 0 ? cellNumber(row[column]) : null }))
    .slice(1)
    .filter((row) => row.unitId !== '');
  const counts = new Map<number, number>();
  for (const { tabId } of rows) if (tabId !== null) counts.set(tabId, (counts.get(tabId) ?? 0) + 1);
  return rows.map((row) => (row.tabId !== null && counts.get(row.tabId) !== 1 ? { ...row, tabId: null } : row));
}

/** The recorded tab ids by tab name (the unit's short name), as WorkbookSheets looks tabs up. */
export function tabIdsByName(values: readonly (readonly unknown[])[]): Map<string, number> {
  return new Map(readTabIdRows(values).flatMap((row) => (row.tabId === null || row.short === '' ? [] : [[row.short, row.tabId] as [string, number]])));
}

/** Where the ids go and what to write: one block over the rows that change (rows between rewritten as read), the header too when the column is new. */
export interface TabIdWrite {
  /** 1-based column; `isNew` when the header must be written (and the column hidden). */
  column: number;
  isNew: boolean;
  firstRow: number;
  block: CellValue[][];
}

/** The write recording `ids` (unit id → sheet id) in `Đơn vị` as read; null when nothing changes. */
export function tabIdWrite(values: readonly (readonly unknown[])[], ids: ReadonlyMap<string, number>): TabIdWrite | null {
  const header = values[0] ?? [];
  const found = tabIdColumn(header);
  const isNew = found < 0;
  // A workbook set up before the column existed gets it after its last header (the form link's included).
  const column = isNew ? header.map(cellText).reduce((last, text, i) => (text ? i : last), -1) + 1 : found;
  const rows = readTabIdRows(values).filter((row) => ids.has(row.unitId) && (isNew || cellText(values[row.row - 1][column]) !== String(ids.get(row.unitId))));
  if (rows.length === 0) return null;
  const byRow = new Map(rows.map((row) => [row.row, ids.get(row.unitId) as number]));
  const firstRow = isNew ? 1 : Math.min(...byRow.keys());
  const lastRow = Math.max(...byRow.keys());
  const block: CellValue[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const id = byRow.get(row);
    if (row === 1 && isNew) block.push([TAB_ID_HEADER]);
    else block.push([id ?? rewriteCell(values[row - 1]?.[column])]);
  }
  return { column: column + 1, isNew, firstRow, block };
}
