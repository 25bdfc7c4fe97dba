/**
 * CalendarEvent and EventGuest. An event handle is the event as one calendar shows it: its
 * organizer's or a guest's. Only the organizer changes it (guests cannot modify, the platform's
 * default); a handle whose event was deleted since refuses every call.
 */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception, signatureError } from '../errors';
import { mailboxKey } from '../gmail';
import type { World } from '../world';
import { CALENDAR, CALENDAR_TEXT, guestAddresses, type EventRecord, type GuestStatusName } from './state';

type Api = GoogleAppsScript.Calendar.CalendarEvent;
type Guest = GoogleAppsScript.Calendar.EventGuest;

function guestStatus(name: GuestStatusName | 'OWNER'): GoogleAppsScript.Calendar.GuestStatus {
  return enumValue('Calendar.GuestStatus', name) as unknown as GoogleAppsScript.Calendar.GuestStatus;
}

export class FakeEventGuest implements Pick<Guest, 'getEmail' | 'getGuestStatus' | 'getName' | 'getAdditionalGuests'> {
  constructor(
    private readonly email: string,
    private readonly status: GuestStatusName | 'OWNER',
  ) {}
  getEmail(): string {
    return this.email;
  }
  getGuestStatus(): GoogleAppsScript.Calendar.GuestStatus {
    return guestStatus(this.status);
  }
  /** "the guest's email address if the name is not available": the emulator keeps no names. */
  getName(): string {
    return this.email;
  }
  getAdditionalGuests(): number {
    return 0;
  }
}
registerFake(FakeEventGuest, { iface: 'Calendar.EventGuest', service: 'Calendar' });

type EventMethods =
  | 'getId' | 'getTitle' | 'setTitle' | 'getDescription' | 'setDescription' | 'getLocation' | 'setLocation'
  | 'getStartTime' | 'getEndTime' | 'setTime' | 'isAllDayEvent' | 'isRecurringEvent' | 'getDateCreated' | 'getLastUpdated'
  | 'getCreators' | 'isOwnedByMe' | 'getOriginalCalendarId' | 'getMyStatus'
  | 'addGuest' | 'removeGuest' | 'getGuestList' | 'getGuestByEmail'
  | 'getTag' | 'setTag' | 'deleteTag' | 'getAllTagKeys' | 'deleteEvent';

export class FakeCalendarEvent implements Pick<Api, EventMethods> {
  constructor(
    private readonly world: World,
    private readonly eventId: string,
    /** The calendar this handle came from (organizer's or a guest's). */
    private readonly viewer: string,
  ) {}

