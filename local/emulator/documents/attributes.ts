/**
 * `setAttributes` / `getAttributes`: an object keyed by `DocumentApp.Attribute` names. Character
 * attributes apply to every character under the element; paragraph attributes to every paragraph;
 * table, cell and body attributes to that element. A key the element cannot take is ignored, as the
 * platform does; one the emulator does not model is refused loudly.
 */
import { enumName, enumValue } from '../enums';
import { exception, notImplemented } from '../errors';
import { allParagraphs, type AlignmentName, type BlockNode, type BodyNode, type CellNode, type CharStyle, type HeadingName, type ParagraphNode, type TableNode } from './model';

const CHAR_KEYS: Readonly<Record<string, { field: keyof CharStyle; type: 'boolean' | 'number' | 'string' }>> = {
  BOLD: { field: 'bold', type: 'boolean' },
  ITALIC: { field: 'italic', type: 'boolean' },
  UNDERLINE: { field: 'underline', type: 'boolean' },
  STRIKETHROUGH: { field: 'strikethrough', type: 'boolean' },
  FONT_SIZE: { field: 'fontSize', type: 'number' },
  FONT_FAMILY: { field: 'fontFamily', type: 'string' },
  FOREGROUND_COLOR: { field: 'foregroundColor', type: 'string' },
};

type NumericParagraphField = 'indentStart' | 'indentFirstLine' | 'indentEnd' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing';
const PARAGRAPH_NUMBERS: Readonly<Record<string, NumericParagraphField>> = {
  INDENT_START: 'indentStart',
  INDENT_FIRST_LINE: 'indentFirstLine',
  INDENT_END: 'indentEnd',
  SPACING_BEFORE: 'spacingBefore',
  SPACING_AFTER: 'spacingAfter',
  LINE_SPACING: 'lineSpacing',
};

type BodyNumber = 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight' | 'pageWidth' | 'pageHeight';
const BODY_NUMBERS: Readonly<Record<string, BodyNumber>> = {
  MARGIN_TOP: 'marginTop', MARGIN_BOTTOM: 'marginBottom', MARGIN_LEFT: 'marginLeft', MARGIN_RIGHT: 'marginRight',
  PAGE_WIDTH: 'pageWidth', PAGE_HEIGHT: 'pageHeight',
};

export const ALIGNMENTS: readonly AlignmentName[] = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'];
export const HEADINGS: readonly HeadingName[] = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'];

function checkType(key: string, value: unknown, type: 'boolean' | 'number' | 'string'): void {
  if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) throw exception(`Invalid argument: ${key}`);
}

/** Sets (or, for null, clears) character attributes on characters `from`…`to` (inclusive) of a paragraph. */
export function applyCharAttributes(paragraph: ParagraphNode, attrs: Record<string, unknown>, from = 0, to = paragraph.text.length - 1): void {
  for (const [key, value] of Object.entries(attrs)) {
    const spec = CHAR_KEYS[key];
    if (!spec) continue;
    if (value !== null) checkType(key, value, spec.type);
    for (let i = Math.max(0, from); i <= Math.min(to, paragraph.text.length - 1); i++) {
      const style = paragraph.styles[i]!;
      if (value === null) delete style[spec.field];
      else (style as Record<string, unknown>)[spec.field] = value;
    }
  }
}

function applyParagraphAttributes(paragraph: ParagraphNode, attrs: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'HORIZONTAL_ALIGNMENT') {
      const name = value === null ? null : enumName(value, 'Document.HorizontalAlignment');
      if (name !== null && (name === undefined || !(ALIGNMENTS as readonly string[]).includes(name))) throw exception(`Invalid argument: ${key}`);
      paragraph.alignment = name as AlignmentName | null;
    } else if (key === 'HEADING') {
      const name = value === null ? 'NORMAL' : enumName(value, 'Document.ParagraphHeading');
      if (name === undefined || !(HEADINGS as readonly string[]).includes(name)) throw exception(`Invalid argument: ${key}`);
      paragraph.heading = name as HeadingName;
    } else if (key in PARAGRAPH_NUMBERS) {
      if (value !== null) checkType(key, value, 'number');
      paragraph[PARAGRAPH_NUMBERS[key]!] = value as number | null;
    }
  }
}

