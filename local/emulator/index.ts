/**
 * The local Apps Script: runs a built bundle (dist/Code.js) in node:vm with emulated services.
 *
 *   const emu = createEmulator({ now: '2016-08-26T08:00:00+07:00' });
 *   emu.run('setup');
 *   emu.clock.advanceTo('2016-09-20T00:00:00+07:00'); // fires time-driven triggers
 *   await emu.exportXlsx('out/workbook.xlsx');
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vm from 'node:vm';
import type { CallCounter, FaultApi } from './calls';
import { toMs } from './clock';
import { checkCostOptions, type CostOptions } from './costs';
import { formsHost, type EmulatorForms } from './forms/host';
import { formEvent } from './forms/respondent';
import { formById } from './forms/state';
import { deliver, messageInfo, peekMailbox, type DeliverOptions, type GmailMessageInfo } from './gmail';
import { MAIL, remainingToday, type SentMail } from './mail';
import { PROPERTIES, type Store } from './properties';
import { execute, Realms } from './runtime';
import { isSharedCall } from './races';
import { clockEvent, describeTrigger, nextRunAfter, SCRIPT, type TriggerInfo, type TriggerRecord } from './script';
import { detectScopes, grantScopes, manifestScopes } from './scopes';
import { enableAdvancedServices, manifestAdvancedServices, type AdvancedService } from './advanced';
import { driveFiles } from './drive/service';
import { calendarHost, CONSUMER_EVENTS_PER_DAY, WORKSPACE_EVENTS_PER_DAY, type EmulatorCalendar } from './calendar/host';
import { docsHost, driveHost, type EmulatorDocs, type EmulatorDrive } from './documents/host';
import { FakeUser } from './session';
import { holdByOther, releaseOther } from './lock';
import { FakeRange } from './spreadsheet/range';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { DEFAULT_SPREADSHEET_NAME, workbook } from './spreadsheet/state';
import { enumValue } from './enums';
import { menuFunctions, UI, type DialogRecord, type MenuRecord, type ModalRecord, type SidebarRecord, type ToastRecord, type UiResponse } from './ui';
import { CONSUMER_TRIGGER_BUDGET_MS, triggerTimeLeftMs, triggerTimeUsedMs, WORKSPACE_TRIGGER_BUDGET_MS } from './trigger-budget';
import { World, type ExecutionRecord, type RaceRecord, type ResolvedOptions } from './world';
import { exportXlsx } from './xlsx';

export { toEml, rfc5322Date } from './eml';
export type { SentMail, SentAttachment } from './mail';
export type { GmailMessageInfo } from './gmail';
export type { DriveFileRecord } from './drive/service';
export type { EmulatorCalendar, CalendarEventInfo, CalendarGuestInfo } from './calendar/host';
export type { CalendarInvitation } from './calendar/state';
export type { EmulatorDocs, EmulatorDrive, DocumentInfo, FolderInfo } from './documents/host';
export type { BodyNode, BlockNode, ParagraphNode, TableNode, CellNode, CharStyle } from './documents/model';
export type { AdvancedService } from './advanced';
export type { TriggerInfo } from './script';
export type { EmulatorForms, FormInfo, FormItemInfo, FormResponseInfo, NavTarget } from './forms/host';
export type { RespondentSubmission } from './forms/respondent';
export type { AnswerInput, GridRowInput } from './forms/respondent-answers';
export type { Prefilled, PrefilledAnswer } from './forms/prefill';
export type { ExecutionRecord, RaceRecord } from './world';
export type { MenuRecord, MenuItemRecord, DialogRecord, SidebarRecord, ModalRecord, ToastRecord, UiResponse } from './ui';
export type { CallCounter, FaultApi } from './calls';
export type { CostOptions } from './costs';
export { COST_TABLE_MS, costTableText, planningCostMs } from './costs';
export { TRIGGER_BUDGET_TEXT } from './trigger-budget';

export const DEFAULT_USER = 'vanphong.huyendoan@example.org';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface EmulatorOptions {
  /** Bundle source; or */
  code?: string;
  /** Default `dist/Code.js`, resolved from the working directory. */
  bundlePath?: string;
  /** Where HtmlService.createHtmlOutputFromFile(name) reads `${name}.html`; default: the bundle's folder. */
  distDir?: string;
  /** Simulated clock start (ISO string accepted). */
  now: Date | string;
  /** Default: timeZone of appsscript.json beside the bundle, else Asia/Ho_Chi_Minh. */
  scriptTimeZone?: string;
  /** Owner and default active user. */
  user?: string;
  /** Spreadsheet editors besides the owner. */
  editors?: string[];
  /** A Google Workspace account rather than a consumer one: 6 h of trigger time a day, 1,500 email recipients. */
  workspace?: boolean;
  /** Email recipients per day, for each user (default 100, Workspace 1,500). */
  mailQuota?: number;
  /**
   * Changes the planning costs of costs.ts (on by default): `{ uniformMs }` makes every counted call
   * cost that much, `{ perService: { Spreadsheet: 200 } }` replaces rows, `{ scale: 2 }` multiplies.
   * A test that lowers costs says why; none lowers them to get under a limit.
   */
  costs?: CostOptions;
  /** Same as `costs: { uniformMs }`: every counted call costs this many ms instead of the table. */
  msPerCall?: number;
  /** Trigger run time per user in any 24 hours (default 90 minutes, Workspace 6 hours). */
  triggerBudgetMs?: number;
  spreadsheetName?: string;
  /**
   * The OAuth scopes the project holds. Default: `oauthScopes` of appsscript.json beside the bundle; a
   * manifest without the field (or inline code without a manifest) gets the scopes its source implies.
   */
  oauthScopes?: string[];
  /** Advanced services enabled. Default: `dependencies.enabledAdvancedServices` of appsscript.json beside the bundle (none without one). */
  advancedServices?: AdvancedService[];
}

