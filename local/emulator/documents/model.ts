/**
 * Documents as data. A Doc is a Drive file (drive/model.ts holds its name, owner and folder) whose
 * content lives here twice: `live`, what the script's handles edit, and `saved`, what Drive
 * exports. As on the platform, edits reach the saved document (and so `getAs`, `getBlob`, an
 * export) when the script calls `saveAndClose()` or when the execution ends.
 */
import { stateKey, type World } from '../world';

export type HeadingName = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type GlyphName = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';
export type VerticalAlignmentName = 'BOTTOM' | 'CENTER' | 'TOP';

/** One character's formatting; an absent field is inherited (the paragraph style, the document default). */
export interface CharStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** Points. */
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
}

export interface ParagraphNode {
  kind: 'paragraph';
  text: string;
  /** One per character of `text`. */
  styles: CharStyle[];
  heading: HeadingName;
  alignment: AlignmentName | null;
  /** Points; null: the style's. */
  indentStart: number | null;
  indentFirstLine: number | null;
  indentEnd: number | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  /** The paragraph holds a page break after its text (Body.appendPageBreak makes such a paragraph). */
  pageBreak: boolean;
  /** A list item: its glyph and nesting level. */
  list: { glyph: GlyphName; nesting: number; listId: string } | null;
}

export interface CellNode {
  kind: 'cell';
  children: BlockNode[];
  /** Points; null: the table's even share. */
  width: number | null;
  background: string | null;
  verticalAlignment: VerticalAlignmentName | null;
  padding: { top: number | null; bottom: number | null; left: number | null; right: number | null };
}

export interface RowNode {
  kind: 'row';
  cells: CellNode[];
  minHeight: number | null;
}

export interface TableNode {
  kind: 'table';
  rows: RowNode[];
  /** Points; a Doc's new table has 1 pt black borders. */
  borderWidth: number;
  borderColor: string;
  /** Points, by column; null: even share of the text width. */
  columnWidths: Array<number | null>;
}

export type BlockNode = ParagraphNode | TableNode;
export type ContainerNode = BodyNode | CellNode;

export interface BodyNode {
  kind: 'body';
  children: BlockNode[];
  /** Points. */
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  pageWidth: number;
  pageHeight: number;
}

export interface DocModel {
  id: string;
  live: BodyNode;
  saved: BodyNode;
}

/** A new Doc: US Letter (612 × 792 pt) with 1-inch margins, Docs' defaults; a script wanting A4 sets it. */
export function emptyBody(): BodyNode {
  return { kind: 'body', children: [emptyParagraph()], marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72, pageWidth: 612, pageHeight: 792 };
}

export function emptyParagraph(text = ''): ParagraphNode {
  return {
    kind: 'paragraph', text, styles: Array.from({ length: text.length }, () => ({})), heading: 'NORMAL', alignment: null,
    indentStart: null, indentFirstLine: null, indentEnd: null, spacingBefore: null, spacingAfter: null, lineSpacing: null,
    pageBreak: false, list: null,
  };
}

export function emptyCell(text = ''): CellNode {
  return { kind: 'cell', children: [emptyParagraph(text)], width: null, background: null, verticalAlignment: null, padding: { top: null, bottom: null, left: null, right: null } };
}

/** A table from rows of cell texts; Docs tables are rectangular, so short rows get empty cells. */
export function tableOf(cells: readonly (readonly string[])[]): TableNode {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return {
    kind: 'table',
    rows: cells.map((r) => ({ kind: 'row', cells: Array.from({ length: width }, (_, i) => emptyCell(r[i] ?? '')), minHeight: null })),
    borderWidth: 1,
    borderColor: '#000000',
    columnWidths: Array.from({ length: width }, () => null),
  };
}

const DOCS = stateKey('documents', (world: World): { docs: Map<string, DocModel> } => {
  const state = { docs: new Map<string, DocModel>() };
  // What an execution edited is saved when it ends, as the platform does.
  world.onExecutionEnd(() => {
    for (const doc of state.docs.values()) saveDocument(doc);
  });
  return state;
});

export function newDocModel(world: World, id: string): DocModel {
  const body = emptyBody();
  const doc: DocModel = { id, live: body, saved: structuredClone(body) };
  world.state(DOCS).docs.set(id, doc);
  return doc;
}

export function docModel(world: World, id: string): DocModel | undefined {
  return world.state(DOCS).docs.get(id);
}

export function saveDocument(doc: DocModel): void {
  doc.saved = structuredClone(doc.live);
}

/** Plain text of blocks as Docs gives it: paragraphs on their own lines, a table's cells one per line. */
export function blocksText(blocks: readonly BlockNode[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : tableText(b))).join('\n');
}

export function tableText(table: TableNode): string {
  return table.rows.map((r) => r.cells.map((c) => blocksText(c.children)).join('\t')).join('\n');
}

/** Every paragraph under `blocks`, tables' included, in reading order. */
export function allParagraphs(blocks: readonly BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else for (const r of b.rows) for (const c of r.cells) out.push(...allParagraphs(c.children));
  }
  return out;
}

export function allTables(blocks: readonly BlockNode[]): TableNode[] {
  const out: TableNode[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    out.push(b);
    for (const r of b.rows) for (const c of r.cells) out.push(...allTables(c.children));
  }
  return out;
}
