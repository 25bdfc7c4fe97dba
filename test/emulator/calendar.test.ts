import { resolveOptions } from '../../local/emulator';
import { SCOPE } from '../../local/emulator/scopes';
import { emulate, errorOf } from './helpers';

const OWNER = 'vanphong.huyendoan@example.org';
const CADRE = 'canbo.tamtra@example.org';
const CLERK = 'thuky@example.org';

const CODE = `
  function meeting(guests, sendInvites) {
    var e = CalendarApp.getDefaultCalendar().createEvent('Sinh hoạt Chi đoàn Xuân Thọ',
      new Date('2016-09-15T19:30:00+07:00'), new Date('2016-09-15T21:00:00+07:00'),
      { description: 'Nội dung: xây dựng Chi đoàn mạnh', location: 'Nhà văn hóa thôn Xuân Thọ', guests: guests, sendInvites: sendInvites });
    return e.getId();
  }
  function read(id) {
    var e = CalendarApp.getDefaultCalendar().getEventById(id);
    if (!e) return null;
    return { title: e.getTitle(), start: e.getStartTime().toISOString(), end: e.getEndTime().toISOString(),
      location: e.getLocation(), description: e.getDescription(), owned: e.isOwnedByMe(), mine: String(e.getMyStatus()),
      guests: e.getGuestList().map(function (g) { return [g.getEmail(), String(g.getGuestStatus())]; }),
      withOwner: e.getGuestList(true).length };
  }
  function reschedule(id, start, end) {
    var e = CalendarApp.getEventById(id);
    e.setTime(new Date(start), new Date(end)).setLocation('Hội trường xã Tam Trà').setTitle('Sinh hoạt (dời lịch)').setDescription('Dời lịch');
    return e.getLastUpdated().toISOString();
  }
  function guests(id, add, remove) {
    var e = CalendarApp.getEventById(id);
    if (add) e.addGuest(add);
    if (remove) e.removeGuest(remove);
    var g = e.getGuestByEmail(add || remove);
    return [e.getGuestList().map(function (x) { return x.getEmail(); }), g ? g.getName() : null];
  }
  function cancel(id) { CalendarApp.getEventById(id).deleteEvent(); return CalendarApp.getEventById(id); }
  function cancelTwice(id) { var e = CalendarApp.getEventById(id); e.deleteEvent(); return e.getTitle(); }
  function between(from, to, opts) {
    return CalendarApp.getDefaultCalendar().getEvents(new Date(from), new Date(to), opts).map(function (e) { return e.getTitle(); });
  }
  function day(at) { return CalendarApp.getEventsForDay(new Date(at)).length; }
  function backwards() {
    CalendarApp.createEvent('Sai giờ', new Date('2016-09-15T21:00:00+07:00'), new Date('2016-09-15T19:30:00+07:00'));
  }
  function badGuest() {
    CalendarApp.createEvent('Khách sai', new Date('2016-09-15T19:30:00+07:00'), new Date('2016-09-15T21:00:00+07:00'), { guests: 'không phải địa chỉ' });
  }
  function notADate() { CalendarApp.createEvent('x', '15/09/2016', new Date()); }
  function ids() {
    var cal = CalendarApp.getDefaultCalendar();
    return [cal.getId(), cal.getName(), cal.getTimeZone(), cal.isOwnedByMe(), CalendarApp.getCalendarById(cal.getId()) !== null,
      CalendarApp.getOwnedCalendarById(cal.getId().toUpperCase()) !== null];
  }
  function other(id) { return CalendarApp.getCalendarById(id); }
  function tag(id, value) { var e = CalendarApp.getEventById(id); if (value) e.setTag('visit', value); return e.getTag('visit'); }
  function many(n) {
    var cal = CalendarApp.getDefaultCalendar();
    for (var i = 0; i < n; i++) cal.createEvent('Họp ' + i, new Date('2016-09-15T08:00:00+07:00'), new Date('2016-09-15T09:00:00+07:00'));
  }
  function retitle(id) { var e = CalendarApp.getEventById(id); var before = e.getTitle(); e.setTitle('Đổi tên'); return before; }
  function onlyRead() { return CalendarApp.getDefaultCalendar().getEvents(new Date(0), new Date('2017-01-01')).length; }
`;

const GRANT = [SCOPE.calendar];

