/**
 * The workbook as data: sheets of sparse cells, with formats, notes, validations, merges,
 * protections and conditional format rules. Row/column 1-based everywhere.
 */
import { exception } from '../errors';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const WORKBOOK_CELL_LIMIT = 10_000_000;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** A date cell: the wall-clock time in the spreadsheet's time zone, encoded as UTC ms (a serial, in effect). */
export class WallDate {
  constructor(readonly wall: number) {}
}

export type CellValue = string | number | boolean | WallDate;

export interface Border {
  style: string;
  color: string;
}

export interface CellStyle {
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontLine?: 'underline' | 'line-through' | 'none';
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  borders?: { top?: Border; left?: Border; bottom?: Border; right?: Border };
}

export interface ValidationModel {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  value?: CellValue;
  formula?: string;
  format?: string;
  note?: string;
  validation?: ValidationModel;
  style?: CellStyle;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ConditionModel {
  criteria: string;
  values: unknown[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface ConditionalRuleModel {
  ranges: Rect[];
  condition: ConditionModel;
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  rect?: Rect;
  description: string;
  warningOnly: boolean;
  editors: Set<string>;
  domainEdit: boolean;
  unprotected: Rect[];
}

/** An embedded chart in its sheet (charts.ts); a range on the chart's own sheet is `self`, so it moves with the sheet's rows. */
export interface ChartModel {
  id: number;
  type: string;
  ranges: { sheet: SheetModel | 'self'; rect: Rect }[];
  options: Map<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

export class SheetModel {
  readonly cells: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns (1-based) hidden by hideColumns; they move with inserted and deleted columns. */
  hiddenCols = new Set<number>();
  tabColor: string | null = null;
  hidden = false;
  deleted = false;
  merges: Rect[] = [];
  rules: ConditionalRuleModel[] = [];
  protections: ProtectionModel[] = [];
  charts: ChartModel[] = [];

  constructor(
    public name: string,
    readonly sheetId: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells[row - 1]?.[col - 1];
  }

  /** The cell, created if absent. */
  cellAt(row: number, col: number): Cell {
    let r = this.cells[row - 1];
    if (!r) {
      r = [];
      this.cells[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  forEachCell(fn: (cell: Cell, row: number, col: number) => void): void {
    this.cells.forEach((r, i) => r?.forEach((c, j) => c && fn(c, i + 1, j + 1)));
  }

  hasContent(c: Cell | undefined): boolean {
    return !!c && ((c.value !== undefined && c.value !== '') || (c.formula !== undefined && c.formula !== ''));
  }

  lastRow(): number {
    for (let i = this.cells.length - 1; i >= 0; i--) if (this.cells[i]?.some((c) => this.hasContent(c))) return i + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.cells) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        if (this.hasContent(r[j])) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    this.cells.splice(before - 1, 0, ...new Array<undefined>(count).fill(undefined));
    this.maxRows += count;
    shiftHeights(this.rowHeights, before, count);
    this.#shiftRects((r) => shiftRect(r, 'row', before, count));
  }

  deleteRows(start: number, count: number): void {
    this.cells.splice(start - 1, count);
    this.maxRows -= count;
    shiftHeights(this.rowHeights, start + count, -count);
    for (let i = start; i < start + count; i++) this.rowHeights.delete(i);
    this.#shiftRects((r) => removeFromRect(r, 'row', start, count));
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.cells) r?.splice(before - 1, 0, ...new Array<undefined>(count).fill(undefined));
    this.maxCols += count;
    shiftHeights(this.colWidths, before, count);
    this.hiddenCols = new Set([...this.hiddenCols].map((c) => (c >= before ? c + count : c)));
    this.#shiftRects((r) => shiftRect(r, 'col', before, count));
  }

  deleteColumns(start: number, count: number): void {
    for (const r of this.cells) r?.splice(start - 1, count);
    this.maxCols -= count;
    shiftHeights(this.colWidths, start + count, -count);
    this.hiddenCols = new Set([...this.hiddenCols].filter((c) => c < start || c >= start + count).map((c) => (c >= start + count ? c - count : c)));
    this.#shiftRects((r) => removeFromRect(r, 'col', start, count));
  }

  #shiftRects(fn: (r: Rect) => Rect | undefined): void {
    const many = (rects: Rect[]) => rects.map(fn).filter((r): r is Rect => r !== undefined);
    this.merges = many(this.merges);
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.flatMap((r) => {
        if (r.sheet !== 'self') return [r];
        const rect = fn(r.rect);
        return rect ? [{ sheet: r.sheet, rect }] : [];
      });
      // The anchor moves as a one-cell rect would; a deleted anchor row or column leaves it on the next one.
      const anchor = fn({ row: chart.position.row, col: chart.position.col, rows: 1, cols: 1 });
      if (anchor) chart.position = { ...chart.position, row: anchor.row, col: anchor.col };
    }
    this.rules = this.rules.map((rule) => ({ ...rule, ranges: many(rule.ranges) })).filter((r) => r.ranges.length > 0);
    this.protections = this.protections.filter((p) => {
      p.unprotected = many(p.unprotected);
      if (!p.rect) return true;
      const next = fn(p.rect);
      if (next) p.rect = next;
      return next !== undefined;
    });
  }
}

function shiftHeights(map: Map<number, number>, from: number, by: number): void {
  const entries = [...map].filter(([k]) => k >= from);
  for (const [k] of entries) map.delete(k);
  for (const [k, v] of entries) map.set(k + by, v);
}

type Axis = 'row' | 'col';

function span(r: Rect, axis: Axis): [number, number] {
  return axis === 'row' ? [r.row, r.rows] : [r.col, r.cols];
}

function withSpan(r: Rect, axis: Axis, start: number, size: number): Rect {
  return axis === 'row' ? { ...r, row: start, rows: size } : { ...r, col: start, cols: size };
}

/** Inserting `count` lines before `before`: rects below move, rects across grow. */
export function shiftRect(r: Rect, axis: Axis, before: number, count: number): Rect {
  const [s, n] = span(r, axis);
  if (before <= s) return withSpan(r, axis, s + count, n);
  if (before < s + n) return withSpan(r, axis, s, n + count);
  return r;
}

/** Deleting lines `start…start+count-1`: undefined when the rect disappears. */
export function removeFromRect(r: Rect, axis: Axis, start: number, count: number): Rect | undefined {
  const [s, n] = span(r, axis);
  const end = s + n - 1;
  const delEnd = start + count - 1;
  if (delEnd < s) return withSpan(r, axis, s - count, n);
  if (start > end) return r;
  const keptBefore = Math.max(0, start - s);
  const keptAfter = Math.max(0, end - delEnd);
  const size = keptBefore + keptAfter;
  if (size === 0) return undefined;
  return withSpan(r, axis, Math.min(s, start), size);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export class Workbook {
  readonly sheets: SheetModel[] = [];
  activeIndex = 0;
  readonly namedRanges = new Map<string, { sheet: SheetModel; rect: Rect }>();
  readonly editors: string[] = [];
  nextProtectionId = 1;
  nextChartId = 1;
  #nextSheetNumber = 1;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    readonly owner: string,
    private readonly newSheetId: () => number,
  ) {}

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  /** Throws the platform's error if growing by `extra` cells would pass 10,000,000. */
  assertCanGrow(extra: number): void {
    if (this.totalCells() + extra > WORKBOOK_CELL_LIMIT) {
      throw exception(
        `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`,
      );
    }
  }

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  checkName(name: string, except?: SheetModel): void {
    if (name.trim() === '') throw exception('Sheet names cannot be empty.');
    if (name.length > 100) throw exception(`The sheet name cannot be longer than 100 characters.`);
    // [U] the platform's wording; the rule follows DESIGN.md (stricter than reports that allow ':').
    if (/[[\]*?/\\:]/.test(name)) throw exception(`Sheet names cannot contain any of these characters: [ ] * ? / \\ :`);
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) {
      throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** `Trang tính1`, `Trang tính2`, … the first free one. */
  defaultName(): string {
    for (;;) {
      const name = `Trang tính${this.#nextSheetNumber++}`;
      if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  /** A new sheet, 1,000 × 26 unless a copy gives its grid (`size`). */
  addSheet(name: string | undefined, index: number, first = false, size?: { rows: number; cols: number }): SheetModel {
    const sheetName = name ?? this.defaultName();
    this.checkName(sheetName);
    const rows = size?.rows ?? DEFAULT_ROWS;
    const cols = size?.cols ?? DEFAULT_COLUMNS;
    this.assertCanGrow(rows * cols);
    const sheet = new SheetModel(sheetName, first ? 0 : this.newSheetId());
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.length === 1) throw exception("You can't remove all the sheets in a document.");
    const active = this.sheets[this.activeIndex];
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    for (const [k, v] of this.namedRanges) if (v.sheet === sheet) this.namedRanges.delete(k);
    const keep = active && active !== sheet ? this.sheets.indexOf(active) : Math.min(i, this.sheets.length - 1);
    this.activeIndex = keep < 0 ? 0 : keep;
  }

  active(): SheetModel {
    const s = this.sheets[this.activeIndex] ?? this.sheets[0];
    if (!s) throw new Error('Emulator: the workbook has no sheets');
    return s;
  }
}
