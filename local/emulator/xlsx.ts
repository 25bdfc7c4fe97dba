/**
 * Exports the emulated workbook to .xlsx with exceljs (Node only): values (dates as dates, text
 * starting with `=` as text, formulas as formulas), fonts, fills, borders, number formats, widths,
 * frozen panes, list validations, conditional formats, notes, merges, tab colours, hidden sheets.
 * Embedded charts are left out: ExcelJS cannot write charts (a Sheets download does carry them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { a1 } from './spreadsheet/a1';
import { argb } from './spreadsheet/colors';
import {
  DEFAULT_NUMBER_FORMAT,
  WallDate,
  type Border,
  type Cell,
  type ConditionalRuleModel,
  type SheetModel,
  type ValidationModel,
  type Workbook,
} from './spreadsheet/model';
import { RangeRef } from './spreadsheet/validation';
import { quoteSheetName } from './spreadsheet/a1';

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle> = {
  SOLID: 'thin', SOLID_MEDIUM: 'medium', SOLID_THICK: 'thick', DOTTED: 'dotted', DASHED: 'dashed', DOUBLE: 'double',
};

function border(b: Border | undefined): Partial<ExcelJS.Border> | undefined {
  return b ? { style: BORDER_STYLES[b.style] ?? 'thin', color: { argb: argb(b.color) } } : undefined;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const v = cell.value;
  if (cell.formula !== undefined && v !== '#ERROR!') target.value = { formula: cell.formula.slice(1), date1904: false };
  else if (v instanceof WallDate) target.value = new Date(v.wall);
  else if (v !== undefined && v !== '') target.value = v;
  const fmt = cell.format;
  if (fmt && fmt !== DEFAULT_NUMBER_FORMAT) target.numFmt = fmt;
  else if (v instanceof WallDate) target.numFmt = v.wall % 86400000 === 0 ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm:ss';
  const s = cell.style;
  if (s) {
    const font: Partial<ExcelJS.Font> = {};
    if (s.fontWeight === 'bold') font.bold = true;
    if (s.fontStyle === 'italic') font.italic = true;
    if (s.fontLine === 'underline') font.underline = true;
    if (s.fontLine === 'line-through') font.strike = true;
    if (s.fontColor) font.color = { argb: argb(s.fontColor) };
    if (s.fontSize) font.size = s.fontSize;
    if (s.fontFamily) font.name = s.fontFamily;
    if (Object.keys(font).length > 0) target.font = font;
    if (s.background && s.background !== '#ffffff') {
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } };
    }
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.hAlign && ['left', 'center', 'right', 'general'].includes(s.hAlign)) alignment.horizontal = s.hAlign as ExcelJS.Alignment['horizontal'];
    if (s.vAlign && ['top', 'middle', 'bottom'].includes(s.vAlign)) alignment.vertical = s.vAlign as ExcelJS.Alignment['vertical'];
    if (s.wrap === 'WRAP') alignment.wrapText = true;
    if (Object.keys(alignment).length > 0) target.alignment = alignment;
    if (s.borders) {
      const b: Partial<ExcelJS.Borders> = {};
      const top = border(s.borders.top);
      const left = border(s.borders.left);
      const bottom = border(s.borders.bottom);
      const right = border(s.borders.right);
      if (top) b.top = top;
      if (left) b.left = left;
      if (bottom) b.bottom = bottom;
      if (right) b.right = right;
      target.border = b;
    }
  }
  if (cell.note) target.note = cell.note;
}

/** Excel's limit on a worksheet's name; Sheets allows 100 characters. */
const EXCEL_NAME_LIMIT = 31;
type ExcelNames = ReadonlyMap<SheetModel, string>;

/**
 * Each sheet's name in the xlsx: as in Sheets when Excel can hold it, else cut to fit and made
 * unique with a number (Excel compares names without case), so that two long tab names sharing
 * their first 31 characters do not collide.
 */
export function excelSheetNames(sheets: readonly SheetModel[]): Map<SheetModel, string> {
  const names = new Map<SheetModel, string>();
  const taken = new Set(sheets.filter((s) => s.name.length <= EXCEL_NAME_LIMIT).map((s) => s.name.toLowerCase()));
  for (const sheet of sheets) {
    if (sheet.name.length <= EXCEL_NAME_LIMIT) {
      names.set(sheet, sheet.name);
      continue;
    }
    let name = sheet.name.slice(0, EXCEL_NAME_LIMIT);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name.slice(0, EXCEL_NAME_LIMIT - String(n).length - 1)}~${n}`;
    taken.add(name.toLowerCase());
    names.set(sheet, name);
  }
  return names;
}

function listFormula(model: ValidationModel, names: ExcelNames): string | undefined {
  const source = model.values[0];
  if (model.criteria === 'VALUE_IN_LIST' && Array.isArray(source)) {
    return `"${source.map((x) => String(x).replace(/"/g, '""')).join(',')}"`;
  }
  if (model.criteria === 'VALUE_IN_RANGE' && source instanceof RangeRef) {
    const abs = a1(source.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `${quoteSheetName(names.get(source.sheet) ?? source.sheet.name)}!${abs}`;
  }
  return undefined;
}

