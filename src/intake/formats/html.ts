import { decodeTextBytes } from '../encoding/text-bytes';
import { bytesToBinary } from '../bytes';
import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import type { Block, Cell, QuoteLevel, Row, SourceDocument, TextLine } from '../table/model';
import { decodeEntities } from './html-entities';

/**
 * HTML (a Gmail body, a reply with the office's letter quoted below, a forward, a table saved
 * from Word or Excel as a web page) → blocks. A small tolerant tokenizer rather than an XML
 * parser, because mail HTML is rarely well formed. Quoted regions (blockquote, Gmail's
 * "gmail_quote", Outlook's reply header) are marked, forwarded ones separately.
 */
export function htmlDocument(html: string): SourceDocument {
  const warnings: string[] = [];
  const source = html.length > LIMITS.maxTextChars ? html.slice(0, LIMITS.maxTextChars) : html;
  if (source.length < html.length) warnings.push(warn.linesNotRead(LIMITS.maxLines));
  const builder = new HtmlBlockBuilder();
  tokenize(source, builder);
  return { blocks: builder.finish(), warnings };
}

/** An .html file: charset from a BOM or a <meta> tag, else detected. */
export function htmlFileDocument(bytes: Uint8Array): SourceDocument {
  const head = bytesToBinary(bytes, 0, Math.min(bytes.length, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return htmlDocument(decodeTextBytes(bytes, meta ? meta[1] : null).text);
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'section',
  'article', 'header', 'footer', 'address', 'center', 'dd', 'dt', 'dl', 'form', 'fieldset', 'caption',
]);
const SKIPPED_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'xml', 'svg', 'object']);
const FORWARD_TEXT = /(forwarded message|tin nhắn (đã )?chuyển tiếp|thư (đã )?chuyển tiếp|begin forwarded message)/i;

interface Tokens {
  open(tag: string, attributes: string, selfClosing: boolean): void;
  close(tag: string): void;
  text(text: string): void;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<\/\s*([a-zA-Z][\w:-]*)[^>]*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

function tokenize(html: string, tokens: Tokens): void {
  let skipping: string | null = null;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [whole, closeTag, openTag, attributes = ''] = match;
    if (closeTag) {
      const tag = closeTag.toLowerCase();
      if (skipping) {
        if (tag === skipping) skipping = null;
        continue;
      }
      tokens.close(tag);
    } else if (openTag) {
      if (skipping) continue;
      const tag = openTag.toLowerCase();
      const selfClosing = /\/\s*$/.test(attributes);
      if (SKIPPED_CONTENT.has(tag) && !selfClosing) {
        skipping = tag;
        continue;
      }
      tokens.open(tag, attributes, selfClosing);
    } else if (whole[0] !== '<' || whole === '<') {
      if (!skipping) tokens.text(whole);
    }
  }
}

function attributeValue(attributes: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : '';
}

interface HtmlCell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface HtmlTable {
  rows: HtmlCell[][];
  cell: HtmlCell | null;
  quote: QuoteLevel;
}

interface Region {
  tag: string;
  level: QuoteLevel | null;
}

class HtmlBlockBuilder implements Tokens {
  private readonly blocks: Block[] = [];
  private lines: TextLine[] = [];
  private line = '';
  private lineNumber = 1;
  private linesQuote: QuoteLevel = 0;
  private readonly tables: HtmlTable[] = [];
  private readonly regions: Region[] = [];
  /** Outlook puts its reply header in a div and never closes the quote: the rest is quoted. */
  private restQuoted = false;
  private preformatted = 0;

  open(tag: string, attributes: string, selfClosing: boolean): void {
    if (tag === 'div' || tag === 'blockquote') {
      const className = attributeValue(attributes, 'class');
      const id = attributeValue(attributes, 'id');
      if (/\bdivRplyFwdMsg\b|OutlookMessageHeader/i.test(id + ' ' + className)) this.restQuoted = true;
      const quoting = tag === 'blockquote' || /\b(gmail_quote|yahoo_quoted|moz-cite-prefix|gmail_extra)\b/.test(className);
      if (!selfClosing) this.regions.push({ tag, level: quoting ? 2 : null });
      this.breakLine();
      return;
    }
    if (tag === 'pre') this.preformatted++;
    if (tag === 'table') {
      this.breakLine();
      if (this.tables.length === 0) this.flushLines();
      this.tables.push({ rows: [], cell: null, quote: this.quote() });
      return;
    }
    const table = this.tables[this.tables.length - 1];
    if (table && tag === 'tr') {
      table.rows.push([]);
      table.cell = null;
      return;
    }
    if (table && (tag === 'td' || tag === 'th')) {
      if (table.rows.length === 0) table.rows.push([]);
      const cell: HtmlCell = {
        text: '',
        colspan: clampSpan(attributeValue(attributes, 'colspan'), LIMITS.maxColumns),
        rowspan: clampSpan(attributeValue(attributes, 'rowspan'), 1000),
      };
      table.rows[table.rows.length - 1].push(cell);
      table.cell = cell;
      return;
    }
    if (BLOCK_TAGS.has(tag)) this.breakLine();
  }

