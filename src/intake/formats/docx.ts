import { decodeUtf8Lenient } from '../bytes';
import { convertDocumentTexts, fontHint, NO_HINT, type FontHint, type FontedText } from '../encoding/legacy';
import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import type { Block, Cell, Row, SourceDocument } from '../table/model';
import { attribute, childElements, findElement, firstChild, isElement, parseXml, type XmlNode } from '../xml';
import type { ZipReader } from '../zip';
import { readDocxStyles, type DocxStyles } from './docx-styles';

/**
 * DOCX → paragraphs and tables in reading order. Words split across runs are joined; each run
 * keeps its font (direct, from its character or paragraph style, or the document default), so a
 * table typed in .VnTime or VNI-Times comes out as Unicode. gridSpan and vMerge are laid out on
 * the table grid, with the merged text copied into covered cells.
 */
export function docxDocument(zip: ZipReader): SourceDocument {
  const documentBytes = zip.read('word/document.xml');
  if (!documentBytes) return { blocks: [], warnings: [] };
  const stylesBytes = zip.read('word/styles.xml');
  const styles = readDocxStyles(stylesBytes ? decodeUtf8Lenient(stylesBytes) : null);
  const body = findElement(parseXml(decodeUtf8Lenient(documentBytes)), 'w:body');
  const collector = new RawCollector(styles);
  if (body) collector.blockChildren(body);
  return collector.finish();
}

type Pieces = FontedText[];

interface RawCell {
  pieces: Pieces;
  span: number;
  merge: 'restart' | 'continue' | null;
}

type RawBlock = { kind: 'text'; paragraphs: Pieces[] } | { kind: 'grid'; rows: RawCell[][] };

class RawCollector {
  private readonly blocks: RawBlock[] = [];
  private paragraphs: Pieces[] = [];
  private readonly warnings: string[] = [];
  private rowCount = 0;

  constructor(private readonly styles: DocxStyles) {}

  /** Body-level content: paragraphs, tables, and content controls wrapping either. */
  blockChildren(node: XmlNode): void {
    for (const child of childElements(node)) {
      if (child.tagName === 'w:p') this.paragraphs.push(this.paragraph(child));
      else if (child.tagName === 'w:tbl') this.table(child);
      else if (child.tagName === 'w:sdt') {
        const content = firstChild(child, 'w:sdtContent');
        if (content) this.blockChildren(content);
      } else if (child.tagName === 'w:customXml') this.blockChildren(child);
    }
  }

  finish(): SourceDocument {
    this.flushParagraphs();
    const cells: Pieces[] = [];
    for (const block of this.blocks) {
      if (block.kind === 'text') cells.push(...block.paragraphs);
      else for (const row of block.rows) for (const c of row) cells.push(c.pieces);
    }
    const texts = convertDocumentTexts(cells);
    let next = 0;
    const blocks: Block[] = this.blocks.map((block) => {
      if (block.kind === 'text') {
        const lines = block.paragraphs.map((_, i) => ({ text: texts[next++], line: i + 1 }));
        return { kind: 'text', lines: lines.filter((l) => l.text.trim()), quote: 0 };
      }
      const rows = block.rows.map((row) => row.map((c) => ({ ...c, text: texts[next++] })));
      return { kind: 'grid', rows: layoutTable(rows), quote: 0 };
    });
    return { blocks, warnings: this.warnings };
  }

  private flushParagraphs(): void {
    if (this.paragraphs.length) this.blocks.push({ kind: 'text', paragraphs: this.paragraphs });
    this.paragraphs = [];
  }

  private table(node: XmlNode): void {
    this.flushParagraphs();
    const rows: RawCell[][] = [];
    const nested: XmlNode[] = [];
    for (const tr of childElements(node, 'w:tr')) {
      if (this.rowCount++ >= LIMITS.maxRows) {
        if (!this.warnings.length) this.warnings.push(warn.rowsNotRead(LIMITS.maxRows));
        break;
      }
      const row: RawCell[] = [];
      const before = Number(attribute(findElement(firstChild(tr, 'w:trPr') ?? [], 'w:gridBefore'), 'w:val') ?? 0);
      if (before > 0) row.push({ pieces: [], span: Math.min(before, LIMITS.maxColumns), merge: null });
      for (const tc of cellsOf(tr)) {
        const properties = firstChild(tc, 'w:tcPr');
        const span = Number(attribute(properties && firstChild(properties, 'w:gridSpan'), 'w:val') ?? 1);
        const vMerge = properties && firstChild(properties, 'w:vMerge');
        const mergeValue = vMerge ? attribute(vMerge, 'w:val') ?? 'continue' : null;
        const pieces: Pieces = [];
        for (const child of childElements(tc)) {
          if (child.tagName === 'w:p') {
            if (pieces.length) pieces.push({ text: '\n', hint: NO_HINT });
            pieces.push(...this.paragraph(child));
          } else if (child.tagName === 'w:tbl') nested.push(child);
        }
        row.push({
          pieces,
          span: Number.isFinite(span) && span > 1 ? Math.min(span, LIMITS.maxColumns) : 1,
          merge: mergeValue === null ? null : mergeValue === 'restart' ? 'restart' : 'continue',
        });
      }
      rows.push(row);
    }
    this.blocks.push({ kind: 'grid', rows });
    for (const inner of nested) this.table(inner);
  }

