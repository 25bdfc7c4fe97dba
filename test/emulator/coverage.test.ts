import * as fs from 'node:fs';
import { apiInterface, apiSurface } from '../../local/emulator/api';
import { COVERAGE_FILE, coverageRows, renderCoverage } from '../../local/emulator/coverage';

describe('API surface and coverage', () => {
  test('the surface is read from @types/google-apps-script, with inherited members and enums', () => {
    const range = apiInterface('Spreadsheet.Range');
    expect(range.members.get('getValues')).toEqual({ kind: 'method' });
    expect(apiInterface('Base.Blob').members.get('getBlob')).toEqual({ kind: 'method' });
    expect(apiInterface('Script.ScriptApp').members.get('WeekDay')).toEqual({ kind: 'property', enumRef: 'Base.Weekday' });
    expect(apiSurface().enums.get('Script.EventType')).toEqual(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
  });

  test('every service the brief lists has a fake, and the core methods are implemented', () => {
    const rows = new Map(coverageRows().map((r) => [r.iface, r]));
    const must: Record<string, string[]> = {
      'Spreadsheet.Range': ['getValues', 'setValues', 'getDisplayValues', 'setDataValidation', 'merge', 'protect', 'setBorder'],
      'Spreadsheet.Sheet': ['getRange', 'getDataRange', 'appendRow', 'setFrozenRows', 'setConditionalFormatRules', 'protect'],
      'Spreadsheet.Spreadsheet': ['insertSheet', 'deleteSheet', 'getSheetByName', 'toast', 'getEditors', 'getFormUrl'],
      'Spreadsheet.SpreadsheetApp': ['getActiveSpreadsheet', 'getUi', 'newDataValidation', 'newConditionalFormatRule', 'flush'],
      'Mail.MailApp': ['sendEmail', 'getRemainingDailyQuota'],
      'Script.ClockTriggerBuilder': ['everyMinutes', 'everyDays', 'atHour', 'nearMinute', 'create'],
      'Utilities.Utilities': ['formatDate', 'parseDate', 'newBlob', 'computeDigest', 'getUuid', 'sleep'],
      'Lock.Lock': ['waitLock', 'tryLock', 'releaseLock', 'hasLock'],
      'Base.Ui': ['alert', 'prompt', 'createMenu', 'showSidebar', 'showModalDialog'],
      'Forms.FormApp': ['create', 'openById', 'openByUrl'],
      'Forms.Form': ['addListItem', 'addGridItem', 'addPageBreakItem', 'setDestination', 'createResponse', 'getResponses', 'moveItem', 'deleteItem'],
      'Forms.ListItem': ['createChoice', 'setChoices', 'createResponse'],
      'Forms.FormResponse': ['submit', 'withItemResponse', 'toPrefilledUrl', 'getItemResponses'],
      'Script.FormTriggerBuilder': ['onFormSubmit', 'create'],
      'Calendar.CalendarApp': ['getDefaultCalendar', 'getCalendarById', 'getOwnedCalendarById', 'getEventById', 'getEvents'],
      'Calendar.Calendar': ['createEvent', 'getEventById', 'getEvents', 'getId'],
      'Calendar.CalendarEvent': ['getId', 'getTitle', 'setTitle', 'getStartTime', 'getEndTime', 'setTime', 'getLocation', 'setLocation',
        'getDescription', 'setDescription', 'addGuest', 'removeGuest', 'getGuestList', 'deleteEvent', 'setTag', 'getTag'],
      'Calendar.EventGuest': ['getEmail', 'getGuestStatus'],
    };
    for (const [iface, methods] of Object.entries(must)) {
      expect(rows.get(iface)?.implemented).toEqual(expect.arrayContaining(methods));
    }
  });

  test('COVERAGE.md is up to date (npx tsx local/emulator/coverage.ts)', () => {
    expect(fs.readFileSync(COVERAGE_FILE, 'utf8')).toBe(renderCoverage());
  });
});
