import type { PeriodCode } from '../../domain/periods';
import type { RatingCode } from '../../domain/ratings';
import type { Registration } from '../../domain/registration';

/**
 * What every format turns its input into: blocks of text lines and grids of cells, in reading
 * order, already converted to Unicode NFC. The table core (read.ts) finds the table in them.
 */
export interface Cell {
  /** The cell's text; paragraphs inside a cell are separated by "\n". */
  readonly text: string;
  /**
   * Set on cells covered by a merged range: the text is copied from the range's first cell,
   * from the left (a column span) or from above (a row span). Headers use the copy; data rows
   * do not, so one merged note is not read as many.
   */
  readonly continuation?: 'left' | 'up';
}

export interface Row {
  readonly cells: readonly Cell[];
  /** The row's number as the sender sees it (Excel row, table row, line of the text). */
  readonly line: number;
}

/** 0: the sender's own text; 1: a forwarded message; 2: the quoted message replied to. */
export type QuoteLevel = 0 | 1 | 2;

export interface GridBlock {
  readonly kind: 'grid';
  readonly rows: readonly Row[];
  readonly quote: QuoteLevel;
  /** A sheet name, which can name the period ("Năm 2015"). */
  readonly title?: string;
}

export interface TextLine {
  readonly text: string;
  readonly line: number;
}

export interface TextBlock {
  readonly kind: 'text';
  readonly lines: readonly TextLine[];
  readonly quote: QuoteLevel;
}

export type Block = GridBlock | TextBlock;

export interface SourceDocument {
  readonly blocks: readonly Block[];
  /** Problems met while building the blocks (rows not read, …), already in Vietnamese. */
  readonly warnings: readonly string[];
}

/** A chapter as read, with where it was read, before the report drops the bookkeeping. */
export interface ChapterReading {
  name: string;
  line: number;
  members: number | null;
  ratings: Partial<Record<PeriodCode, RatingCode>>;
  registration: Registration | null;
}

/** One table (or list) found in a document. */
export interface TableReading {
  readonly chapters: ChapterReading[];
  readonly periods: PeriodCode[];
  readonly warnings: string[];
  readonly quote: QuoteLevel;
  /** Index of the block the table was read from; the unit is looked for around it. */
  readonly blockIndex: number;
  /** Index of the row or line where the table's header (or first item) is. */
  readonly startRow: number;
  /** Index of the table's last row or line. */
  readonly endRow: number;
}

export function cell(text: string, continuation?: 'left' | 'up'): Cell {
  return continuation ? { text, continuation } : { text };
}

export function textOf(block: Block): string[] {
  if (block.kind === 'text') return block.lines.map((line) => line.text);
  return block.rows.map((row) => row.cells.map((c) => (c.continuation ? '' : c.text)).join('\t'));
}
