/**
 * ScriptApp: installable triggers. Time-driven triggers run on a deterministic schedule (see
 * COVERAGE.md); the emulator fires them as the clock advances, each as its own execution.
 */
import { asApi, registerFake } from './bridge';
import { enumName, enumValue } from './enums';
import { exception, signatureError } from './errors';
import { firstRun, type ClockSchedule } from './schedule';
import { fromWall, wallFields } from './tz';
import { stateKey, type World } from './world';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type SourceName = 'CLOCK' | 'SPREADSHEETS' | 'FORMS';

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: SourceName;
  sourceId: string;
  user: string;
  created: number;
  timeZone: string;
  schedule?: ClockSchedule;
  /** When it fires next; undefined once a one-time trigger has run. */
  nextRun?: number;
  description: string;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: SourceName;
  sourceId: string;
  user: string;
  schedule?: string;
  timeZone?: string;
  nextRun?: Date;
}

export interface ScriptState {
  triggers: TriggerRecord[];
  seq: number;
}

export { clockEvent, nextRunAfter, type ClockSchedule } from './schedule';

export const SCRIPT = stateKey('script', (): ScriptState => ({ triggers: [], seq: 0 }));

export const MAX_TRIGGERS = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export function describeTrigger(t: TriggerRecord): TriggerInfo {
  const info: TriggerInfo = { id: t.id, handler: t.handler, eventType: t.eventType, source: t.source, sourceId: t.sourceId, user: t.user };
  if (t.schedule) {
    info.schedule = t.description;
    info.timeZone = t.timeZone;
    if (t.nextRun !== undefined) info.nextRun = new Date(t.nextRun);
  }
  return info;
}

function install(world: World, spec: Omit<TriggerRecord, 'id' | 'user' | 'created'>): GoogleAppsScript.Script.Trigger {
  const state = world.state(SCRIPT);
  const user = world.actingUser();
  if (state.triggers.filter((t) => t.user === user).length >= MAX_TRIGGERS) throw exception(TOO_MANY);
  state.seq += 1;
  const rec: TriggerRecord = { ...spec, id: String(7340000 + state.seq * 17), user, created: world.clock.now() };
  state.triggers.push(rec);
  return asApi(new FakeTrigger(rec));
}

export class FakeTrigger
  implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>
{
  constructor(readonly record: TriggerRecord) {}
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return asApi(enumValue('Script.EventType', this.record.eventType));
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return asApi(enumValue('Script.TriggerSource', this.record.source));
  }
  getTriggerSourceId(): string {
    return this.record.sourceId;
  }
}
registerFake(FakeTrigger, { iface: 'Script.Trigger', service: 'Script' });

type ClockMethods =
  | 'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'atHour' | 'nearMinute' | 'inTimezone'
  | 'atDate' | 'at' | 'after' | 'onWeekDay' | 'onMonthDay' | 'create';

type Self = GoogleAppsScript.Script.ClockTriggerBuilder;

function integer(value: unknown, what: string, ok: (n: number) => boolean, message?: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || !ok(n)) throw exception(message ?? `Invalid argument: ${what}`);
  return n;
}

export class FakeClockTriggerBuilder implements Pick<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods> {
  #every?: { unit: 'minutes' | 'hours' | 'days' | 'weeks'; n: number };
  #hour?: number;
  #minute?: number;
  #weekday?: number;
  #monthDay?: number;
  #once?: number;
  #tz?: string;

  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {}

