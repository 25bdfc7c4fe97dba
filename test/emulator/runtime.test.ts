import { emulate, errorOf } from './helpers';

describe('the script realm', () => {
  test('only Apps Script globals: no require, process, timers, Buffer, fetch, TextEncoder/TextDecoder', () => {
    const emu = emulate(`
      function globalsSeen() {
        return ['require', 'process', 'setTimeout', 'setInterval', 'TextDecoder', 'TextEncoder', 'Buffer', 'fetch',
                'module', 'global', 'SpreadsheetApp', 'MailApp', 'ScriptApp', 'PropertiesService', 'LockService',
                'CacheService', 'Utilities', 'Session', 'HtmlService', 'Logger', 'console', 'MimeType']
          .map(function (n) { return n + ':' + typeof globalThis[n]; });
      }`);
    expect(emu.run('globalsSeen')).toEqual([
      'require:undefined', 'process:undefined', 'setTimeout:undefined', 'setInterval:undefined',
      'TextDecoder:undefined', 'TextEncoder:undefined', 'Buffer:undefined', 'fetch:undefined',
      'module:undefined', 'global:undefined', 'SpreadsheetApp:object', 'MailApp:object', 'ScriptApp:object',
      'PropertiesService:object', 'LockService:object', 'CacheService:object', 'Utilities:object',
      'Session:object', 'HtmlService:object', 'Logger:object', 'console:object', 'MimeType:object',
    ]);
    expect(emu.context.require).toBeUndefined();
  });

  test('new Date() and Date.now() read the simulated clock; local time is the script time zone', () => {
    const emu = emulate(`
      function now() {
        var d = new Date();
        return [Date.now() === d.getTime(), d.getHours(), d.getDate(), d.getTimezoneOffset(), d.toString(),
                new Date(2016, 8, 12).toISOString(), new Date('2016-09-12T07:00:00').toISOString(),
                new Date('2016-09-12').toISOString(), typeof Date(), d instanceof Date];
      }`);
    emu.clock.advanceBy(60 * 60 * 1000);
    expect(emu.run('now')).toEqual([
      true, 9, 26, -420, 'Fri Aug 26 2016 09:00:00 GMT+0700 (Indochina Time)',
      '2016-09-11T17:00:00.000Z', '2016-09-12T00:00:00.000Z', '2016-09-12T00:00:00.000Z', 'string', true,
    ]);
  });

  test('setters work in local time: end of day in the script time zone', () => {
    const emu = emulate(`function eod() { var d = new Date(2016, 8, 12); d.setHours(23, 59, 59, 999); d.setDate(d.getDate() + 1); return d.toISOString(); }`);
    expect(emu.run('eod')).toBe('2016-09-13T16:59:59.999Z');
  });

  test('dates and arrays from services belong to the script realm', () => {
    const emu = emulate(`
      function shapes() {
        var r = SpreadsheetApp.getActiveSheet().getRange('A1:B2');
        r.setValues([[new Date(2016, 8, 12), 1], ['x', true]]);
        var v = r.getValues();
        return [Array.isArray(v), v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date,
                typeof v[0][0].getTime, JSON.stringify(v[1])];
      }`);
    expect(emu.run('shapes')).toEqual([true, true, true, true, 'function', '["x",true]']);
  });

  test('service errors are Errors of the script realm named Exception', () => {
    const emu = emulate(`
      function caught() {
        try { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
        catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; }
      }`);
    expect(emu.run('caught')).toEqual([
      true, 'Exception', 'The starting row of the range is too small.', 'Exception: The starting row of the range is too small.',
    ]);
  });

  test('run rethrows the script error; executions record it as the platform shows it', () => {
    const emu = emulate(`function boom() { throw new TypeError('bad'); } function ok() { return 1; }`);
    expect(errorOf(() => emu.run('boom'))).toMatchObject({ name: 'TypeError', message: 'bad' });
    expect(emu.run('ok')).toBe(1);
    expect(errorOf(() => emu.run('missing')).message).toBe('Script function not found: missing');
    expect(emu.executions.map((e) => [e.fn, e.error])).toEqual([
      ['boom', 'TypeError: bad'],
      ['ok', undefined],
      ['missing', 'Error: Script function not found: missing'],
    ]);
  });

  test('arguments and results cross the boundary as plain data', () => {
    const emu = emulate(`function echo(o) { return { isArray: Array.isArray(o.list), json: JSON.stringify(o), date: o.when instanceof Date, back: o }; }`);
    const out = emu.run('echo', { list: [1, 'a'], when: new Date('2016-09-12T00:00:00Z') }) as Record<string, unknown>;
    expect(out).toEqual({
      isArray: true,
      json: '{"list":[1,"a"],"when":"2016-09-12T00:00:00.000Z"}',
      date: true,
      back: { list: [1, 'a'], when: new Date('2016-09-12T00:00:00Z') },
    });
    expect(out.back).toBeInstanceOf(Object);
  });

  test('fakes returned to the host are uncounted host views', () => {
    const emu = emulate(`function sheet() { return { sheet: SpreadsheetApp.getActiveSheet(), mime: MimeType.CSV }; }`);
    const out = emu.run('sheet') as { sheet: GoogleAppsScript.Spreadsheet.Sheet; mime: string };
    const before = emu.calls.total();
    expect(out.sheet.getName()).toBe('Trang tính1');
    expect(out.mime).toBe('text/csv');
    expect(emu.calls.total()).toBe(before);
  });

  test('Logger.log and console.* write to logs; Logger formats %s', () => {
    const emu = emulate(`function log() { Logger.log('a %s b %s', 1, 'x'); console.log('c', {k: 1}); console.error('e'); return Logger.getLog(); }`);
    expect(emu.run('log')).toBe('a 1 b x');
    expect(emu.logs).toEqual(['a 1 b x', 'c {"k":1}', 'e']);
  });

  test('the script time zone comes from the options', () => {
    const emu = emulate(`function tz() { return [Session.getScriptTimeZone(), new Date().getHours()]; }`, { scriptTimeZone: 'UTC' });
    expect(emu.run('tz')).toEqual(['UTC', 1]);
  });
});