export interface EmulatorClock {
  /** Host side: the latest time any execution reached. */
  now(): Date;
  /**
   * Moves the clock forward, running what is due in time order (time-driven triggers, scheduled
   * actions), each at its own time: executions overlap when one arrives while another runs.
   */
  advanceTo(t: Date | string): void;
  advanceBy(ms: number): void;
}

export interface EmulatorUi {
  readonly menus: MenuRecord[];
  readonly sidebars: SidebarRecord[];
  readonly dialogs: ModalRecord[];
  readonly alerts: DialogRecord[];
  readonly toasts: ToastRecord[];
  /** Queues the user's answer to the next alert or prompt. */
  respond(r: UiResponse): void;
}

export interface EmulatorGmail {
  /**
   * A received message (raw RFC 5322), in `user`'s mailbox (default: the owner's), with the
   * `Delivered-To: <user>` Gmail puts on top of every message it delivers (so a message that came
   * through a group, an alias or Bcc is found by `deliveredto:`, not by `to:`). It joins the
   * thread of a message its In-Reply-To/References name when the normalised subjects (without
   * Re:/Fwd:) agree, else starts a thread. `labels` are user labels (created, with parents, when
   * missing); `date` is Gmail's date (default: now); `spam` files it in Spam, where searches that
   * do not ask for `in:spam` do not see it.
   */
  deliver(raw: string | Uint8Array, options?: DeliverOptions): { id: string; threadId: string };
  /** Every message of `user`'s mailbox (default: the owner's), received and sent, in mailbox order. */
  messages(options?: { user?: string }): GmailMessageInfo[];
  /** `user`'s label names (default: the owner's). */
  labels(options?: { user?: string }): string[];
}

export interface EmulatorProperties {
  readonly script: Store;
  /** The default user's store. */
  readonly user: Store;
  readonly document: Store;
  userOf(email: string): Store;
}