describe('CalendarApp: events on the acting user\'s default calendar', () => {
  test('an event is created with its options and read back; the guests are invited', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    const id = emu.run('meeting', `${CADRE}, bithu.xuantho@example.org`, false) as string;
    expect(id).toMatch(/^[a-z0-9]{26}@google\.com$/);
    expect(emu.run('read', id)).toEqual({
      title: 'Sinh hoạt Chi đoàn Xuân Thọ',
      start: '2016-09-15T12:30:00.000Z',
      end: '2016-09-15T14:00:00.000Z',
      location: 'Nhà văn hóa thôn Xuân Thọ',
      description: 'Nội dung: xây dựng Chi đoàn mạnh',
      owned: true,
      mine: 'OWNER',
      guests: [[CADRE, 'INVITED'], ['bithu.xuantho@example.org', 'INVITED']],
      withOwner: 3,
    });
    expect(emu.calendar.events().map((e) => e.title)).toEqual(['Sinh hoạt Chi đoàn Xuân Thọ']);
    // Without sendInvites, Calendar sends nothing.
    expect(emu.calendar.invitations).toEqual([]);
  });

  test('changes: time, place, title, description, guests, tags; a deleted event is gone and its handle refuses', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    const id = emu.run('meeting', CADRE, false) as string;
    emu.clock.advanceBy(60_000);
    const updated = emu.run('reschedule', id, '2016-09-16T19:30:00+07:00', '2016-09-16T21:00:00+07:00') as string;
    expect(new Date(updated).getTime()).toBeGreaterThan(emu.calendar.events()[0]!.created.getTime());
    expect(emu.run('read', id)).toMatchObject({
      title: 'Sinh hoạt (dời lịch)', start: '2016-09-16T12:30:00.000Z', location: 'Hội trường xã Tam Trà', description: 'Dời lịch',
    });
    expect(emu.run('guests', id, 'pho.bithu@example.org', null)).toEqual([[CADRE, 'pho.bithu@example.org'], 'pho.bithu@example.org']);
    expect(emu.run('guests', id, null, CADRE)).toEqual([['pho.bithu@example.org'], null]);
    expect(emu.run('tag', id, 'tam-tra|xuan-tho|2016-09-15')).toBe('tam-tra|xuan-tho|2016-09-15');
    expect(emu.run('tag', id, null)).toBe('tam-tra|xuan-tho|2016-09-15');
    expect(emu.run('cancel', id)).toBeNull();
    expect(emu.calendar.events()).toEqual([]);
    expect(emu.calendar.allEvents()[0]).toMatchObject({ id, deleted: true });
    const id2 = emu.run('meeting', CADRE, false) as string;
    expect(errorOf(() => emu.run('cancelTwice', id2)).text).toBe('Exception: The event has been deleted.');
  });

  test('getEvents: events overlapping the range, by start time, with start and max; getEventsForDay in the calendar\'s zone', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    emu.run('meeting', '', false);
    emu.run('many', 2);
    expect(emu.run('between', '2016-09-15T00:00:00+07:00', '2016-09-16T00:00:00+07:00')).toEqual(['Họp 0', 'Họp 1', 'Sinh hoạt Chi đoàn Xuân Thọ']);
    // An event spanning the whole range, or ending inside it, is found; one ending at the range's start is not.
    expect(emu.run('between', '2016-09-15T20:00:00+07:00', '2016-09-15T20:30:00+07:00')).toEqual(['Sinh hoạt Chi đoàn Xuân Thọ']);
    expect(emu.run('between', '2016-09-15T09:00:00+07:00', '2016-09-15T10:00:00+07:00')).toEqual([]);
    expect(emu.run('between', '2016-09-15T00:00:00+07:00', '2016-09-16T00:00:00+07:00', { start: 1, max: 1 })).toEqual(['Họp 1']);
    expect(emu.run('day', '2016-09-15T23:59:00+07:00')).toBe(3);
    expect(emu.run('day', '2016-09-14T23:59:00+07:00')).toBe(0);
  });

  test('bad input: end before start, a guest that is not an address, a time that is not a Date', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    expect(errorOf(() => emu.run('backwards')).text).toBe('Exception: Event start date must be before event end date.');
    expect(errorOf(() => emu.run('badGuest')).text).toBe('Exception: Invalid argument: không phải địa chỉ');
    expect(errorOf(() => emu.run('notADate')).text).toMatch(/^Exception: The parameters \(String,Date\) don't match the method signature for CalendarApp\.Calendar\.createEvent\.$/);
    expect(emu.calendar.allEvents()).toEqual([]);
  });

  test('an unknown id finds nothing: getEventById and getCalendarById return null', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    expect(emu.run('read', 'khongco@google.com')).toBeNull();
    expect(emu.run('other', 'someone.else@example.org')).toBeNull();
    expect(emu.run('ids')).toEqual([OWNER, OWNER, 'Asia/Ho_Chi_Minh', true, true, true]);
  });
});

