import { emulate, errorOf } from './helpers';

const sheetOf = `function sh() { return SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); }`;

describe('SpreadsheetApp: workbook and sheets', () => {
  test('a new bound spreadsheet has one 1000×26 sheet named Trang tính1', () => {
    const emu = emulate(`function info() { var s = SpreadsheetApp.getActive().getSheets(); return [s.length, s[0].getName(), s[0].getMaxRows(), s[0].getMaxColumns(), s[0].getSheetId(), s[0].getIndex()]; }`);
    expect(emu.run('info')).toEqual([1, 'Trang tính1', 1000, 26, 0, 1]);
  });

  test('empty sheet: getLastRow() = 0 and getDataRange() is A1 holding [[""]]', () => {
    const emu = emulate(`${sheetOf} function empty() { var r = sh().getDataRange(); return [sh().getLastRow(), sh().getLastColumn(), r.getA1Notation(), r.getValues()]; }`);
    expect(emu.run('empty')).toEqual([0, 0, 'A1', [['']]]);
  });

  test('getDataRange spans A1 to the last row and column with content', () => {
    const emu = emulate(`${sheetOf} function dr() { sh().getRange('C4').setValue('x'); sh().getRange('B2').setValue(1); return sh().getDataRange().getA1Notation(); }`);
    expect(emu.run('dr')).toBe('A1:C4');
  });

  test('duplicate sheet name, name over 100 characters', () => {
    const emu = emulate(`function dup() { SpreadsheetApp.getActive().insertSheet('Tổng hợp'); SpreadsheetApp.getActive().insertSheet('Tổng hợp'); }
      function long() { SpreadsheetApp.getActive().insertSheet(new Array(102).join('x')); }`);
    expect(errorOf(() => emu.run('dup')).text).toBe('Exception: A sheet with the name "Tổng hợp" already exists. Please enter another name.');
    expect(errorOf(() => emu.run('long')).message).toMatch(/100 characters/);
  });

  test('sheet names refuse [ ] * ? / \\ : anywhere, and renaming follows the same rules', () => {
    const emu = emulate(`function add(n) { SpreadsheetApp.getActive().insertSheet(n); }
      function rename(n) { SpreadsheetApp.getActive().getSheets()[0].setName(n); }`);
    for (const ch of ['[', ']', '*', '?', '/', '\\', ':']) {
      expect(errorOf(() => emu.run('add', `Tam${ch}Trà`)).text).toBe('Exception: Sheet names cannot contain any of these characters: [ ] * ? / \\ :');
      expect(errorOf(() => emu.run('rename', `Tam${ch}Trà`)).message).toMatch(/cannot contain/);
    }
    emu.run('add', 'Tam Xuân I (Cụm 1) – THPT');
  });

  test('insertSheet puts the new sheet after the active one and activates it; deleteSheet, moveActiveSheet', () => {
    const emu = emulate(`function order() {
      var ss = SpreadsheetApp.getActive();
      ss.insertSheet('A'); ss.insertSheet('B'); ss.insertSheet('Z', 0);
      ss.deleteSheet(ss.getSheetByName('Trang tính1'));
      ss.setActiveSheet(ss.getSheetByName('B')); ss.moveActiveSheet(1);
      return [ss.getSheets().map(function (s) { return s.getName(); }), ss.getActiveSheet().getName(), ss.getNumSheets()];
    }`);
    expect(emu.run('order')).toEqual([['B', 'Z', 'A'], 'B', 3]);
  });

  test('getSheetById finds a sheet by its id after a rename, null once it is deleted; one counted call', () => {
    const emu = emulate(`function make() { var s = SpreadsheetApp.getActive().insertSheet('Tam Trà'); return s.getSheetId(); }
      function rename() { SpreadsheetApp.getActive().getSheetByName('Tam Trà').setName('Tam Trà (cũ)'); }
      function find(id) { var s = SpreadsheetApp.getActive().getSheetById(id); return s ? s.getName() : null; }
      function drop() { var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheetByName('Tam Trà (cũ)')); }
      function byText(id) { return SpreadsheetApp.getActive().getSheetById(String(id)); }`);
    const id = emu.run('make') as number;
    emu.run('rename');
    emu.calls.reset();
    expect(emu.run('find', id)).toBe('Tam Trà (cũ)');
    expect(emu.calls.log).toEqual(['SpreadsheetApp.getActive', 'Spreadsheet.getSheetById', 'Sheet.getName']);
    expect(emu.run('find', id + 1)).toBeNull();
    expect(errorOf(() => emu.run('byText', id)).message).toBe("The parameters (String) don't match the method signature for SpreadsheetApp.Spreadsheet.getSheetById.");
    emu.run('drop');
    expect(emu.run('find', id)).toBeNull();
  });

  test('hideColumns and showColumns: hidden columns follow inserts and deletes, and a copy; bounds errors', () => {
    const emu = emulate(`${sheetOf}
      function hidden() { var s = sh(); return [1, 2, 3, 4, 5].map(function (c) { return s.isColumnHiddenByUser(c); }); }
      function hide() { sh().hideColumns(3); sh().hideColumns(4, 2); }
      function moves() { sh().insertColumnsBefore(1, 1); sh().deleteColumn(5); sh().showColumns(4); }
      function copied() { var c = SpreadsheetApp.getActive().insertSheet('Bản sao', { template: sh() }); return [c.isColumnHiddenByUser(4), c.isColumnHiddenByUser(5)]; }
      function oob() { sh().hideColumns(26, 2); }
      function oobRead() { sh().isColumnHiddenByUser(27); }`);
    emu.run('hide');
    expect(emu.run('hidden')).toEqual([false, false, true, true, true]);
    // Inserted before 1: hidden 4, 5, 6; column 5 deleted: hidden 4, 5; column 4 shown: hidden 5.
    emu.run('moves');
    expect(emu.run('hidden')).toEqual([false, false, false, false, true]);
    expect(emu.run('copied')).toEqual([false, true]);
    expect(errorOf(() => emu.run('oob')).message).toBe('Those columns are out of bounds.');
    expect(errorOf(() => emu.run('oobRead')).message).toBe('Those columns are out of bounds.');
  });

  test('10,000,000-cell workbook limit', () => {
    const emu = emulate(`${sheetOf} function grow() { sh().insertRowsAfter(1000, 400000); }`);
    expect(errorOf(() => emu.run('grow')).message).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });
});

