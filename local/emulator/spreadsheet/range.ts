/** Range: values, formulas, geometry, validations, merges, protection, sorting (formats: RangeFormats). */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import { a1 } from './a1';
import { intersects } from './model';
import { FakeProtection, newProtection } from './protection';
import { breakApart, checkGrid, forEachPosition, merge, sortKeys, sortRows } from './range-ops';
import type { R } from './range-base';
import { RangeFormats } from './range-format';
import { FakeSheet } from './sheet';
import { assertCanEdit, canEdit, checkRect, workbook } from './state';
import { assertValid, FakeDataValidation } from './validation';
import { displayValue, readValue, written } from './values';

type RangeMethods =
  | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas'
  | 'getFormula' | 'setFormula' | 'setFormulas' | 'clearContent' | 'clear' | 'clearFormat' | 'clearNote'
  | 'clearDataValidations' | 'getRow' | 'getRowIndex' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow'
  | 'getLastColumn' | 'getA1Notation' | 'getSheet' | 'getGridId' | 'getWidth' | 'getHeight' | 'offset' | 'getCell'
  | 'isBlank' | 'activate' | 'canEdit' | 'setFontWeight' | 'setFontWeights' | 'getFontWeight' | 'getFontWeights'
  | 'setFontColor' | 'setFontColors' | 'getFontColor' | 'getFontColors' | 'setFontStyle' | 'getFontStyle'
  | 'setFontLine' | 'getFontLine' | 'setFontSize' | 'getFontSize' | 'setFontFamily' | 'getFontFamily'
  | 'setBackground' | 'setBackgrounds' | 'getBackground' | 'getBackgrounds' | 'setBackgroundRGB'
  | 'setNumberFormat' | 'setNumberFormats' | 'getNumberFormat' | 'getNumberFormats'
  | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'getHorizontalAlignment' | 'getHorizontalAlignments'
  | 'setVerticalAlignment' | 'setVerticalAlignments' | 'getVerticalAlignment' | 'getVerticalAlignments'
  | 'setWrap' | 'setWraps' | 'getWrap' | 'getWraps' | 'setWrapStrategy' | 'getWrapStrategy'
  | 'setNote' | 'setNotes' | 'getNote' | 'getNotes' | 'setDataValidation' | 'setDataValidations'
  | 'getDataValidation' | 'getDataValidations' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart'
  | 'isPartOfMerge' | 'getMergedRanges' | 'protect' | 'setBorder' | 'sort' | 'trimWhitespace';

