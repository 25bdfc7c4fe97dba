/**
 * A Doc as a .docx (WordprocessingML), Node-only: what Drive's export gives and what `npm start`
 * writes, so the report opens in Word or LibreOffice. Kept: paragraphs with their heading style,
 * alignment, indents, spacing and character formatting (bold, italic, underline, strikethrough,
 * size, font, colour); list items with their glyph and level; tables with column widths, borders
 * (none at 0 pt), cell widths, shading and vertical alignment; page breaks; page size and margins.
 * Sizes are points in the model: twentieths of a point (twips) here, half-points for font sizes,
 * eighths for borders.
 */
import { strToU8, zipSync } from 'fflate';
import type { AlignmentName, BlockNode, BodyNode, CellNode, CharStyle, GlyphName, HeadingName, ParagraphNode, TableNode } from './model';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const twips = (pt: number) => Math.round(pt * 20);

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

const STYLE_IDS: Readonly<Record<HeadingName, string | null>> = {
  NORMAL: null, HEADING1: 'Heading1', HEADING2: 'Heading2', HEADING3: 'Heading3', HEADING4: 'Heading4', HEADING5: 'Heading5',
  HEADING6: 'Heading6', TITLE: 'Title', SUBTITLE: 'Subtitle',
};
const JC: Readonly<Record<AlignmentName, string>> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'both' };
const NUM_FORMAT: Readonly<Record<GlyphName, { fmt: string; text: (level: number) => string }>> = {
  BULLET: { fmt: 'bullet', text: () => '•' },
  HOLLOW_BULLET: { fmt: 'bullet', text: () => '◦' },
  SQUARE_BULLET: { fmt: 'bullet', text: () => '▪' },
  NUMBER: { fmt: 'decimal', text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { fmt: 'upperLetter', text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { fmt: 'lowerLetter', text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { fmt: 'upperRoman', text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { fmt: 'lowerRoman', text: (l) => `%${l + 1}.` },
};
const GLYPHS = Object.keys(NUM_FORMAT) as GlyphName[];

/** Numbering instances: one per list (its id), numbered from 1, on its first item's glyph. */
class Lists {
  readonly #ids = new Map<string, { num: number; glyph: GlyphName }>();
  num(listId: string, glyph: GlyphName): number {
    const known = this.#ids.get(listId);
    if (known) return known.num;
    const num = this.#ids.size + 1;
    this.#ids.set(listId, { num, glyph });
    return num;
  }
  xml(): string {
    const abstracts = GLYPHS.map((g, i) => {
      const levels = Array.from({ length: 9 }, (_, l) =>
        `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${NUM_FORMAT[g].fmt}"/><w:lvlText w:val="${escape(NUM_FORMAT[g].text(l))}"/>` +
        `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (l + 1)}" w:hanging="360"/></w:pPr></w:lvl>`).join('');
      return `<w:abstractNum w:abstractNumId="${i}">${levels}</w:abstractNum>`;
    }).join('');
    const nums = [...this.#ids.values()].map(({ num, glyph }) => `<w:num w:numId="${num}"><w:abstractNumId w:val="${GLYPHS.indexOf(glyph)}"/></w:num>`).join('');
    return `${XML}<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
  }
}

function sameStyle(a: CharStyle, b: CharStyle): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strikethrough === b.strikethrough &&
    a.fontSize === b.fontSize && a.fontFamily === b.fontFamily && a.foregroundColor === b.foregroundColor;
}

function runProperties(s: CharStyle): string {
  const parts: string[] = [];
  if (s.fontFamily) parts.push(`<w:rFonts w:ascii="${escape(s.fontFamily)}" w:hAnsi="${escape(s.fontFamily)}" w:cs="${escape(s.fontFamily)}"/>`);
  if (s.bold) parts.push('<w:b/><w:bCs/>');
  if (s.italic) parts.push('<w:i/><w:iCs/>');
  if (s.strikethrough) parts.push('<w:strike/>');
  if (s.foregroundColor) parts.push(`<w:color w:val="${s.foregroundColor.replace('#', '').toUpperCase()}"/>`);
  if (s.fontSize) parts.push(`<w:sz w:val="${Math.round(s.fontSize * 2)}"/><w:szCs w:val="${Math.round(s.fontSize * 2)}"/>`);
  if (s.underline) parts.push('<w:u w:val="single"/>');
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** Text with its tabs and line breaks as Word's own elements. */
function runContent(text: string): string {
  return text.split(/(\t|\r\n|\r|\n|\v)/).map((piece) => {
    if (piece === '\t') return '<w:tab/>';
    if (/^(\r\n|\r|\n|\v)$/.test(piece)) return '<w:br/>';
    return piece ? `<w:t xml:space="preserve">${escape(piece)}</w:t>` : '';
  }).join('');
}

function runs(p: ParagraphNode): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= p.text.length; i++) {
    if (i < p.text.length && sameStyle(p.styles[i] ?? {}, p.styles[start] ?? {})) continue;
    out.push(`<w:r>${runProperties(p.styles[start] ?? {})}${runContent(p.text.slice(start, i))}</w:r>`);
    start = i;
  }
  return out.join('');
}

function paragraphXml(p: ParagraphNode, lists: Lists): string {
  const props: string[] = [];
  const style = STYLE_IDS[p.heading];
  if (style) props.push(`<w:pStyle w:val="${style}"/>`);
  if (p.list) props.push(`<w:numPr><w:ilvl w:val="${p.list.nesting}"/><w:numId w:val="${lists.num(p.list.listId, p.list.glyph)}"/></w:numPr>`);
  const spacing = [
    p.spacingBefore !== null ? `w:before="${twips(p.spacingBefore)}"` : '',
    p.spacingAfter !== null ? `w:after="${twips(p.spacingAfter)}"` : '',
    p.lineSpacing !== null ? `w:line="${Math.round(p.lineSpacing * 240)}" w:lineRule="auto"` : '',
  ].filter(Boolean);
  if (spacing.length) props.push(`<w:spacing ${spacing.join(' ')}/>`);
  const ind = [
    p.indentStart !== null ? `w:left="${twips(p.indentStart)}"` : '',
    p.indentEnd !== null ? `w:right="${twips(p.indentEnd)}"` : '',
    // Docs' first-line indent is where the first line starts; Word's is relative to the left indent.
    p.indentFirstLine !== null ? firstLine(p.indentFirstLine - (p.indentStart ?? 0)) : '',
  ].filter(Boolean);
  if (ind.length) props.push(`<w:ind ${ind.join(' ')}/>`);
  if (p.alignment) props.push(`<w:jc w:val="${JC[p.alignment]}"/>`);
  const pageBreak = p.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : '';
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${runs(p)}${pageBreak}</w:p>`;
}

function firstLine(delta: number): string {
  return delta >= 0 ? `w:firstLine="${twips(delta)}"` : `w:hanging="${twips(-delta)}"`;
}

/** Column widths in points: those set, the rest sharing what is left of `available` evenly. */
function columnWidths(table: TableNode, available: number): number[] {
  const count = Math.max(table.columnWidths.length, ...table.rows.map((r) => r.cells.length));
  const set = Array.from({ length: count }, (_, i) => table.columnWidths[i] ?? table.rows[0]?.cells[i]?.width ?? null);
  const fixed = set.reduce<number>((n, w) => n + (w ?? 0), 0);
  const free = set.filter((w) => w === null).length;
  const share = free ? Math.max(36, (available - fixed) / free) : 0;
  return set.map((w) => w ?? share);
}

function border(table: TableNode): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const edge = table.borderWidth <= 0
    ? 'w:val="nil"'
    : `w:val="single" w:sz="${Math.max(2, Math.round(table.borderWidth * 8))}" w:space="0" w:color="${table.borderColor.replace('#', '').toUpperCase()}"`;
  return `<w:tblBorders>${sides.map((s) => `<w:${s} ${edge}/>`).join('')}</w:tblBorders>`;
}

function cellXml(cell: CellNode, width: number, lists: Lists): string {
  const props = [`<w:tcW w:w="${twips(cell.width ?? width)}" w:type="dxa"/>`];
  if (cell.background) props.push(`<w:shd w:val="clear" w:color="auto" w:fill="${cell.background.replace('#', '').toUpperCase()}"/>`);
  const pad = (['top', 'left', 'bottom', 'right'] as const).filter((s) => cell.padding[s] !== null);
  if (pad.length) props.push(`<w:tcMar>${pad.map((s) => `<w:${s} w:w="${twips(cell.padding[s]!)}" w:type="dxa"/>`).join('')}</w:tcMar>`);
  if (cell.verticalAlignment) props.push(`<w:vAlign w:val="${cell.verticalAlignment.toLowerCase()}"/>`);
  const inner = cell.width ?? width;
  let content = blocksXml(cell.children, inner, lists);
  // A cell must end with a paragraph in WordprocessingML.
  if (cell.children.length === 0 || cell.children[cell.children.length - 1]!.kind === 'table') content += '<w:p/>';
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${content}</w:tc>`;
}

function tableXml(table: TableNode, available: number, lists: Lists): string {
  const widths = columnWidths(table, available);
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('');
  const rows = table.rows.map((r) => {
    const height = r.minHeight !== null ? `<w:trPr><w:trHeight w:val="${twips(r.minHeight)}" w:hRule="atLeast"/></w:trPr>` : '';
    const cells = widths.map((w, i) => (r.cells[i] ? cellXml(r.cells[i]!, w, lists) : `<w:tc><w:tcPr><w:tcW w:w="${twips(w)}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`));
    return `<w:tr>${height}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${twips(total)}" w:type="dxa"/>${border(table)}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function blocksXml(blocks: readonly BlockNode[], available: number, lists: Lists): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? paragraphXml(b, lists) : tableXml(b, available, lists))).join('');
}

/** Docs' built-in styles: Arial 11 pt text; headings, title and subtitle at Docs' sizes. */
function stylesXml(): string {
  const heading = (id: string, name: string, size: number, extra = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${Math.max(0, Number(id.replace(/\D/g, '') || '1') - 1)}"/></w:pPr>` +
    `<w:rPr>${extra}<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr></w:style>`;
  return `${XML}<w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    heading('Heading1', 'heading 1', 20) + heading('Heading2', 'heading 2', 16) + heading('Heading3', 'heading 3', 14) +
    heading('Heading4', 'heading 4', 12) + heading('Heading5', 'heading 5', 11) + heading('Heading6', 'heading 6', 11, '<w:i/>') +
    heading('Title', 'Title', 26) + heading('Subtitle', 'Subtitle', 15) +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>';
}

export interface DocxMeta {
  title: string;
}

export function bodyToDocx(body: BodyNode, meta: DocxMeta): Uint8Array {
  const lists = new Lists();
  const available = body.pageWidth - body.marginLeft - body.marginRight;
  const content = blocksXml(body.children, available, lists);
  const section = `<w:sectPr><w:pgSz w:w="${twips(body.pageWidth)}" w:h="${twips(body.pageHeight)}"/>` +
    `<w:pgMar w:top="${twips(body.marginTop)}" w:right="${twips(body.marginRight)}" w:bottom="${twips(body.marginBottom)}" w:left="${twips(body.marginLeft)}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${escape(meta.title)}</dc:title></cp:coreProperties>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
        '</Relationships>',
    ),
    'word/styles.xml': strToU8(stylesXml()),
    'word/numbering.xml': strToU8(lists.xml()),
    'word/document.xml': strToU8(`${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${content}${section}</w:body></w:document>`),
  });
}
