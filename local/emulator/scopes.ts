/**
 * Authorization: the OAuth scopes each faked method needs, the scopes the project is granted, and
 * the platform's refusal when a call needs one it was not granted.
 *
 * The table follows the "Authorization" section of each method's Apps Script reference page
 * (developers.google.com/apps-script/reference/<service>/<class>); a class lists its default and the
 * methods that differ. Where a page lists several scopes, any one of them grants the call and the
 * refusal names them all, as the platform prints it: `Required permissions: (a || b)`.
 * Gmail pages list `https://mail.google.com/` "or appropriate scopes from the related REST API"; the
 * alternatives below come from the platform's own refusals (public execution logs) and the Gmail API's
 * scopes for the same operation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exception, restError, type ScriptError } from './errors';
import { stateKey, type World } from './world';

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheetsReadonly: `${AUTH}spreadsheets.readonly`,
  forms: `${AUTH}forms`,
  formsCurrentOnly: `${AUTH}forms.currentonly`,
  mail: 'https://mail.google.com/',
  gmailModify: `${AUTH}gmail.modify`,
  gmailReadonly: `${AUTH}gmail.readonly`,
  gmailMetadata: `${AUTH}gmail.metadata`,
  gmailLabels: `${AUTH}gmail.labels`,
  gmailCompose: `${AUTH}gmail.compose`,
  gmailSend: `${AUTH}gmail.send`,
  gmailSettingsBasic: `${AUTH}gmail.settings.basic`,
  gmailAddonsCompose: `${AUTH}gmail.addons.current.action.compose`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
  containerUi: `${AUTH}script.container.ui`,
  userinfoEmail: `${AUTH}userinfo.email`,
  drive: `${AUTH}drive`,
  driveFile: `${AUTH}drive.file`,
  driveReadonly: `${AUTH}drive.readonly`,
  calendar: `${AUTH}calendar`,
  calendarReadonly: `${AUTH}calendar.readonly`,
  /** The legacy feeds scope, still listed on every Calendar page. */
  calendarFeeds: 'https://www.google.com/calendar/feeds',
  documents: `${AUTH}documents`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
} as const;

/** Any one of these scopes grants the call; empty: the call needs no authorization. */
export type Requirement = readonly string[];

export interface ClassScopes {
  /** Globals whose mention in the source makes auto-detection grant this class's scopes. */
  readonly via: readonly string[];
  /** What every method of the class needs unless listed in `methods`. */
  readonly all: Requirement;
  readonly methods?: Readonly<Record<string, Requirement>>;
  /** The reference page the entry follows. */
  readonly source: string;
  /**
   * An advanced service's REST method for each call (`drive.files.create`): its refusal is the
   * API's, `API call to drive.files.create failed with error: Request had insufficient authentication scopes.`
   */
  readonly rest?: (method: string) => string;
}

/** A broader scope grants everything the scopes it covers grant (closed transitively below). */
const COVERS: Readonly<Record<string, readonly string[]>> = {
  [SCOPE.spreadsheets]: [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheetsReadonly],
  [SCOPE.forms]: [SCOPE.formsCurrentOnly],
  [SCOPE.mail]: [SCOPE.gmailModify, SCOPE.gmailCompose, SCOPE.gmailLabels],
  [SCOPE.gmailModify]: [SCOPE.gmailReadonly, SCOPE.gmailCompose, SCOPE.gmailLabels],
  [SCOPE.gmailReadonly]: [SCOPE.gmailMetadata],
  [SCOPE.gmailCompose]: [SCOPE.gmailSend],
  [SCOPE.drive]: [SCOPE.driveFile, SCOPE.driveReadonly],
  [SCOPE.calendar]: [SCOPE.calendarReadonly],
  [SCOPE.documents]: [SCOPE.documentsCurrentOnly],
};

