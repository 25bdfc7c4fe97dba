import { emulate, errorOf } from './helpers';

const script = `
  function write() {
    var sh = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    var r = sh.getRange(1, 1, 1, 2);
    r.setValues([['a', 'b']]);
    return r.getValues();
  }
  function twoWrites() { write(); write(); }
  function retry() {
    for (var i = 0; i < 3; i++) {
      try { return write(); } catch (e) { Logger.log('retry after: ' + e.message); }
    }
  }
  function gap() { return SpreadsheetApp.getActiveSheet().getRange('A1').autoFill; }
  function unknownName() { return typeof SpreadsheetApp.getActiveSheet().noSuchMethod; }
  function busy(n) { var r = SpreadsheetApp.getActiveSheet().getRange('A1'); for (var i = 0; i < n; i++) r.getValue(); }
  function caughtTimeout() { try { busy(100000); } catch (e) { return 'swallowed'; } }
  function sleepy() { Utilities.sleep(300000); Utilities.sleep(60000); SpreadsheetApp.getActive(); }
`;

describe('call counting', () => {
  test('every call on a fake counts, by method and by service, in order; host-side views do not', () => {
    const emu = emulate(script);
    emu.run('write');
    expect(emu.calls.log).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getActiveSheet', 'Sheet.getRange', 'Range.setValues', 'Range.getValues',
    ]);
    expect(emu.calls.byMethod()).toEqual({
      'Range.getValues': 1, 'Range.setValues': 1, 'Sheet.getRange': 1, 'Spreadsheet.getActiveSheet': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emu.calls.total()).toBe(5);
    expect(emu.calls.total('Spreadsheet')).toBe(5);
    expect(emu.calls.total('Mail')).toBe(0);
    expect(emu.spreadsheet.getSheetByName('Trang tính1')?.getRange('A1:B1').getValues()).toEqual([['a', 'b']]);
    expect(emu.values('Trang tính1')).toEqual([['a', 'b']]);
    expect(emu.calls.total()).toBe(5);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
    expect(emu.calls.log).toEqual([]);
  });

  test('builders count too', () => {
    const emu = emulate(`function b() { SpreadsheetApp.newDataValidation().requireValueInList(['a']).build(); ScriptApp.newTrigger('b').timeBased().everyHours(1).create(); }`);
    emu.run('b');
    expect(emu.calls.byMethod()).toMatchObject({ 'DataValidationBuilder.requireValueInList': 1, 'DataValidationBuilder.build': 1, 'ClockTriggerBuilder.everyHours': 1, 'ClockTriggerBuilder.create': 1 });
    expect(emu.calls.total('Script')).toBe(4);
  });

  test('each call costs msPerCall of simulated time', () => {
    const emu = emulate(script, { msPerCall: 100 });
    const before = emu.clock.now().getTime();
    emu.run('write');
    expect(emu.clock.now().getTime() - before).toBe(500);
  });
});

describe('gaps are loud', () => {
  test('a method the real API has but the fake lacks throws; an unknown name is undefined', () => {
    const emu = emulate(script);
    expect(errorOf(() => emu.run('gap')).message).toBe('Emulator: Range.autoFill is not implemented');
    expect(emu.run('unknownName')).toBe('undefined');
  });
});

describe('fault injection', () => {
  test('failAt(i): the i-th counted call from now throws the platform transient text, across executions', () => {
    const emu = emulate(script);
    emu.faults.failAt(8);
    emu.run('write');
    const err = errorOf(() => emu.run('write'));
    expect(err.name).toBe('Exception');
    expect(err.message).toMatch(/^Service Spreadsheets failed while accessing document with id 1[\w-]{43}\.$/);
    expect(emu.calls.log[8]).toBe('Range.setValues');
    expect(emu.calls.log).toHaveLength(9);
    expect(emu.spreadsheet.getId()).toBe(err.message.slice(err.message.indexOf('id ') + 3, -1));
  });

  test('failOn(method, nth): the nth call of that method fails; the script can catch and retry', () => {
    const emu = emulate(script);
    emu.faults.failOn('Range.setValues', 1, 'Quá tải');
    expect(errorOf(() => emu.run('twoWrites')).text).toBe('Exception: Quá tải');
    expect(emu.calls.log.filter((m) => m === 'Range.setValues')).toHaveLength(2);
    expect(emu.run('twoWrites')).toBeUndefined();
  });

  test('a caught fault in the script: the error is an Error of its realm', () => {
    const emu = emulate(script);
    emu.faults.failOn('Range.setValues');
    expect(emu.run('retry')).toEqual([['a', 'b']]);
    expect(emu.logs[0]).toMatch(/^retry after: Service Spreadsheets failed/);
  });

  test('other services fail with the generic server error; clear() cancels plans', () => {
    const emu = emulate(`function m() { return MailApp.getRemainingDailyQuota(); }`);
    emu.faults.failOn('MailApp.getRemainingDailyQuota');
    expect(errorOf(() => emu.run('m')).message).toBe("We're sorry, a server error occurred. Please wait a bit and try again.");
    emu.faults.failOn('MailApp.getRemainingDailyQuota');
    emu.faults.clear();
    expect(emu.run('m')).toBe(100);
  });
});

describe('6-minute execution limit', () => {
  test('a call after 6 minutes of simulated time throws, and the run fails even if the script swallows it', () => {
    const emu = emulate(script);
    expect(errorOf(() => emu.run('busy', 100000)).message).toBe('Exceeded maximum execution time');
    expect(errorOf(() => emu.run('caughtTimeout')).message).toBe('Exceeded maximum execution time');
    expect(emu.executions.map((e) => e.error)).toEqual(['Exceeded maximum execution time', 'Exceeded maximum execution time']);
    const first = emu.executions[0];
    expect(first && first.end.getTime() - first.start.getTime()).toBe(6 * 60 * 1000);
  });

  test('Utilities.sleep advances the clock into the limit', () => {
    const emu = emulate(script);
    expect(errorOf(() => emu.run('sleepy')).message).toBe('Exceeded maximum execution time');
  });

  test('the next execution starts fresh', () => {
    const emu = emulate(script);
    expect(() => emu.run('busy', 100000)).toThrow();
    expect(emu.run('write')).toEqual([['a', 'b']]);
  });
});