  close(tag: string): void {
    if (tag === 'div' || tag === 'blockquote') {
      const index = this.regions.map((r) => r.tag).lastIndexOf(tag);
      if (index >= 0) this.regions.length = index;
      this.breakLine();
      return;
    }
    if (tag === 'pre') this.preformatted = Math.max(0, this.preformatted - 1);
    if (tag === 'table') {
      const table = this.tables.pop();
      if (!table) return;
      if (this.tables.length === 0) this.flushLines();
      this.blocks.push({ kind: 'grid', rows: expandSpans(table.rows), quote: table.quote });
      return;
    }
    const table = this.tables[this.tables.length - 1];
    if (table && (tag === 'td' || tag === 'th' || tag === 'tr')) {
      table.cell = null;
      return;
    }
    if (BLOCK_TAGS.has(tag)) this.breakLine();
  }

  text(raw: string): void {
    const decoded = decodeEntities(raw);
    const text = this.preformatted ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' ');
    if (FORWARD_TEXT.test(text)) {
      const region = [...this.regions].reverse().find((r) => r.level !== null);
      if (region) region.level = 1;
    }
    const table = this.tables[this.tables.length - 1];
    if (table) {
      if (table.cell) table.cell.text += text;
      return;
    }
    const quote = this.quote();
    if (quote !== this.linesQuote && (this.line.trim() || this.lines.length)) {
      this.breakLine();
      this.flushLines();
    }
    this.linesQuote = quote;
    if (this.preformatted && text.includes('\n')) {
      const parts = text.split(/\r?\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.breakLine();
        this.line += part;
      });
      return;
    }
    this.line += text;
  }

  finish(): Block[] {
    while (this.tables.length) this.close('table');
    this.breakLine();
    this.flushLines();
    return this.blocks;
  }

  /** 2 inside any quoted reply, 1 inside a forward only, 0 for the sender's own text. */
  private quote(): QuoteLevel {
    if (this.restQuoted) return 2;
    let level: QuoteLevel = 0;
    for (const region of this.regions) {
      if (region.level === 2) return 2;
      if (region.level === 1) level = 1;
    }
    return level;
  }

  private breakLine(): void {
    const table = this.tables[this.tables.length - 1];
    if (table) {
      if (table.cell && table.cell.text && !table.cell.text.endsWith('\n')) table.cell.text += '\n';
      return;
    }
    const text = this.line.trim();
    if (text) this.lines.push({ text, line: this.lineNumber++ });
    this.line = '';
    if (this.lines.length >= LIMITS.maxLines) this.flushLines();
  }

  private flushLines(): void {
    if (this.lines.length) this.blocks.push({ kind: 'text', lines: this.lines, quote: this.linesQuote });
    this.lines = [];
  }
}

function clampSpan(value: string, maximum: number): number {
  const span = parseInt(value, 10);
  return Number.isFinite(span) && span > 1 ? Math.min(span, maximum) : 1;
}

/** Lays out rows of cells with colspan/rowspan on a grid, as browsers do, copying merged text. */
function expandSpans(rows: readonly HtmlCell[][]): Row[] {
  const grid: (Cell | undefined)[][] = [];
  let budget = LIMITS.maxMergedCells;
  const limitedRows = rows.slice(0, LIMITS.maxRows);
  limitedRows.forEach((cells, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const source of cells) {
      while (grid[r][column]) column++;
      if (column >= LIMITS.maxColumns) break;
      const text = source.text.replace(/[ \t]*\n[ \t]*/g, '\n').trim();
      const rowspan = Math.min(source.rowspan, limitedRows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < source.colspan && column + dc < LIMITS.maxColumns; dc++) {
          if (dr === 0 && dc === 0) {
            grid[r][column] = { text };
            continue;
          }
          if (--budget < 0) continue;
          grid[r + dr] ??= [];
          grid[r + dr][column + dc] = { text, continuation: dr === 0 ? 'left' : 'up' };
        }
      }
      column += source.colspan;
    }
  });
  return grid.map((cells, r) => ({ line: r + 1, cells: Array.from(cells ?? [], (c) => c ?? { text: '' }) }));
}