const NONE: Requirement = [];
const SHEETS: Requirement = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
const ALL_SHEETS: Requirement = [SCOPE.spreadsheets];
const FORMS: Requirement = [SCOPE.formsCurrentOnly, SCOPE.forms];
const ALL_FORMS: Requirement = [SCOPE.forms];
const GMAIL: Requirement = [SCOPE.mail];
/** Reading messages, threads and labels (Gmail API get/list). */
const GMAIL_READ: Requirement = [SCOPE.mail, SCOPE.gmailModify, SCOPE.gmailReadonly];
/** Changing labels and read/inbox state (Gmail API modify). */
const GMAIL_MODIFY: Requirement = [SCOPE.mail, SCOPE.gmailModify];
/** Creating and deleting labels (Gmail API labels.create/delete). */
const GMAIL_LABELS: Requirement = [SCOPE.mail, SCOPE.gmailModify, SCOPE.gmailLabels];
/** `GmailApp.sendEmail`, as the platform refuses it. */
const GMAIL_SEND: Requirement = [SCOPE.mail, SCOPE.gmailSend, SCOPE.gmailCompose, SCOPE.gmailModify, SCOPE.gmailAddonsCompose];
/** `GmailApp.getAliases` (send-as list), as the platform refuses it. */
const GMAIL_ALIASES: Requirement = [SCOPE.mail, SCOPE.gmailSettingsBasic, SCOPE.gmailReadonly, SCOPE.gmailModify];
const SCRIPT_APP: Requirement = [SCOPE.scriptApp];
/** Drive API files methods that change files; readers also take the read-only scopes. */
const DRIVE_WRITE: Requirement = [SCOPE.drive, SCOPE.driveFile];
const DRIVE_READ: Requirement = [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly];
/**
 * Calendar pages list `calendar` and the feeds scope for changes, and `calendar.readonly` too for reads.
 * They add "or appropriate scopes from the related REST API", but no public refusal shows CalendarApp
 * taking `calendar.events`: the emulator takes only the listed scopes (stricter reading).
 */
const CALENDAR_READ: Requirement = [SCOPE.calendar, SCOPE.calendarReadonly, SCOPE.calendarFeeds];
const CALENDAR_WRITE: Requirement = [SCOPE.calendar, SCOPE.calendarFeeds];
const EVENT_CHANGES = ['setTitle', 'setDescription', 'setLocation', 'setTime', 'addGuest', 'removeGuest', 'setTag', 'deleteTag', 'deleteEvent'];

/** Document classes: the pages list `documents.currentonly` and `documents`. */
const DOCS: Requirement = [SCOPE.documentsCurrentOnly, SCOPE.documents];

const REF = 'https://developers.google.com/apps-script/reference/';

function each(names: readonly string[], req: Requirement): Record<string, Requirement> {
  return Object.fromEntries(names.map((n) => [n, req]));
}

const SPREADSHEET_CLASS = (page: string): ClassScopes => ({ via: ['SpreadsheetApp'], all: SHEETS, source: `${REF}spreadsheet/${page}` });
const FORM_CLASS = (page: string): ClassScopes => ({ via: ['FormApp'], all: FORMS, source: `${REF}forms/${page}` });
const DOCUMENT_CLASS = (page: string): ClassScopes => ({ via: ['DocumentApp'], all: DOCS, source: `${REF}document/${page}` });
/**
 * DriveApp: readers take `drive.readonly` too, changes need `drive`; `drive.file` grants both for the
 * files the script made (drive/model.ts refuses the others as not found).
 */
const DRIVE_APP_CLASS = (page: string, writers: readonly string[]): ClassScopes => ({
  via: ['DriveApp'], all: DRIVE_READ, methods: each(writers, DRIVE_WRITE), source: `${REF}drive/${page}`,
});
const NO_SCOPE = (via: string, page: string): ClassScopes => ({ via: [via], all: NONE, source: `${REF}${page}` });

const GMAIL_READERS = [
  'getAliases', 'getInboxThreads', 'getInboxUnreadCount', 'getMessageById', 'getMessagesForThread', 'getMessagesForThreads',
  'getThreadById', 'getUserLabelByName', 'getUserLabels', 'search', 'getPriorityInboxThreads', 'getStarredThreads',
  'getSpamThreads', 'getTrashThreads', 'getChatThreads', 'getDraftMessages', 'getDrafts', 'getDraft',
];
const MESSAGE_READERS = [
  'getAttachments', 'getBcc', 'getBody', 'getCc', 'getDate', 'getFrom', 'getHeader', 'getId', 'getPlainBody',
  'getRawContent', 'getReplyTo', 'getSubject', 'getThread', 'getTo', 'isDraft', 'isInChats', 'isInInbox',
  'isInPriorityInbox', 'isInTrash', 'isStarred', 'isUnread',
];
const THREAD_READERS = [
  'getFirstMessageSubject', 'getId', 'getLabels', 'getLastMessageDate', 'getMessageCount', 'getMessages',
  'getPermalink', 'hasStarredMessages', 'isImportant', 'isInChats', 'isInInbox', 'isInPriorityInbox', 'isInSpam',
  'isInTrash', 'isUnread',
];
const THREAD_MODIFIERS = [
  'addLabel', 'removeLabel', 'markRead', 'markUnread', 'markImportant', 'markUnimportant', 'moveToArchive',
  'moveToInbox', 'moveToSpam', 'moveToTrash',
];