  #record(): EventRecord {
    const e = this.world.state(CALENDAR).events.get(this.eventId);
    if (!e || e.deleted) throw exception(CALENDAR_TEXT.deleted);
    return e;
  }

  /** The event, for a change: only its organizer may make one. */
  #editable(): EventRecord {
    const e = this.#record();
    if (mailboxKey(this.world.actingUser()) !== e.organizer) throw exception(CALENDAR_TEXT.notAllowed);
    return e;
  }

  #touch(e: EventRecord): Api {
    e.updated = this.world.clock.now();
    return asApi<Api>(this);
  }

  #text(value: unknown, method: string, args: unknown[]): string {
    if (typeof value !== 'string') throw signatureError('CalendarApp.CalendarEvent', method, args);
    return value;
  }

  getId(): string {
    return this.#record().id;
  }
  getTitle(): string {
    return this.#record().title;
  }
  setTitle(title: string): Api {
    const e = this.#editable();
    e.title = this.#text(title, 'setTitle', [title]);
    return this.#touch(e);
  }
  getDescription(): string {
    return this.#record().description;
  }
  setDescription(description: string): Api {
    const e = this.#editable();
    e.description = this.#text(description, 'setDescription', [description]);
    return this.#touch(e);
  }
  getLocation(): string {
    return this.#record().location;
  }
  setLocation(location: string): Api {
    const e = this.#editable();
    e.location = this.#text(location, 'setLocation', [location]);
    return this.#touch(e);
  }
  getStartTime(): GoogleAppsScript.Base.Date {
    return new Date(this.#record().start);
  }
  getEndTime(): GoogleAppsScript.Base.Date {
    return new Date(this.#record().end);
  }
  setTime(startTime: GoogleAppsScript.Base.Date, endTime: GoogleAppsScript.Base.Date): Api {
    const e = this.#editable();
    const [start, end] = checkTimes(startTime, endTime, 'CalendarApp.CalendarEvent', 'setTime');
    e.start = start;
    e.end = end;
    return this.#touch(e);
  }
  isAllDayEvent(): boolean {
    this.#record();
    return false;
  }
  isRecurringEvent(): boolean {
    this.#record();
    return false;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.#record().created);
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.#record().updated);
  }
  getCreators(): string[] {
    return [this.#record().organizer];
  }
  isOwnedByMe(): boolean {
    return this.#record().organizer === mailboxKey(this.world.actingUser());
  }
  getOriginalCalendarId(): string {
    return this.#record().calendarId;
  }
  /** The viewer's own answer: OWNER on the organizer's calendar, the guest's status on theirs. */
  getMyStatus(): GoogleAppsScript.Calendar.GuestStatus {
    const e = this.#record();
    if (this.viewer === e.calendarId) return guestStatus('OWNER');
    return guestStatus(e.guests.get(this.viewer)?.status ?? 'INVITED');
  }

  /** Adds a guest (INVITED) without emailing them: only `sendInvites` at creation sends Calendar's invitation here. */
  addGuest(email: string): Api {
    const e = this.#editable();
    const [address] = guestAddresses(this.#text(email, 'addGuest', [email]));
    if (address === undefined) throw exception(CALENDAR_TEXT.badGuest(email));
    const key = mailboxKey(address);
    if (!e.guests.has(key) && key !== e.organizer) e.guests.set(key, { email: address, status: 'INVITED' });
    return this.#touch(e);
  }
  removeGuest(email: string): Api {
    const e = this.#editable();
    e.guests.delete(mailboxKey(this.#text(email, 'removeGuest', [email])));
    return this.#touch(e);
  }
  getGuestList(includeOwner?: boolean): Guest[] {
    const e = this.#record();
    const guests = [...e.guests.values()].map((g) => asApi<Guest>(new FakeEventGuest(g.email, g.status)));
    return includeOwner === true ? [asApi<Guest>(new FakeEventGuest(e.organizer, 'OWNER')), ...guests] : guests;
  }
  getGuestByEmail(email: string): Guest {
    const e = this.#record();
    const key = mailboxKey(this.#text(email, 'getGuestByEmail', [email]));
    if (key === e.organizer) return asApi<Guest>(new FakeEventGuest(e.organizer, 'OWNER'));
    const g = e.guests.get(key);
    return (g ? asApi<Guest>(new FakeEventGuest(g.email, g.status)) : null) as Guest;
  }

  getTag(key: string): string {
    return (this.#record().tags.get(this.#text(key, 'getTag', [key])) ?? null) as string;
  }
  setTag(key: string, value: string): Api {
    const e = this.#editable();
    e.tags.set(this.#text(key, 'setTag', [key, value]), this.#text(value, 'setTag', [key, value]));
    return this.#touch(e);
  }
  deleteTag(key: string): Api {
    const e = this.#editable();
    e.tags.delete(this.#text(key, 'deleteTag', [key]));
    return this.#touch(e);
  }
  getAllTagKeys(): string[] {
    return [...this.#record().tags.keys()];
  }

  /** Deleted for good: gone from the organizer's and the guests' calendars; no email is sent here. */
  deleteEvent(): void {
    const e = this.#editable();
    e.deleted = true;
    e.updated = this.world.clock.now();
  }
}
registerFake(FakeCalendarEvent, { iface: 'Calendar.CalendarEvent', service: 'Calendar' });

function isDate(v: unknown): v is Date {
  return v instanceof Date && !Number.isNaN(v.getTime());
}

/** Both times are Dates and the end is not before the start; the instants, as epoch ms. */
export function checkTimes(start: unknown, end: unknown, owner: string, method: string, extra: unknown[] = []): [number, number] {
  if (!isDate(start) || !isDate(end)) throw signatureError(owner, method, [start, end, ...extra]);
  if (end.getTime() < start.getTime()) throw exception(CALENDAR_TEXT.endBeforeStart);
  return [start.getTime(), end.getTime()];
}
