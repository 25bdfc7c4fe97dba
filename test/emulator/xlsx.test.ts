import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { emulate } from './helpers';

const script = `
  function build() {
    var ss = SpreadsheetApp.getActive();
    var sh = ss.getSheets()[0].setName('Tam Trà');
    sh.getRange('A1:E1').setValues([['Chi đoàn', 'Số đoàn viên', 'Xếp loại năm 2015', 'Cập nhật', 'Ghi chú']]).setFontWeight('bold').setBackground('#cfe2f3');
    sh.getRange('A2:E3').setValues([
      ['Chi đoàn Xuân Thọ', 24, 'Vững mạnh', new Date(Date.UTC(2016, 8, 12, 0, 30)), "'=1+1 từ email"],
      ['Chi đoàn Thuận Yên', 18, 'Yếu', '', '=B2+B3'],
    ]);
    sh.getRange('D2:D3').setNumberFormat('dd/MM/yyyy HH:mm');
    sh.getRange('A2').setNote('Chi đoàn thí điểm');
    sh.getRange('F1:G1').merge();
    sh.setFrozenRows(1);
    sh.setFrozenColumns(1);
    sh.setColumnWidth(1, 210);
    sh.setTabColor('#ff0000');
    sh.hideColumns(8);
    sh.getRange('C2:C20').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'], true).setAllowInvalid(false).build());
    sh.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Yếu').setBackground('#f4cccc').setRanges([sh.getRange('C2:C20')]).build(),
      SpreadsheetApp.newConditionalFormatRule().whenTextContains('Trung').setBackground('#fff2cc').setRanges([sh.getRange('C2:C20')]).build(),
    ]);
    ss.insertSheet('Nhật ký nhận').hideSheet();
  }`;

describe('exportXlsx', () => {
  test('round trip through exceljs keeps values, formats, panes, validations, rules, notes, merges, tabs', async () => {
    const emu = emulate(script);
    emu.run('build');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-xlsx-')), 'nested', 'workbook.xlsx');
    await emu.exportXlsx(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);

    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Tam Trà', 'visible'], ['Nhật ký nhận', 'hidden']]);
    const ws = wb.getWorksheet('Tam Trà');
    if (!ws) throw new Error('sheet missing');

    expect([7, 8].map((column) => ws.getColumn(column).hidden)).toEqual([false, true]);
    expect(ws.getCell('A1').value).toBe('Chi đoàn');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCFE2F3' } });
    expect(ws.getCell('B2').value).toBe(24);
    const when = ws.getCell('D2').value;
    expect(when).toBeInstanceOf(Date);
    expect((when as Date).toISOString()).toBe('2016-09-12T07:30:00.000Z');
    expect(ws.getCell('D2').numFmt).toBe('dd/MM/yyyy HH:mm');
    expect(ws.getCell('E2').value).toBe('=1+1 từ email');
    expect(ws.getCell('E2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E3').value).toMatchObject({ formula: 'B2+B3' });
    expect(ws.getCell('A2').note).toBe('Chi đoàn thí điểm');
    expect(ws.getCell('F1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.properties.tabColor).toEqual({ argb: 'FFFF0000' });
    expect(ws.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Vững mạnh,Khá,Trung bình,Yếu"'],
      showErrorMessage: true,
    });
    expect(ws.getCell('C21').dataValidation).toBeUndefined();

    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['C2:C20', 'C2:C20']);
    expect(cf[0]?.rules[0]).toMatchObject({ type: 'cellIs', operator: 'equal', formulae: ['"Yếu"'] });
    expect(cf[0]?.rules[0]?.style).toMatchObject({ fill: { bgColor: { argb: 'FFF4CCCC' } } });
    expect(cf[1]?.rules[0]).toMatchObject({ type: 'expression', formulae: ['NOT(ISERROR(SEARCH("Trung",C2)))'] });
    expect(cf[1]?.rules[0]?.style).toMatchObject({ fill: { bgColor: { argb: 'FFFFF2CC' } } });
  });

  test('tab names longer than the 31 characters Excel allows are cut to fit and kept apart, and references follow them', async () => {
    const long = 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã';
    const emu = emulate(`
      function build() {
        var ss = SpreadsheetApp.getActive();
        ss.getSheets()[0].setName('${long} Một');
        var second = ss.insertSheet('${long} Hai');
        second.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(ss.getRange("'${long} Một'!A1:A5"), true).build());
      }`);
    emu.run('build');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-xlsx-')), 'long.xlsx');
    await emu.exportXlsx(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([long.slice(0, 31), `${long.slice(0, 29)}~2`]);
    expect(wb.worksheets[1].getCell('A1').dataValidation.formulae).toEqual([`'${long.slice(0, 31)}'!$A$1:$A$5`]);
  });
});
