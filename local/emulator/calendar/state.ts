/**
 * Calendar's world: every user's default calendar, the events on them, and the invitation emails
 * Calendar itself sends. An event lives on its organizer's calendar; each guest sees the same event
 * on their own default calendar (an invitation), so a change or a deletion by the organizer shows
 * there at once, as on the platform where guests' copies follow the organizer's.
 */
import { toEml } from '../eml';
import { exception } from '../errors';
import { deliverToEmulatedRecipients, mailboxKey } from '../gmail';
import { dayKey, type SentMail } from '../mail';
import { formatJavaDate } from '../dateformat';
import { stateKey, type World } from '../world';

export type GuestStatusName = 'INVITED' | 'YES' | 'NO' | 'MAYBE';

export interface GuestRecord {
  /** As the script wrote it. */
  email: string;
  status: GuestStatusName;
}

export interface EventRecord {
  /** The iCalUID (`…@google.com`), the same on the organizer's and the guests' calendars. */
  id: string;
  /** The organizer's calendar (their default calendar: their address). */
  calendarId: string;
  organizer: string;
  title: string;
  description: string;
  location: string;
  start: number;
  end: number;
  /** By mailboxKey of the address. */
  guests: Map<string, GuestRecord>;
  tags: Map<string, string>;
  created: number;
  updated: number;
  deleted: boolean;
}

export interface CalendarRecord {
  /** A default calendar's id is its owner's address, lower case. */
  id: string;
  owner: string;
  name: string;
  timeZone: string;
}

/** An email Calendar sent (not the script): it does not count against the sender's MailApp quota. */
export interface CalendarInvitation {
  kind: 'invitation';
  eventId: string;
  from: string;
  to: string;
  subject: string;
  body: string;
  date: Date;
  /** The message as a guest's mailbox would hold it. */
  eml: string;
}

export interface CalendarState {
  calendars: Map<string, CalendarRecord>;
  events: Map<string, EventRecord>;
  invitations: CalendarInvitation[];
  /** Events created per `user|yyyy-mm-dd` (script time zone), against the daily quota. */
  createdPerDay: Map<string, number>;
}

export const CALENDAR = stateKey('calendar', (): CalendarState => ({
  calendars: new Map(),
  events: new Map(),
  invitations: [],
  createdPerDay: new Map(),
}));

/** Apps Script quotas page: "Calendar events created" 5,000 a day (consumer), 10,000 (Workspace). */
export const CONSUMER_EVENTS_PER_DAY = 5000;
export const WORKSPACE_EVENTS_PER_DAY = 10000;

/** Texts the platform prints; [U] ones are the emulator's choice where no public source was found. */
export const CALENDAR_TEXT = {
  /** Quotas page, "Service invoked too many times: Calendar." among the documented messages. */
  quota: 'Service invoked too many times: Calendar.',
  /** [U] as reported in public scripts' logs for an end before the start. */
  endBeforeStart: 'Event start date must be before event end date.',
  /** [U] the emulator's text for any call on an event deleted since it was fetched. */
  deleted: 'The event has been deleted.',
  /** [U] a guest changing an event they do not organize (guests cannot modify by default). */
  notAllowed: 'Action not allowed',
  /** [U] a guest address that is not an email address. */
  badGuest: (email: string) => `Invalid argument: ${email}`,
} as const;

/** The user's default calendar, made on first use (every Google account has one). */
export function defaultCalendar(world: World, user: string): CalendarRecord {
  const state = world.state(CALENDAR);
  const id = mailboxKey(user);
  let cal = state.calendars.get(id);
  if (!cal) {
    cal = { id, owner: id, name: id, timeZone: world.options.scriptTimeZone };
    state.calendars.set(id, cal);
  }
  return cal;
}

/** A calendar `user` can reach by id: here only their own (no sharing or subscriptions are modelled). */
export function calendarFor(world: World, user: string, id: string): CalendarRecord | null {
  const own = defaultCalendar(world, user);
  return mailboxKey(id) === own.id ? own : null;
}