export interface Emulator {
  /** One interactive execution as the default user; returns host values, rethrows the script's error. */
  run(fn: string, ...args: unknown[]): unknown;
  runAs(ctx: { interactive?: boolean; user?: string }, fn: string, ...args: unknown[]): unknown;
  /**
   * Runs `action` (host code: `emu.runAs(...)`, `emu.forms.submit(...)`, `emu.gmail.deliver(...)`) at
   * simulated time `at` — a Date, an ISO string, or epoch ms — when the clock gets there, even in
   * the middle of another execution: it then overlaps that execution (lock-ordered, see README).
   * A failure of the action itself is kept in `scheduledErrors`.
   */
  schedule(at: Date | string | number, action: () => void): void;
  readonly scheduledErrors: unknown[];
  /** Calls on shared state made without the script lock (none is the product's contract). */
  readonly races: RaceRecord[];
  /**
   * From now on every counted call costs `ms`, whatever its row in the planning table (a slow day
   * on Google's side when larger than the table). Same as `createEmulator({ msPerCall })`.
   */
  setMsPerCall(ms: number): void;
  /** Replaces the cost options from now on: `{ scale: 4 }` is a slow day, `{}` the planning costs again. */
  setCosts(costs: CostOptions): void;
  /** Trigger run time a user (default: the owner) spent in the last 24 hours, and what is left of the budget. */
  readonly triggerTime: { usedMs(user?: string): number; leftMs(user?: string): number };
  readonly clock: EmulatorClock;
  triggers(): TriggerInfo[];
  /** Fires one installable trigger now; a failure is recorded in `executions`, not thrown. */
  fireTrigger(id: string, event?: Record<string, unknown>): void;
  readonly executions: ExecutionRecord[];
  readonly calls: CallCounter;
  readonly faults: FaultApi;
  /** Host-side, uncounted, never faulted view of the bound spreadsheet (host Dates and arrays). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Host-side: the sheet's data region values. */
  values(sheetName: string): unknown[][];
  /** Every message sent, by anyone; `remainingToday(user)` is that user's recipients left today (default: the owner's). */
  readonly mail: { readonly sent: SentMail[]; remainingToday(user?: string): number };
  readonly gmail: EmulatorGmail;
  /** Drive, host-side: files (every user's), folders, and files made outside the script. */
  readonly drive: EmulatorDrive;
  /** The Docs DocumentApp made, host-side, as saved; each as .docx or PDF. */
  readonly docs: EmulatorDocs;
  /** Every user's calendar events and the invitations Calendar sent, host-side; guests' answers. */
  readonly calendar: EmulatorCalendar;
  /**
   * The forms the script made (FormApp), as plain data, and the respondent's side: `submit` checks a
   * submission as the real form would (page navigation, required questions on the pages visited,
   * valid choices), stores it, writes the destination row and fires the installable form-submit
   * triggers (form-bound and spreadsheet-bound), each as its own execution.
   */
  readonly forms: EmulatorForms;
  readonly ui: EmulatorUi;
  readonly properties: EmulatorProperties;
  readonly lock: {
    /**
     * Another execution holds the lock (script lock by default) until `release()`, or until `untilMs`:
     * a Date or epoch ms (>= 1e11) is the simulated time it lets go; a smaller number is a duration from now.
     */
    holdByOther(untilMs?: number | Date, kind?: 'script' | 'document' | 'user'): void;
    release(kind?: 'script' | 'document' | 'user'): void;
  };
  readonly logs: string[];
  exportXlsx(file: string): Promise<void>;
  readonly context: vm.Context;
}

function readTimeZone(dir: string): string | undefined {
  const file = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'timeZone' in parsed && typeof parsed.timeZone === 'string') {
    return parsed.timeZone;
  }
  return undefined;
}

/** The folder whose appsscript.json applies: beside the bundle, unless the test passes inline code only. */
function manifestDir(options: EmulatorOptions, distDir: string): string | undefined {
  const lookForManifest = options.code === undefined || options.bundlePath !== undefined || options.distDir !== undefined;
  return lookForManifest ? distDir : undefined;
}

/** Read once, when the emulator starts: the platform fixes a project's grant at authorization. */
function projectScopes(options: EmulatorOptions, resolved: ResolvedOptions): string[] {
  if (options.oauthScopes) return options.oauthScopes;
  const dir = manifestDir(options, resolved.distDir);
  return (dir === undefined ? undefined : manifestScopes(dir)) ?? detectScopes(resolved.code);
}

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const bundlePath = path.resolve(options.bundlePath ?? 'dist/Code.js');
  let code = options.code;
  if (code === undefined) {
    if (!fs.existsSync(bundlePath)) throw new Error(`Emulator: no bundle at ${bundlePath}; run \`npm run build\` first`);
    code = fs.readFileSync(bundlePath, 'utf8');
  }
  const distDir = path.resolve(options.distDir ?? path.dirname(bundlePath));
  const dir = manifestDir(options, distDir);
  const scriptTimeZone = options.scriptTimeZone ?? (dir === undefined ? undefined : readTimeZone(dir)) ?? DEFAULT_TIME_ZONE;
  const user = options.user ?? DEFAULT_USER;
  return {
    code,
    bundlePath,
    distDir,
    start: toMs(options.now),
    scriptTimeZone,
    user,
    editors: (options.editors ?? []).filter((e) => e !== user),
    mailQuota: options.mailQuota ?? (options.workspace ? 1500 : 100),
    calendarEventsPerDay: options.workspace ? WORKSPACE_EVENTS_PER_DAY : CONSUMER_EVENTS_PER_DAY,
    costs: checkCostOptions({ ...options.costs, ...(options.msPerCall !== undefined ? { uniformMs: options.msPerCall } : {}) }),
    triggerBudgetMs: options.triggerBudgetMs ?? (options.workspace ? WORKSPACE_TRIGGER_BUDGET_MS : CONSUMER_TRIGGER_BUDGET_MS),
    spreadsheetName: options.spreadsheetName ?? DEFAULT_SPREADSHEET_NAME,
  };
}

