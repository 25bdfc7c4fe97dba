/**
 * `emu.calendar`: what tests and the CLI see of Calendar, uncounted: each user's events (their own
 * and those they are invited to), the invitations Calendar emailed, and a guest's answer to one.
 */
import { toMs } from '../clock';
import { mailboxKey } from '../gmail';
import type { World } from '../world';
import { addEvent, CALENDAR, defaultCalendar, guestAddresses, onCalendar, type CalendarInvitation, type EventRecord, type GuestStatusName } from './state';

export { CONSUMER_EVENTS_PER_DAY, WORKSPACE_EVENTS_PER_DAY } from './state';

export interface CalendarGuestInfo {
  email: string;
  status: GuestStatusName;
}

export interface CalendarEventInfo {
  id: string;
  /** The organizer's calendar id (their address). */
  calendarId: string;
  organizer: string;
  title: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  guests: CalendarGuestInfo[];
  tags: Record<string, string>;
  created: Date;
  updated: Date;
}

export interface EmulatorCalendar {
  /** The events on `user`'s default calendar (default: the owner's), organized or invited to, by start time; deleted ones are gone. */
  events(options?: { user?: string }): CalendarEventInfo[];
  /** Every event ever created, deleted ones included (`deleted: true`), by creation. */
  allEvents(): Array<CalendarEventInfo & { deleted: boolean }>;
  /** The invitation emails Calendar sent (`sendInvites`), in order; they are not in `mail.sent` nor in anyone's MailApp quota. */
  readonly invitations: CalendarInvitation[];
  /**
   * An event `user` (default: the owner) typed in Calendar itself, not through the script: no quota,
   * no invitation, uncounted. Returns its id.
   */
  add(event: { user?: string; title: string; start: Date | string; end: Date | string; description?: string; location?: string; guests?: string[] }): string;
  /** A guest answers an invitation (as in Calendar's Yes / No / Maybe). */
  respond(guest: string, eventId: string, status: 'YES' | 'NO' | 'MAYBE'): void;
}

function info(e: EventRecord): CalendarEventInfo {
  return {
    id: e.id,
    calendarId: e.calendarId,
    organizer: e.organizer,
    title: e.title,
    description: e.description,
    location: e.location,
    start: new Date(e.start),
    end: new Date(e.end),
    guests: [...e.guests.values()].map((g) => ({ email: g.email, status: g.status })),
    tags: Object.fromEntries(e.tags),
    created: new Date(e.created),
    updated: new Date(e.updated),
  };
}

export function calendarHost(world: World): EmulatorCalendar {
  const state = () => world.state(CALENDAR);
  return {
    events: (options) => {
      const cal = defaultCalendar(world, options?.user ?? world.options.user);
      return [...state().events.values()]
        .filter((e) => onCalendar(e, cal))
        .sort((a, b) => a.start - b.start || a.created - b.created)
        .map(info);
    },
    add: (event) => {
      const start = toMs(event.start);
      const end = toMs(event.end);
      if (end < start) throw new Error(`Emulator: calendar.add needs end >= start (${event.title})`);
      const cal = defaultCalendar(world, event.user ?? world.options.user);
      const guests = guestAddresses((event.guests ?? []).join(','));
      return addEvent(world, cal, { title: event.title, start, end, description: event.description ?? '', location: event.location ?? '', guests }).id;
    },
    allEvents: () => [...state().events.values()].map((e) => ({ ...info(e), deleted: e.deleted })),
    get invitations() {
      return state().invitations;
    },
    respond: (guest, eventId, status) => {
      const e = state().events.get(eventId);
      if (!e || e.deleted) throw new Error(`Emulator: no event ${eventId} to answer`);
      const g = e.guests.get(mailboxKey(guest));
      if (!g) throw new Error(`Emulator: ${guest} is not a guest of ${eventId}`);
      g.status = status;
    },
  };
}
