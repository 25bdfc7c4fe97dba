import { emulate, START } from './helpers';

const T0 = Date.parse(START);

/** Seconds since the start, from a log the script kept: `name@seconds;…`. */
function entries(log: string): Array<[string, number]> {
  return log
    .split(';')
    .filter(Boolean)
    .map((e) => {
      const [name, at] = e.split('@');
      return [name ?? '', Number(at)];
    });
}

const POLL_AND_SUBMIT = `
  var START = ${T0};
  function note_(name) {
    var p = PropertiesService.getScriptProperties();
    p.setProperty('log', (p.getProperty('log') || '') + name + '@' + Math.round((Date.now() - START) / 1000) + ';');
  }
  // Four items, each a minute of work under the lock, released between items.
  function poll() {
    var lock = LockService.getScriptLock();
    for (var i = 0; i < 4; i++) {
      lock.waitLock(30000);
      note_('poll' + i);
      Utilities.sleep(60000);
      lock.releaseLock();
      Utilities.sleep(1000);
    }
  }
  function submit(waitMs) {
    var lock = LockService.getScriptLock();
    lock.waitLock(waitMs);
    note_('submit');
    Utilities.sleep(10000);
    lock.releaseLock();
  }
  function log() {
    var lock = LockService.getScriptLock();
    lock.waitLock(30000);
    try { return PropertiesService.getScriptProperties().getProperty('log'); } finally { lock.releaseLock(); }
  }
`;

describe('overlapping executions (lock-ordered runs on the simulated clock)', () => {
  test('an execution arriving during another runs at its own time and takes the lock between the first one’s holds', () => {
    const emu = emulate(POLL_AND_SUBMIT);
    emu.schedule(T0 + 90_000, () => emu.run('submit', 60_000));
    emu.run('poll');
    const log = entries(String(emu.run('log')));
    expect(log.map(([n]) => n)).toEqual(['poll0', 'poll1', 'submit', 'poll2', 'poll3']);
    const at = Object.fromEntries(log);
    // The submit waited from 90 s until the poll let go after its second item (~121 s)…
    expect(at.submit).toBeGreaterThanOrEqual(121);
    expect(at.submit).toBeLessThan(123);
    // …and the poll's third item waited for the submit's 10 s hold.
    expect(at.poll2).toBeGreaterThanOrEqual(at.submit! + 10);
    expect(emu.executions.map((e) => [e.fn, e.error])).toEqual([
      ['submit', undefined],
      ['poll', undefined],
      ['log', undefined],
    ]);
    expect(emu.executions[0]!.start.getTime()).toBe(T0 + 90_000);
    expect(emu.races).toEqual([]);
  });

  test('waitLock fails with the platform’s text after waiting its whole timeout in simulated time', () => {
    const emu = emulate(POLL_AND_SUBMIT);
    emu.schedule(T0 + 90_000, () => {
      try {
        emu.run('submit', 30_000);
      } catch {
        // recorded in executions
      }
    });
    emu.run('poll');
    const failed = emu.executions.find((e) => e.fn === 'submit')!;
    expect(failed.error).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    const waited = failed.end.getTime() - failed.start.getTime();
    expect(waited).toBeGreaterThanOrEqual(30_000);
    expect(waited).toBeLessThan(31_000);
    expect(entries(String(emu.run('log'))).map(([n]) => n)).toEqual(['poll0', 'poll1', 'poll2', 'poll3']);
  });

  test('tryLock returns false instead of throwing', () => {
    const emu = emulate(`
      function hold() { var l = LockService.getScriptLock(); l.waitLock(1000); Utilities.sleep(120000); l.releaseLock(); Utilities.sleep(1); }
      function attempt() { return LockService.getScriptLock().tryLock(5000); }`);
    const results: unknown[] = [];
    emu.schedule(T0 + 10_000, () => results.push(emu.run('attempt')));
    emu.run('hold');
    expect(results).toEqual([false]);
  });

  test('each overlapping execution has its own globals', () => {
    const emu = emulate(`
      var counter = 0;
      function bump() { counter++; Utilities.sleep(500); Utilities.sleep(500); return counter; }`);
    const nested: unknown[] = [];
    emu.schedule(T0 + 500, () => nested.push(emu.run('bump')));
    expect(emu.run('bump')).toBe(1);
    expect(nested).toEqual([1]);
  });

  test('a user runs at most 30 executions at once: the 31st fails with the platform’s text', () => {
    const emu = emulate(`function long() { for (var i = 0; i < 100; i++) Utilities.sleep(1000); }`);
    for (let i = 1; i <= 30; i++) {
      emu.schedule(T0 + i * 10, () => {
        try {
          emu.run('long');
        } catch {
          // recorded in executions
        }
      });
    }
    emu.run('long');
    const errors = emu.executions.filter((e) => e.error).map((e) => e.error);
    expect(errors).toEqual(['There are too many scripts running simultaneously for this Google user account.']);
    expect(emu.executions).toHaveLength(31);
  });

  test('a call on shared state without the script lock is recorded as a race; under the lock it is not', () => {
    const emu = emulate(`
      function unsafe() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }
      function safe() {
        var lock = LockService.getScriptLock(); lock.waitLock(1000);
        try { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); } finally { lock.releaseLock(); }
      }
      function userProps() { return PropertiesService.getUserProperties().getProperty('x'); }
      function scriptProps() { return PropertiesService.getScriptProperties().getProperty('x'); }
      function ui() { SpreadsheetApp.getUi(); return SpreadsheetApp.getActiveSpreadsheet().getId(); }`);
    emu.run('safe');
    emu.run('userProps');
    emu.run('ui');
    expect(emu.races).toEqual([]);
    emu.run('unsafe');
    emu.run('scriptProps');
    expect(emu.races.map((r) => [r.fn, r.method])).toEqual([
      ['unsafe', 'Spreadsheet.getSheets'],
      ['unsafe', 'Sheet.getRange'],
      ['unsafe', 'Range.getValue'],
      ['scriptProps', 'Properties.getProperty'],
    ]);
  });

  test('a time-driven trigger due during a long execution starts at its time, overlapping it', () => {
    const emu = emulate(`
      function install() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(1).create(); }
      function tick() {}
      function busy() { for (var i = 0; i < 150; i++) Utilities.sleep(1000); }`);
    emu.run('install');
    const before = emu.executions.length;
    emu.run('busy');
    const during = emu.executions.slice(before).filter((e) => e.fn === 'tick');
    expect(during.length).toBeGreaterThanOrEqual(2);
    const busy = emu.executions.find((e) => e.fn === 'busy')!;
    for (const t of during) expect(t.start.getTime()).toBeLessThan(busy.end.getTime());
  });
});
