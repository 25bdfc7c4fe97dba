/**
 * Java SimpleDateFormat (what Utilities.formatDate / parseDate follow), English names, time zones
 * through tz.ts. Pattern letters: G y Y M L w W D d F E u a H k K h m s S z Z X, quoted text, ''.
 */
import { exception } from './errors';
import { fromWall, isKnownTimeZone, offsetMs, offsetString, wallFields, type WallFields } from './tz';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

type Token = { kind: 'text'; text: string } | { kind: 'field'; letter: string; count: number };

const tokenCache = new Map<string, Token[]>();

export function tokenize(pattern: string): Token[] {
  const hit = tokenCache.get(pattern);
  if (hit) return hit;
  const tokens: Token[] = [];
  let i = 0;
  const pushText = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else tokens.push({ kind: 'text', text: t });
  };
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        pushText("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern.charAt(j++);
      }
      if (j >= pattern.length) throw exception(`Unterminated quote`);
      pushText(text);
      i = j + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      if (!LETTERS.includes(c)) throw exception(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern.charAt(j) === c) j++;
      tokens.push({ kind: 'field', letter: c, count: j - i });
      i = j;
    } else {
      pushText(c);
      i++;
    }
  }
  tokenCache.set(pattern, tokens);
  return tokens;
}

const JAVA_SHORT: Record<string, [string, string]> = {
  'Asia/Ho_Chi_Minh': ['ICT', 'ICT'],
  'Asia/Saigon': ['ICT', 'ICT'],
  'Asia/Bangkok': ['ICT', 'ICT'],
  'Asia/Vientiane': ['ICT', 'ICT'],
  'Asia/Phnom_Penh': ['ICT', 'ICT'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Seoul': ['KST', 'KST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Asia/Hong_Kong': ['HKT', 'HKT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  UTC: ['UTC', 'UTC'],
  'Etc/UTC': ['UTC', 'UTC'],
  GMT: ['GMT', 'GMT'],
  'Etc/GMT': ['GMT', 'GMT'],
};

function isDst(tz: string, t: number): boolean {
  const y = wallFields(tz, t).year;
  const jan = offsetMs(tz, Date.UTC(y, 0, 1));
  const jul = offsetMs(tz, Date.UTC(y, 6, 1));
  return jan !== jul && offsetMs(tz, t) === Math.max(jan, jul);
}

export function zoneName(tz: string, t: number, long: boolean): string {
  const fixed = `GMT${offsetString(tz, t, true)}`;
  if (!isKnownTimeZone(tz) || /^(GMT|UTC)[+-]/i.test(tz)) return fixed;
  if (!long) {
    const j = JAVA_SHORT[tz];
    if (j) return isDst(tz, t) ? j[1] : j[0];
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: long ? 'long' : 'short' }).formatToParts(new Date(t));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Za-z ]+$/.test(name) && name !== 'GMT') return name;
    if (name === 'GMT' || name === 'UTC') return name;
  } catch {
    /* fall through */
  }
  return fixed;
}

const pad = (n: number, w: number): string => {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
};