/** Keyed by the qualified interface of the fake (`Spreadsheet.Range`). */
export const SCOPE_TABLE: Readonly<Record<string, ClassScopes>> = {
  'Spreadsheet.SpreadsheetApp': {
    via: ['SpreadsheetApp'],
    all: SHEETS,
    methods: {
      ...each(['create', 'openById', 'openByUrl', 'open'], ALL_SHEETS),
      ...each(['flush', 'getUi', 'newCellImage', 'newColor', 'newConditionalFormatRule', 'newDataSourceSpec', 'newDataValidation',
        'newFilterCriteria', 'newRichTextValue', 'newTextStyle'], NONE),
    },
    source: `${REF}spreadsheet/spreadsheet-app`,
  },
  'Spreadsheet.Spreadsheet': SPREADSHEET_CLASS('spreadsheet'),
  'Spreadsheet.Sheet': SPREADSHEET_CLASS('sheet'),
  'Spreadsheet.Range': SPREADSHEET_CLASS('range'),
  'Spreadsheet.Protection': SPREADSHEET_CLASS('protection'),
  'Spreadsheet.DataValidation': SPREADSHEET_CLASS('data-validation'),
  'Spreadsheet.DataValidationBuilder': SPREADSHEET_CLASS('data-validation-builder'),
  'Spreadsheet.ConditionalFormatRule': SPREADSHEET_CLASS('conditional-format-rule'),
  'Spreadsheet.ConditionalFormatRuleBuilder': SPREADSHEET_CLASS('conditional-format-rule-builder'),
  'Spreadsheet.BooleanCondition': SPREADSHEET_CLASS('boolean-condition'),
  'Spreadsheet.EmbeddedChart': SPREADSHEET_CLASS('embedded-chart'),
  'Spreadsheet.EmbeddedChartBuilder': SPREADSHEET_CLASS('embedded-chart-builder'),
  'Spreadsheet.EmbeddedColumnChartBuilder': SPREADSHEET_CLASS('embedded-column-chart-builder'),
  'Spreadsheet.EmbeddedBarChartBuilder': SPREADSHEET_CLASS('embedded-bar-chart-builder'),
  'Spreadsheet.EmbeddedPieChartBuilder': SPREADSHEET_CLASS('embedded-pie-chart-builder'),
  'Spreadsheet.EmbeddedLineChartBuilder': SPREADSHEET_CLASS('embedded-line-chart-builder'),
  'Spreadsheet.ContainerInfo': SPREADSHEET_CLASS('container-info'),
  // A chart's options object, reached only from a Spreadsheet chart: the chart's scopes.
  'Charts.ChartOptions': { ...SPREADSHEET_CLASS('embedded-chart'), source: `${REF}charts/chart-options` },
  'Forms.FormApp': {
    via: ['FormApp'],
    all: NONE,
    methods: { ...each(['create', 'openById', 'openByUrl'], ALL_FORMS), getActiveForm: FORMS },
    source: `${REF}forms/form-app`,
  },
  'Forms.Form': FORM_CLASS('form'),
  'Forms.FormResponse': FORM_CLASS('form-response'),
  'Forms.ItemResponse': FORM_CLASS('item-response'),
  'Forms.Item': FORM_CLASS('item'),
  'Forms.Choice': FORM_CLASS('choice'),
  'Forms.CheckboxGridItem': FORM_CLASS('checkbox-grid-item'),
  'Forms.CheckboxItem': FORM_CLASS('checkbox-item'),
  'Forms.GridItem': FORM_CLASS('grid-item'),
  'Forms.ListItem': FORM_CLASS('list-item'),
  'Forms.MultipleChoiceItem': FORM_CLASS('multiple-choice-item'),
  'Forms.PageBreakItem': FORM_CLASS('page-break-item'),
  'Forms.ParagraphTextItem': FORM_CLASS('paragraph-text-item'),
  'Forms.DateItem': FORM_CLASS('date-item'),
  'Forms.TimeItem': FORM_CLASS('time-item'),
  'Forms.SectionHeaderItem': FORM_CLASS('section-header-item'),
  'Forms.TextItem': FORM_CLASS('text-item'),
  'Gmail.GmailApp': {
    via: ['GmailApp'],
    all: GMAIL,
    methods: {
      ...each(GMAIL_READERS, GMAIL_READ),
      getAliases: GMAIL_ALIASES,
      sendEmail: GMAIL_SEND,
      ...each(['createLabel', 'deleteLabel'], GMAIL_LABELS),
      ...each(['markMessageRead', 'markMessageUnread', 'markMessagesRead', 'markMessagesUnread', 'markThreadRead', 'markThreadUnread',
        'markThreadsRead', 'markThreadsUnread', 'moveThreadToArchive', 'moveThreadToInbox', 'moveThreadsToArchive', 'moveThreadsToInbox',
        'moveMessageToTrash', 'moveThreadToTrash', 'moveThreadsToTrash'], GMAIL_MODIFY),
    },
    source: `${REF}gmail/gmail-app`,
  },
  'Gmail.GmailMessage': {
    via: ['GmailApp'],
    all: GMAIL,
    methods: { ...each(MESSAGE_READERS, GMAIL_READ), ...each(['markRead', 'markUnread', 'star', 'unstar', 'moveToTrash'], GMAIL_MODIFY) },
    source: `${REF}gmail/gmail-message`,
  },
  'Gmail.GmailThread': {
    via: ['GmailApp'],
    all: GMAIL,
    methods: { ...each(THREAD_READERS, GMAIL_READ), ...each(THREAD_MODIFIERS, GMAIL_MODIFY) },
    source: `${REF}gmail/gmail-thread`,
  },
  'Gmail.GmailLabel': {
    via: ['GmailApp'],
    all: GMAIL_MODIFY,
    methods: { ...each(['getName', 'getThreads', 'getUnreadCount'], GMAIL_READ), deleteLabel: GMAIL_LABELS },
    source: `${REF}gmail/gmail-label`,
  },
  'Gmail.GmailAttachment': { via: ['GmailApp'], all: GMAIL_READ, source: `${REF}gmail/gmail-attachment` },
  'Mail.MailApp': { via: ['MailApp'], all: [SCOPE.sendMail], source: `${REF}mail/mail-app` },
  'Script.ScriptApp': {
    via: ['ScriptApp'],
    all: NONE,
    methods: each(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'], SCRIPT_APP),
    source: `${REF}script/script-app`,
  },
  // Its page lists no authorization, like ScriptApp.getAuthorizationInfo: checking one's grant needs none.
  'Script.AuthorizationInfo': { via: ['ScriptApp'], all: NONE, source: `${REF}script/authorization-info` },
  // Triggers are reached only through ScriptApp's scriptapp-scoped methods; their pages add nothing narrower.
  'Script.Trigger': { via: ['ScriptApp'], all: SCRIPT_APP, source: `${REF}script/trigger` },
  'Script.TriggerBuilder': { via: ['ScriptApp'], all: SCRIPT_APP, source: `${REF}script/trigger-builder` },
  'Script.ClockTriggerBuilder': { via: ['ScriptApp'], all: SCRIPT_APP, source: `${REF}script/clock-trigger-builder` },
  'Script.FormTriggerBuilder': { via: ['ScriptApp'], all: SCRIPT_APP, source: `${REF}script/form-trigger-builder` },
  'Script.SpreadsheetTriggerBuilder': { via: ['ScriptApp'], all: SCRIPT_APP, source: `${REF}script/spreadsheet-trigger-builder` },
  'Base.Session': {
    via: ['Session'],
    all: NONE,
    methods: each(['getActiveUser', 'getEffectiveUser', 'getUser'], [SCOPE.userinfoEmail]),
    source: `${REF}base/session`,
  },
  // The page lists no scope for getEmail; a user's address is personal data the platform hands out only
  // with userinfo.email (Session's pages), so the emulator asks for it here too (stricter reading).
  // Users also come from editors and owners (Spreadsheet, Protection, Form) and from trigger events.
  'Base.User': { via: ['Session', 'SpreadsheetApp', 'FormApp'], all: NONE, methods: { getEmail: [SCOPE.userinfoEmail] }, source: `${REF}base/user` },
  'Base.Ui': {
    via: ['SpreadsheetApp', 'FormApp'],
    all: NONE,
    methods: each(['showModalDialog', 'showModelessDialog', 'showSidebar', 'showDialog'], [SCOPE.containerUi]),
    source: `${REF}base/ui`,
  },
  'Base.Menu': NO_SCOPE('SpreadsheetApp', 'base/menu'),
  'Base.PromptResponse': NO_SCOPE('SpreadsheetApp', 'base/prompt-response'),
  'Base.Blob': NO_SCOPE('Utilities', 'base/blob'),
  'Base.Logger': NO_SCOPE('Logger', 'base/logger'),
  'HTML.HtmlService': NO_SCOPE('HtmlService', 'html/html-service'),
  'HTML.HtmlOutput': NO_SCOPE('HtmlService', 'html/html-output'),
  'HTML.HtmlOutputMetaTag': NO_SCOPE('HtmlService', 'html/html-output-meta-tag'),
  'HTML.HtmlTemplate': NO_SCOPE('HtmlService', 'html/html-template'),
  'Lock.LockService': NO_SCOPE('LockService', 'lock/lock-service'),
  'Lock.Lock': NO_SCOPE('LockService', 'lock/lock'),
  'Cache.CacheService': NO_SCOPE('CacheService', 'cache/cache-service'),
  'Cache.Cache': NO_SCOPE('CacheService', 'cache/cache'),
  'Properties.PropertiesService': NO_SCOPE('PropertiesService', 'properties/properties-service'),
  'Properties.Properties': NO_SCOPE('PropertiesService', 'properties/properties'),
  'Utilities.Utilities': NO_SCOPE('Utilities', 'utilities/utilities'),
  'Calendar.CalendarApp': { via: ['CalendarApp'], all: CALENDAR_READ, methods: { createEvent: CALENDAR_WRITE }, source: `${REF}calendar/calendar-app` },
  'Calendar.Calendar': { via: ['CalendarApp'], all: CALENDAR_READ, methods: { createEvent: CALENDAR_WRITE }, source: `${REF}calendar/calendar` },
  'Calendar.CalendarEvent': { via: ['CalendarApp'], all: CALENDAR_READ, methods: each(EVENT_CHANGES, CALENDAR_WRITE), source: `${REF}calendar/calendar-event` },
  'Calendar.EventGuest': { via: ['CalendarApp'], all: CALENDAR_READ, source: `${REF}calendar/event-guest` },
  'Document.DocumentApp': {
    via: ['DocumentApp'],
    all: DOCS,
    methods: each(['create', 'openById', 'openByUrl'], [SCOPE.documents]),
    source: `${REF}document/document-app`,
  },
  'Document.Document': DOCUMENT_CLASS('document'),
  'Document.Body': DOCUMENT_CLASS('body'),
  'Document.Paragraph': DOCUMENT_CLASS('paragraph'),
  'Document.ListItem': DOCUMENT_CLASS('list-item'),
  'Document.PageBreak': DOCUMENT_CLASS('page-break'),
  'Document.Table': DOCUMENT_CLASS('table'),
  'Document.TableRow': DOCUMENT_CLASS('table-row'),
  'Document.TableCell': DOCUMENT_CLASS('table-cell'),
  'Document.Text': DOCUMENT_CLASS('text'),
  'Drive.DriveApp': DRIVE_APP_CLASS('drive-app', ['createFile', 'createFolder']),
  'Drive.File': DRIVE_APP_CLASS('file', ['setName', 'moveTo', 'setTrashed']),
  'Drive.Folder': DRIVE_APP_CLASS('folder', ['setName', 'createFile', 'createFolder', 'addFile', 'removeFile', 'setTrashed']),
  'Drive.FileIterator': DRIVE_APP_CLASS('file-iterator', []),
  'Drive.FolderIterator': DRIVE_APP_CLASS('folder-iterator', []),
  // The Drive advanced service: reaching its collections needs nothing; each REST method lists its scopes
  // (developers.google.com/workspace/drive/api/reference/rest/v3/files/<method>, "Authorization scopes").
  Drive: { via: ['Drive'], all: NONE, source: 'https://developers.google.com/apps-script/advanced/drive' },
  'Drive_v3.Drive.V3.Collection.FilesCollection': {
    via: ['Drive'],
    all: DRIVE_WRITE,
    methods: each(['get', 'list', 'export', 'listLabels', 'download'], DRIVE_READ),
    source: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files',
    rest: (method) => `drive.files.${method === 'remove' ? 'delete' : method}`,
  },
};

export function classScopes(iface: string): ClassScopes {
  const entry = SCOPE_TABLE[iface];
  if (!entry) throw new Error(`Emulator: no scope entry for ${iface} in local/emulator/scopes.ts`);
  return entry;
}

export function requirementOf(iface: string, method: string): Requirement {
  const entry = classScopes(iface);
  return entry.methods && Object.hasOwn(entry.methods, method) ? entry.methods[method] : entry.all;
}

/** Every scope `scope` grants: itself and, transitively, what it covers. */
function grantedBy(scope: string, seen = new Set<string>()): Set<string> {
  if (seen.has(scope)) return seen;
  seen.add(scope);
  for (const narrower of COVERS[scope] ?? []) grantedBy(narrower, seen);
  return seen;
}

/** The granted scopes with everything they cover. */
function effectiveScopes(granted: Iterable<string>): Set<string> {
  const effective = new Set<string>();
  for (const g of granted) for (const s of grantedBy(g)) effective.add(s);
  return effective;
}

function covered(effective: ReadonlySet<string>, req: Requirement): boolean {
  return req.length === 0 || req.some((s) => effective.has(s));
}

export function isGranted(granted: Iterable<string>, req: Requirement): boolean {
  return covered(effectiveScopes(granted), req);
}

/** `https://…/forms`, or `(a || b)` when any of several grants the call. */
export function formatRequirement(req: Requirement): string {
  return req.length === 1 ? req[0] : `(${req.join(' || ')})`;
}

export function permissionError(call: string, req: Requirement): ScriptError {
  return exception(`You do not have permission to call ${call}. Required permissions: ${formatRequirement(req)}`);
}

/**
 * Scopes the platform would detect in a project without `oauthScopes`, modelled simply: every scope
 * any method of a class needs, for each class reached through a global the source mentions.
 */
export function detectScopes(code: string): string[] {
  const found = new Set<string>();
  for (const entry of Object.values(SCOPE_TABLE)) {
    if (!entry.via.some((name) => new RegExp(`\\b${name}\\b`).test(code))) continue;
    for (const req of [entry.all, ...Object.values(entry.methods ?? {})]) for (const s of req) found.add(s);
  }
  return [...found].sort();
}

/** `oauthScopes` of the manifest in `dir`: the list, or undefined when the file or the field is absent. */
export function manifestScopes(dir: string): string[] | undefined {
  const file = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('oauthScopes' in parsed)) return undefined;
  const scopes = parsed.oauthScopes;
  if (!Array.isArray(scopes) || !scopes.every((s): s is string => typeof s === 'string')) {
    throw new Error(`Emulator: oauthScopes in ${file} must be an array of strings`);
  }
  return scopes;
}

interface Grant {
  scopes: ReadonlySet<string>;
  /** `scopes` with what they cover, computed once: the check runs on every call. */
  effective: ReadonlySet<string>;
}

const GRANTED = stateKey<Grant>('authorization', () => ({ scopes: new Set(), effective: new Set() }));

/** Sets the scopes the project holds for the whole emulator's life (the manifest is read once). */
export function grantScopes(world: World, scopes: readonly string[]): void {
  const grant = world.state(GRANTED);
  grant.scopes = new Set(scopes);
  grant.effective = effectiveScopes(scopes);
}

export function grantedScopes(world: World): ReadonlySet<string> {
  return world.state(GRANTED).scopes;
}

/**
 * The check on every counted call the script makes, before it runs: `Class.method` of the fake
 * `iface` must be granted. Host-side calls (no execution running) are not checked.
 */
export function requireScopes(world: World, iface: string, call: string, method: string): void {
  if (!world.execution) return;
  const req = requirementOf(iface, method);
  if (covered(world.state(GRANTED).effective, req)) return;
  const rest = classScopes(iface).rest;
  throw rest ? restError(rest(method), 'Request had insufficient authentication scopes.') : permissionError(call, req);
}
