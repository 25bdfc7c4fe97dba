/** What a cell can hold, as SpreadsheetApp's getValues() returns it. */
export type CellValue = string | number | boolean | Date;
export type Row = CellValue[];

const FORMULA_LEAD = /^[=+\-@]/;

/**
 * Text that came from outside, written so Sheets keeps it as text: a leading apostrophe stops
 * `=`, `+`, `-` and `@` from being read as a formula (the apostrophe is not part of the value).
 */
export function safeText(value: string): string {
  return FORMULA_LEAD.test(value) ? `'${value}` : value;
}

/** A value read from a cell, made safe to write back unchanged (text stays text). */
export function rewriteCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return safeText(value);
  return value as CellValue;
}

/** A cell read back as trimmed text; numbers and booleans as typed, dates as ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value instanceof Date) return '';
  return String(value).trim();
}

export function cellNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const text = cellText(value).replace(/\s/g, '');
  if (!/^\d+$/.test(text)) return null;
  return Number(text);
}

export function cellDate(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** Pads ragged rows so one setValues() can write them. */
export function rectangular(rows: readonly (readonly CellValue[])[], width: number): Row[] {
  return rows.map((row) => Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : '')));
}

/** Index of each header text in a header row; -1 when absent. */
export function columnIndex(headerRow: readonly unknown[], header: string): number {
  return headerRow.findIndex((cell) => cellText(cell) === header);
}

/** `a, b; c` → ['a', 'b', 'c'] */
export function splitList(value: unknown): string[] {
  return cellText(value)
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
