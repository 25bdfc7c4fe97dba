/** Sheet: geometry, rows and columns, frozen panes, widths, tab colour, visibility, protections, rules. */
import { asApi, registerFake } from '../bridge';
import { enumName } from '../enums';
import { exception, signatureError } from '../errors';
import { linkedFormUrl } from '../forms/destination';
import type { World } from '../world';
import { parseA1, splitSheet } from './a1';
import { normalizeColor } from './colors';
import { FakeConditionalFormatRule } from './conditional';
import { sheetCharts } from './charts';
import { copyName, copySheet } from './copy';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type Rect, type SheetModel } from './model';
import { FakeProtection, newProtection } from './protection';
import { FakeRange } from './range';
import { FakeSpreadsheet } from './spreadsheet';
import { assertAlive, assertCanEdit, checkRect, workbook } from './state';
import { RangeRef } from './validation';
import { displayValue } from './values';

type S = GoogleAppsScript.Spreadsheet.Sheet;

type SheetMethods =
  | 'getName' | 'setName' | 'getSheetName' | 'getSheetId' | 'getIndex' | 'getLastRow' | 'getLastColumn' | 'getMaxRows'
  | 'getMaxColumns' | 'getRange' | 'getDataRange' | 'getSheetValues' | 'appendRow' | 'insertRowAfter' | 'insertRowBefore'
  | 'insertRowsAfter' | 'insertRowsBefore' | 'insertRows' | 'deleteRow' | 'deleteRows' | 'insertColumnAfter'
  | 'insertColumnBefore' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumns' | 'deleteColumn'
  | 'deleteColumns' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes' | 'clearConditionalFormatRules'
  | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns' | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths'
  | 'getColumnWidth' | 'setRowHeight' | 'setRowHeights' | 'getRowHeight' | 'setTabColor' | 'getTabColor' | 'hideSheet'
  | 'showSheet' | 'isSheetHidden' | 'activate' | 'protect' | 'getProtections' | 'setConditionalFormatRules'
  | 'getConditionalFormatRules' | 'autoResizeColumn' | 'autoResizeColumns' | 'getParent' | 'sort' | 'getFormUrl' | 'copyTo'
  | 'hideColumns' | 'showColumns' | 'isColumnHiddenByUser' | 'newChart' | 'insertChart' | 'updateChart' | 'removeChart'
  | 'getCharts';

const int = (v: unknown): number => Math.floor(Number(v));