describe('CalendarApp identity: each user their own calendar, guests see invitations', () => {
  test('a guest the emulator plays sees the event on their calendar, cannot change it, and follows the organizer\'s changes', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT, editors: [CADRE] });
    const id = emu.run('meeting', CADRE, true) as string;
    expect(emu.runAs({ user: CADRE }, 'read', id)).toMatchObject({ owned: false, mine: 'INVITED', title: 'Sinh hoạt Chi đoàn Xuân Thọ' });
    expect(errorOf(() => emu.runAs({ user: CADRE }, 'reschedule', id, '2016-09-16T19:30:00+07:00', '2016-09-16T21:00:00+07:00')).text).toBe(
      'Exception: Action not allowed',
    );
    emu.calendar.respond(CADRE, id, 'YES');
    expect(emu.run('read', id)).toMatchObject({ guests: [[CADRE, 'YES']] });
    expect(emu.runAs({ user: CADRE }, 'read', id)).toMatchObject({ mine: 'YES' });
    emu.run('reschedule', id, '2016-09-16T19:30:00+07:00', '2016-09-16T21:00:00+07:00');
    expect(emu.calendar.events({ user: CADRE })[0]).toMatchObject({ title: 'Sinh hoạt (dời lịch)', start: new Date('2016-09-16T12:30:00Z') });
    emu.run('cancel', id);
    expect(emu.runAs({ user: CADRE }, 'read', id)).toBeNull();
    expect(emu.calendar.events({ user: CADRE })).toEqual([]);
  });

  test('a clerk at the sidebar reaches their own calendar, not the office\'s', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT, editors: [CLERK] });
    const id = emu.run('meeting', '', false) as string;
    expect(emu.runAs({ user: CLERK }, 'read', id)).toBeNull();
    expect(emu.runAs({ user: CLERK }, 'other', OWNER)).toBeNull();
    expect((emu.runAs({ user: CLERK }, 'ids') as unknown[])[0]).toBe(CLERK);
    expect(emu.calendar.events({ user: CLERK })).toEqual([]);
  });

  test('sendInvites: Calendar emails each guest from the organizer, outside MailApp\'s quota; an emulated guest finds it in Gmail', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT, editors: [CADRE] });
    const quota = emu.mail.remainingToday();
    const id = emu.run('meeting', `${CADRE}, bithu.xuantho@example.org`, true) as string;
    expect(emu.calendar.invitations.map((i) => [i.to, i.from, i.eventId])).toEqual([
      [CADRE, OWNER, id],
      ['bithu.xuantho@example.org', OWNER, id],
    ]);
    const invitation = emu.calendar.invitations[0]!;
    expect(invitation.subject).toBe(`Invitation: Sinh hoạt Chi đoàn Xuân Thọ @ 15/09/2016 19:30 - 21:00 (Asia/Ho_Chi_Minh) (${CADRE})`);
    expect(invitation.body).toContain('Where: Nhà văn hóa thôn Xuân Thọ');
    expect(emu.mail.sent).toEqual([]);
    expect(emu.mail.remainingToday()).toBe(quota);
    expect(emu.gmail.messages({ user: CADRE }).map((m) => m.subject)).toEqual([invitation.subject]);
  });
});