export class FakeRange extends RangeFormats implements Pick<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  // ---- values ------------------------------------------------------------------------------

  #writeValues(values: (i: number, j: number) => unknown): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    const tz = this.tz();
    const pending: Array<{ row: number; col: number; w: ReturnType<typeof written> }> = [];
    forEachPosition(this.rect, (row, col, i, j) => {
      const w = written(values(i, j), this.sheet.cell(row, col)?.format, tz);
      assertValid(this.sheet.cell(row, col)?.validation, w.value, row, col);
      pending.push({ row, col, w });
    });
    for (const { row, col, w } of pending) {
      const cell = this.sheet.cellAt(row, col);
      if (w.value === '' && w.formula === undefined) delete cell.value;
      else cell.value = w.value;
      if (w.formula === undefined) delete cell.formula;
      else cell.formula = w.formula;
      if (w.impliedFormat && !cell.format) cell.format = w.impliedFormat;
    }
    return this.self();
  }

  getValues(): unknown[][] {
    const tz = this.tz();
    return this.read((c) => readValue(c, tz));
  }
  getValue(): unknown {
    return this.first((c) => readValue(c, this.tz()));
  }
  setValues(values: unknown[][]): R {
    const rows = checkGrid(values, this.rect, 'setValues');
    return this.#writeValues((i, j) => rows[i]?.[j]);
  }
  setValue(value: unknown): R {
    return this.#writeValues(() => value);
  }
  getDisplayValues(): string[][] {
    return this.read((c) => displayValue(c));
  }
  getDisplayValue(): string {
    return this.first((c) => displayValue(c));
  }
  getFormulas(): string[][] {
    return this.read((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this.first((c) => c?.formula ?? '');
  }
  setFormula(formula: string): R {
    return this.#writeValues(() => formula);
  }
  setFormulas(formulas: string[][]): R {
    const rows = checkGrid(formulas, this.rect, 'setFormulas');
    return this.#writeValues((i, j) => rows[i]?.[j]);
  }
  clearContent(): R {
    return this.write((c) => {
      delete c.value;
      delete c.formula;
    });
  }
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): R {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    return this.write((c) => {
      if (!any || o.contentsOnly) {
        delete c.value;
        delete c.formula;
      }
      if (!any || o.formatOnly) {
        delete c.style;
        delete c.format;
      }
      if (o.validationsOnly) delete c.validation;
      if (o.commentsOnly) delete c.note;
    });
  }
  clearFormat(): R {
    return this.write((c) => {
      delete c.style;
      delete c.format;
    });
  }
  clearNote(): R {
    return this.write((c) => {
      delete c.note;
    });
  }
  clearDataValidations(): R {
    return this.write((c) => {
      delete c.validation;
    });
  }
  trimWhitespace(): R {
    const tz = this.tz();
    const values = this.read((c) => readValue(c, tz));
    return this.#writeValues((i, j) => {
      const v = values[i]?.[j];
      return typeof v === 'string' ? `'${v.trim().replace(/\s+/g, ' ')}` : v;
    });
  }

  // ---- geometry ----------------------------------------------------------------------------

  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.rows;
  }
  getNumColumns(): number {
    return this.rect.cols;
  }
  getHeight(): number {
    return this.rect.rows;
  }
  getWidth(): number {
    return this.rect.cols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.rows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.cols - 1;
  }
  getA1Notation(): string {
    return a1(this.rect);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asApi(new FakeSheet(this.world, this.sheet));
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): R {
    const rect = {
      row: this.rect.row + Number(rowOffset),
      col: this.rect.col + Number(columnOffset),
      rows: numRows === undefined ? this.rect.rows : Number(numRows),
      cols: numColumns === undefined ? this.rect.cols : Number(numColumns),
    };
    checkRect(this.sheet, rect);
    return asApi(new FakeRange(this.world, this.sheet, rect));
  }
  getCell(row: number, column: number): R {
    if (row < 1 || column < 1 || row > this.rect.rows || column > this.rect.cols) throw exception('Cell reference out of range');
    return asApi(new FakeRange(this.world, this.sheet, { row: this.rect.row + row - 1, col: this.rect.col + column - 1, rows: 1, cols: 1 }));
  }
  isBlank(): boolean {
    return this.read((c) => this.sheet.hasContent(c)).every((row) => row.every((x) => !x));
  }
  activate(): R {
    const book = workbook(this.world);
    book.activeIndex = Math.max(0, book.sheets.indexOf(this.sheet));
    return this.self();
  }
  canEdit(): boolean {
    return canEdit(this.world, this.sheet, this.rect);
  }

  // ---- validation ---------------------------------------------------------------------------

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): R {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw exception('Invalid argument: rule');
    return this.write((c) => {
      if (rule === null) delete c.validation;
      else c.validation = rule.model;
    });
  }
  setDataValidations(rules: unknown[][]): R {
    const rows = checkGrid(rules, this.rect, 'setDataValidations');
    return this.write((c, i, j) => {
      const r = rows[i]?.[j];
      if (r instanceof FakeDataValidation) c.validation = r.model;
      else delete c.validation;
    });
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this.first((c) => c?.validation);
    return v ? asApi(new FakeDataValidation(this.world, v)) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.read((c) => (c?.validation ? asApi<GoogleAppsScript.Spreadsheet.DataValidation>(new FakeDataValidation(this.world, c.validation)) : null));
  }

  // ---- merges, protection, sorting -----------------------------------------------------------

  merge(): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    merge(this.sheet, this.rect);
    return this.self();
  }
  mergeAcross(): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    for (let i = 0; i < this.rect.rows; i++) merge(this.sheet, { ...this.rect, row: this.rect.row + i, rows: 1 });
    return this.self();
  }
  mergeVertically(): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    for (let j = 0; j < this.rect.cols; j++) merge(this.sheet, { ...this.rect, col: this.rect.col + j, cols: 1 });
    return this.self();
  }
  breakApart(): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    breakApart(this.sheet, this.rect);
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }
  getMergedRanges(): R[] {
    return this.sheet.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => asApi<R>(new FakeRange(this.world, this.sheet, { ...m })));
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const model = newProtection(this.world, 'RANGE', { ...this.rect });
    this.sheet.protections.push(model);
    return asApi(new FakeProtection(this.world, this.sheet, model));
  }
  sort(sortSpecObj: unknown): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    sortRows(this.sheet, this.rect, sortKeys(sortSpecObj, this.rect));
    return this.self();
  }
}
registerFake(FakeRange, { iface: 'Spreadsheet.Range', service: 'Spreadsheet' });
