/**
 * When time-driven triggers fire (deterministic, see COVERAGE.md) and the event object they get.
 */
import { enumValue } from './enums';
import type { TriggerRecord } from './script';
import { fromWall, isoWeek, toWall, wallFields } from './tz';

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type ClockSchedule =
  | { kind: 'minutes'; n: number }
  | { kind: 'hours'; n: number; minute?: number }
  | { kind: 'days'; n: number; hour: number; minute: number }
  | { kind: 'weeks'; n: number; weekday: number; hour: number; minute: number }
  | { kind: 'monthDay'; day: number; hour: number; minute: number }
  | { kind: 'once'; at: number };

/** Wall-clock arithmetic: the instant at `hour:minute` on the wall day of `wall` plus `days`. */
function atWallTime(tz: string, wall: number, days: number, hour: number, minute: number): number {
  const d = new Date(wall);
  return fromWall(tz, Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days, hour, minute));
}

export function firstRun(s: ClockSchedule, created: number, tz: string): number {
  const w = toWall(tz, created);
  switch (s.kind) {
    case 'minutes':
      return created + s.n * MINUTE;
    case 'hours': {
      if (s.minute === undefined) return created + s.n * HOUR;
      let t = fromWall(tz, Math.floor(w / HOUR) * HOUR + s.minute * MINUTE);
      if (t <= created) t += HOUR;
      return t;
    }
    case 'days': {
      const t = atWallTime(tz, w, 0, s.hour, s.minute);
      return t > created ? t : atWallTime(tz, w, 1, s.hour, s.minute);
    }
    case 'weeks': {
      const today = new Date(w).getUTCDay();
      let ahead = (s.weekday - today + 7) % 7;
      let t = atWallTime(tz, w, ahead, s.hour, s.minute);
      if (t <= created) {
        ahead += 7;
        t = atWallTime(tz, w, ahead, s.hour, s.minute);
      }
      return t;
    }
    case 'monthDay': {
      for (let i = 0; i < 62; i++) {
        const t = atWallTime(tz, w, i, s.hour, s.minute);
        if (new Date(toWall(tz, t)).getUTCDate() === s.day && t > created) return t;
      }
      return created + 31 * DAY;
    }
    case 'once':
      return s.at;
  }
}

export function nextRunAfter(s: ClockSchedule, fired: number, tz: string): number | undefined {
  const w = toWall(tz, fired);
  const f = new Date(w);
  switch (s.kind) {
    case 'minutes':
      return fired + s.n * MINUTE;
    case 'hours':
      return fired + s.n * HOUR;
    case 'days':
      return atWallTime(tz, w, s.n, s.hour, s.minute);
    case 'weeks':
      return atWallTime(tz, w, 7 * s.n, s.hour, s.minute);
    case 'monthDay':
      return fromWall(tz, Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, s.day, s.hour, s.minute));
    case 'once':
      return undefined;
  }
}

/** The time-driven event object: exactly the documented keys, fields in the trigger's time zone. */
export function clockEvent(t: TriggerRecord, at: number): Record<string, unknown> {
  const f = wallFields(t.timeZone, at);
  return {
    authMode: enumValue('Script.AuthMode', 'FULL'),
    'day-of-month': f.day,
    'day-of-week': f.weekday === 0 ? 7 : f.weekday,
    hour: f.hour,
    minute: f.minute,
    month: f.month,
    second: f.second,
    timezone: t.timeZone,
    triggerUid: t.id,
    'week-of-year': isoWeek(f),
    year: f.year,
  };
}