  #self(): Self {
    return asApi(this);
  }
  everyMinutes(n: number): Self {
    const v = integer(n, 'minutes', (x) => [1, 5, 10, 15, 30].includes(x), 'Invalid argument: minutes. Valid values are 1, 5, 10, 15 and 30.');
    this.#every = { unit: 'minutes', n: v };
    return this.#self();
  }
  everyHours(n: number): Self {
    const v = integer(n, 'hours', (x) => [1, 2, 4, 6, 8, 12].includes(x), 'Invalid argument: hours. Valid values are 1, 2, 4, 6, 8 and 12.');
    this.#every = { unit: 'hours', n: v };
    return this.#self();
  }
  everyDays(n: number): Self {
    this.#every = { unit: 'days', n: integer(n, 'days', (x) => x >= 1) };
    return this.#self();
  }
  everyWeeks(n: number): Self {
    this.#every = { unit: 'weeks', n: integer(n, 'weeks', (x) => x >= 1) };
    return this.#self();
  }
  atHour(hour: number): Self {
    this.#hour = integer(hour, 'hour', (x) => x >= 0 && x <= 23);
    return this.#self();
  }
  nearMinute(minute: number): Self {
    this.#minute = integer(minute, 'minute', (x) => x >= 0 && x <= 59);
    return this.#self();
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): Self {
    const names = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
    const i = names.indexOf(enumName(day) ?? '');
    if (i < 0) throw exception('Invalid argument: day');
    this.#weekday = i;
    return this.#self();
  }
  onMonthDay(day: number): Self {
    this.#monthDay = integer(day, 'day', (x) => x >= 1 && x <= 31);
    return this.#self();
  }
  inTimezone(timezone: string): Self {
    this.#tz = String(timezone);
    return this.#self();
  }
  at(date: GoogleAppsScript.Base.Date): Self {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw exception('Invalid argument: date');
    this.#once = date.getTime();
    return this.#self();
  }
  atDate(year: number, month: number, day: number): Self {
    this.#once = fromWall(this.#zone(), Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return this.#self();
  }
  after(durationMilliseconds: number): Self {
    this.#once = this.world.clock.now() + integer(durationMilliseconds, 'durationMilliseconds', (x) => x >= 0);
    return this.#self();
  }
  #zone(): string {
    return this.#tz ?? this.world.options.scriptTimeZone;
  }

  create(): GoogleAppsScript.Script.Trigger {
    const tz = this.#zone();
    const now = this.world.clock.now();
    const f = wallFields(tz, now);
    let schedule: ClockSchedule;
    let description: string;
    const e = this.#every;
    if (this.#once !== undefined && !e) {
      schedule = { kind: 'once', at: this.#once };
      description = `once at ${new Date(this.#once).toISOString()}`;
    } else if (!e && this.#monthDay !== undefined) {
      schedule = { kind: 'monthDay', day: this.#monthDay, hour: this.#hour ?? f.hour, minute: this.#minute ?? 0 };
      description = `monthly on day ${this.#monthDay} at ${schedule.hour}:${String(schedule.minute).padStart(2, '0')}`;
    } else if (!e) {
      throw exception('Clock triggers must have a frequency or a specific time.');
    } else if ((this.#hour !== undefined || this.#weekday !== undefined) && (e.unit === 'minutes' || e.unit === 'hours')) {
      throw exception(`Emulator: atHour/onWeekDay cannot be combined with every${e.unit === 'minutes' ? 'Minutes' : 'Hours'}`);
    } else if (e.unit === 'minutes') {
      schedule = { kind: 'minutes', n: e.n };
      description = `every ${e.n} minute(s)`;
    } else if (e.unit === 'hours') {
      schedule = this.#minute === undefined ? { kind: 'hours', n: e.n } : { kind: 'hours', n: e.n, minute: this.#minute };
      description = `every ${e.n} hour(s)${this.#minute === undefined ? '' : ` at minute ${this.#minute}`}`;
    } else {
      const hour = this.#hour ?? f.hour;
      const minute = this.#minute ?? (this.#hour === undefined ? f.minute : 0);
      const at = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      if (e.unit === 'days') {
        schedule = { kind: 'days', n: e.n, hour, minute };
        description = `every ${e.n} day(s) at ${at}`;
      } else {
        const weekday = this.#weekday ?? f.weekday;
        schedule = { kind: 'weeks', n: e.n, weekday, hour, minute };
        description = `every ${e.n} week(s) on weekday ${weekday} at ${at}`;
      }
    }
    return install(this.world, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: this.world.scriptId,
      timeZone: tz,
      schedule,
      nextRun: firstRun(schedule, now, tz),
      description: `${description} (${tz})`,
    });
  }
}
registerFake(FakeClockTriggerBuilder, { iface: 'Script.ClockTriggerBuilder', service: 'Script' });

export class FakeSpreadsheetTriggerBuilder
  implements Pick<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'>
{
  #event?: EventTypeName;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  #set(e: EventTypeName): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.#event = e;
    return asApi(this);
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#set('ON_OPEN');
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#set('ON_EDIT');
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#set('ON_CHANGE');
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#set('ON_FORM_SUBMIT');
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.#event) throw exception('Emulator: choose onOpen/onEdit/onChange/onFormSubmit before create()');
    return install(this.world, {
      handler: this.handler,
      eventType: this.#event,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      timeZone: this.world.options.scriptTimeZone,
      description: `${this.#event} of spreadsheet ${this.sourceId}`,
    });
  }
}
registerFake(FakeSpreadsheetTriggerBuilder, { iface: 'Script.SpreadsheetTriggerBuilder', service: 'Script' });

/** Form triggers: onFormSubmit fires on respondent submissions (emu.forms.submit); onOpen never fires here. */
export class FakeFormTriggerBuilder implements Pick<GoogleAppsScript.Script.FormTriggerBuilder, 'onFormSubmit' | 'onOpen' | 'create'> {
  #event?: EventTypeName;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  onFormSubmit(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.#event = 'ON_FORM_SUBMIT';
    return asApi(this);
  }
  onOpen(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.#event = 'ON_OPEN';
    return asApi(this);
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.#event) throw exception('Emulator: choose onFormSubmit/onOpen before create()');
    return install(this.world, {
      handler: this.handler,
      eventType: this.#event,
      source: 'FORMS',
      sourceId: this.sourceId,
      timeZone: this.world.options.scriptTimeZone,
      description: `${this.#event} of form ${this.sourceId}`,
    });
  }
}
registerFake(FakeFormTriggerBuilder, { iface: 'Script.FormTriggerBuilder', service: 'Script' });

