/**
 * Which calls touch state that overlapping executions share: the bound workbook, the forms, script
 * and document properties and caches, the project's triggers. Such a call made without the script
 * (or document) lock is a race: `emu.races` lists it. Handles, builders, value objects, the UI and
 * the submitted response's own immutable data are not shared state.
 */
import { FakeCache } from './cache';
import { costKey } from './costs';
import { FakeProperties } from './properties';

const LOCAL_SPREADSHEET_METHODS = new Set([
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.flush',
  'Spreadsheet.getId',
  'Spreadsheet.getUrl',
  'Spreadsheet.getEditors',
  'Spreadsheet.getViewers',
  'Spreadsheet.getOwner',
  'Spreadsheet.toast',
]);

/** Value objects live in the execution only (builders too: costs.ts calls them local). */
const VALUE_OBJECTS = /^(DataValidation|ConditionalFormatRule|BooleanCondition|GradientCondition|Color|RgbColor|TextStyle|RichTextValue)$/;

const FORM_HANDLES = new Set(['FormApp.openByUrl', 'FormApp.openById', 'FormApp.getActiveForm', 'Form.getId', 'Form.getPublishedUrl', 'Form.getEditUrl']);

/** A submitted response does not change: its own fields are the submitter's, not shared state. */
const IMMUTABLE_RESPONSE = /^(FormResponse\.(getId|getTimestamp|getRespondentEmail|getEditResponseUrl|getItemResponses|getResponseForItem|getGradableItemResponses|toPrefilledUrl)|ItemResponse\.getResponse)$/;

/** Handles and a calendar's own fixed fields; every event read or change is shared state (the office's calendar). */
const CALENDAR_HANDLES = /^(CalendarApp\.(getDefaultCalendar|getCalendarById|getOwnedCalendarById|getAllOwnedCalendars|getAllCalendars|getId|getName|getTimeZone|isOwnedByMe|isMyPrimaryCalendar)|Calendar\.(getId|getName|getTimeZone|isOwnedByMe|isMyPrimaryCalendar)|CalendarEvent\.getId|EventGuest\.\w+)$/;

const SCRIPT_SHARED = new Set(['ScriptApp.getProjectTriggers', 'ScriptApp.deleteTrigger', 'ScriptApp.getUserTriggers']);

export function isSharedCall(method: string, service: string, target: object | undefined): boolean {
  const cls = method.slice(0, method.indexOf('.'));
  switch (service) {
    case 'Spreadsheet':
      return !(LOCAL_SPREADSHEET_METHODS.has(method) || VALUE_OBJECTS.test(cls) || costKey(method, service) === 'local');
    case 'Form':
      if (FORM_HANDLES.has(method) || IMMUTABLE_RESPONSE.test(method)) return false;
      return true;
    case 'Properties':
      return target instanceof FakeProperties && target.shared;
    case 'Cache':
      return target instanceof FakeCache && target.shared;
    case 'Calendar':
      return !CALENDAR_HANDLES.test(method);
    case 'Script':
      return SCRIPT_SHARED.has(method) || /TriggerBuilder\.create$/.test(method);
    default:
      return false;
  }
}
