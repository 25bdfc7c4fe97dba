/**
 * CalendarApp and Calendar. Every user has a default calendar (id: their address) and reaches only
 * their own: the execution's effective user's, so a trigger works on its creator's calendar and a
 * clerk at the sidebar on the clerk's. Events with guests also show on each guest's default
 * calendar, as invitations. Sharing, subscriptions, secondary calendars, all-day events and series
 * are not modelled (they throw the emulator's not-implemented error).
 */
import { asApi, registerFake } from '../bridge';
import { exception, notImplemented, signatureError } from '../errors';
import { mailboxKey } from '../gmail';
import { wallFields, wallToInstant } from '../tz';
import type { World } from '../world';
import { checkTimes, FakeCalendarEvent } from './event';
import {
  addEvent,
  CALENDAR,
  calendarFor,
  chargeCreation,
  defaultCalendar,
  eventsBetween,
  guestAddresses,
  onCalendar,
  sendInvitations,
  type CalendarRecord,
  type EventRecord,
} from './state';

type CalendarApi = GoogleAppsScript.Calendar.Calendar;
type EventApi = GoogleAppsScript.Calendar.CalendarEvent;

const OWNER = 'CalendarApp.Calendar';
const CREATE_OPTIONS = new Set(['description', 'location', 'guests', 'sendInvites']);
const GET_EVENTS_OPTIONS = new Set(['start', 'max']);