describe('an esbuild bundle like dist/Code.js', () => {
  test('IIFE plus top-level delegating functions: triggers and menu targets are callable', async () => {
    const esbuild = await import('esbuild');
    const out = esbuild.buildSync({
      stdin: {
        contents: `
          export function onOpen() { SpreadsheetApp.getUi().createMenu('Đi cơ sở').addItem('Thiết lập', 'setup').addToUi(); }
          export function setup(name: string) { return SpreadsheetApp.getActive().insertSheet(name).getIndex(); }
          export function whoami_() { return Session.getActiveUser().getEmail(); }`,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'App',
      write: false,
      target: 'es2020',
    });
    const code = `${out.outputFiles[0]?.text ?? ''}
function onOpen(){return App.onOpen.apply(this,arguments)}
function setup(){return App.setup.apply(this,arguments)}`;
    const emu = emulate(code);
    emu.run('onOpen');
    expect(emu.ui.menus[0]?.name).toBe('Đi cơ sở');
    expect(emu.run('setup', 'Đơn vị')).toBe(2);
    expect(errorOf(() => emu.run('whoami_')).message).toBe('Script function not found: whoami_');
  });
});

describe('logging objects', () => {
  test('fakes log as their class name, dates in the script time zone', () => {
    const emu = emulate(`function l() { var r = SpreadsheetApp.getActiveSheet().getRange('A1'); Logger.log(r); Logger.log({ range: r, n: 1 }); console.log(new Date(Date.UTC(2016, 8, 12))); }`);
    emu.run('l');
    expect(emu.logs).toEqual(['Range', '{"range":"Range","n":1}', 'Mon Sep 12 07:00:00 ICT 2016']);
  });
});
