/** A1 notation: `B3`, `A1:C3`, `A:C`, `2:5`, `A2:C`, optionally `'Sheet name'!`. */
import { exception } from '../errors';
import type { Rect } from './model';

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'Tam Trà'!A1:B2` into sheet name and the range part. */
export function splitSheet(notation: string): { sheet?: string; range: string } {
  const s = notation.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(s);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), range: quoted[2] ?? '' };
  const bang = s.lastIndexOf('!');
  if (bang > 0) return { sheet: s.slice(0, bang), range: s.slice(bang + 1) };
  return { range: s };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses a range part against a sheet of `maxRows` × `maxCols`. Throws `Range not found`. */
export function parseA1(range: string, maxRows: number, maxCols: number): Rect {
  const notFound = () => exception('Range not found');
  const [startText, endText] = range.split(':');
  if (startText === undefined || startText === '' || range.split(':').length > 2) throw notFound();
  const s = PART.exec(startText);
  if (!s) throw notFound();
  const sCol = s[1] ? columnNumber(s[1]) : undefined;
  const sRow = s[2] ? Number(s[2]) : undefined;
  if (endText === undefined) {
    if (sCol === undefined || sRow === undefined) throw notFound();
    return { row: sRow, col: sCol, rows: 1, cols: 1 };
  }
  const e = PART.exec(endText);
  if (!e) throw notFound();
  const eCol = e[1] ? columnNumber(e[1]) : undefined;
  const eRow = e[2] ? Number(e[2]) : undefined;
  if ((sCol === undefined) !== (eCol === undefined)) throw notFound();
  if (sCol === undefined && (sRow === undefined || eRow === undefined)) throw notFound();
  const c1 = sCol ?? 1;
  const c2 = eCol ?? maxCols;
  const r1 = sRow ?? 1;
  const r2 = eRow ?? maxRows;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  if (row < 1 || col < 1) throw notFound();
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}
