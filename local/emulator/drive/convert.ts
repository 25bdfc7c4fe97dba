/**
 * How the emulator's Drive turns an Office 97–2003 upload into a Google file and exports it again,
 * with Node-only libraries (never bundled): SheetJS reads the .xls (BIFF8) and writes the .xlsx;
 * word-extractor reads the .doc's text, which is laid out again as paragraphs and tables in a
 * minimal .docx. Google's own conversion keeps more (formatting, merged cells); what is kept here
 * is what the intake reads: cell values, paragraphs, table rows.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { docBlocks, type DocLayoutBlock } from './docBlocks';

export class ConversionError extends Error {}

export function xlsToXlsx(bytes: Uint8Array): Uint8Array {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  } catch (error) {
    throw new ConversionError(error instanceof Error ? error.message : String(error));
  }
  if (workbook.SheetNames.length === 0) throw new ConversionError('no worksheet');
  return new Uint8Array(XLSX.write(workbook, { bookType: 'xlsx', type: 'array', bookSST: true }) as ArrayBuffer);
}

const DOC_TEXT = path.join(__dirname, 'doc-text.cjs');

/** The .doc's main text, as word-extractor gives it (cell marks as tabs, paragraph marks as newlines). */
export function docText(bytes: Uint8Array): string {
  const child = spawnSync(process.execPath, [DOC_TEXT], { input: bytes, maxBuffer: 64 * 1024 * 1024, timeout: 30_000 });
  if (child.status !== 0) throw new Error(`Emulator: word-extractor failed: ${child.stderr.toString()}`);
  const answer = JSON.parse(child.stdout.toString('utf8')) as { text?: string; error?: string };
  if (answer.error !== undefined || answer.text === undefined) throw new ConversionError(answer.error ?? 'no text');
  return answer.text;
}

export function docToDocx(bytes: Uint8Array): Uint8Array {
  return blocksToDocx(docBlocks(docText(bytes)));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

function blockXml(block: DocLayoutBlock): string {
  if ('paragraph' in block) return paragraph(block.paragraph);
  const rows = block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

export function blocksToDocx(blocks: readonly DocLayoutBlock[]): Uint8Array {
  const body = blocks.map(blockXml).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(`${XML}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}
