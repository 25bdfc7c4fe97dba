/**
 * The one place services are registered. A service is a module whose fakes call `registerFake`
 * and whose entry here names the globals it puts in the script's realm.
 */
import { advancedSymbol } from './advanced';
import { FakeCacheService } from './cache';
import { FakeCalendarApp } from './calendar/app';
import { FakeDocumentApp } from './documents/app';
import { FakeDriveApp } from './drive/app';
import { FakeDrive } from './drive/service';
import { FakeFormApp } from './forms/app';
import { FakeGmailApp } from './gmail';
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { FakeLogger } from './logger';
import { FakeMailApp } from './mail';
import { MIME_TYPES } from './mimetype';
import { FakePropertiesService } from './properties';
import { FakeScriptApp } from './script';
import { FakeSession } from './session';
import { FakeSpreadsheetApp } from './spreadsheet/app';
import { FakeUtilities } from './utilities';
import type { World } from './world';

export interface ServiceModule {
  /** The service's name in call counts (`emu.calls.total('Mail')`). */
  readonly name: string;
  /** The globals it defines, as host fakes (the bridge wraps them). */
  globals(world: World): Record<string, object>;
}

export const SERVICES: readonly ServiceModule[] = [
  { name: 'Spreadsheet', globals: (w) => ({ SpreadsheetApp: new FakeSpreadsheetApp(w) }) },
  { name: 'Mail', globals: (w) => ({ MailApp: new FakeMailApp(w) }) },
  { name: 'Gmail', globals: (w) => ({ GmailApp: new FakeGmailApp(w) }) },
  { name: 'Form', globals: (w) => ({ FormApp: new FakeFormApp(w) }) },
  { name: 'Calendar', globals: (w) => ({ CalendarApp: new FakeCalendarApp(w) }) },
  { name: 'Document', globals: (w) => ({ DocumentApp: new FakeDocumentApp(w) }) },
  { name: 'DriveApp', globals: (w) => ({ DriveApp: new FakeDriveApp(w) }) },
  { name: 'Script', globals: (w) => ({ ScriptApp: new FakeScriptApp(w) }) },
  { name: 'Properties', globals: (w) => ({ PropertiesService: new FakePropertiesService(w) }) },
  { name: 'Lock', globals: (w) => ({ LockService: new FakeLockService(w) }) },
  { name: 'Cache', globals: (w) => ({ CacheService: new FakeCacheService(w) }) },
  { name: 'Utilities', globals: (w) => ({ Utilities: new FakeUtilities(w) }) },
  { name: 'Session', globals: (w) => ({ Session: new FakeSession(w) }) },
  { name: 'Html', globals: (w) => ({ HtmlService: new FakeHtmlService(w) }) },
  { name: 'Base', globals: (w) => ({ Logger: new FakeLogger(w), MimeType: { ...MIME_TYPES } }) },
  // Advanced: present only when the manifest enables it, under the symbol it names.
  { name: 'Drive', globals: (w) => {
    const symbol = advancedSymbol(w, 'drive', 'v3');
    return symbol ? { [symbol]: new FakeDrive(w) } : {};
  } },
];