export class FakeTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet' | 'forForm'> {
  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return asApi(new FakeClockTriggerBuilder(this.world, this.handler));
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return asApi(new FakeSpreadsheetTriggerBuilder(this.world, this.handler, id));
  }
  /** A Form or a form id (the form is not checked to exist, as with forSpreadsheet). */
  forForm(form: GoogleAppsScript.Forms.Form | string): GoogleAppsScript.Script.FormTriggerBuilder {
    const id = typeof form === 'string' ? form : form.getId();
    return asApi(new FakeFormTriggerBuilder(this.world, this.handler, id));
  }
}
registerFake(FakeTriggerBuilder, { iface: 'Script.TriggerBuilder', service: 'Script' });

/**
 * The user's consent to the script's scopes. The emulator's users have all run the script once and
 * accepted the manifest's scopes, so authorization is NOT_REQUIRED and there is no URL to visit
 * (the reference: "This method returns null if no authorization is required").
 */
export class FakeAuthorizationInfo implements Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'> {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return asApi(enumValue('Script.AuthorizationStatus', 'NOT_REQUIRED'));
  }
  getAuthorizationUrl(): string {
    return null as unknown as string;
  }
}
registerFake(FakeAuthorizationInfo, { iface: 'Script.AuthorizationInfo', service: 'Script' });

type ScriptMethods = 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger' | 'getScriptId' | 'getUserTriggers' | 'getAuthorizationInfo';

export class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptMethods> {
  constructor(private readonly world: World) {}
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw exception('Invalid argument: functionName');
    return asApi(new FakeTriggerBuilder(this.world, functionName));
  }
  /** The current user's triggers in this project. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    const user = this.world.actingUser();
    return this.world
      .state(SCRIPT)
      .triggers.filter((t) => t.user === user)
      .map((t) => asApi<GoogleAppsScript.Script.Trigger>(new FakeTrigger(t)));
  }
  getUserTriggers(document: { getId(): string }): GoogleAppsScript.Script.Trigger[] {
    const id = document.getId();
    const user = this.world.actingUser();
    return this.world
      .state(SCRIPT)
      .triggers.filter((t) => t.user === user && t.sourceId === id)
      .map((t) => asApi<GoogleAppsScript.Script.Trigger>(new FakeTrigger(t)));
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    if (!(trigger instanceof FakeTrigger)) throw exception('Invalid argument: trigger');
    const state = this.world.state(SCRIPT);
    state.triggers = state.triggers.filter((t) => t.id !== trigger.record.id);
  }
  getScriptId(): string {
    return this.world.scriptId;
  }
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    if (enumName(authMode, 'Script.AuthMode') === undefined || typeof authMode === 'string') {
      throw signatureError('ScriptApp', 'getAuthorizationInfo', [authMode]);
    }
    return asApi(new FakeAuthorizationInfo());
  }
}
registerFake(FakeScriptApp, { iface: 'Script.ScriptApp', service: 'Script' });
