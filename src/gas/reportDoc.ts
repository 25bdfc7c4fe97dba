/**
 * Lays the report out in a Google Doc: A4, Times New Roman, the two-column administrative header,
 * the title, the numbered sections, then Nơi nhận beside the signature (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). Section headings are HEADING2 paragraphs and nothing else is, so a report made again
 * finds its data sections by their headings whatever the office wrote around them.
 */
import type { ReportDocs } from '../app/reports/makeReport';
import type { ReportBlock, ReportDocument, ReportSection } from '../ui/report/model';
import { headingKey } from '../ui/report/reportDocument';
import { archiveFolder, fileInArchive } from './archive';
import { isPermissionError } from './errors';
import type { KeyValueStore } from './properties';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const FONT = 'Times New Roman';
const TEXT_SIZE = 14;
const HEADER_SIZE = 13;
const TABLE_SIZE = 12;

/** Where new blocks go: at the end of the body, or from an index on (a section rewritten in place). */
interface Cursor {
  body: Body;
  at: number | null;
}

function attrs(values: Partial<Record<keyof typeof DocumentApp.Attribute, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[DocumentApp.Attribute[key as keyof typeof DocumentApp.Attribute] as unknown as string] = value;
  return out;
}

function paragraphStyle(options: { bold?: boolean; italic?: boolean; underline?: boolean; align?: GoogleAppsScript.Document.HorizontalAlignment; size?: number; heading?: boolean; indent?: boolean }): Record<string, unknown> {
  return attrs({
    FONT_FAMILY: FONT,
    FONT_SIZE: options.size ?? TEXT_SIZE,
    BOLD: options.bold ?? false,
    ITALIC: options.italic ?? false,
    UNDERLINE: options.underline ?? false,
    HORIZONTAL_ALIGNMENT: options.align ?? DocumentApp.HorizontalAlignment.JUSTIFY,
    HEADING: options.heading ? DocumentApp.ParagraphHeading.HEADING2 : DocumentApp.ParagraphHeading.NORMAL,
    INDENT_FIRST_LINE: options.indent ? 1 * 72 / 2.54 : 0,
    SPACING_AFTER: 6,
  });
}

function addParagraph(cursor: Cursor, text: string, style: Record<string, unknown>): Paragraph {
  const paragraph = cursor.at === null ? cursor.body.appendParagraph(text) : cursor.body.insertParagraph(cursor.at++, text);
  return paragraph.setAttributes(style);
}

function addTable(cursor: Cursor, cells: string[][]): GoogleAppsScript.Document.Table {
  return cursor.at === null ? cursor.body.appendTable(cells) : cursor.body.insertTable(cursor.at++, cells);
}

function writeBlock(cursor: Cursor, block: ReportBlock): void {
  if (block.kind === 'paragraph') {
    addParagraph(cursor, block.text, paragraphStyle({ bold: block.bold, italic: block.italic, indent: true }));
  } else if (block.kind === 'bullets') {
    for (const item of block.items) addParagraph(cursor, `- ${item}`, paragraphStyle({ indent: true }));
  } else {
    const cells = [block.head, ...block.rows, ...(block.total ? [block.total] : [])];
    const table = addTable(cursor, cells);
    table.setAttributes(attrs({ FONT_FAMILY: FONT, FONT_SIZE: TABLE_SIZE, BORDER_WIDTH: 1 }));
    // The header row and the total in bold, as a report's tables print them.
    table.getRow(0).editAsText().setBold(true);
    if (block.total) table.getRow(cells.length - 1).editAsText().setBold(true);
  }
}

function writeSection(cursor: Cursor, section: ReportSection): void {
  addParagraph(cursor, section.heading, paragraphStyle({ bold: true, heading: true, align: DocumentApp.HorizontalAlignment.LEFT }));
  for (const block of section.blocks) writeBlock(cursor, block);
}

/** A cell's lines as paragraphs, centred: the first line is the cell's own empty paragraph. */
function fillCell(cell: GoogleAppsScript.Document.TableCell, lines: readonly { text: string; bold?: boolean; italic?: boolean; underline?: boolean }[]): void {
  lines.forEach((line, i) => {
    const style = paragraphStyle({ bold: line.bold, italic: line.italic, underline: line.underline, align: DocumentApp.HorizontalAlignment.CENTER, size: HEADER_SIZE });
    if (i === 0) {
      const first = cell.getChild(0).asParagraph();
      first.setText(line.text);
      first.setAttributes(style);
    } else {
      cell.appendParagraph(line.text).setAttributes(style);
    }
  });
}

/** A borderless two-column table: how an administrative document sets its header and its signature. */
function twoColumns(cursor: Cursor, left: Parameters<typeof fillCell>[1], right: Parameters<typeof fillCell>[1]): void {
  const table = addTable(cursor, [['', '']]);
  table.setAttributes(attrs({ BORDER_WIDTH: 0 }));
  const usable = PAGE.width - PAGE.left - PAGE.right;
  table.setColumnWidth(0, usable * 0.45).setColumnWidth(1, usable * 0.55);
  fillCell(table.getCell(0, 0), left);
  fillCell(table.getCell(0, 1), right);
}

