import { decodeUtf8Lenient } from '../bytes';
import { convertDocumentTexts, fontHint, NO_HINT, type FontHint, type FontedText } from '../encoding/legacy';
import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import type { Block, Cell, Row, SourceDocument } from '../table/model';
import { attribute, childElements, findElement, findElements, firstChild, parseXml, textContent, type XmlNode } from '../xml';
import type { ZipReader } from '../zip';

/**
 * XLSX → one grid per visible sheet: shared and inline strings (with per-run fonts for TCVN3/VNI),
 * numbers, date serials shown as dd/MM/yyyy, and merged ranges copied into their cells.
 * `maxSheets`: a unit's attachment has a few; a whole workbook of the product has one per unit.
 */
export function xlsxDocument(zip: ZipReader, maxSheets: number = LIMITS.maxSheets): SourceDocument {
  const warnings: string[] = [];
  const styles = readStyles(zip);
  const shared = readSharedStrings(zip);
  const date1904 = /date1904\s*=\s*"(1|true)"/.test(readText(zip, 'xl/workbook.xml') ?? '');
  const raw: RawSheet[] = [];
  for (const sheet of listSheets(zip).slice(0, maxSheets)) {
    const xml = readText(zip, sheet.path);
    if (xml === null) continue;
    raw.push(readSheet(xml, sheet.name, shared, styles, date1904, warnings));
  }
  // Convert every text of the workbook together, so ambiguous cells follow the majority encoding.
  const pieces: FontedText[][] = [];
  for (const sheet of raw) for (const row of sheet.rows) for (const c of row.cells) pieces.push(c.pieces);
  const converted = convertDocumentTexts(pieces);
  let next = 0;
  const blocks: Block[] = raw.map((sheet) => {
    const rows = sheet.rows.map((row) => ({ line: row.line, cells: row.cells.map(() => ({ text: converted[next++] }) as Cell) }));
    return { kind: 'grid', rows: applyMerges(rows, sheet.merges), quote: 0, title: sheet.name };
  });
  return { blocks, warnings };
}

function readText(zip: ZipReader, path: string): string | null {
  const bytes = zip.read(path);
  return bytes ? decodeUtf8Lenient(bytes) : null;
}

interface SheetEntry {
  readonly name: string;
  readonly path: string;
}