/** Whether the event shows on `cal`: organized there, or `cal` is the default calendar of a guest. */
export function onCalendar(e: EventRecord, cal: CalendarRecord): boolean {
  return !e.deleted && (e.calendarId === cal.id || e.guests.has(cal.owner));
}

/** The events on `cal` that overlap [start, end), by start time, then creation. */
export function eventsBetween(world: World, cal: CalendarRecord, start: number, end: number): EventRecord[] {
  return [...world.state(CALENDAR).events.values()]
    .filter((e) => onCalendar(e, cal) && e.start < end && (e.end > start || (e.end === start && e.start === start)))
    .sort((a, b) => a.start - b.start || a.created - b.created);
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** `a@x.org, b@y.org` → the addresses; a bad one is refused. */
export function guestAddresses(list: string): string[] {
  return list
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .map((g) => {
      if (!ADDRESS.test(g)) throw exception(CALENDAR_TEXT.badGuest(g));
      return g;
    });
}

/** Charges one created event to `user`'s daily quota, or refuses it. */
export function chargeCreation(world: World, user: string): void {
  const state = world.state(CALENDAR);
  const key = `${mailboxKey(user)}|${dayKey(world, world.clock.now())}`;
  const used = state.createdPerDay.get(key) ?? 0;
  if (used >= world.options.calendarEventsPerDay) throw exception(CALENDAR_TEXT.quota);
  state.createdPerDay.set(key, used + 1);
}

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface NewEvent {
  title: string;
  start: number;
  end: number;
  description: string;
  location: string;
  guests: readonly string[];
}

/** A new event on `cal`, organized by its owner; the organizer is never their own guest, nor anyone twice. */
export function addEvent(world: World, cal: CalendarRecord, fields: NewEvent): EventRecord {
  const now = world.clock.now();
  const record: EventRecord = {
    id: `${world.rng.chars(26, ID_CHARS)}@google.com`,
    calendarId: cal.id,
    organizer: cal.owner,
    title: fields.title,
    description: fields.description,
    location: fields.location,
    start: fields.start,
    end: fields.end,
    guests: new Map(),
    tags: new Map(),
    created: now,
    updated: now,
    deleted: false,
  };
  for (const g of fields.guests) {
    const key = mailboxKey(g);
    if (key !== record.organizer && !record.guests.has(key)) record.guests.set(key, { email: g, status: 'INVITED' });
  }
  world.state(CALENDAR).events.set(record.id, record);
  return record;
}

function when(world: World, e: EventRecord): string {
  const tz = world.options.scriptTimeZone;
  const day = (t: number) => formatJavaDate(t, tz, 'dd/MM/yyyy');
  const time = (t: number) => formatJavaDate(t, tz, 'HH:mm');
  const end = day(e.start) === day(e.end) ? time(e.end) : `${day(e.end)} ${time(e.end)}`;
  return `${day(e.start)} ${time(e.start)} - ${end} (${tz})`;
}

/**
 * Calendar's invitation to each guest (sendInvites): from the organizer, recorded in
 * `emu.calendar.invitations` and delivered to a guest the emulator plays (their Gmail inbox). The
 * wording is the emulator's: the real one follows the guest's language settings.
 */
export function sendInvitations(world: World, e: EventRecord, guests: readonly string[]): void {
  const date = new Date(world.clock.now());
  for (const guest of guests) {
    const subject = `Invitation: ${e.title} @ ${when(world, e)} (${guest})`;
    const body = [
      `${e.organizer} has invited you to: ${e.title}`,
      `When: ${when(world, e)}`,
      ...(e.location ? [`Where: ${e.location}`] : []),
      ...(e.description ? ['', e.description] : []),
    ].join('\n');
    const mail: SentMail = {
      from: e.organizer,
      to: guest,
      cc: '',
      bcc: '',
      replyTo: '',
      name: '',
      subject,
      body,
      htmlBody: '',
      attachments: [],
      noReply: false,
      date,
    };
    const eml = toEml(mail, e.organizer, world.options.scriptTimeZone);
    world.state(CALENDAR).invitations.push({ kind: 'invitation', eventId: e.id, from: e.organizer, to: guest, subject, body, date, eml });
    deliverToEmulatedRecipients(world, mail, eml);
  }
}