describe('CalendarApp scopes, costs and quota', () => {
  test('reading takes calendar.readonly; a change needs calendar (or the feeds scope); nothing else grants either', () => {
    const readOnly = emulate(CODE, { oauthScopes: [SCOPE.calendarReadonly] });
    expect(readOnly.run('onlyRead')).toBe(0);
    expect(errorOf(() => readOnly.run('meeting', '', false)).message).toBe(
      `You do not have permission to call Calendar.createEvent. Required permissions: (${SCOPE.calendar} || ${SCOPE.calendarFeeds})`,
    );
    const feeds = emulate(CODE, { oauthScopes: [SCOPE.calendarFeeds] });
    expect(typeof feeds.run('meeting', '', false)).toBe('string');
    const none = emulate(CODE, { oauthScopes: [`${SCOPE.calendar}.events`, SCOPE.spreadsheets] });
    expect(errorOf(() => none.run('onlyRead')).message).toBe(
      `You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: (${SCOPE.calendar} || ${SCOPE.calendarReadonly} || ${SCOPE.calendarFeeds})`,
    );
  });

  test('an event\'s getters take the read-only scope, its setters the full one', () => {
    // The office typed the meeting in Calendar itself; the project holds only calendar.readonly.
    const readOnly = emulate(CODE, { oauthScopes: [SCOPE.calendarReadonly] });
    const id = readOnly.calendar.add({ title: 'Họp BTV', start: '2016-09-15T08:00:00+07:00', end: '2016-09-15T09:00:00+07:00', guests: [CADRE] });
    expect(readOnly.run('read', id)).toMatchObject({ title: 'Họp BTV', guests: [[CADRE, 'INVITED']], mine: 'OWNER' });
    expect(errorOf(() => readOnly.run('retitle', id)).message).toBe(
      `You do not have permission to call CalendarEvent.setTitle. Required permissions: (${SCOPE.calendar} || ${SCOPE.calendarFeeds})`,
    );
    const full = emulate(CODE, { oauthScopes: GRANT });
    const mine = full.run('meeting', '', false) as string;
    expect(full.run('retitle', mine)).toBe('Sinh hoạt Chi đoàn Xuân Thọ');
    expect(full.calendar.events()[0]?.title).toBe('Đổi tên');
  });

  test('a planned failure of createEvent throws the platform\'s server error and leaves no event', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    emu.faults.failOn('Calendar.createEvent');
    expect(errorOf(() => emu.run('meeting', CADRE, true)).text).toBe("Exception: We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(emu.calendar.allEvents()).toEqual([]);
    expect(emu.calendar.invitations).toEqual([]);
  });

  test('Workspace accounts create 10,000 events a day', () => {
    expect(resolveOptions({ now: '2016-08-26T08:00:00+07:00', code: '', workspace: true }).calendarEventsPerDay).toBe(10000);
    expect(resolveOptions({ now: '2016-08-26T08:00:00+07:00', code: '' }).calendarEventsPerDay).toBe(5000);
  });

  test('a source that mentions CalendarApp, without oauthScopes, is granted the calendar scopes', () => {
    const emu = emulate(CODE);
    expect(typeof emu.run('meeting', '', false)).toBe('string');
  });

  test('every call is counted under Calendar and costs 100 ms; guests\' getters too', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    const id = emu.run('meeting', CADRE, false) as string;
    expect(emu.calls.byMethod()).toEqual({ 'CalendarApp.getDefaultCalendar': 1, 'Calendar.createEvent': 1, 'CalendarEvent.getId': 1 });
    emu.calls.reset();
    const before = emu.clock.now().getTime();
    emu.run('read', id);
    // getDefaultCalendar, getEventById, 5 getters, isOwnedByMe, getMyStatus, getGuestList, the guest's 2 getters, getGuestList(true).
    expect(emu.calls.total('Calendar')).toBe(13);
    expect(emu.clock.now().getTime() - before).toBe(1300);
  });

  test('a call on the calendar outside the script lock is a race', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT });
    emu.run('meeting', '', false);
    expect(emu.races.map((r) => r.method)).toEqual(['Calendar.createEvent']);
  });

  test('a consumer account creates at most 5,000 events a day, then Calendar refuses with the platform text', () => {
    const emu = emulate(CODE, { oauthScopes: GRANT, costs: { perService: { Calendar: 0 } } }); // logic only: the count, not the time
    emu.run('many', 5000);
    expect(errorOf(() => emu.run('many', 1)).text).toBe('Exception: Service invoked too many times: Calendar.');
    emu.clock.advanceBy(24 * 3600 * 1000);
    expect(() => emu.run('many', 1)).not.toThrow();
  });
});