/** Writes the whole report into a new Doc's body (which starts with one empty paragraph). */
export function writeReport(body: Body, report: ReportDocument): void {
  body.setAttributes(attrs({ PAGE_WIDTH: PAGE.width, PAGE_HEIGHT: PAGE.height, MARGIN_TOP: PAGE.top, MARGIN_BOTTOM: PAGE.bottom, MARGIN_LEFT: PAGE.left, MARGIN_RIGHT: PAGE.right }));
  const cursor: Cursor = { body, at: 0 };
  const h = report.header;
  twoColumns(
    cursor,
    [...(h.parent ? [{ text: h.parent }] : []), { text: h.office, bold: true }, { text: '***' }, { text: h.number }],
    [{ text: h.union, bold: true, underline: true }, { text: '' }, { text: h.placeDate, italic: true }],
  );
  report.title.forEach((line, i) => addParagraph(cursor, line, paragraphStyle({ bold: i <= 1, align: DocumentApp.HorizontalAlignment.CENTER })));
  addParagraph(cursor, report.intro, paragraphStyle({ indent: true }));
  for (const section of report.sections) writeSection(cursor, section);
  addParagraph(cursor, report.closing, paragraphStyle({ indent: true }));
  twoColumns(
    cursor,
    [{ text: report.recipients.heading, bold: true, italic: true }, ...report.recipients.lines.map((text) => ({ text }))],
    signatureCell(report.signature),
  );
}

/** The committee's line and the title, room to sign, then the name (when the campaign gives one). */
function signatureCell(lines: readonly string[]): Parameters<typeof fillCell>[1] {
  const [onBehalf, title, name] = lines;
  return [
    { text: onBehalf, bold: true },
    ...(title ? [{ text: title, bold: true }] : []),
    { text: '' },
    { text: '' },
    { text: '' },
    ...(name ? [{ text: name, bold: true }] : []),
  ];
}

export interface SectionRewrite {
  /** Headings rewritten with the workbook's figures. */
  rewritten: string[];
  /** Data sections whose heading the office removed or renamed: left as the office wrote them. */
  notFound: string[];
}

/**
 * Replaces each data section of an existing report (from its heading to the next heading, or to
 * the closing paragraph) with the new figures; everything else, the office's own writing included,
 * stays. One read of the paragraphs, then only the changed children are touched.
 */
export function rewriteDataSections(body: Body, report: ReportDocument): SectionRewrite {
  const headings = body
    .getParagraphs()
    .filter((p) => p.getHeading() === DocumentApp.ParagraphHeading.HEADING2)
    .map((p) => ({ paragraph: p, key: headingKey(p.getText()) }));
  const outcome: SectionRewrite = { rewritten: [], notFound: [] };
  const closingKey = report.closing.trim();
  // From the last section up, so the indices of the earlier ones do not move.
  for (const section of [...report.sections].reverse()) {
    if (!section.data) continue;
    const at = headings.findIndex((h) => h.key === headingKey(section.heading));
    if (at < 0) {
      outcome.notFound.unshift(section.heading);
      continue;
    }
    const start = body.getChildIndex(headings[at].paragraph);
    const end = at + 1 < headings.length ? body.getChildIndex(headings[at + 1].paragraph) : closingIndex(body, start, closingKey);
    for (let i = end - 1; i > start; i--) body.removeChild(body.getChild(i));
    headings[at].paragraph.setText(section.heading);
    const cursor: Cursor = { body, at: start + 1 };
    for (const block of section.blocks) writeBlock(cursor, block);
    outcome.rewritten.unshift(section.heading);
  }
  return outcome;
}

/** The closing sentence after the last section, or the body's end when the office rewrote it. */
function closingIndex(body: Body, after: number, closing: string): number {
  const count = body.getNumChildren();
  for (let i = after + 1; i < count; i++) {
    const child = body.getChild(i);
    if (child.getType() === DocumentApp.ElementType.PARAGRAPH && child.asParagraph().getText().trim() === closing) return i;
  }
  return count;
}

/** The report's Docs: made in the office's archive folder, found again by id. */
export function googleReportDocs(store: KeyValueStore): ReportDocs {
  return {
    create(report, folderName) {
      // The folder first: a Doc made before a refusal there would be left loose in My Drive.
      const folder = archiveFolder(store, folderName);
      const doc = DocumentApp.create(report.name);
      const id = doc.getId();
      const url = doc.getUrl();
      writeReport(doc.getBody(), report);
      doc.saveAndClose();
      fileInArchive(id, folder);
      return { id, url };
    },
    rewrite(id, report) {
      let doc: GoogleAppsScript.Document.Document;
      try {
        doc = DocumentApp.openById(id);
      } catch (error) {
        // A missing scope is the installation's and must show; a draft deleted by hand is made anew.
        if (isPermissionError(error)) throw error;
        return null;
      }
      const url = doc.getUrl();
      const outcome = rewriteDataSections(doc.getBody(), report);
      doc.saveAndClose();
      return { url, ...outcome };
    },
  };
}