function listSheets(zip: ZipReader): SheetEntry[] {
  const workbook = readText(zip, 'xl/workbook.xml');
  const rels = readText(zip, 'xl/_rels/workbook.xml.rels');
  // Some generators list no sheets (or a broken list): read the worksheet parts in order then.
  const unlisted = () =>
    zip
      .names()
      .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
      .sort((a, b) => sheetNumber(a) - sheetNumber(b))
      .map((path, i) => ({ name: `Sheet${i + 1}`, path }));
  if (workbook === null) return unlisted();
  const targets = new Map<string, string>();
  if (rels !== null) {
    for (const rel of findElements(parseXml(rels), 'Relationship')) {
      const target = attribute(rel, 'Target') ?? '';
      targets.set(attribute(rel, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
  }
  const sheets = findElements(parseXml(workbook), 'sheet');
  if (sheets.length === 0) return unlisted();
  return sheets
    .filter((sheet) => !/hidden/i.test(attribute(sheet, 'state') ?? ''))
    .map((sheet, i) => ({
      name: attribute(sheet, 'name') ?? `Sheet${i + 1}`,
      path: targets.get(attribute(sheet, 'r:id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`,
    }));
}

/** "xl/worksheets/sheet12.xml" → 12, so sheet10 sorts after sheet9. */
function sheetNumber(path: string): number {
  const digits = /(\d+)\.xml$/.exec(path);
  return digits ? Number(digits[1]) : 0;
}

interface Styles {
  readonly fonts: FontHint[];
  /** Per cell style (the `s` attribute): its font and whether it shows a date. */
  readonly cellFormats: { font: number; isDate: boolean }[];
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function readStyles(zip: ZipReader): Styles {
  const xml = readText(zip, 'xl/styles.xml');
  if (xml === null) return { fonts: [], cellFormats: [] };
  const root = parseXml(xml);
  const customDates = new Set<number>();
  for (const format of findElements(root, 'numFmt')) {
    const code = (attribute(format, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[dmy]/i.test(code) && !/^[#0.,%\s]*$/.test(code)) customDates.add(Number(attribute(format, 'numFmtId')));
  }
  const fontsNode = findElement(root, 'fonts');
  const fonts = fontsNode ? childElements(fontsNode, 'font').map((font) => fontHint(attribute(firstChild(font, 'name'), 'val'))) : [];
  const cellXfs = findElement(root, 'cellXfs');
  const cellFormats = cellXfs
    ? childElements(cellXfs, 'xf').map((xf) => {
        const numFmtId = Number(attribute(xf, 'numFmtId') ?? 0);
        return { font: Number(attribute(xf, 'fontId') ?? 0), isDate: BUILT_IN_DATE_FORMATS.has(numFmtId) || customDates.has(numFmtId) };
      })
    : [];
  return { fonts, cellFormats };
}

/** A shared string: its runs, each with the font its own rPr names (or none). */
type SharedString = { text: string; font: string | null }[];

function readSharedStrings(zip: ZipReader): SharedString[] {
  const xml = readText(zip, 'xl/sharedStrings.xml');
  if (xml === null) return [];
  return findElements(parseXml(xml), 'si').map(readRichText);
}

function readRichText(node: XmlNode): SharedString {
  const runs = childElements(node, 'r');
  if (runs.length === 0) {
    const t = firstChild(node, 't');
    return [{ text: t ? textContent(t) : '', font: null }];
  }
  return runs.map((run) => {
    const properties = firstChild(run, 'rPr');
    const font = properties ? attribute(firstChild(properties, 'rFont'), 'val') ?? null : null;
    return { text: childElements(run, 't').map(textContent).join(''), font };
  });
}

interface RawCell {
  readonly pieces: FontedText[];
}

interface RawRow {
  readonly line: number;
  readonly cells: RawCell[];
}

interface RawSheet {
  readonly name: string;
  readonly rows: RawRow[];
  readonly merges: string[];
}

function readSheet(xml: string, name: string, shared: SharedString[], styles: Styles, date1904: boolean, warnings: string[]): RawSheet {
  const root = parseXml(xml);
  const sheetData = findElement(root, 'sheetData');
  const rows: RawRow[] = [];
  let nextRow = 1;
  for (const rowNode of sheetData ? childElements(sheetData, 'row') : []) {
    if (rows.length >= LIMITS.maxRows) {
      warnings.push(warn.rowsNotRead(LIMITS.maxRows));
      break;
    }
    const line = Number(attribute(rowNode, 'r')) || nextRow;
    nextRow = line + 1;
    const cells: RawCell[] = [];
    let nextColumn = 0;
    for (const cellNode of childElements(rowNode, 'c')) {
      const reference = attribute(cellNode, 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      if (column < 0 || column >= LIMITS.maxColumns) continue;
      while (cells.length < column) cells.push({ pieces: [] });
      cells[column] = { pieces: cellPieces(cellNode, shared, styles, date1904) };
    }
    rows.push({ line, cells });
  }
  rows.sort((a, b) => a.line - b.line);
  const mergeNode = findElement(root, 'mergeCells');
  const merges = mergeNode ? childElements(mergeNode, 'mergeCell').map((m) => attribute(m, 'ref') ?? '') : [];
  return { name, rows, merges };
}

function cellPieces(node: XmlNode, shared: SharedString[], styles: Styles, date1904: boolean): FontedText[] {
  const type = attribute(node, 't') ?? 'n';
  const format = styles.cellFormats[Number(attribute(node, 's') ?? 0)];
  const cellFont = format ? styles.fonts[format.font] ?? NO_HINT : NO_HINT;
  const value = firstChild(node, 'v');
  const raw = value ? textContent(value) : '';
  const runs = (string: SharedString) => string.map((run) => ({ text: run.text, hint: run.font ? fontHint(run.font) : cellFont }));
  switch (type) {
    case 's':
      return runs(shared[Number(raw)] ?? []);
    case 'inlineStr': {
      const inline = firstChild(node, 'is');
      return inline ? runs(readRichText(inline)) : [];
    }
    case 'b':
      return [{ text: raw === '1' ? 'TRUE' : 'FALSE', hint: NO_HINT }];
    case 'n': {
      if (raw === '') return [];
      const number = Number(raw);
      if (!Number.isFinite(number)) return [{ text: raw, hint: NO_HINT }];
      return [{ text: format?.isDate ? formatSerialDate(number, date1904) : formatNumber(number), hint: NO_HINT }];
    }
    default:
      return [{ text: raw, hint: cellFont }];
  }
}

/** "AB12" → 27 (zero-based column). */
export function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/i.exec(reference);
  if (!letters || letters[0].length > 3) return -1;
  let index = 0;
  for (const letter of letters[0].toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function rowNumber(reference: string): number {
  const digits = /\d+$/.exec(reference);
  return digits ? Number(digits[0]) : -1;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** Excel's serial day (1900 system, with its phantom 29/02/1900) → "dd/MM/yyyy". */
function formatSerialDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  if (days < 1 || days > 2958465) return formatNumber(serial);
  const epoch = Date.UTC(1899, 11, days < 61 ? 31 : 30);
  const date = new Date(epoch + days * 86400000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Copies each merged range's first cell into the others (only rows the sheet has). */
function applyMerges(rows: Row[], merges: readonly string[]): Row[] {
  if (merges.length === 0) return rows;
  const byLine = new Map(rows.map((row, i) => [row.line, i]));
  const mutable = rows.map((row) => ({ line: row.line, cells: [...row.cells] }));
  let budget = LIMITS.maxMergedCells;
  for (const merge of merges.slice(0, 10000)) {
    const [from, to = from] = merge.split(':');
    const [top, bottom] = [rowNumber(from), rowNumber(to)];
    const [left, right] = [columnIndex(from), Math.min(columnIndex(to), LIMITS.maxColumns - 1)];
    if (top < 1 || bottom < top || left < 0 || right < left) continue;
    const originIndex = byLine.get(top);
    const text = originIndex === undefined ? '' : mutable[originIndex].cells[left]?.text ?? '';
    if (!text) continue;
    for (let r = firstAtOrAfter(mutable, top); r < mutable.length && mutable[r].line <= bottom; r++) {
      const row = mutable[r];
      for (let column = left; column <= right; column++) {
        if (row.line === top && column === left) continue;
        if (--budget < 0) return mutable;
        while (row.cells.length <= column) row.cells.push({ text: '' });
        row.cells[column] = { text, continuation: row.line === top ? 'left' : 'up' };
      }
    }
  }
  return mutable;
}

/** Index of the first row numbered `line` or later (rows are in sheet order). */
function firstAtOrAfter(rows: readonly { line: number }[], line: number): number {
  let [low, high] = [0, rows.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