function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetModel, names: ExcelNames): void {
  const columns = new Map<number, Array<{ row: number; model: ValidationModel }>>();
  sheet.forEachCell((cell, row, col) => {
    if (!cell.validation) return;
    const list = columns.get(col) ?? [];
    list.push({ row, model: cell.validation });
    columns.set(col, list);
  });
  for (const [col, cells] of columns) {
    cells.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const cur = cells[i];
      const prev = cells[i - 1];
      if (cur && prev && cur.model === prev.model && cur.row === prev.row + 1) continue;
      const first = cells[start];
      if (first && prev) {
        const formula = listFormula(first.model, names);
        if (formula) {
          const dv: ExcelJS.DataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: !first.model.allowInvalid,
            errorStyle: first.model.allowInvalid ? 'warning' : 'stop',
          };
          if (first.model.helpText) {
            dv.prompt = first.model.helpText;
            dv.showInputMessage = true;
          }
          const ref = a1({ row: first.row, col, rows: prev.row - first.row + 1, cols: 1 });
          (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(ref, dv);
        }
      }
      start = i;
    }
  }
}

const NUMBER_TESTS: Record<string, (cell: string, a: string, b: string) => string> = {
  NUMBER_EQUAL_TO: (c, a) => `${c}=${a}`,
  NUMBER_NOT_EQUAL_TO: (c, a) => `${c}<>${a}`,
  NUMBER_GREATER_THAN: (c, a) => `${c}>${a}`,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (c, a) => `${c}>=${a}`,
  NUMBER_LESS_THAN: (c, a) => `${c}<${a}`,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (c, a) => `${c}<=${a}`,
  NUMBER_BETWEEN: (c, a, b) => `AND(${c}>=${a},${c}<=${b})`,
  NUMBER_NOT_BETWEEN: (c, a, b) => `OR(${c}<${a},${c}>${b})`,
};

/** One exceljs rule; formulas refer to the top-left cell of the rule's first range (relative). */
function cfRule(rule: ConditionalRuleModel, priority: number): ExcelJS.ConditionalFormattingRule | undefined {
  const c = rule.condition;
  const style: Partial<ExcelJS.Style> = {};
  if (c.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(c.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (c.fontColor) font.color = { argb: argb(c.fontColor) };
  if (c.bold) font.bold = true;
  if (c.italic) font.italic = true;
  if (c.strikethrough) font.strike = true;
  if (c.underline) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  const first = rule.ranges[0];
  if (!first) return undefined;
  const cell = a1({ ...first, rows: 1, cols: 1 });
  const text = String(c.values[0] ?? '');
  const quoted = `"${text.replace(/"/g, '""')}"`;
  const expression = (formula: string): ExcelJS.ConditionalFormattingRule => ({ type: 'expression', formulae: [formula], style, priority });
  switch (c.criteria) {
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [quoted], style, priority };
    case 'TEXT_CONTAINS':
      return expression(`NOT(ISERROR(SEARCH(${quoted},${cell})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return expression(`ISERROR(SEARCH(${quoted},${cell}))`);
    case 'TEXT_STARTS_WITH':
      return expression(`LEFT(${cell},LEN(${quoted}))=${quoted}`);
    case 'TEXT_ENDS_WITH':
      return expression(`RIGHT(${cell},LEN(${quoted}))=${quoted}`);
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', style, priority };
    case 'CELL_NOT_EMPTY':
      return { type: 'containsText', operator: 'notContainsBlanks', style, priority };
    case 'CUSTOM_FORMULA':
      return expression(text.replace(/^=/, ''));
    default: {
      const test = NUMBER_TESTS[c.criteria];
      if (!test) return undefined;
      return expression(`AND(ISNUMBER(${cell}),${test(cell, String(c.values[0]), String(c.values[1]))})`);
    }
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel, names: ExcelNames): void {
  const ws = wb.addWorksheet(names.get(sheet) ?? sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
  });
  if (sheet.frozenRows || sheet.frozenCols) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }];
  }
  for (const [col, px] of sheet.colWidths) ws.getColumn(col).width = Math.round((px / 7) * 100) / 100;
  for (const col of sheet.hiddenCols) ws.getColumn(col).hidden = true;
  for (const [row, px] of sheet.rowHeights) ws.getRow(row).height = px * 0.75;
  sheet.forEachCell((cell, row, col) => writeCell(ws.getCell(row, col), cell));
  for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  writeValidations(ws, sheet, names);
  sheet.rules.forEach((rule, i) => {
    const r = cfRule(rule, i + 1);
    if (r) ws.addConditionalFormatting({ ref: rule.ranges.map((x) => a1(x)).join(' '), rules: [r] });
  });
}

export function buildXlsx(book: Workbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đi cơ sở emulator';
  const names = excelSheetNames(book.sheets);
  for (const sheet of book.sheets) writeSheet(wb, sheet, names);
  return wb;
}

export async function exportXlsx(book: Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await buildXlsx(book).xlsx.writeFile(file);
}