describe('Range: coordinates', () => {
  const emu = emulate(`${sheetOf}
    function r(a, b, c, d) { return sh().getRange(a, b, c, d).getA1Notation(); }
    function a1(s) { var g = sh().getRange(s); return [g.getRow(), g.getColumn(), g.getNumRows(), g.getNumColumns()]; }`);

  test.each([
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[0, 1, 1, 1], 'The starting row of the range is too small.'],
    [[1, 0, 1, 1], 'The starting column of the range is too small.'],
    [[999, 1, 5, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 26, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) → %s', (args, message) => {
    expect(errorOf(() => emu.run('r', ...args)).message).toBe(message);
  });

  test('A1 notation forms', () => {
    expect(emu.run('r', 2, 3, 3, 2)).toBe('C2:D4');
    expect(emu.run('a1', 'B3')).toEqual([3, 2, 1, 1]);
    expect(emu.run('a1', 'A1:C3')).toEqual([1, 1, 3, 3]);
    expect(emu.run('a1', 'B:C')).toEqual([1, 2, 1000, 2]);
    expect(emu.run('a1', '2:3')).toEqual([2, 1, 2, 26]);
    expect(emu.run('a1', 'A2:C')).toEqual([2, 1, 999, 3]);
    expect(errorOf(() => emu.run('a1', 'nonsense')).message).toBe('Range not found');
  });
});

