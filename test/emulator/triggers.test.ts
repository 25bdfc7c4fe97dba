import { emulate, errorOf } from './helpers';

const script = `
  function installDaily() {
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).nearMinute(0).create();
  }
  function installEvery(n) { ScriptApp.newTrigger('tick').timeBased().everyMinutes(n).create(); }
  function daily(e) {
    var keys = Object.keys(e).sort();
    PropertiesService.getScriptProperties().setProperty('last', JSON.stringify(e));
    PropertiesService.getScriptProperties().setProperty('keys', keys.join(','));
    PropertiesService.getScriptProperties().setProperty('user', Session.getActiveUser().getEmail());
    PropertiesService.getScriptProperties().setProperty('authFull', String(e.authMode === ScriptApp.AuthMode.FULL));
  }
  function tick() { var p = PropertiesService.getScriptProperties(); p.setProperty('ticks', String(Number(p.getProperty('ticks') || 0) + 1)); }
  function many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
  function fails() { throw new Error('hỏng'); }
  function installFailing() { ScriptApp.newTrigger('fails').timeBased().everyDays(1).atHour(7).create(); }
  function ui() { SpreadsheetApp.getUi(); }
  function installUi() { ScriptApp.newTrigger('ui').timeBased().after(60 * 1000).create(); }
  function onEditHandler(e) { e.range.setNote('sửa: ' + e.value + ' ← ' + e.oldValue); }
  function installEdit() { return ScriptApp.newTrigger('onEditHandler').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create().getUniqueId(); }
  function onSubmit(e) { SpreadsheetApp.getActive().getActiveSheet().appendRow([e.namedValues['Đơn vị'][0], e.values.length, Object.keys(e).sort().join(',')]); }
  function installSubmit() { return ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive().getId()).onFormSubmit().create().getUniqueId(); }
  function list() { return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; }); }
  function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
`;

describe('time-driven triggers', () => {
  test('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const emu = emulate(script);
    for (const n of [1, 5, 10, 15, 30]) expect(() => emu.run('installEvery', n)).not.toThrow();
    for (const n of [2, 20, 60]) expect(errorOf(() => emu.run('installEvery', n)).message).toMatch(/^Invalid argument: minutes/);
    expect(emu.triggers()).toHaveLength(5);
  });

  test('20 triggers per user and script at most', () => {
    const emu = emulate(script);
    expect(errorOf(() => emu.run('many')).text).toBe(
      'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(emu.triggers()).toHaveLength(20);
  });

  test('everyDays(1).atHour(7) fires daily at 07:00 in the script time zone, with the documented event object', () => {
    const emu = emulate(script);
    emu.run('installDaily');
    const [t] = emu.triggers();
    expect(t).toMatchObject({ handler: 'daily', eventType: 'CLOCK', source: 'CLOCK', nextRun: new Date('2016-08-27T00:00:00Z') });
    emu.clock.advanceTo('2016-08-29T12:00:00+07:00');
    const runs = emu.executions.filter((e) => e.fn === 'daily');
    expect(runs.map((e) => e.start.toISOString())).toEqual([
      '2016-08-27T00:00:00.000Z', '2016-08-28T00:00:00.000Z', '2016-08-29T00:00:00.000Z',
    ]);
    expect(runs.every((e) => e.trigger === t?.id)).toBe(true);
    expect(emu.properties.script.keys).toBe(
      'authMode,day-of-month,day-of-week,hour,minute,month,second,timezone,triggerUid,week-of-year,year',
    );
    expect(JSON.parse(emu.properties.script.last ?? '{}')).toEqual({
      authMode: 'FULL', 'day-of-month': 29, 'day-of-week': 1, hour: 7, minute: 0, month: 8, second: 0,
      timezone: 'Asia/Ho_Chi_Minh', triggerUid: t?.id, 'week-of-year': 35, year: 2016,
    });
    expect(emu.properties.script.authFull).toBe('true');
    expect(emu.properties.script.user).toBe('vanphong.huyendoan@example.org');
    expect(emu.clock.now().toISOString()).toBe('2016-08-29T05:00:00.000Z');
  });

  test('everyMinutes(n) fires every n minutes after creation', () => {
    const emu = emulate(script);
    emu.run('installEvery', 15);
    const created = emu.clock.now().getTime();
    emu.clock.advanceBy(60 * 60 * 1000);
    const starts = emu.executions.filter((e) => e.fn === 'tick').map((e) => e.start.getTime() - created);
    expect(starts).toEqual([15, 30, 45, 60].map((m) => m * 60000));
    expect(emu.properties.script.ticks).toBe('4');
  });

  test('a failing trigger is recorded and the clock goes on', () => {
    const emu = emulate(script);
    emu.run('installFailing');
    emu.clock.advanceTo('2016-08-28T08:00:00+07:00');
    expect(emu.executions.filter((e) => e.fn === 'fails').map((e) => e.error)).toEqual(['Error: hỏng', 'Error: hỏng']);
    expect(emu.clock.now().toISOString()).toBe('2016-08-28T01:00:00.000Z');
  });

  test('getUi() from a trigger throws the platform error', () => {
    const emu = emulate(script);
    emu.run('installUi');
    emu.clock.advanceBy(120 * 1000);
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'ui', error: 'Exception: Cannot call SpreadsheetApp.getUi() from this context.' });
    expect(() => emu.run('ui')).not.toThrow();
  });

  test('a one-time trigger fires once and stays listed until deleted', () => {
    const emu = emulate(script);
    emu.run('installUi');
    emu.clock.advanceBy(24 * 60 * 60 * 1000);
    expect(emu.executions.filter((e) => e.fn === 'ui')).toHaveLength(1);
    expect(emu.run('list')).toEqual([['ui', 'CLOCK', 'CLOCK']]);
    emu.run('removeAll');
    expect(emu.triggers()).toEqual([]);
  });

  test('the clock does not go back', () => {
    const emu = emulate(script);
    expect(() => emu.clock.advanceTo('2016-01-01T00:00:00Z')).toThrow(/cannot go back/);
  });
});

