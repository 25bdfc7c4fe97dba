import { escapeHtml, linkHtml, openTag, STYLE } from './html';
import { letterText } from './messages';
import type { Email } from './types';

/**
 * A letter is written once as a small document model and rendered twice, to plain text and to
 * HTML, so the two bodies cannot say different things and escaping happens in one renderer
 * instead of in every template.
 */

/** A run of text inside a paragraph or list item. A link's `label` is shown only in HTML. */
export type Inline = string | { strong: string } | { href: string; label?: string };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | {
      kind: 'table';
      head: string[];
      rows: string[][];
      /**
       * How the plain-text body shows the table: `records` as numbered lines ("1. A: head: cell;
       * …", for reading), `grid` as `|`-separated rows (for a template the reader copies).
       */
      text: 'records' | 'grid';
    };

export interface Letter {
  subject: string;
  /** Who the letter is for, after "Kính gửi: ". */
  recipient: string;
  blocks: Block[];
  /** Lines of the signature block, top to bottom. */
  signature: string[];
  footer: string;
}

export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const heading = (text: string): Block => ({ kind: 'heading', text });

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** `1` → `I`: how a letter numbers its sections. */
export function romanNumeral(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** How many sections (headings) the blocks hold: the number the next one gets, less one. */
export function sectionCount(blocks: readonly Block[]): number {
  return blocks.filter((block) => block.kind === 'heading').length;
}

/** Numbers the headings in the order they are shown (I, II, III…): a section left out leaves no gap. */
export function numberedSections(blocks: readonly Block[]): Block[] {
  let n = 0;
  return blocks.map((block) => (block.kind === 'heading' ? { ...block, text: `${romanNumeral(++n)}. ${block.text}` } : block));
}
export const bulletList = (items: Inline[][]): Block => ({ kind: 'list', ordered: false, items });
export const numberedList = (items: Inline[][]): Block => ({ kind: 'list', ordered: true, items });

/** Text from sheets may be NFD (typed on some phones): letters go out NFC. */
export function renderLetter(letter: Letter): Email {
  return {
    subject: oneLine(letter.subject),
    text: renderText(letter).normalize('NFC'),
    html: renderHtml(letter).normalize('NFC'),
  };
}

/** A subject is one header line: no line breaks from a sheet cell can split it. */
export function oneLine(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim().normalize('NFC');
}

function inlineText(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('strong' in part) return part.strong;
      // The label is the HTML link's words; in plain text the address itself is what can be opened.
      return part.href;
    })
    .join('');
}

function inlineHtml(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
      return linkHtml(part.href, part.label);
    })
    .join('');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return block.text;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineText(item)}`).join('\n');
    case 'table':
      if (block.text === 'grid') return [block.head, ...block.rows].map((row) => row.join(' | ').trimEnd()).join('\n');
      return block.rows.map((row, i) => `${i + 1}. ${recordText(block.head, row)}`).join('\n');
  }
}

/** "Chi đoàn A: Số đoàn viên: 24; Xếp loại năm 2015: Khá" — empty cells left out. */
function recordText(head: readonly string[], row: readonly string[]): string {
  const [first, ...rest] = row;
  const fields = rest
    .map((cell, i) => (cell ? (head.length > 2 ? `${head[i + 1]}: ${cell}` : cell) : ''))
    .filter(Boolean);
  return fields.length ? `${first}: ${fields.join('; ')}` : first;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `${openTag('p', STYLE.paragraph)}${inlineHtml(block.content)}</p>`;
    case 'heading':
      return `${openTag('p', STYLE.heading)}${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `${openTag('li', STYLE.listItem)}${inlineHtml(item)}</li>`).join('');
      return `${openTag(tag, STYLE.list)}${items}</${tag}>`;
    }
    case 'table': {
      const head = `<tr>${block.head.map((cell) => `${openTag('th', STYLE.th)}${escapeHtml(cell)}</th>`).join('')}</tr>`;
      const rows = block.rows
        .map((row) => `<tr>${row.map((cell) => `${openTag('td', STYLE.td)}${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `${openTag('table', STYLE.table, ' cellpadding="0" cellspacing="0"')}${head}${rows}</table>`;
    }
  }
}

function renderText(letter: Letter): string {
  const parts = [`${letterText.salutation} ${letter.recipient}`, ...letter.blocks.map(blockText), letter.signature.join('\n'), `--\n${letter.footer}`];
  return `${parts.join('\n\n')}\n`;
}

function renderHtml(letter: Letter): string {
  const salutation = `${openTag('p', STYLE.paragraph)}${escapeHtml(letterText.salutation)} <strong>${escapeHtml(letter.recipient)}</strong></p>`;
  const signature = `${openTag('p', STYLE.signature)}${letter.signature.map(escapeHtml).join('<br>')}</p>`;
  const footer = `${openTag('p', STYLE.footer)}${escapeHtml(letter.footer)}</p>`;
  return `${openTag('div', STYLE.body)}${salutation}${letter.blocks.map(blockHtml).join('')}${signature}${footer}</div>`;
}