  /** A paragraph's runs with their fonts; an auto-numbered paragraph gets a bullet so lists read as lists. */
  private paragraph(node: XmlNode): Pieces {
    const properties = firstChild(node, 'w:pPr');
    const styleId = attribute(properties && firstChild(properties, 'w:pStyle'), 'w:val') ?? null;
    const pieces: Pieces = [];
    if (properties && firstChild(properties, 'w:numPr')) pieces.push({ text: '• ', hint: NO_HINT });
    this.runs(node, styleId, pieces);
    return pieces;
  }

  private runs(node: XmlNode, paragraphStyle: string | null, pieces: Pieces): void {
    for (const child of childElements(node)) {
      switch (child.tagName) {
        case 'w:r':
          this.run(child, paragraphStyle, pieces);
          break;
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
        case 'w:moveTo':
          this.runs(child, paragraphStyle, pieces);
          break;
        case 'w:sdt': {
          const content = firstChild(child, 'w:sdtContent');
          if (content) this.runs(content, paragraphStyle, pieces);
          break;
        }
        default:
          break; // w:del, w:moveFrom (deleted text), bookmarks, proofing marks
      }
    }
  }

  private run(node: XmlNode, paragraphStyle: string | null, pieces: Pieces): void {
    const hint = this.styles.runFont(firstChild(node, 'w:rPr') ?? null, paragraphStyle);
    let text = '';
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'w:t') text += child.children.filter((c): c is string => typeof c === 'string').join('');
      else if (child.tagName === 'w:tab') text += '\t';
      else if (child.tagName === 'w:br' || child.tagName === 'w:cr') text += '\n';
      else if (child.tagName === 'w:noBreakHyphen') text += '-';
      else if (child.tagName === 'w:sym') text += symbolChar(child);
    }
    if (text) pieces.push({ text, hint: symbolHint(node) ?? hint });
  }
}

/** Cells of a row, including those wrapped in content controls. */
function cellsOf(tr: XmlNode): XmlNode[] {
  const cells: XmlNode[] = [];
  for (const child of childElements(tr)) {
    if (child.tagName === 'w:tc') cells.push(child);
    else if (child.tagName === 'w:sdt' || child.tagName === 'w:customXml') {
      const content = firstChild(child, 'w:sdtContent') ?? child;
      cells.push(...childElements(content, 'w:tc'));
    }
  }
  return cells;
}

/** w:sym stores a symbol-font character in the private use area (F0xx); its low byte is the font's code. */
function symbolChar(node: XmlNode): string {
  const code = parseInt(attribute(node, 'w:char') ?? '', 16);
  if (!Number.isFinite(code)) return '';
  return String.fromCharCode(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
}

function symbolHint(run: XmlNode): FontHint | null {
  const sym = firstChild(run, 'w:sym');
  return sym ? fontHint(attribute(sym, 'w:font')) : null;
}

/** Lays Word's rows (cells with gridSpan / vMerge) onto a grid. */
function layoutTable(rows: (RawCell & { text: string })[][]): Row[] {
  const grid: Cell[][] = [];
  let budget = LIMITS.maxMergedCells;
  rows.forEach((row, r) => {
    const cells: Cell[] = [];
    for (const raw of row) {
      const column = cells.length;
      if (column >= LIMITS.maxColumns) break;
      let origin: Cell = { text: raw.text };
      if (raw.merge === 'continue') {
        const above = r > 0 ? grid[r - 1][column] : undefined;
        origin = above && above.text ? { text: above.text, continuation: 'up' } : { text: raw.text };
      }
      cells.push(origin);
      for (let extra = 1; extra < raw.span && cells.length < LIMITS.maxColumns; extra++) {
        if (--budget < 0) break;
        cells.push(origin.text ? { text: origin.text, continuation: origin.continuation ?? 'left' } : { text: '' });
      }
    }
    grid.push(cells);
  });
  return grid.map((cells, r) => ({ line: r + 1, cells }));
}
