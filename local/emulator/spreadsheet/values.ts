/**
 * Cell values: what a write stores (typed-input rules, see COVERAGE.md) and what
 * getDisplayValues shows (number and date formats in the spreadsheet time zone).
 */
import { exception } from '../errors';
import { fromWall, toWall } from '../tz';
import { DEFAULT_NUMBER_FORMAT, WallDate, type Cell, type CellValue } from './model';

export const CELL_TEXT_LIMIT = 50000;
export const ERROR_VALUE = '#ERROR!';

export interface Written {
  value: CellValue;
  formula?: string;
  /** A number format the input implies (a typed date), applied when the cell has none. */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function dateFrom(y: number, m: number, d: number, h: number, mi: number, s: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== m - 1) return undefined;
  return wall;
}

function typedDate(text: string): Written | undefined {
  let m = ISO_DATE.exec(text);
  if (m) {
    const wall = dateFrom(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    if (wall === undefined) return undefined;
    return { value: new WallDate(wall), impliedFormat: m[4] ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd' };
  }
  m = DMY_DATE.exec(text);
  if (m) {
    const wall = dateFrom(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    if (wall === undefined) return undefined;
    return { value: new WallDate(wall), impliedFormat: m[4] ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy' };
  }
  return undefined;
}

/** What `setValue(raw)` stores in a cell whose number format is `format`. */
export function written(raw: unknown, format: string | undefined, tz: string): Written {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (raw instanceof Date) {
    const t = raw.getTime();
    return Number.isNaN(t) ? { value: '' } : { value: new WallDate(toWall(tz, t)) };
  }
  const text = String(raw);
  if (text.length > CELL_TEXT_LIMIT) {
    throw exception(`Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`);
  }
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (format === '@') return { value: text };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = typedDate(trimmed);
  if (date) return date;
  if (/^[+\-@]/.test(trimmed) && trimmed.length > 1) return { value: ERROR_VALUE, formula: `=${text}` };
  return { value: text };
}

/** The value getValues returns for a cell (Date instants for date cells). */
export function readValue(cell: Cell | undefined, tz: string): string | number | boolean | Date {
  const v = cell?.value;
  if (v === undefined) return '';
  if (v instanceof WallDate) return new Date(fromWall(tz, v.wall));
  if (cell?.formula !== undefined && v !== ERROR_VALUE) return '';
  return v;
}

// ---- display ---------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateToken = { t: 'lit'; s: string } | { t: 'f'; c: string; n: number } | { t: 'ampm'; s: string } | { t: 'ms'; n: number };

function tokenizeDate(pattern: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    const rest = pattern.slice(i);
    const ampm = /^(AM\/PM|am\/pm|A\/P|a\/p)/.exec(rest);
    if (ampm) {
      out.push({ t: 'ampm', s: ampm[1] ?? 'AM/PM' });
      i += ampm[1]?.length ?? 5;
    } else if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      out.push({ t: 'lit', s: pattern.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      out.push({ t: 'lit', s: pattern.charAt(i + 1) });
      i += 2;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let j = i;
      while (pattern.charAt(j).toLowerCase() === ch.toLowerCase()) j++;
      out.push({ t: 'f', c: ch.toLowerCase(), n: j - i });
      i = j;
    } else if (ch === '.' && /^\.0+/.test(rest) && out.some((x) => x.t === 'f' && x.c === 's')) {
      const zeros = /^\.(0+)/.exec(rest)?.[1]?.length ?? 0;
      out.push({ t: 'ms', n: zeros });
      i += zeros + 1;
    } else {
      out.push({ t: 'lit', s: ch });
      i++;
    }
  }
  return out;
}

export function isDatePattern(pattern: string): boolean {
  return tokenizeDate(pattern.replace(/"[^"]*"/g, '')).some((t) => t.t === 'f');
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Formats a wall-clock time with a Sheets date/time pattern (`dd/MM/yyyy HH:mm`, `d mmm yyyy`). */
export function formatSheetsDate(wall: number, pattern: string): string {
  const d = new Date(wall);
  const tokens = tokenizeDate(pattern);
  const twelve = tokens.some((t) => t.t === 'ampm');
  const fields = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.t === 'f');
  const isMinute = (idx: number): boolean => {
    const pos = fields.findIndex((x) => x.i === idx);
    const prev = fields[pos - 1]?.t;
    const next = fields[pos + 1]?.t;
    return (prev?.t === 'f' && prev.c === 'h') || (next?.t === 'f' && next.c === 's');
  };
  let out = '';
  tokens.forEach((t, i) => {
    if (t.t === 'lit') out += t.s;
    else if (t.t === 'ampm') {
      const pm = d.getUTCHours() >= 12;
      out += t.s === 'A/P' || t.s === 'a/p' ? (pm ? 'P' : 'A') : pm ? 'PM' : 'AM';
    } else if (t.t === 'ms') out += pad(d.getUTCMilliseconds(), 3).slice(0, t.n);
    else {
      switch (t.c) {
        case 'd':
          out += t.n >= 4 ? DAYS[d.getUTCDay()] : t.n === 3 ? DAYS[d.getUTCDay()]!.slice(0, 3) : pad(d.getUTCDate(), t.n);
          break;
        case 'm':
          if (t.n <= 2 && isMinute(i)) out += pad(d.getUTCMinutes(), t.n);
          else if (t.n >= 5) out += MONTHS[d.getUTCMonth()]!.charAt(0);
          else if (t.n === 4) out += MONTHS[d.getUTCMonth()];
          else if (t.n === 3) out += MONTHS[d.getUTCMonth()]!.slice(0, 3);
          else out += pad(d.getUTCMonth() + 1, t.n);
          break;
        case 'y':
          out += t.n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), 4);
          break;
        case 'h': {
          const h = d.getUTCHours();
          out += pad(twelve ? h % 12 || 12 : h, Math.min(t.n, 2));
          break;
        }
        case 's':
          out += pad(d.getUTCSeconds(), Math.min(t.n, 2));
          break;
      }
    }
  });
  return out;
}

/** Formats a number with a Sheets number pattern: `0`, `0.00`, `#,##0`, `#,##0.00`, `0%`, `0.0%`. */
export function formatNumber(n: number, pattern: string): string {
  const section = pattern.split(';')[0] ?? pattern;
  const cleaned = section.replace(/"([^"]*)"/g, '').replace(/\\./g, '');
  const percent = cleaned.includes('%');
  const value = percent ? n * 100 : n;
  const m = /([#0,]*)(?:\.([#0]+))?/.exec(cleaned.replace(/[^#0.,%]/g, ''));
  const intPart = m?.[1] ?? '0';
  const frac = m?.[2] ?? '';
  const minFrac = (frac.match(/0/g) ?? []).length;
  const maxFrac = frac.length;
  let s = Math.abs(value).toFixed(maxFrac);
  if (maxFrac > minFrac) s = s.replace(new RegExp(`0{1,${maxFrac - minFrac}}$`), '').replace(/\.$/, '');
  let [i = '0', f] = s.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  i = i.replace(/^0+(?=\d)/, '');
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (intPart.includes(',')) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = f !== undefined && f !== '' ? `${i}.${f}` : i;
  const prefix = (section.match(/^"([^"]*)"/)?.[1]) ?? '';
  const suffix = (section.match(/"([^"]*)"$/)?.[1]) ?? '';
  return `${value < 0 && Number(body.replace(/[^0-9]/g, '')) !== 0 ? '-' : ''}${prefix}${body}${percent ? '%' : ''}${suffix}`;
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = Number(n.toPrecision(10));
  return String(p).replace('e+', 'E+').replace('e-', 'E-');
}

const SERIAL_EPOCH_DAYS = 25569;

/** The text a cell shows (getDisplayValues). */
export function displayValue(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === '') return '';
  const format = cell?.format;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof WallDate) {
    if (format && format !== DEFAULT_NUMBER_FORMAT && format !== '@') {
      if (isDatePattern(format)) return formatSheetsDate(v.wall, format);
      return formatNumber(v.wall / 86400000 + SERIAL_EPOCH_DAYS, format);
    }
    const timeOfDay = v.wall - Math.floor(v.wall / 86400000) * 86400000;
    return formatSheetsDate(v.wall, timeOfDay === 0 ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm:ss');
  }
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === '@' || /^general$/i.test(format)) return general(v);
  if (isDatePattern(format)) return formatSheetsDate(Math.round((v - SERIAL_EPOCH_DAYS) * 86400000), format);
  return formatNumber(v, format);
}
