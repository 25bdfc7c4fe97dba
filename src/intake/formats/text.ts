import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import { cell, type Block, type QuoteLevel, type Row, type SourceDocument, type TextLine } from '../table/model';

/**
 * Plain text (a mail body, a .txt file, a form's free-text answer) → blocks: the lines as typed,
 * and, where lines hold tab- or bar-separated cells (a table pasted from Excel or Word), a grid.
 * Quoted parts of a reply ("> …", below "… đã viết:") and forwarded parts are marked as such.
 */
export function textDocument(text: string): SourceDocument {
  const warnings: string[] = [];
  let body = text.length > LIMITS.maxTextChars ? text.slice(0, LIMITS.maxTextChars) : text;
  body = body.normalize('NFC');
  let lines = body.split(/\r\n|\r|\n/);
  if (lines.length > LIMITS.maxLines || body.length < text.length) {
    lines = lines.slice(0, LIMITS.maxLines);
    warnings.push(warn.linesNotRead(lines.length));
  }
  return { blocks: textBlocks(lines, 1), warnings };
}

const FORWARD_MARKER = /^-{3,}\s*(forwarded message|tin nhắn (đã )?chuyển tiếp|thư (đã )?chuyển tiếp|original message|thư gốc)\s*-{3,}|^begin forwarded message:?$/i;
const REPLY_HEADER = /^(on .{4,200} wrote:|vào .{4,200} (đã )?viết:|le .{4,200} a écrit\s?:)$/i;

interface QuotedLine extends TextLine {
  readonly quote: QuoteLevel;
}

/** Splits lines into blocks by quote level; `firstLine` numbers the first line. */
export function textBlocks(lines: readonly string[], firstLine: number, baseQuote: QuoteLevel = 0): Block[] {
  const marked: QuotedLine[] = [];
  let level: QuoteLevel = baseQuote;
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (FORWARD_MARKER.test(trimmed)) level = Math.max(level, /original message|thư gốc/i.test(trimmed) ? 2 : 1) as QuoteLevel;
    else if (REPLY_HEADER.test(trimmed)) level = 2;
    const quoted = /^>/.test(trimmed);
    const text = quoted ? trimmed.replace(/^(>\s?)+/, '') : raw;
    marked.push({ text, line: firstLine + i, quote: quoted ? 2 : level });
  });
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 1; i <= marked.length; i++) {
    if (i === marked.length || marked[i].quote !== marked[start].quote) {
      blocks.push(...blocksOf(marked.slice(start, i)));
      start = i;
    }
  }
  return blocks;
}

function blocksOf(lines: readonly QuotedLine[]): Block[] {
  if (lines.length === 0) return [];
  const quote = lines[0].quote;
  const textBlock: Block = { kind: 'text', lines: lines.map(({ text, line }) => ({ text, line })), quote };
  const separated = lines.filter((line) => splitCells(line.text).length > 1).length;
  if (separated < 2) return [textBlock];
  const rows: Row[] = lines.map(({ text, line }) => ({ line, cells: splitCells(text).map((t) => cell(t.trim())) }));
  return [{ kind: 'grid', rows, quote }, textBlock];
}

/** A pasted table row: cells between tabs, or between "|" bars (Markdown-like tables). */
function splitCells(text: string): string[] {
  if (text.includes('\t')) return text.split('\t');
  const bars = text.split('|');
  if (bars.length >= 3) return bars.slice(text.trim().startsWith('|') ? 1 : 0, text.trim().endsWith('|') ? -1 : undefined);
  return [text];
}