function triggerEvent(world: World, t: TriggerRecord, extra: Record<string, unknown>): Record<string, unknown> {
  const auth = enumValue('Script.AuthMode', 'FULL');
  const source = new FakeSpreadsheet(world);
  const user = new FakeUser(t.user);
  const fields: Record<string, unknown> = { ...extra };
  if (typeof fields.range === 'string') fields.range = source.getRange(fields.range);
  switch (t.eventType) {
    case 'CLOCK':
      return { ...clockEvent(t, world.clock.now()), ...fields };
    case 'ON_OPEN':
      return { authMode: auth, source, triggerUid: t.id, user, ...fields };
    case 'ON_EDIT':
      return { authMode: auth, source, triggerUid: t.id, user, ...fields };
    case 'ON_CHANGE':
      return { authMode: auth, changeType: 'EDIT', source, triggerUid: t.id, user, ...fields };
    case 'ON_FORM_SUBMIT': {
      if (t.source !== 'FORMS') return { authMode: auth, namedValues: {}, triggerUid: t.id, values: [], ...fields };
      // A form-bound trigger fired by hand gets the form's latest response unless the test passes one.
      const form = formById(world, t.sourceId);
      const latest = form?.responses[form.responses.length - 1];
      if (!form || !latest) throw new Error(`Emulator: form ${t.sourceId} has no response to fire ${t.id} with`);
      return { ...formEvent(world, t, form, latest), ...fields };
    }
  }
}

/** Run by Sheets itself, never for someone who may only view the spreadsheet. */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit', 'onSelectionChange', 'onInstall']);