describe('Range: values', () => {
  test('setValues size must match: rows, then columns', () => {
    const emu = emulate(`${sheetOf} function put(v) { sh().getRange(1, 1, 2, 4).setValues(v); }`);
    expect(errorOf(() => emu.run('put', [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]])).text).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(errorOf(() => emu.run('put', [[1, 2, 3, 4]])).message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('typed input: apostrophe, formula, numeric text, + - @, dates, booleans, @ format', () => {
    const emu = emulate(`${sheetOf}
      function typed(inputs) {
        var r = sh().getRange(1, 1, inputs.length, 1);
        sh().getRange(inputs.length, 2).setNumberFormat('@');
        r.setValues(inputs.map(function (x) { return [x]; }));
        var plain = sh().getRange(inputs.length, 2); plain.setValue('0042');
        return { values: r.getValues().map(function (x) { var v = x[0]; return v instanceof Date ? 'Date ' + v.toISOString() : v; }),
                 formulas: r.getFormulas().map(function (x) { return x[0]; }),
                 plain: plain.getValue() };
      }`);
    const inputs = ["'=SUM(A1)", '=SUM(B1:B2)', '42', '-3.5', '0042', '+84 905', '- gạch đầu dòng', '@ten', '-', '2016-09-12', '12/09/2016', '31/02/2016', 'TRUE', 'Chi đoàn Xuân Thọ'];
    expect(emu.run('typed', inputs)).toEqual({
      values: ['=SUM(A1)', '', 42, -3.5, 42, '#ERROR!', '#ERROR!', '#ERROR!', '-', 'Date 2016-09-11T17:00:00.000Z', 'Date 2016-09-11T17:00:00.000Z', '31/02/2016', true, 'Chi đoàn Xuân Thọ'],
      formulas: ['', '=SUM(B1:B2)', '', '', '', '=+84 905', '=- gạch đầu dòng', '=@ten', '', '', '', '', '', ''],
      plain: '0042',
    });
  });

  test('a cell holds at most 50,000 characters', () => {
    const emu = emulate(`${sheetOf} function big() { sh().getRange('A1').setValue(new Array(50002).join('x')); } function ok() { sh().getRange('A1').setValue(new Array(50001).join('x')); return sh().getRange('A1').getValue().length; }`);
    expect(errorOf(() => emu.run('big')).message).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(emu.run('ok')).toBe(50000);
  });

  test('getValues shape and types; setValue fills the whole range; empty cells are ""', () => {
    const emu = emulate(`${sheetOf} function shape() { sh().getRange('A1:C2').setValue(7); sh().getRange('B2').clearContent(); return sh().getRange('A1:D2').getValues(); }`);
    expect(emu.run('shape')).toEqual([[7, 7, 7, ''], [7, '', 7, '']]);
  });

  test('display values follow number formats in the spreadsheet time zone', () => {
    const emu = emulate(`${sheetOf}
      function show() {
        var r = sh().getRange('A1:F1');
        r.setValues([[new Date(Date.UTC(2016, 8, 12, 0, 30)), new Date(Date.UTC(2016, 8, 12, 0, 30)), 1234.5, 1234.5, 0.25, true]]);
        r.setNumberFormats([['dd/MM/yyyy', 'dd/MM/yyyy HH:mm', '0', '#,##0.00', '0%', '@']]);
        return [r.getDisplayValues()[0], r.getNumberFormats()[0], sh().getRange('G1').getNumberFormat()];
      }`);
    expect(emu.run('show')).toEqual([
      ['12/09/2016', '12/09/2016 07:30', '1235', '1,234.50', '25%', 'TRUE'],
      ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm', '0', '#,##0.00', '0%', '@'],
      '0.###############',
    ]);
  });

  test('the spreadsheet time zone is separate from the script time zone', () => {
    const emu = emulate(`${sheetOf}
      function zones() {
        var ss = SpreadsheetApp.getActive();
        ss.setSpreadsheetTimeZone('America/New_York');
        var r = sh().getRange('A1');
        r.setValue('2016-09-12');
        var d = r.getValue();
        var written = new Date(2016, 8, 12);
        sh().getRange('A2').setValue(written);
        ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
        return [d.toISOString(), d.getHours(), Session.getScriptTimeZone(), ss.getSpreadsheetTimeZone(),
                sh().getRange('A2').getDisplayValue(), sh().getRange('A1').getValue().toISOString()];
      }`);
    expect(emu.run('zones')).toEqual([
      '2016-09-12T04:00:00.000Z', 11, 'Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh', '11/09/2016 13:00:00', '2016-09-11T17:00:00.000Z',
    ]);
  });

  test('appendRow writes below the data region and grows the sheet when full', () => {
    const emu = emulate(`${sheetOf}
      function append() {
        sh().getRange('A3').setValue('x');
        sh().appendRow(['a', '=1+1', 2]);
        sh().deleteRows(10, 989);
        sh().getRange(11, 1).setValue('last');
        sh().appendRow(['grown']);
        return [sh().getRange('A4:C4').getValues()[0], sh().getRange('B4').getFormula(), sh().getMaxRows(), sh().getRange(12, 1).getValue()];
      }`);
    expect(emu.run('append')).toEqual([['a', '', 2], '=1+1', 12, 'grown']);
  });

  test('insert and delete rows move content; bounds errors', () => {
    const emu = emulate(`${sheetOf}
      function rows() {
        sh().getRange('A1:A3').setValues([[1], [2], [3]]);
        sh().insertRowsAfter(1, 2); sh().deleteRow(5);
        return [sh().getRange('A1:A5').getValues().map(function (r) { return r[0]; }), sh().getMaxRows()];
      }
      function oob() { sh().deleteRows(1001, 2); }
      function all() { sh().deleteRows(1, sh().getMaxRows()); }`);
    expect(emu.run('rows')).toEqual([[1, '', '', 2, ''], 1001]);
    expect(errorOf(() => emu.run('oob')).message).toBe('Those rows are out of bounds.');
    expect(errorOf(() => emu.run('all')).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('Range: formats, validation, rules, protection', () => {
  test('formats read back; frozen rows; widths; tab colour; hidden sheet', () => {
    const emu = emulate(`${sheetOf}
      function fmt() {
        var r = sh().getRange('A1:B1');
        r.setFontWeight('bold').setBackground('#FF0').setFontColor('red').setHorizontalAlignment('center').setWrap(true).setNote('ghi chú');
        sh().setFrozenRows(1); sh().setColumnWidth(2, 180); sh().setTabColor('#00ff00');
        var other = SpreadsheetApp.getActive().insertSheet('ẩn'); other.hideSheet();
        return [r.getFontWeights(), r.getBackground(), r.getFontColor(), r.getHorizontalAlignment(), r.getWrap(), r.getNote(),
                sh().getFrozenRows(), sh().getColumnWidth(2), sh().getColumnWidth(3), sh().getTabColor(), other.isSheetHidden(),
                sh().getRange('C1').getBackground(), sh().getRange('C1').getFontWeight()];
      }`);
    expect(emu.run('fmt')).toEqual([[['bold', 'bold']], '#ffff00', '#ff0000', 'center', true, 'ghi chú', 1, 180, 100, '#00ff00', true, '#ffffff', 'normal']);
  });

  test('data validation: builder reads back, and a rejecting list refuses other values', () => {
    const emu = emulate(`${sheetOf}
      function dv() {
        var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Vững mạnh', 'Khá'], true).setAllowInvalid(false).setHelpText('Chọn').build();
        sh().getRange('B2:B10').setDataValidation(rule);
        sh().getRange('B2').setValue('Khá');
        var got = sh().getRange('B5').getDataValidation();
        return [String(got.getCriteriaType()), got.getCriteriaValues(), got.getAllowInvalid(), got.getHelpText(),
                got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, sh().getRange('C2').getDataValidation()];
      }
      function bad() { sh().getRange('B3').setValue('Tốt'); }`);
    expect(emu.run('dv')).toEqual(['VALUE_IN_LIST', [['Vững mạnh', 'Khá'], true], false, 'Chọn', true, null]);
    expect(errorOf(() => emu.run('bad')).message).toBe('The data you entered in cell B3 violates the data validation rules set on this cell.');
  });

  test('conditional format rules read back', () => {
    const emu = emulate(`${sheetOf}
      function cf() {
        var rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Yếu').setBackground('#f4cccc').setBold(true)
          .setRanges([sh().getRange('B2:C20')]).build();
        sh().setConditionalFormatRules([rule]);
        var back = sh().getConditionalFormatRules()[0];
        var c = back.getBooleanCondition();
        return [back.getRanges()[0].getA1Notation(), String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getBold()];
      }`);
    expect(emu.run('cf')).toEqual(['B2:C20', 'TEXT_EQUAL_TO', ['Yếu'], '#f4cccc', true]);
  });

  test('protection: editors other than the owner are refused; warning-only protections do not block', () => {
    const emu = emulate(
      `${sheetOf}
      function protect() {
        var p = sh().getRange('A1:A5').protect().setDescription('Trạng thái');
        p.removeEditors(p.getEditors());
        return [p.getEditors().map(function (u) { return u.getEmail(); }), String(p.getProtectionType()), p.canEdit(),
                sh().getProtections(SpreadsheetApp.ProtectionType.RANGE).length];
      }
      function write() { sh().getRange('A2').setValue('x'); }
      function writeElsewhere() { sh().getRange('B2').setValue('y'); return sh().getRange('B2').getValue(); }`,
      { editors: ['canbo@example.org'] },
    );
    expect(emu.run('protect')).toEqual([['vanphong.huyendoan@example.org'], 'RANGE', true, 1]);
    expect(errorOf(() => emu.runAs({ user: 'canbo@example.org' }, 'write')).message).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(emu.runAs({ user: 'canbo@example.org' }, 'writeElsewhere')).toBe('y');
    expect(() => emu.run('write')).not.toThrow();
  });

  test('merge keeps the top-left value', () => {
    const emu = emulate(`${sheetOf} function m() { var r = sh().getRange('A1:B1'); r.setValues([['a', 'b']]).merge(); return [r.getValues(), r.isPartOfMerge(), sh().getRange('C1').isPartOfMerge()]; }`);
    expect(emu.run('m')).toEqual([[['a', '']], true, false]);
  });

  test('host-side values() returns host Dates and the data region', () => {
    const emu = emulate(`${sheetOf} function w() { sh().getRange('A1:B2').setValues([['Thời gian', 'x'], [new Date(Date.UTC(2016, 8, 12)), 1]]); }`);
    emu.run('w');
    expect(emu.values('Trang tính1')).toEqual([['Thời gian', 'x'], [new Date(Date.UTC(2016, 8, 12)), 1]]);
    expect(emu.values('Trang tính1')[1]?.[0]).toBeInstanceOf(Date);
    expect(() => emu.values('nope')).toThrow('no sheet named nope');
  });
});

describe('SpreadsheetApp: hidden columns and formulas kept through setValues', () => {
  test('hideColumns hides, showColumns shows; hidden columns move with inserted columns and are kept by a copy', () => {
    const emu = emulate(`${sheetOf} function hide() {
      var s = sh();
      s.hideColumns(3); s.hideColumns(5, 2); s.showColumns(6);
      var before = [1, 2, 3, 4, 5, 6].map(function (c) { return s.isColumnHiddenByUser(c); });
      s.insertColumnAfter(1);
      var after = [3, 4, 6].map(function (c) { return s.isColumnHiddenByUser(c); });
      var copy = SpreadsheetApp.getActive().insertSheet('Bản sao', 1, { template: s });
      return [before, after, copy.isColumnHiddenByUser(4)];
    }
    function outside() { sh().hideColumns(sh().getMaxColumns(), 2); }`);
    expect(emu.run('hide')).toEqual([[false, false, true, false, true, false], [false, true, true], true]);
    expect(errorOf(() => emu.run('outside')).text).toBe('Exception: Those columns are out of bounds.');
  });

  test('setValues with a formula string stores a formula; getFormulas returns it, and "" for a plain value', () => {
    const emu = emulate(`${sheetOf} function keep() {
      var r = sh().getRange('A1:B1');
      r.setValues([['=1+1', 'chờ bổ sung']]);
      var f = r.getFormulas();
      r.setValues(f.map(function (row, i) { return row.map(function (cell, j) { return cell || r.getValues()[i][j]; }); }));
      return [r.getFormulas(), r.getValues()[0][1]];
    }`);
    expect(emu.run('keep')).toEqual([[['=1+1', '']], 'chờ bổ sung']);
  });
});
