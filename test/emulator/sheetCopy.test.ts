import { emulate, errorOf } from './helpers';

/** A formatted template like a unit tab's: header, widths, frozen row, formats, a dropdown, a rule, a merge, a protection. */
const TEMPLATE = `
function template() {
  var ss = SpreadsheetApp.getActive();
  var t = ss.insertSheet('Mẫu');
  t.getRange(1, 1, 1, 3).setValues([['Chi đoàn', 'Số đoàn viên', 'Xếp loại']]).setFontWeight('bold');
  t.getRange(2, 2, 9, 1).setNumberFormat('0');
  t.getRange(2, 3, 9, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Khá', 'Yếu'], true).build());
  t.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Yếu').setBackground('#f4cccc').setRanges([t.getRange(2, 3, 9, 1)]).build()]);
  t.setFrozenRows(1);
  t.setColumnWidth(1, 220);
  t.setRowHeight(1, 40);
  t.getRange('A12:B12').merge();
  t.getRange(1, 3, 10, 1).protect().setDescription('Hệ thống').setWarningOnly(true);
  t.deleteRows(13, 988);
  t.deleteColumns(4, 23);
  return t;
}
function describe(s) {
  var rule = s.getConditionalFormatRules()[0];
  return {
    name: s.getName(), index: s.getIndex(), rows: s.getMaxRows(), cols: s.getMaxColumns(), frozen: s.getFrozenRows(),
    width: s.getColumnWidth(1), height: s.getRowHeight(1), header: s.getRange(1, 1, 1, 3).getValues()[0],
    bold: s.getRange('A1').getFontWeight(), format: s.getRange('B5').getNumberFormat(),
    list: s.getRange('C5').getDataValidation().getCriteriaValues()[0],
    ruleSheet: rule.getRanges()[0].getSheet().getName(), ruleRange: rule.getRanges()[0].getA1Notation(),
    merged: s.getRange('A12').isPartOfMerge(), protections: s.getProtections(SpreadsheetApp.ProtectionType.RANGE).length,
  };
}
function viaInsert() {
  var t = template();
  var copy = SpreadsheetApp.getActive().insertSheet('Tam Trà', 0, { template: t });
  copy.getRange('A2').setValue('Chi đoàn Xuân Thọ');
  return [describe(copy), t.getRange('A2').getValue(), SpreadsheetApp.getActive().getActiveSheet().getName()];
}
function viaCopyTo() {
  var ss = SpreadsheetApp.getActive();
  var t = template();
  var first = t.copyTo(ss);
  var second = t.copyTo(ss);
  return [describe(first), second.getName(), ss.getSheets().map(function (s) { return s.getName(); })];
}
function unnamed() {
  var ss = SpreadsheetApp.getActive();
  return ss.insertSheet({ template: template() }).getName();
}
function badOption() { SpreadsheetApp.getActive().insertSheet('X', 0, { template: template(), colour: 'red' }); }
function tooMany() {
  var ss = SpreadsheetApp.getActive();
  var big = ss.insertSheet('Lớn');
  big.insertRowsAfter(1000, 8000);
  big.insertColumnsAfter(26, 974);
  big.copyTo(ss);
}
`;

describe('SpreadsheetApp: copies of a sheet', () => {
  test('insertSheet(name, index, { template }) copies values, formats, validations, rules (re-targeted), sizes, merges; not protections', () => {
    const emu = emulate(TEMPLATE);
    const [copy, templateCell, active] = emu.run('viaInsert') as [Record<string, unknown>, string, string];
    expect(copy).toEqual({
      name: 'Tam Trà', index: 1, rows: 12, cols: 3, frozen: 1, width: 220, height: 40,
      header: ['Chi đoàn', 'Số đoàn viên', 'Xếp loại'], bold: 'bold', format: '0', list: ['Khá', 'Yếu'],
      ruleSheet: 'Tam Trà', ruleRange: 'C2:C10', merged: true, protections: 0,
    });
    // The copy is its own sheet: writing to it leaves the template as it was.
    expect(templateCell).toBe('');
    expect(active).toBe('Tam Trà');
  });

  test('copyTo puts "Copy of <name>" at the end, then "Copy of <name> 2"; insertSheet without a name does the same', () => {
    const emu = emulate(TEMPLATE);
    const [first, second, names] = emu.run('viaCopyTo') as [Record<string, unknown>, string, string[]];
    expect(first).toMatchObject({ name: 'Copy of Mẫu', rows: 12, cols: 3, ruleSheet: 'Copy of Mẫu', protections: 0 });
    expect(second).toBe('Copy of Mẫu 2');
    expect(names).toEqual(['Trang tính1', 'Mẫu', 'Copy of Mẫu', 'Copy of Mẫu 2']);
    expect(emulate(TEMPLATE).run('unnamed')).toBe('Copy of Mẫu');
  });

  test('each copy is one counted call, and copies count toward the 10-million-cell limit', () => {
    const emu = emulate(TEMPLATE);
    emu.run('viaCopyTo');
    expect(emu.calls.byMethod()['Sheet.copyTo']).toBe(2);
    expect(errorOf(() => emulate(TEMPLATE).run('badOption')).message).toMatch(/colour/);
    expect(errorOf(() => emulate(TEMPLATE).run('tooMany')).message).toMatch(/above the limit of 10000000 cells/);
  });
});
