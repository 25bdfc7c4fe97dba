import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { apiInterface } from '../../local/emulator/api';
import { registeredFakes } from '../../local/emulator/bridge';
import { renderCoverage } from '../../local/emulator/coverage';
import { classScopes, detectScopes, isGranted, SCOPE, SCOPE_TABLE } from '../../local/emulator/scopes';
import '../../local/emulator/services';
import { emulate, errorOf } from './helpers';

const CODE = `
  function createForm() { return FormApp.create('Phiếu báo cáo').getTitle(); }
  function openBook() { return SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName(); }
  function activeName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
  function who() { return Session.getActiveUser().getEmail(); }
  function send() { MailApp.sendEmail('a@example.org', 'Nhắc', 'Nội dung'); return MailApp.getRemainingDailyQuota(); }
  function gmailSend() { GmailApp.sendEmail('a@example.org', 'Nhắc', 'Nội dung'); }
  function gmailSearch() { return GmailApp.search('is:unread').length; }
  function triggers() { return ScriptApp.getProjectTriggers().length; }
  function caught() { try { FormApp.create('x'); } catch (e) { return String(e); } }
  function local() { return [PropertiesService.getScriptProperties().getProperty('x'), Utilities.formatDate(new Date(0), 'UTC', 'yyyy'),
    LockService.getScriptLock().tryLock(10), CacheService.getScriptCache().get('k'), HtmlService.createHtmlOutput('<p>').getContent()]; }
  function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
  function menu() { SpreadsheetApp.getUi().createMenu('Đi cơ sở').addItem('Thiết lập', 'setup').addToUi(); }
`;

const FORMS_REFUSED = 'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms';
const SHEETS_EITHER = `(${SCOPE.spreadsheetsCurrentOnly} || ${SCOPE.spreadsheets})`;

describe('authorization: a call needs the scopes its reference page lists', () => {
  test('a call without its scope throws the platform text, and the execution records it', () => {
    const emu = emulate(CODE, { oauthScopes: [SCOPE.spreadsheets] });
    const err = errorOf(() => emu.run('createForm'));
    expect(err).toMatchObject({ name: 'Exception', message: FORMS_REFUSED, text: `Exception: ${FORMS_REFUSED}` });
    expect(emu.executions.at(-1)?.error).toBe(`Exception: ${FORMS_REFUSED}`);
    // Caught by the script, it is an ordinary Error of the script's realm.
    expect(emu.run('caught')).toBe(`Exception: ${FORMS_REFUSED}`);
  });

  test('each service its own scope: Session, MailApp, ScriptApp, Ui', () => {
    const emu = emulate(CODE, { oauthScopes: [] });
    const refused = (fn: string) => errorOf(() => emu.run(fn)).message;
    expect(refused('who')).toBe(`You do not have permission to call Session.getActiveUser. Required permissions: ${SCOPE.userinfoEmail}`);
    expect(refused('send')).toBe(`You do not have permission to call MailApp.sendEmail. Required permissions: ${SCOPE.sendMail}`);
    expect(refused('triggers')).toBe(`You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: ${SCOPE.scriptApp}`);
    expect(refused('sidebar')).toBe(`You do not have permission to call Ui.showSidebar. Required permissions: ${SCOPE.containerUi}`);
    // getUi, menus and the services without authorization work with no scope at all.
    expect(() => emu.run('menu')).not.toThrow();
    expect(emu.run('local')).toEqual([null, '1970', true, null, '<p>']);
  });

  test('several acceptable scopes: any one grants the call, and the refusal names them all', () => {
    const none = emulate(CODE, { oauthScopes: [] });
    expect(errorOf(() => none.run('activeName')).message).toBe(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SHEETS_EITHER}`,
    );
    expect(errorOf(() => none.run('gmailSend')).message).toBe(
      'You do not have permission to call GmailApp.sendEmail. Required permissions: (https://mail.google.com/ || ' +
        `${SCOPE.gmailSend} || ${SCOPE.gmailCompose} || ${SCOPE.gmailModify} || ${SCOPE.gmailAddonsCompose})`,
    );
    expect(emulate(CODE, { oauthScopes: [SCOPE.spreadsheetsCurrentOnly] }).run('activeName')).toBe('Bảng tính không có tiêu đề');
    expect(emulate(CODE, { oauthScopes: [SCOPE.spreadsheets] }).run('activeName')).toBe('Bảng tính không có tiêu đề');
    const sendOnly = emulate(CODE, { oauthScopes: [SCOPE.gmailSend] });
    expect(() => sendOnly.run('gmailSend')).not.toThrow();
    expect(errorOf(() => sendOnly.run('gmailSearch')).message).toBe(
      `You do not have permission to call GmailApp.search. Required permissions: (https://mail.google.com/ || ${SCOPE.gmailModify} || ${SCOPE.gmailReadonly})`,
    );
  });

  test('a broader scope covers a narrower one, never the other way', () => {
    expect(isGranted([SCOPE.spreadsheets], [SCOPE.spreadsheetsCurrentOnly])).toBe(true);
    expect(isGranted([SCOPE.spreadsheetsCurrentOnly], [SCOPE.spreadsheets])).toBe(false);
    expect(isGranted([SCOPE.forms], [SCOPE.formsCurrentOnly])).toBe(true);
    expect(isGranted([SCOPE.mail], [SCOPE.gmailReadonly])).toBe(true);
    expect(isGranted([SCOPE.mail], [SCOPE.gmailSend])).toBe(true);
    expect(isGranted([SCOPE.gmailModify], [SCOPE.gmailReadonly])).toBe(true);
    expect(isGranted([SCOPE.gmailReadonly], [SCOPE.gmailModify])).toBe(false);
    expect(isGranted([SCOPE.gmailModify], [SCOPE.mail])).toBe(false);
    expect(isGranted([SCOPE.drive], [SCOPE.driveFile])).toBe(true);
    // mail.google.com covers Gmail, not MailApp's own scope.
    expect(isGranted([SCOPE.mail], [SCOPE.sendMail])).toBe(false);
    expect(isGranted([], [])).toBe(true);

    const current = emulate(CODE, { oauthScopes: [SCOPE.spreadsheetsCurrentOnly] });
    expect(errorOf(() => current.run('openBook')).message).toBe(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SCOPE.spreadsheets}`,
    );
    expect(emulate(CODE, { oauthScopes: [SCOPE.spreadsheets] }).run('openBook')).toBe('Bảng tính không có tiêu đề');
    const gmail = emulate(CODE, { oauthScopes: [SCOPE.mail] });
    expect(gmail.run('gmailSearch')).toBe(0);
    expect(errorOf(() => gmail.run('send')).message).toBe(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SCOPE.sendMail}`,
    );
  });

  test('host-side calls are not checked', () => {
    const emu = emulate(CODE, { oauthScopes: [] });
    expect(emu.spreadsheet.getSheets().length).toBe(1);
  });
});

