/**
 * Time-zone arithmetic on instants (ms since epoch), with Intl for named zones. Like Java's
 * TimeZone (which Apps Script uses), `GMT+7`, `GMT+07:00` and `UTC` are accepted and an unknown ID
 * falls back to GMT.
 */
export interface WallFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

type Zone = { kind: 'fixed'; offsetMs: number; id: string } | { kind: 'intl'; id: string; dtf: Intl.DateTimeFormat };

const zones = new Map<string, Zone>();
const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function zone(tz: string): Zone {
  const hit = zones.get(tz);
  if (hit) return hit;
  let z: Zone;
  const m = FIXED.exec(tz.trim());
  if (m) {
    const sign = m[1] === '-' ? -1 : 1;
    const offsetMs = m[1] ? sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60000 : 0;
    z = { kind: 'fixed', offsetMs, id: tz };
  } else {
    try {
      const dtf = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
      z = { kind: 'intl', id: tz, dtf };
    } catch {
      z = { kind: 'fixed', offsetMs: 0, id: 'GMT' };
    }
  }
  zones.set(tz, z);
  return z;
}

export function isKnownTimeZone(tz: string): boolean {
  const z = zone(tz);
  return z.kind === 'intl' || FIXED.test(tz.trim());
}

const offsetCache = new Map<string, number>();
const BUCKET = 15 * 60000;

/** wall-clock ms (as if UTC) minus the instant, in ms: +7 h for Asia/Ho_Chi_Minh. */
export function offsetMs(tz: string, t: number): number {
  const z = zone(tz);
  if (z.kind === 'fixed') return z.offsetMs;
  const bucket = Math.floor(t / BUCKET);
  const key = `${tz}|${bucket}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const probe = bucket * BUCKET;
  const parts = z.dtf.formatToParts(new Date(probe));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const wall = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const off = wall - probe;
  if (offsetCache.size > 50000) offsetCache.clear();
  offsetCache.set(key, off);
  return off;
}

/** The wall-clock fields of instant `t` in `tz`. */
export function wallFields(tz: string, t: number): WallFields {
  const d = new Date(t + offsetMs(tz, t));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Instant → wall-clock ms (the wall time encoded as if it were UTC). */
export function toWall(tz: string, t: number): number {
  return t + offsetMs(tz, t);
}

/** Wall-clock ms (encoded as UTC) → the instant; in a DST gap, the later instant. */
export function fromWall(tz: string, wall: number): number {
  const first = wall - offsetMs(tz, wall);
  const second = wall - offsetMs(tz, first);
  if (toWall(tz, second) === wall) return second;
  const third = wall - offsetMs(tz, second);
  return toWall(tz, third) === wall ? third : Math.max(first, second);
}

export function wallToInstant(tz: string, f: Pick<WallFields, 'year' | 'month' | 'day'> & Partial<WallFields>): number {
  return fromWall(tz, Date.UTC(f.year, f.month - 1, f.day, f.hour ?? 0, f.minute ?? 0, f.second ?? 0, f.millisecond ?? 0));
}

/** `+0700` */
export function offsetString(tz: string, t: number, colon = false): string {
  const off = Math.round(offsetMs(tz, t) / 60000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** ISO-8601 week number (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(f: Pick<WallFields, 'year' | 'month' | 'day'>): number {
  const d = new Date(Date.UTC(f.year, f.month - 1, f.day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
}