function options(value: unknown, known: ReadonlySet<string>, method: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw signatureError(OWNER, method, [value]);
  const opts = value as Record<string, unknown>;
  for (const k of Object.keys(opts)) {
    if (!known.has(k)) throw notImplemented(`Calendar.${method} option ${k}`);
  }
  return opts;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

type CalendarMethods =
  | 'getId' | 'getName' | 'getTimeZone' | 'isOwnedByMe' | 'isMyPrimaryCalendar'
  | 'createEvent' | 'getEventById' | 'getEvents' | 'getEventsForDay';

export class FakeCalendar implements Pick<CalendarApi, CalendarMethods> {
  constructor(
    protected readonly world: World,
    private readonly fixedId?: string,
  ) {}

  /** The calendar this handle stands for: a fixed one, or (CalendarApp) the acting user's default. */
  protected cal(): CalendarRecord {
    const state = this.world.state(CALENDAR);
    const found = this.fixedId === undefined ? undefined : state.calendars.get(this.fixedId);
    return found ?? defaultCalendar(this.world, this.world.actingUser());
  }

  #event(e: EventRecord): EventApi {
    return asApi<EventApi>(new FakeCalendarEvent(this.world, e.id, this.cal().id));
  }

  getId(): string {
    return this.cal().id;
  }
  getName(): string {
    return this.cal().name;
  }
  getTimeZone(): string {
    return this.cal().timeZone;
  }
  isOwnedByMe(): boolean {
    return this.cal().owner === mailboxKey(this.world.actingUser());
  }
  isMyPrimaryCalendar(): boolean {
    return this.isOwnedByMe();
  }

  createEvent(title: string, startTime: GoogleAppsScript.Base.Date, endTime: GoogleAppsScript.Base.Date, opts?: Record<string, unknown>): EventApi {
    const args = opts === undefined ? [title, startTime, endTime] : [title, startTime, endTime, opts];
    if (typeof title !== 'string') throw signatureError(OWNER, 'createEvent', args);
    const [start, end] = checkTimes(startTime, endTime, OWNER, 'createEvent', opts === undefined ? [] : [opts]);
    const o = options(opts, CREATE_OPTIONS, 'createEvent');
    const cal = this.cal();
    const guests = guestAddresses(text(o.guests));
    chargeCreation(this.world, cal.owner);
    const record = addEvent(this.world, cal, { title, start, end, description: text(o.description), location: text(o.location), guests });
    if (o.sendInvites === true) sendInvitations(this.world, record, [...record.guests.values()].map((g) => g.email));
    return this.#event(record);
  }

  /** null when no event with that id is on this calendar (never existed, deleted, or someone else's). */
  getEventById(iCalId: string): EventApi {
    if (typeof iCalId !== 'string') throw signatureError(OWNER, 'getEventById', [iCalId]);
    const e = this.world.state(CALENDAR).events.get(iCalId);
    return (e && onCalendar(e, this.cal()) ? this.#event(e) : null) as EventApi;
  }

  /** Events that start, end or span within [start, end); options `start` (skip) and `max`. */
  getEvents(startTime: GoogleAppsScript.Base.Date, endTime: GoogleAppsScript.Base.Date, opts?: Record<string, unknown>): EventApi[] {
    if (!(startTime instanceof Date) || !(endTime instanceof Date)) throw signatureError(OWNER, 'getEvents', [startTime, endTime]);
    const o = options(opts, GET_EVENTS_OPTIONS, 'getEvents');
    const skip = o.start === undefined ? 0 : Number(o.start);
    const max = o.max === undefined ? Infinity : Number(o.max);
    if (!Number.isInteger(skip) || skip < 0 || !(max === Infinity || (Number.isInteger(max) && max >= 0))) {
      throw exception('Invalid argument: options');
    }
    const found = eventsBetween(this.world, this.cal(), startTime.getTime(), endTime.getTime());
    return found.slice(skip, skip + max).map((e) => this.#event(e));
  }

  /** The day of `date` in the calendar's time zone. */
  getEventsForDay(date: GoogleAppsScript.Base.Date, opts?: Record<string, unknown>): EventApi[] {
    if (!(date instanceof Date)) throw signatureError(OWNER, 'getEventsForDay', [date]);
    const { dayStart, nextDay } = dayBounds(this.cal().timeZone, date.getTime());
    return this.getEvents(new Date(dayStart), new Date(nextDay), opts);
  }
}
registerFake(FakeCalendar, { iface: 'Calendar.Calendar', service: 'Calendar' });

type AppMethods = CalendarMethods | 'getDefaultCalendar' | 'getCalendarById' | 'getOwnedCalendarById' | 'getAllOwnedCalendars' | 'getAllCalendars';

/** CalendarApp: the acting user's default calendar's methods, plus finding calendars by id. */
export class FakeCalendarApp extends FakeCalendar implements Pick<GoogleAppsScript.Calendar.CalendarApp, AppMethods> {
  constructor(world: World) {
    super(world);
  }

  #handle(cal: CalendarRecord): CalendarApi {
    return asApi<CalendarApi>(new FakeCalendar(this.world, cal.id));
  }

  getDefaultCalendar(): CalendarApi {
    return this.#handle(this.cal());
  }
  /** null for a calendar the user cannot reach (here: any but their own). */
  getCalendarById(id: string): CalendarApi {
    if (typeof id !== 'string') throw signatureError('CalendarApp', 'getCalendarById', [id]);
    const cal = calendarFor(this.world, this.world.actingUser(), id);
    return (cal ? this.#handle(cal) : null) as CalendarApi;
  }
  getOwnedCalendarById(id: string): CalendarApi {
    if (typeof id !== 'string') throw signatureError('CalendarApp', 'getOwnedCalendarById', [id]);
    return this.getCalendarById(id);
  }
  getAllOwnedCalendars(): CalendarApi[] {
    return [this.#handle(this.cal())];
  }
  getAllCalendars(): CalendarApi[] {
    return [this.#handle(this.cal())];
  }
}
registerFake(FakeCalendarApp, { iface: 'Calendar.CalendarApp', service: 'Calendar' });


function dayBounds(tz: string, t: number): { dayStart: number; nextDay: number } {
  const f = wallFields(tz, t);
  const dayStart = wallToInstant(tz, { year: f.year, month: f.month, day: f.day });
  const next = new Date(Date.UTC(f.year, f.month - 1, f.day + 1));
  const nextDay = wallToInstant(tz, { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
  return { dayStart, nextDay };
}