describe('authorization: the grant', () => {
  function manifestDir(manifest: object): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-scopes-'));
    fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
    return dir;
  }

  test("the manifest's oauthScopes beside the bundle, read once when the emulator starts", () => {
    const dir = manifestDir({ timeZone: 'Asia/Ho_Chi_Minh', oauthScopes: [SCOPE.spreadsheetsCurrentOnly] });
    const emu = emulate(CODE, { distDir: dir });
    expect(emu.run('activeName')).toBe('Bảng tính không có tiêu đề');
    fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ oauthScopes: [SCOPE.forms] }));
    expect(errorOf(() => emu.run('createForm')).message).toBe(FORMS_REFUSED);
    // The option overrides the manifest.
    expect(emulate(CODE, { distDir: dir, oauthScopes: [] }).spreadsheet).toBeDefined();
    expect(errorOf(() => emulate(CODE, { distDir: dir, oauthScopes: [] }).run('activeName')).message).toContain('Required permissions');
  });

  test('without oauthScopes, the scopes the source implies (every scope of each service it mentions)', () => {
    const dir = manifestDir({ timeZone: 'Asia/Ho_Chi_Minh' });
    const emu = emulate(CODE, { distDir: dir });
    expect(emu.run('createForm')).toBe('Phiếu báo cáo');
    expect(emu.run('send')).toBe(99);
    expect(() => emu.run('sidebar')).not.toThrow();
    const detected = detectScopes('function f() { SpreadsheetApp.getActiveSpreadsheet(); }');
    expect(detected).toEqual(expect.arrayContaining([SCOPE.spreadsheets, SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi]));
    expect(detected).not.toContain(SCOPE.forms);
    expect(detected).not.toContain(SCOPE.sendMail);
    expect(detectScopes('function f() { Logger.log(1); }')).toEqual([]);
    // Inline code without a manifest is treated the same way.
    expect(emulate('function f() { return FormApp.create("x").getTitle(); }').run('f')).toBe('x');
  });
});

describe('the scope table', () => {
  test('every fake has an entry, whose overrides name methods of the real interface and whose scopes are known', () => {
    const known = new Set<string>(Object.values(SCOPE));
    for (const { meta } of registeredFakes()) {
      const entry = classScopes(meta.iface);
      const api = apiInterface(meta.iface);
      for (const method of Object.keys(entry.methods ?? {})) {
        expect({ iface: meta.iface, method, member: api.members.get(method)?.kind }).toEqual({ iface: meta.iface, method, member: 'method' });
      }
      for (const req of [entry.all, ...Object.values(entry.methods ?? {})]) for (const s of req) expect(known).toContain(s);
      // Advanced services follow their guide or the REST reference of their API (which lists each method's scopes).
      expect(entry.source).toMatch(entry.rest ? /^https:\/\/developers\.google\.com\/workspace\/\w+\/api\/reference\/rest\// : /^https:\/\/developers\.google\.com\/apps-script\/(reference|advanced)\//);
    }
    expect(Object.keys(SCOPE_TABLE).sort()).toEqual(registeredFakes().map(({ meta }) => meta.iface).sort());
  });

  test('COVERAGE.md shows the scopes per class', () => {
    const text = renderCoverage();
    expect(text).toContain(`Scopes: every method needs \`${SCOPE.formsCurrentOnly}\` or \`${SCOPE.forms}\``);
    expect(text).toContain(`\`create\`, \`openById\`, \`openByUrl\`: \`${SCOPE.forms}\``);
  });
});