export function createEmulator(options: EmulatorOptions): Emulator {
  const world = new World(resolveOptions(options));
  grantScopes(world, projectScopes(options, world.options));
  const manifest = manifestDir(options, world.options.distDir);
  enableAdvancedServices(world, options.advancedServices ?? (manifest === undefined ? [] : manifestAdvancedServices(manifest)));
  const realms = new Realms(world);
  const rt = realms.main();
  world.isSharedCall = isSharedCall;
  const owner = world.options.user;
  const scheduledErrors: unknown[] = [];

  const runTrigger = (t: TriggerRecord, event: Record<string, unknown>): void => {
    execute(world, realms, { fn: t.handler, args: [event], user: t.user, effectiveUser: t.user, interactive: false, trigger: t.id }, false);
  };

  // Time-driven triggers are arrivals: due at their next run, each run then schedules the one after.
  world.arrivals.addSource({
    peek: () => {
      let due: TriggerRecord | undefined;
      for (const t of world.state(SCRIPT).triggers) {
        if (t.nextRun === undefined || !t.schedule) continue;
        if (!due || t.nextRun < (due.nextRun ?? Infinity)) due = t;
      }
      const trigger = due;
      if (!trigger || trigger.nextRun === undefined || !trigger.schedule) return undefined;
      const at = trigger.nextRun;
      const schedule = trigger.schedule;
      return {
        at,
        take: () => {
          trigger.nextRun = nextRunAfter(schedule, at, trigger.timeZone);
          return { at, run: () => runTrigger(trigger, triggerEvent(world, trigger, {})) };
        },
      };
    },
  });

  /** Runs everything due by `target`, in time order, each in its own frame at its time. */
  const advanceTo = (target: number): void => {
    if (world.execution) throw new Error('Emulator: the clock is moved by the host, not from inside an execution');
    if (target < world.clock.now()) throw new Error(`Emulator: the clock is at ${new Date(world.clock.now()).toISOString()}, it cannot go back`);
    for (let ran = 0; ; ran++) {
      if (ran > 1_000_000) throw new Error('Emulator: more than a million arrivals in one advance');
      const due = world.arrivals.takeDue(target);
      if (!due) break;
      world.atTime(due.at, () => due.run());
    }
    world.clock.moveTo(target);
  };

  const ui = world.state(UI);
  const props = world.state(PROPERTIES);
  const canEdit = (user: string): boolean => [owner, ...world.options.editors].some((e) => e.toLowerCase() === user.toLowerCase());

  const runAs = (ctx: { interactive?: boolean; user?: string }, fn: string, ...args: unknown[]): unknown => {
    const user = ctx.user ?? owner;
    if ((ctx.interactive ?? true) && user !== '' && !canEdit(user) && (SIMPLE_TRIGGERS.has(fn) || menuFunctions(ui).has(fn))) {
      throw new Error(
        `Emulator: ${user} can only view the spreadsheet, so they cannot run ${fn}: simple triggers do not run in read-only mode, ` +
          'so onOpen never added the script\'s menu for them, and a viewer has no menu item to click.',
      );
    }
    // Host-side, whatever was due before now runs first; inside a scheduled action the run starts at its time.
    const hostSide = world.clock.frames().length === 0;
    if (hostSide) advanceTo(world.clock.now());
    try {
      return execute(world, realms, { fn, args, user, effectiveUser: user, interactive: ctx.interactive ?? true }, true);
    } finally {
      // What arrived while it ran but found no moment to start (it held the lock to the end) starts at its own time now.
      if (hostSide) advanceTo(world.clock.now());
    }
  };

  return {
    run: (fn, ...args) => runAs({}, fn, ...args),
    setMsPerCall: (ms) => {
      world.options.costs = checkCostOptions({ ...world.options.costs, uniformMs: ms });
    },
    setCosts: (costs) => {
      world.options.costs = checkCostOptions(costs);
    },
    triggerTime: {
      usedMs: (user = owner) => triggerTimeUsedMs(world, user),
      leftMs: (user = owner) => triggerTimeLeftMs(world, user),
    },
    runAs,
    schedule: (at, action) => {
      world.arrivals.schedule(toMs(at), () => {
        try {
          action();
        } catch (e) {
          scheduledErrors.push(e);
        }
      });
    },
    scheduledErrors,
    races: world.races,
    clock: {
      now: () => new Date(world.clock.now()),
      advanceTo: (t) => advanceTo(toMs(t)),
      advanceBy: (ms) => advanceTo(world.clock.now() + ms),
    },
    triggers: () => world.state(SCRIPT).triggers.map(describeTrigger),
    fireTrigger: (id, event = {}) => {
      const t = world.state(SCRIPT).triggers.find((x) => x.id === id);
      if (!t) throw new Error(`Emulator: no trigger with id ${id}`);
      runTrigger(t, triggerEvent(world, t, event));
    },
    executions: world.executions,
    calls: world.calls,
    faults: world.faults,
    spreadsheet: rt.bridge.hostView<GoogleAppsScript.Spreadsheet.Spreadsheet>(new FakeSpreadsheet(world)),
    values: (sheetName) => {
      const sheet = workbook(world).byName(sheetName);
      if (!sheet) throw new Error(`Emulator: no sheet named ${sheetName}`);
      const rect = { row: 1, col: 1, rows: Math.max(1, sheet.lastRow()), cols: Math.max(1, sheet.lastColumn()) };
      return new FakeRange(world, sheet, rect).getValues();
    },
    mail: {
      get sent() {
        return world.state(MAIL).sent;
      },
      remainingToday: (user) => remainingToday(world, user ?? owner),
    },
    forms: formsHost(world, { fire: runTrigger, advanceTo }),
    gmail: {
      deliver: (raw, opts) => deliver(world, raw, opts),
      messages: (opts) => peekMailbox(world, opts?.user ?? owner).messages.map(messageInfo),
      labels: (opts) => [...peekMailbox(world, opts?.user ?? owner).labels],
    },
    drive: driveHost(world, () => driveFiles(world)),
    docs: docsHost(world),
    calendar: calendarHost(world),
    ui: {
      get menus() {
        return ui.menus;
      },
      get sidebars() {
        return ui.sidebars;
      },
      get dialogs() {
        return ui.dialogs;
      },
      get alerts() {
        return ui.alerts;
      },
      get toasts() {
        return ui.toasts;
      },
      respond: (r) => {
        ui.responses.push(r);
      },
    },
    properties: {
      script: props.script,
      document: props.document,
      get user() {
        return props.user(owner);
      },
      userOf: (email) => props.user(email),
    },
    lock: {
      holdByOther: (untilMs, kind) => {
        const until =
          untilMs === undefined ? undefined : untilMs instanceof Date || untilMs >= 1e11 ? toMs(untilMs) : world.clock.now() + untilMs;
        holdByOther(world, until, kind);
      },
      release: (kind) => releaseOther(world, kind),
    },
    logs: world.logs,
    exportXlsx: (file) => exportXlsx(workbook(world), file),
    context: rt.context,
  };
}
