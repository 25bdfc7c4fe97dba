/**
 * Copies of a sheet (`Sheet.copyTo`, `Spreadsheet.insertSheet(name, index, { template })`), as
 * Sheets duplicates one: values, formulas, notes, formats, number formats, data validations,
 * conditional-format rules (their ranges now on the copy), column widths, hidden columns, row heights, frozen
 * rows and columns, merges, tab colour and grid size. Protections are not carried over: a script
 * that copies a protected sheet protects the copy again (the stricter reading, see COVERAGE.md).
 */
import type { Cell, CellStyle, Rect, SheetModel, Workbook } from './model';

const rect = (r: Rect): Rect => ({ ...r });

function copyStyle(style: CellStyle): CellStyle {
  const copy: CellStyle = { ...style };
  if (style.borders) {
    copy.borders = {};
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const border = style.borders[side];
      if (border) copy.borders[side] = { ...border };
    }
  }
  return copy;
}

function copyCell(cell: Cell): Cell {
  const copy: Cell = { ...cell };
  if (cell.validation) copy.validation = { ...cell.validation, values: cell.validation.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
  if (cell.style) copy.style = copyStyle(cell.style);
  return copy;
}

/** A new sheet named `name` at `index` holding a copy of `source`; the copy counts toward the cell limit. */
export function copySheet(book: Workbook, source: SheetModel, name: string, index: number): SheetModel {
  const sheet = book.addSheet(name, index, false, { rows: source.maxRows, cols: source.maxCols });
  source.cells.forEach((row, i) => {
    if (!row) return;
    sheet.cells[i] = row.map((cell) => (cell ? copyCell(cell) : undefined));
  });
  sheet.frozenRows = source.frozenRows;
  sheet.frozenCols = source.frozenCols;
  for (const [column, width] of source.colWidths) sheet.colWidths.set(column, width);
  for (const [row, height] of source.rowHeights) sheet.rowHeights.set(row, height);
  sheet.hiddenCols = new Set(source.hiddenCols);
  sheet.tabColor = source.tabColor;
  sheet.merges = source.merges.map(rect);
  sheet.rules = source.rules.map((rule) => ({
    ranges: rule.ranges.map(rect),
    condition: { ...rule.condition, values: rule.condition.values.map((v) => (Array.isArray(v) ? [...v] : v)) },
  }));
  return sheet;
}

/** The name Sheets gives a copy: "Copy of <name>", then "Copy of <name> 2", 3, … while taken. */
export function copyName(book: Workbook, name: string): string {
  const base = `Copy of ${name}`;
  const taken = (candidate: string) => book.sheets.some((s) => s.name.toLowerCase() === candidate.toLowerCase());
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base} ${n}`)) return `${base} ${n}`;
}