describe('spreadsheet triggers', () => {
  test('fireTrigger: onEdit gets range, value, oldValue, source', () => {
    const emu = emulate(script);
    const id = emu.run('installEdit') as string;
    emu.fireTrigger(id, { range: 'Trang tính1!B2', value: 'Khá', oldValue: 'Yếu' });
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'onEditHandler', trigger: id });
    expect(emu.executions.at(-1)?.error).toBeUndefined();
    expect(emu.spreadsheet.getRange('B2').getNote()).toBe('sửa: Khá ← Yếu');
  });

  test('a script writing a cell does not fire onEdit', () => {
    const emu = emulate(`${script} function write() { SpreadsheetApp.getActiveSheet().getRange('B2').setValue('Khá'); }`);
    emu.run('installEdit');
    emu.run('write');
    expect(emu.executions.map((e) => e.fn)).toEqual(['installEdit', 'write']);
  });

  test('fireTrigger: sheet form submit has namedValues (arrays), values, range, no source', () => {
    const emu = emulate(script);
    const id = emu.run('installSubmit') as string;
    emu.fireTrigger(id, { namedValues: { 'Đơn vị': ['Đoàn xã Tam Trà'] }, values: ['26/08/2016', 'Đoàn xã Tam Trà'], range: 'A1:B1' });
    expect(emu.values('Trang tính1')).toEqual([['Đoàn xã Tam Trà', 2, 'authMode,namedValues,range,triggerUid,values']]);
    expect(emu.run('list')).toEqual([['onSubmit', 'ON_FORM_SUBMIT', 'SPREADSHEETS']]);
  });

  test('triggers belong to their creator', () => {
    const emu = emulate(script, { editors: ['canbo@example.org'] });
    emu.runAs({ user: 'canbo@example.org' }, 'installDaily');
    expect(emu.run('list')).toEqual([]);
    expect(emu.runAs({ user: 'canbo@example.org' }, 'list')).toEqual([['daily', 'CLOCK', 'CLOCK']]);
    emu.clock.advanceTo('2016-08-27T08:00:00+07:00');
    expect(emu.properties.script.user).toBe('canbo@example.org');
  });
});