export class FakeSheet implements Pick<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  constructor(
    private readonly world: World,
    readonly model: SheetModel,
  ) {}

  #self(): S {
    return asApi(this);
  }
  #live(): SheetModel {
    assertAlive(this.model);
    return this.model;
  }
  #range(rect: Rect): GoogleAppsScript.Spreadsheet.Range {
    checkRect(this.model, rect);
    return asApi(new FakeRange(this.world, this.model, rect));
  }
  #whole(): Rect {
    return { row: 1, col: 1, rows: this.model.maxRows, cols: this.model.maxCols };
  }

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): S {
    const n = String(name);
    workbook(this.world).checkName(n, this.model);
    assertCanEdit(this.world, this.model);
    this.model.name = n;
    return this.#self();
  }
  getSheetId(): number {
    return this.model.sheetId;
  }
  getIndex(): number {
    return workbook(this.world).sheets.indexOf(this.model) + 1;
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  getRange(...args: unknown[]): GoogleAppsScript.Spreadsheet.Range {
    const m = this.#live();
    if (typeof args[0] === 'string' && args.length === 1) {
      return this.#range(parseA1(splitSheet(args[0]).range, m.maxRows, m.maxCols));
    }
    if (args.length < 2 || args.length > 4 || args.some((a) => typeof a !== 'number' || Number.isNaN(a))) {
      throw signatureError('SpreadsheetApp.Sheet', 'getRange', args);
    }
    const [row, col, rows = 1, cols = 1] = args.map(int);
    return this.#range({ row: row ?? 1, col: col ?? 1, rows, cols });
  }
  /** A1 to (last column, last row); A1 alone on an empty sheet. */
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    const m = this.#live();
    return this.#range({ row: 1, col: 1, rows: Math.max(1, m.lastRow()), cols: Math.max(1, m.lastColumn()) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const m = this.#live();
    const rows = numRows === -1 ? m.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? m.lastColumn() - startColumn + 1 : numColumns;
    return (this.#range({ row: int(startRow), col: int(startColumn), rows, cols }) as unknown as FakeRange).getValues();
  }

  appendRow(rowContents: unknown[]): S {
    const m = this.#live();
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet', 'appendRow', [rowContents]);
    const row = m.lastRow() + 1;
    const cols = Math.max(1, rowContents.length);
    const book = workbook(this.world);
    const extraRows = Math.max(0, row - m.maxRows);
    const extraCols = Math.max(0, cols - m.maxCols);
    if (extraRows || extraCols) book.assertCanGrow(extraRows * (m.maxCols + extraCols) + extraCols * m.maxRows);
    m.maxRows += extraRows;
    m.maxCols += extraCols;
    if (rowContents.length > 0) new FakeRange(this.world, m, { row, col: 1, rows: 1, cols }).setValues([rowContents]);
    return this.#self();
  }

  #insertRows(before: number, count: number): S {
    const m = this.#live();
    if (!Number.isInteger(count) || count < 1) throw exception('The number of rows to insert must be at least 1.');
    if (before < 1 || before > m.maxRows + 1) throw exception('Those rows are out of bounds.');
    workbook(this.world).assertCanGrow(count * m.maxCols);
    assertCanEdit(this.world, m, { row: Math.min(before, m.maxRows), col: 1, rows: 1, cols: m.maxCols });
    m.insertRows(before, count);
    return this.#self();
  }
  insertRowAfter(afterPosition: number): S {
    return this.#insertRows(int(afterPosition) + 1, 1);
  }
  insertRowBefore(beforePosition: number): S {
    return this.#insertRows(int(beforePosition), 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): S {
    return this.#insertRows(int(afterPosition) + 1, int(howMany));
  }
  insertRowsBefore(beforePosition: number, howMany: number): S {
    return this.#insertRows(int(beforePosition), int(howMany));
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.#insertRows(int(rowIndex), numRows === undefined ? 1 : int(numRows));
  }
  deleteRow(rowPosition: number): S {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): S {
    const m = this.#live();
    const start = int(rowPosition);
    const n = int(howMany);
    if (start < 1 || n < 1 || start + n - 1 > m.maxRows) throw exception('Those rows are out of bounds.');
    if (n >= m.maxRows - m.frozenRows) throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    assertCanEdit(this.world, m, { row: start, col: 1, rows: n, cols: m.maxCols });
    m.deleteRows(start, n);
    return this.#self();
  }

  #insertColumns(before: number, count: number): S {
    const m = this.#live();
    if (!Number.isInteger(count) || count < 1) throw exception('The number of columns to insert must be at least 1.');
    if (before < 1 || before > m.maxCols + 1) throw exception('Those columns are out of bounds.');
    workbook(this.world).assertCanGrow(count * m.maxRows);
    assertCanEdit(this.world, m, { row: 1, col: Math.min(before, m.maxCols), rows: m.maxRows, cols: 1 });
    m.insertColumns(before, count);
    return this.#self();
  }
  insertColumnAfter(afterPosition: number): S {
    return this.#insertColumns(int(afterPosition) + 1, 1);
  }
  insertColumnBefore(beforePosition: number): S {
    return this.#insertColumns(int(beforePosition), 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): S {
    return this.#insertColumns(int(afterPosition) + 1, int(howMany));
  }
  insertColumnsBefore(beforePosition: number, howMany: number): S {
    return this.#insertColumns(int(beforePosition), int(howMany));
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.#insertColumns(int(columnIndex), numColumns === undefined ? 1 : int(numColumns));
  }
  deleteColumn(columnPosition: number): S {
    this.deleteColumns(columnPosition, 1);
    return this.#self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this.#live();
    const start = int(columnPosition);
    const n = int(howMany);
    if (start < 1 || n < 1 || start + n - 1 > m.maxCols) throw exception('Those columns are out of bounds.');
    if (n >= m.maxCols - m.frozenCols) throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    assertCanEdit(this.world, m, { row: 1, col: start, rows: m.maxRows, cols: n });
    m.deleteColumns(start, n);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): S {
    const m = this.#live();
    new FakeRange(this.world, m, this.#whole()).clear(options);
    return this.#self();
  }
  clearContents(): S {
    new FakeRange(this.world, this.#live(), this.#whole()).clearContent();
    return this.#self();
  }
  clearFormats(): S {
    new FakeRange(this.world, this.#live(), this.#whole()).clearFormat();
    return this.#self();
  }
  clearNotes(): S {
    new FakeRange(this.world, this.#live(), this.#whole()).clearNote();
    return this.#self();
  }
  clearConditionalFormatRules(): void {
    this.#live().rules = [];
  }

  setFrozenRows(rows: number): void {
    const m = this.#live();
    const n = int(rows);
    if (n < 0 || n >= m.maxRows) throw exception("You can't freeze all visible rows on the sheet.");
    m.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const m = this.#live();
    const n = int(columns);
    if (n < 0 || n >= m.maxCols) throw exception("You can't freeze all visible columns on the sheet.");
    m.frozenCols = n;
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): S {
    this.#live().colWidths.set(int(columnPosition), int(width));
    return this.#self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): S {
    for (let i = 0; i < int(numColumns); i++) this.#live().colWidths.set(int(startColumn) + i, int(width));
    return this.#self();
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.colWidths.get(int(columnPosition)) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): S {
    this.#live().rowHeights.set(int(rowPosition), int(height));
    return this.#self();
  }
  setRowHeights(startRow: number, numRows: number, height: number): S {
    for (let i = 0; i < int(numRows); i++) this.#live().rowHeights.set(int(startRow) + i, int(height));
    return this.#self();
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(int(rowPosition)) ?? DEFAULT_ROW_HEIGHT;
  }
  /** Width from the longest displayed text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): S {
    const m = this.#live();
    for (let c = int(startColumn); c < int(startColumn) + int(numColumns); c++) {
      let longest = 0;
      for (let r = 1; r <= m.cells.length; r++) longest = Math.max(longest, displayValue(m.cell(r, c)).length);
      m.colWidths.set(c, Math.max(30, Math.min(1000, longest * 7 + 16)));
    }
    return this.#self();
  }
  autoResizeColumn(columnPosition: number): S {
    return this.autoResizeColumns(columnPosition, 1);
  }

  setTabColor(color: string | null): S {
    this.#live().tabColor = normalizeColor(color) ?? null;
    return this.#self();
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  hideSheet(): S {
    const book = workbook(this.world);
    if (book.sheets.filter((s) => !s.hidden && s !== this.model).length === 0) {
      throw exception("You can't hide all the sheets in a document.");
    }
    this.#live().hidden = true;
    if (book.active() === this.model) book.activeIndex = book.sheets.findIndex((s) => !s.hidden);
    return this.#self();
  }
  showSheet(): S {
    this.#live().hidden = false;
    return this.#self();
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    this.#setColumnsHidden([columnIndex, numColumns], true);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    this.#setColumnsHidden([columnIndex, numColumns], false);
  }
  /** [U] the out-of-range wording is deleteColumns' (`Those columns are out of bounds.`). */
  #setColumnsHidden(args: [number, number | undefined], hidden: boolean): void {
    const m = this.#live();
    const [index, count] = args;
    if (typeof index !== 'number' || (count !== undefined && typeof count !== 'number')) {
      throw signatureError('SpreadsheetApp.Sheet', hidden ? 'hideColumns' : 'showColumns', args.filter((a) => a !== undefined));
    }
    const start = int(index);
    const n = count === undefined ? 1 : int(count);
    if (start < 1 || n < 1 || start + n - 1 > m.maxCols) throw exception('Those columns are out of bounds.');
    for (let c = start; c < start + n; c++) {
      if (hidden) m.hiddenCols.add(c);
      else m.hiddenCols.delete(c);
    }
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    const m = this.#live();
    const column = int(columnPosition);
    if (column < 1 || column > m.maxCols) throw exception('Those columns are out of bounds.');
    return m.hiddenCols.has(column);
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  activate(): S {
    const book = workbook(this.world);
    this.model.hidden = false;
    book.activeIndex = book.sheets.indexOf(this.#live());
    return this.#self();
  }

  /** The sheet's protection: the existing one if the sheet is already protected. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const m = this.#live();
    let model = m.protections.find((p) => p.type === 'SHEET');
    if (!model) {
      model = newProtection(this.world, 'SHEET');
      m.protections.push(model);
    }
    return asApi(new FakeProtection(this.world, m, model));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = enumName(type);
    return this.model.protections
      .filter((p) => p.type === t)
      .map((p) => asApi<GoogleAppsScript.Spreadsheet.Protection>(new FakeProtection(this.world, this.model, p)));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const m = this.#live();
    if (!Array.isArray(rules)) throw signatureError('SpreadsheetApp.Sheet', 'setConditionalFormatRules', [rules]);
    m.rules = rules.map((r) => {
      if (!(r instanceof FakeConditionalFormatRule) || !r.data.condition) throw exception('Invalid argument: rules');
      const ranges = r.data.ranges.map((ref) => {
        if (ref.sheet !== m) throw exception('Conditional format rule cannot reference a different sheet.');
        return { ...ref.rect };
      });
      return { ranges, condition: { ...r.data.condition, values: [...r.data.condition.values] } };
    });
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.rules.map((r) =>
      asApi<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(
        new FakeConditionalFormatRule(this.world, {
          ranges: r.ranges.map((rect) => new RangeRef(this.model, rect)),
          condition: { ...r.condition, values: [...r.condition.values] },
        }),
      ),
    );
  }

  /**
   * A copy of this sheet at the end of `spreadsheet` (this workbook: the emulator binds one),
   * named "Copy of <name>" as Sheets names it; copy.ts says what a copy carries.
   */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): S {
    const m = this.#live();
    if (!(spreadsheet instanceof FakeSpreadsheet)) throw signatureError('SpreadsheetApp.Sheet', 'copyTo', [spreadsheet]);
    const book = workbook(this.world);
    const copy = copySheet(book, m, copyName(book, m.name), book.sheets.length);
    return asApi(new FakeSheet(this.world, copy));
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return sheetCharts.newChart(this.world, this.#live());
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const book = workbook(this.world);
    sheetCharts.insertChart(this.world, this.#live(), chart, () => book.nextChartId++);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.updateChart(this.world, this.#live(), chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.removeChart(this.world, this.#live(), chart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return sheetCharts.getCharts(this.world, this.#live());
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asApi(new FakeSpreadsheet(this.world));
  }
  /** The edit URL of the form whose responses go to this sheet, or null. */
  getFormUrl(): string | null {
    return linkedFormUrl(this.world, workbook(this.world).id, this.model);
  }

  /** Sorts the rows below the frozen rows by one column. */
  sort(columnPosition: number, ascending?: boolean): S {
    const m = this.#live();
    const first = m.frozenRows + 1;
    const last = m.lastRow();
    if (last >= first) {
      new FakeRange(this.world, m, { row: first, col: 1, rows: last - first + 1, cols: Math.max(1, m.lastColumn()) }).sort({
        column: int(columnPosition),
        ascending: ascending !== false,
      });
    }
    return this.#self();
  }
}
registerFake(FakeSheet, { iface: 'Spreadsheet.Sheet', service: 'Spreadsheet' });
