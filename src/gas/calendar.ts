/** The office's Google Calendar, as the visits pass uses it (app/visits/visitSync.ts). */
export interface MeetingEvent {
  title: string;
  start: Date;
  end: Date;
  location: string;
  /** Carries the visit's `Mã`, by which a retried run finds the event it made. */
  description: string;
  guests: readonly string[];
}

export interface CalendarPort {
  /** Creates the event and has Calendar send the guests its invitation; returns its id. */
  create(event: MeetingEvent): string;
  /** Brings the event up to date; false when the calendar no longer has it (deleted by hand). */
  update(eventId: string, event: MeetingEvent): boolean;
  /** Deletes the event; nothing when it is already gone. */
  remove(eventId: string): void;
  /** The id of an event between `start` and `end` whose description holds `marker`, or null. */
  findMarked(marker: string, start: Date, end: Date): string | null;
}

/** The running user's default calendar (the office account's, for the poll), fetched once. */
export function officeCalendar(): CalendarPort {
  let calendar: GoogleAppsScript.Calendar.Calendar | null = null;
  const cal = () => (calendar ??= CalendarApp.getDefaultCalendar());
  return {
    create: (event) =>
      cal()
        .createEvent(event.title, event.start, event.end, { location: event.location, description: event.description, guests: event.guests.join(','), sendInvites: true })
        .getId(),
    update(eventId, event) {
      const found = cal().getEventById(eventId);
      if (!found) return false;
      found.setTime(event.start, event.end);
      found.setTitle(event.title);
      found.setLocation(event.location);
      found.setDescription(event.description);
      return true;
    },
    remove(eventId) {
      cal().getEventById(eventId)?.deleteEvent();
    },
    findMarked(marker, start, end) {
      // Only the meeting's own hours: a handful of events, each read once.
      const found = cal().getEvents(start, end).find((event) => event.getDescription().includes(marker));
      return found ? found.getId() : null;
    },
  };
}