const MODELLED = new Set([
  ...Object.keys(CHAR_KEYS), ...Object.keys(PARAGRAPH_NUMBERS), ...Object.keys(BODY_NUMBERS),
  'HORIZONTAL_ALIGNMENT', 'HEADING', 'BORDER_WIDTH', 'BORDER_COLOR', 'WIDTH', 'BACKGROUND_COLOR', 'VERTICAL_ALIGNMENT',
  'PADDING_TOP', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'MINIMUM_HEIGHT',
]);

function checkModelled(attrs: Record<string, unknown>): void {
  for (const key of Object.keys(attrs)) {
    if (!MODELLED.has(key)) throw notImplemented(`the Document attribute ${key}`);
  }
}

/** Paragraph and character attributes on blocks (a paragraph, a cell's or the body's content, a table's cells). */
export function applyBlockAttributes(blocks: readonly BlockNode[], attrs: Record<string, unknown>): void {
  checkModelled(attrs);
  for (const p of allParagraphs(blocks)) {
    applyParagraphAttributes(p, attrs);
    applyCharAttributes(p, attrs);
  }
}

export function applyTableAttributes(table: TableNode, attrs: Record<string, unknown>): void {
  checkModelled(attrs);
  if ('BORDER_WIDTH' in attrs && attrs.BORDER_WIDTH !== null) {
    checkType('BORDER_WIDTH', attrs.BORDER_WIDTH, 'number');
    table.borderWidth = attrs.BORDER_WIDTH as number;
  }
  if ('BORDER_COLOR' in attrs && attrs.BORDER_COLOR !== null) {
    checkType('BORDER_COLOR', attrs.BORDER_COLOR, 'string');
    table.borderColor = attrs.BORDER_COLOR as string;
  }
  applyBlockAttributes([table], attrs);
}

export function applyCellAttributes(cell: CellNode, attrs: Record<string, unknown>): void {
  checkModelled(attrs);
  if ('WIDTH' in attrs) {
    if (attrs.WIDTH !== null) checkType('WIDTH', attrs.WIDTH, 'number');
    cell.width = attrs.WIDTH as number | null;
  }
  if ('BACKGROUND_COLOR' in attrs) {
    if (attrs.BACKGROUND_COLOR !== null) checkType('BACKGROUND_COLOR', attrs.BACKGROUND_COLOR, 'string');
    cell.background = attrs.BACKGROUND_COLOR as string | null;
  }
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const key = `PADDING_${side.toUpperCase()}`;
    if (!(key in attrs)) continue;
    if (attrs[key] !== null) checkType(key, attrs[key], 'number');
    cell.padding[side] = attrs[key] as number | null;
  }
  applyBlockAttributes(cell.children, attrs);
}

export function applyBodyAttributes(body: BodyNode, attrs: Record<string, unknown>): void {
  checkModelled(attrs);
  for (const [key, field] of Object.entries(BODY_NUMBERS)) {
    if (!(key in attrs) || attrs[key] === null) continue;
    checkType(key, attrs[key], 'number');
    body[field] = attrs[key] as number;
  }
  applyBlockAttributes(body.children, attrs);
}

/** The attributes of one character (or the paragraph's first, or none) with the paragraph's own. */
export function paragraphAttributes(paragraph: ParagraphNode, offset = 0): Record<string, unknown> {
  const style = paragraph.styles[offset] ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(CHAR_KEYS)) out[key] = style[spec.field] ?? null;
  out.HORIZONTAL_ALIGNMENT = paragraph.alignment ? enumValue('Document.HorizontalAlignment', paragraph.alignment) : null;
  out.HEADING = enumValue('Document.ParagraphHeading', paragraph.heading);
  for (const [key, field] of Object.entries(PARAGRAPH_NUMBERS)) out[key] = paragraph[field];
  return out;
}
