/** The state and helpers every Range method shares; formats live in RangeFormats, the rest in FakeRange. */
import { asApi } from '../bridge';
import type { World } from '../world';
import type { Cell, CellStyle, Rect, SheetModel } from './model';
import { checkGrid, forEachPosition, grid, styleOf } from './range-ops';
import { assertCanEdit, workbook } from './state';

export type R = GoogleAppsScript.Spreadsheet.Range;

export abstract class RangeBase {
  constructor(
    protected readonly world: World,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}

  protected self(): R {
    return asApi(this);
  }
  protected tz(): string {
    return workbook(this.world).timeZone;
  }
  protected read<T>(fn: (cell: Cell | undefined) => T): T[][] {
    return grid(this.rect, (row, col) => fn(this.sheet.cell(row, col)));
  }
  protected first<T>(fn: (cell: Cell | undefined) => T): T {
    return fn(this.sheet.cell(this.rect.row, this.rect.col));
  }
  /** Every write: protection first, then each cell. */
  protected write(fn: (cell: Cell, i: number, j: number) => void): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    forEachPosition(this.rect, (row, col, i, j) => fn(this.sheet.cellAt(row, col), i, j));
    return this.self();
  }
  protected style(fn: (s: CellStyle, i: number, j: number) => void): R {
    return this.write((c, i, j) => fn(styleOf(c), i, j));
  }
  protected styleGrid(data: unknown, method: string, fn: (s: CellStyle, v: unknown) => void): R {
    const rows = checkGrid(data, this.rect, method);
    return this.style((s, i, j) => fn(s, rows[i]?.[j]));
  }
}