function dayOfYear(f: WallFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

/** US week numbering (Sunday first, week 1 holds 1 January), as Java's default en_US calendar. */
function usWeek(f: WallFields): { week: number; weekYear: number } {
  const jan1Next = Date.UTC(f.year + 1, 0, 1);
  const day = Date.UTC(f.year, f.month - 1, f.day);
  const startOfWeek = day - f.weekday * 86400000;
  if (startOfWeek + 6 * 86400000 >= jan1Next) return { week: 1, weekYear: f.year + 1 };
  const jan1 = Date.UTC(f.year, 0, 1);
  const jan1Dow = new Date(jan1).getUTCDay();
  return { week: Math.floor((dayOfYear(f) - 1 + jan1Dow) / 7) + 1, weekYear: f.year };
}

export function formatJavaDate(t: number, tz: string, pattern: string): string {
  const f = wallFields(tz, t);
  let out = '';
  for (const tok of tokenize(pattern)) {
    if (tok.kind === 'text') {
      out += tok.text;
      continue;
    }
    const n = tok.count;
    switch (tok.letter) {
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'Y': {
        const wy = usWeek(f).weekYear;
        out += n === 2 ? pad(wy % 100, 2) : pad(wy, n);
        break;
      }
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, n);
        break;
      case 'w':
        out += pad(usWeek(f).week, n);
        break;
      case 'W':
        out += pad(Math.floor((f.day - 1 + new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay()) / 7) + 1, n);
        break;
      case 'D':
        out += pad(dayOfYear(f), n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'F':
        out += pad(Math.floor((f.day - 1) / 7) + 1, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, n);
        break;
      case 'z':
        out += zoneName(tz, t, n >= 4);
        break;
      case 'Z':
        out += offsetString(tz, t);
        break;
      case 'X': {
        if (offsetMs(tz, t) === 0) {
          out += 'Z';
          break;
        }
        const full = offsetString(tz, t, true);
        out += n === 1 ? full.slice(0, 3) : n === 2 ? full.replace(':', '') : full;
        break;
      }
    }
  }
  return out;
}

const NUMERIC = new Set(['y', 'Y', 'w', 'W', 'D', 'd', 'F', 'u', 'H', 'k', 'K', 'h', 'm', 's', 'S']);

/** Lenient like Java: numbers may have more or fewer digits, out-of-range fields roll over. */
export function parseJavaDate(text: string, tz: string, pattern: string, now: number): number {
  const fail = () => exception(`Unparseable date: "${text}"`);
  const tokens = tokenize(pattern);
  const v = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, pm: undefined as boolean | undefined, h12: false };
  let offset: number | undefined;
  let twoDigitYear = false;
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'text') {
      for (const ch of tok.text) {
        if (/\s/.test(ch)) {
          while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
          continue;
        }
        if (text.charAt(pos) !== ch) throw fail();
        pos++;
      }
      continue;
    }
    const next = tokens[i + 1];
    const abutting = next !== undefined && next.kind === 'field' && NUMERIC.has(next.letter);
    const readNumber = (): number => {
      let j = pos;
      if ((tok.letter === 'y' || tok.letter === 'Y') && (text.charAt(j) === '-' || text.charAt(j) === '+')) j++;
      const max = abutting ? tok.count : Infinity;
      const start = j;
      while (j < text.length && j - start < max && /[0-9]/.test(text.charAt(j))) j++;
      if (j === start) throw fail();
      const n = Number(text.slice(pos, j));
      if ((tok.letter === 'y' || tok.letter === 'Y') && tok.count <= 2 && j - start === 2) twoDigitYear = true;
      pos = j;
      return n;
    };
    const readName = (names: string[]): number => {
      const rest = text.slice(pos).toLowerCase();
      let best = -1;
      let bestLen = 0;
      names.forEach((name, idx) => {
        for (const cand of [name, name.slice(0, 3)]) {
          if (rest.startsWith(cand.toLowerCase()) && cand.length > bestLen) {
            best = idx;
            bestLen = cand.length;
          }
        }
      });
      if (best < 0) throw fail();
      pos += bestLen;
      return best;
    };
    switch (tok.letter) {
      case 'y':
      case 'Y':
        v.year = readNumber();
        break;
      case 'M':
      case 'L':
        v.month = tok.count >= 3 ? readName(MONTHS) + 1 : readNumber();
        break;
      case 'd':
        v.day = readNumber();
        break;
      case 'E':
        readName(DAYS);
        break;
      case 'a': {
        const s = text.slice(pos, pos + 2).toUpperCase();
        if (s !== 'AM' && s !== 'PM') throw fail();
        v.pm = s === 'PM';
        pos += 2;
        break;
      }
      case 'H':
        v.hour = readNumber();
        break;
      case 'k':
        v.hour = readNumber() % 24;
        break;
      case 'K':
        v.hour = readNumber();
        v.h12 = true;
        break;
      case 'h':
        v.hour = readNumber() % 12;
        v.h12 = true;
        break;
      case 'm':
        v.minute = readNumber();
        break;
      case 's':
        v.second = readNumber();
        break;
      case 'S':
        v.ms = readNumber();
        break;
      case 'z':
      case 'Z':
      case 'X': {
        const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?|^Z/.exec(text.slice(pos));
        if (!m) throw fail();
        offset = m[0] === 'Z' ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60000;
        pos += m[0].length;
        break;
      }
      default:
        readNumber();
    }
  }
  if (twoDigitYear) {
    const nowYear = wallFields(tz, now).year;
    const base = nowYear - 80;
    let y = Math.floor(base / 100) * 100 + v.year;
    if (y < base) y += 100;
    v.year = y;
  }
  if (v.h12 && v.pm) v.hour += 12;
  const wall = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second, v.ms);
  if (!Number.isFinite(wall)) throw fail();
  return offset === undefined ? fromWall(tz, wall) : wall - offset;
}

