/** Range formats: fonts, fills, number formats, alignment, wrapping, borders, notes. */
import { enumName, enumValue } from '../enums';
import { exception } from '../errors';
import { normalizeColor } from './colors';
import { DEFAULT_NUMBER_FORMAT } from './model';
import { applyBorders, checkGrid } from './range-ops';
import { RangeBase, type R } from './range-base';
import { assertCanEdit } from './state';
import { asApi } from '../bridge';

const DEFAULTS = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontSize: 10,
  fontFamily: 'Arial',
  hAlign: 'general',
  vAlign: 'bottom',
} as const;

export abstract class RangeFormats extends RangeBase {
  setFontWeight(fontWeight: string | null): R {
    return this.style((s) => {
      s.fontWeight = fontWeight === 'bold' ? 'bold' : undefined;
    });
  }
  setFontWeights(fontWeights: unknown[][]): R {
    return this.styleGrid(fontWeights, 'setFontWeights', (s, v) => {
      s.fontWeight = v === 'bold' ? 'bold' : undefined;
    });
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first((c) => c?.style?.fontWeight ?? DEFAULTS.fontWeight);
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read((c) => c?.style?.fontWeight ?? DEFAULTS.fontWeight);
  }
  setFontColor(color: string | null): R {
    return this.style((s) => {
      s.fontColor = normalizeColor(color);
    });
  }
  setFontColors(colors: unknown[][]): R {
    return this.styleGrid(colors, 'setFontColors', (s, v) => {
      s.fontColor = normalizeColor(v);
    });
  }
  getFontColor(): string {
    return this.first((c) => c?.style?.fontColor ?? DEFAULTS.fontColor);
  }
  getFontColors(): string[][] {
    return this.read((c) => c?.style?.fontColor ?? DEFAULTS.fontColor);
  }
  setFontStyle(fontStyle: string | null): R {
    return this.style((s) => {
      s.fontStyle = fontStyle === 'italic' ? 'italic' : undefined;
    });
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first((c) => c?.style?.fontStyle ?? DEFAULTS.fontStyle);
  }
  setFontLine(fontLine: string | null): R {
    return this.style((s) => {
      s.fontLine = fontLine === 'underline' || fontLine === 'line-through' ? fontLine : undefined;
    });
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.first((c) => c?.style?.fontLine ?? DEFAULTS.fontLine);
  }
  setFontSize(size: number): R {
    return this.style((s) => {
      s.fontSize = Number(size);
    });
  }
  getFontSize(): number {
    return this.first((c) => c?.style?.fontSize ?? DEFAULTS.fontSize);
  }
  setFontFamily(fontFamily: string | null): R {
    return this.style((s) => {
      s.fontFamily = fontFamily ?? undefined;
    });
  }
  getFontFamily(): string {
    return this.first((c) => c?.style?.fontFamily ?? DEFAULTS.fontFamily);
  }
  setBackground(color: string | null): R {
    return this.style((s) => {
      s.background = normalizeColor(color);
    });
  }
  setBackgroundRGB(red: number, green: number, blue: number): R {
    const hex = [red, green, blue].map((n) => Math.max(0, Math.min(255, Number(n))).toString(16).padStart(2, '0')).join('');
    return this.setBackground(`#${hex}`);
  }
  setBackgrounds(color: unknown[][]): R {
    return this.styleGrid(color, 'setBackgrounds', (s, v) => {
      s.background = normalizeColor(v);
    });
  }
  getBackground(): string {
    return this.first((c) => c?.style?.background ?? DEFAULTS.background);
  }
  getBackgrounds(): string[][] {
    return this.read((c) => c?.style?.background ?? DEFAULTS.background);
  }
  setNumberFormat(numberFormat: string): R {
    return this.write((c) => {
      c.format = String(numberFormat);
    });
  }
  setNumberFormats(numberFormats: unknown[][]): R {
    const rows = checkGrid(numberFormats, this.rect, 'setNumberFormats');
    return this.write((c, i, j) => {
      c.format = String(rows[i]?.[j] ?? DEFAULT_NUMBER_FORMAT);
    });
  }
  getNumberFormat(): string {
    return this.first((c) => c?.format ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this.read((c) => c?.format ?? DEFAULT_NUMBER_FORMAT);
  }
  setHorizontalAlignment(alignment: string | null): R {
    return this.style((s) => {
      s.hAlign = alignment === null || alignment === 'normal' ? undefined : String(alignment).toLowerCase();
    });
  }
  setHorizontalAlignments(alignments: unknown[][]): R {
    return this.styleGrid(alignments, 'setHorizontalAlignments', (s, v) => {
      s.hAlign = v === null || v === 'normal' ? undefined : String(v).toLowerCase();
    });
  }
  getHorizontalAlignment(): string {
    return this.first((c) => c?.style?.hAlign ?? DEFAULTS.hAlign);
  }
  getHorizontalAlignments(): string[][] {
    return this.read((c) => c?.style?.hAlign ?? DEFAULTS.hAlign);
  }
  setVerticalAlignment(alignment: string | null): R {
    return this.style((s) => {
      s.vAlign = alignment === null ? undefined : String(alignment).toLowerCase();
    });
  }
  setVerticalAlignments(alignments: unknown[][]): R {
    return this.styleGrid(alignments, 'setVerticalAlignments', (s, v) => {
      s.vAlign = v === null ? undefined : String(v).toLowerCase();
    });
  }
  getVerticalAlignment(): string {
    return this.first((c) => c?.style?.vAlign ?? DEFAULTS.vAlign);
  }
  getVerticalAlignments(): string[][] {
    return this.read((c) => c?.style?.vAlign ?? DEFAULTS.vAlign);
  }
  setWrap(isWrapEnabled: boolean): R {
    return this.style((s) => {
      s.wrap = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
    });
  }
  setWraps(isWrapEnabled: unknown[][]): R {
    return this.styleGrid(isWrapEnabled, 'setWraps', (s, v) => {
      s.wrap = v ? 'WRAP' : 'OVERFLOW';
    });
  }
  getWrap(): boolean {
    return this.first((c) => c?.style?.wrap === 'WRAP');
  }
  getWraps(): boolean[][] {
    return this.read((c) => c?.style?.wrap === 'WRAP');
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): R {
    const name = enumName(strategy);
    if (name !== 'WRAP' && name !== 'OVERFLOW' && name !== 'CLIP') throw exception('Invalid argument: strategy');
    return this.style((s) => {
      s.wrap = name;
    });
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return asApi(enumValue('Spreadsheet.WrapStrategy', this.first((c) => c?.style?.wrap ?? 'OVERFLOW')));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): R {
    assertCanEdit(this.world, this.sheet, this.rect);
    applyBorders(this.sheet, this.rect, { top, left, bottom, right, vertical, horizontal }, {
      color: normalizeColor(color) ?? '#000000',
      style: enumName(style) ?? 'SOLID',
    });
    return this.self();
  }


  setNote(note: string | null): R {
    return this.write((c) => {
      if (note === null || note === '') delete c.note;
      else c.note = String(note);
    });
  }
  setNotes(notes: unknown[][]): R {
    const rows = checkGrid(notes, this.rect, 'setNotes');
    return this.write((c, i, j) => {
      const n = rows[i]?.[j];
      if (n === null || n === undefined || n === '') delete c.note;
      else c.note = String(n);
    });
  }
  getNote(): string {
    return this.first((c) => c?.note ?? '');
  }
  getNotes(): string[][] {
    return this.read((c) => c?.note ?? '');
  }
}
