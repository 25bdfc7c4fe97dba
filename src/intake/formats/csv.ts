import { decodeTextBytes } from '../encoding/text-bytes';
import { LIMITS } from '../limits';
import { intakeWarnings as warn } from '../messages';
import { cell, type Row, type SourceDocument } from '../table/model';

/**
 * CSV as Excel writes it: UTF-8 with or without a BOM, or windows-1258 from Vietnamese Excel;
 * separated by commas, semicolons (regional settings) or tabs ("Unicode text"); quoted fields
 * may hold separators, doubled quotes and line breaks.
 */
export function csvDocument(bytes: Uint8Array): SourceDocument {
  return csvTextDocument(decodeTextBytes(bytes).text);
}

export function csvTextDocument(text: string): SourceDocument {
  const warnings: string[] = [];
  const cut = text.length > LIMITS.maxTextChars;
  let body = cut ? text.slice(0, LIMITS.maxTextChars) : text;
  let separator = detectSeparator(body);
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    separator = hint[1];
    body = body.slice(hint[0].length);
  }
  const records = parseCsv(body, separator, LIMITS.maxLines);
  if (records.truncated || cut) warnings.push(warn.rowsNotRead(records.rows.length));
  const rows: Row[] = records.rows.map((record) => ({
    line: record.line,
    cells: record.fields.slice(0, LIMITS.maxColumns).map((field) => cell(field)),
  }));
  return { blocks: [{ kind: 'grid', rows, quote: 0 }], warnings };
}

/** The separator that splits the first lines most consistently (outside quotes). */
export function detectSeparator(text: string): string {
  const sample = text.slice(0, 20000).split(/\r?\n/).slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const separator of [',', ';', '\t', '|']) {
    const counts = sample.map((line) => countOutsideQuotes(line, separator)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const score = counts.length * 10 + Math.min(...counts);
    if (score > bestScore) [best, bestScore] = [separator, score];
  }
  return best;
}

function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) count++;
  }
  return count;
}

export interface CsvRecord {
  readonly fields: string[];
  /** The line the record starts on (1-based), as a spreadsheet would number it. */
  readonly line: number;
}

/** RFC 4180 with Excel's habits; at most `maxRecords` records. */
export function parseCsv(text: string, separator: string, maxRecords: number): { rows: CsvRecord[]; truncated: boolean } {
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ fields, line: recordLine });
    else rows.push({ fields: [], line: recordLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      // Columns past the limit are dropped as they come, so a line of a million commas stays small.
      if (fields.length < LIMITS.maxColumns) fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
      if (rows.length >= maxRecords) return { rows, truncated: i + 1 < text.length };
    } else {
      field += char;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { rows, truncated: false };
}
