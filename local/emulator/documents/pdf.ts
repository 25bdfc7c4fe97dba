/**
 * A Doc as a minimal, valid PDF 1.4, Node-only: its text only, wrapped to the page, in the
 * standard Times fonts (bold where the paragraph starts bold), one line per table row with its
 * cells separated by " | ". Google renders the real layout; this stands in so a PDF attachment
 * exists, has pages and says what the Doc says. The standard fonts' WinAnsi encoding has no
 * Vietnamese letters beyond Latin-1, so others are written without their marks (ệ as e): the
 * emulator's PDF is for structure, the DOCX for reading the text.
 */
import { blocksText, type BlockNode, type BodyNode, type ParagraphNode } from './model';

interface Line {
  text: string;
  size: number;
  bold: boolean;
  align: 'left' | 'center' | 'right';
}

/** Latin-1 letters stay (WinAnsi has them); others lose their marks; đ/Đ become d/D. */
function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out += ch;
    else if (ch === 'đ') out += 'd';
    else if (ch === 'Đ') out += 'D';
    else if (ch === '–' || ch === '—') out += '-';
    else if (ch === '“' || ch === '”') out += '"';
    else if (ch === '‘' || ch === '’') out += "'";
    else {
      const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      const fits = [...base].every((c) => c.codePointAt(0)! < 0x100);
      out += fits ? base : '?';
    }
  }
  return out;
}

function pdfString(text: string): string {
  const bytes = [...winAnsi(text)].map((c) => c.codePointAt(0)!);
  return bytes.map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b < 0x20 || b > 0x7e ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b))).join('');
}

/** Wraps at a width in points, with Times' average glyph width (half the size) as the measure. */
function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.5)));
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\v/)) {
    let rest = raw;
    while (rest.length > perLine) {
      const cut = rest.lastIndexOf(' ', perLine);
      const at = cut > 0 ? cut : perLine;
      lines.push(rest.slice(0, at));
      rest = rest.slice(at).trimStart();
    }
    lines.push(rest);
  }
  return lines;
}

const HEADING_SIZE: Readonly<Record<string, number>> = { TITLE: 26, SUBTITLE: 15, HEADING1: 20, HEADING2: 16, HEADING3: 14, HEADING4: 12 };

function paragraphLines(p: ParagraphNode, width: number): Line[] {
  const first = p.styles[0] ?? {};
  const size = first.fontSize ?? HEADING_SIZE[p.heading] ?? 11;
  const align = p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left';
  const prefix = p.list ? '• ' : '';
  return wrap(prefix + p.text, size, width).map((text) => ({ text, size, bold: first.bold === true, align }));
}

function blockLines(blocks: readonly BlockNode[], width: number): Line[] {
  const lines: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(...paragraphLines(b, width));
    else for (const row of b.rows) {
      const text = row.cells.map((c) => blocksText(c.children).replace(/\n/g, ' ')).join(' | ');
      lines.push(...wrap(text, 10, width).map((t) => ({ text: t, size: 10, bold: false, align: 'left' as const })));
    }
  }
  return lines;
}

export function bodyToPdf(body: BodyNode, title: string): Uint8Array {
  const width = body.pageWidth - body.marginLeft - body.marginRight;
  const lines = blockLines(body.children, width);
  const pages: string[] = [];
  let ops: string[] = [];
  let y = body.pageHeight - body.marginTop;
  for (const line of lines) {
    const lead = line.size * 1.2;
    if (y - lead < body.marginBottom && ops.length) {
      pages.push(ops.join('\n'));
      ops = [];
      y = body.pageHeight - body.marginTop;
    }
    y -= lead;
    const measure = winAnsi(line.text).length * line.size * 0.5;
    const x = line.align === 'center' ? body.marginLeft + (width - measure) / 2 : line.align === 'right' ? body.marginLeft + width - measure : body.marginLeft;
    ops.push(`BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${Math.max(0, x).toFixed(2)} ${y.toFixed(2)} Td (${pdfString(line.text)}) Tj ET`);
  }
  pages.push(ops.join('\n'));

  const objects: string[] = [];
  const add = (object: string) => objects.push(object);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const firstPage = 6;
  const kids = pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>');
  add(`<< /Title (${pdfString(title)}) /Producer (Emulator) >>`);
  for (const [i, content] of pages.entries()) {
    const contentRef = firstPage + i * 2 + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${body.pageWidth.toFixed(2)} ${body.pageHeight.toFixed(2)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentRef} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** For tests: the strings the PDF shows, in order (the inverse of pdfString for its own output). */
export function pdfTexts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...text.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\([0-7]{3}|.)/g, (_, e: string) => (e.length === 3 ? String.fromCharCode(parseInt(e, 8)) : e)));
}
