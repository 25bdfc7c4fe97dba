import { planningCostMs } from '../../local/emulator/costs';
import { emulate, errorOf } from './helpers';

const sheetOf = `function sh() { return SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); }`;

describe('SpreadsheetApp: embedded charts', () => {
  test('newChart … build() is a value: nothing is in the sheet until insertChart', () => {
    const emu = emulate(`${sheetOf} function make(insert) {
      var chart = sh().newChart().asColumnChart().addRange(sh().getRange('B2:D6')).setNumHeaders(1).setTitle('Xếp loại')
        .setYAxisTitle('Số Chi đoàn').setPosition(3, 6, 10, 20).build();
      var before = sh().getCharts().length;
      if (insert) sh().insertChart(chart);
      var c = sh().getCharts();
      if (!c.length) return [before, 0];
      var info = c[0].getContainerInfo();
      return [before, c.length, c[0].getChartId() !== null, c[0].getRanges().map(function (r) { return r.getA1Notation(); }),
        info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY(), c[0].getNumHeaders(),
        c[0].getOptions().get('title'), c[0].getOptions().get('vAxis.title'), chart.getChartId()];
    }`);
    expect(emu.run('make', false)).toEqual([0, 0]);
    expect(emu.run('make', true)).toEqual([0, 1, true, ['B2:D6'], 3, 6, 10, 20, 1, 'Xếp loại', 'Số Chi đoàn', null]);
  });

  test('modify() … updateChart replaces the chart in place; the builder alone changes nothing', () => {
    const emu = emulate(`${sheetOf} function run() {
      sh().insertChart(sh().newChart().asColumnChart().addRange(sh().getRange('A1:B3')).setPosition(1, 4, 0, 0).build());
      var chart = sh().getCharts()[0];
      var changed = chart.modify().clearRanges().addRange(sh().getRange('A1:C5')).setPosition(8, 2, 0, 0).build();
      var untouched = sh().getCharts()[0].getRanges()[0].getA1Notation();
      sh().updateChart(changed);
      var after = sh().getCharts();
      return [untouched, after.length, after[0].getChartId() === chart.getChartId(), after[0].getRanges()[0].getA1Notation(), after[0].getContainerInfo().getAnchorRow()];
    }`);
    expect(emu.run('run')).toEqual(['A1:B3', 1, true, 'A1:C5', 8]);
  });

  test('a range added twice is kept once; removeRange and removeChart', () => {
    const emu = emulate(`${sheetOf} function run() {
      var b = sh().newChart().asColumnChart().addRange(sh().getRange('A1:B3')).addRange(sh().getRange('A1:B3')).addRange(sh().getRange('D1:D3'));
      var twice = b.getRanges().length;
      b.removeRange(sh().getRange('D1:D3'));
      sh().insertChart(b.build());
      var n = sh().getCharts()[0].getRanges().length;
      sh().removeChart(sh().getCharts()[0]);
      return [twice, n, sh().getCharts().length];
    }`);
    expect(emu.run('run')).toEqual([2, 1, 0]);
  });

  test('refused: no chart type, inserting a chart twice, updating a removed chart, an anchor outside the grid', () => {
    const emu = emulate(`${sheetOf}
      function untyped() { sh().newChart().addRange(sh().getRange('A1:B2')).build(); }
      function twice() { var c = sh().newChart().asColumnChart().addRange(sh().getRange('A1:B2')).build(); sh().insertChart(c); sh().insertChart(sh().getCharts()[0]); }
      function gone() { var c = sh().getCharts()[0]; sh().removeChart(c); sh().updateChart(c.modify().build()); }
      function outside() { sh().insertChart(sh().newChart().asColumnChart().addRange(sh().getRange('A1:B2')).setPosition(1001, 1, 0, 0).build()); }
      function generic() { return typeof sh().newChart().setTitle; }`);
    expect(errorOf(() => emu.run('untyped')).text).toBe('Exception: The chart type must be set before the chart is built.');
    expect(errorOf(() => emu.run('twice')).text).toBe('Exception: This chart is already in a sheet: use updateChart to change it.');
    expect(errorOf(() => emu.run('gone')).text).toBe('Exception: The chart could not be found in this sheet.');
    expect(errorOf(() => emu.run('outside')).text).toBe('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    // setTitle belongs to the typed builders (asColumnChart() …), not to EmbeddedChartBuilder.
    expect(emu.run('generic')).toBe('undefined');
  });

  test('rows inserted above move the anchor and the chart’s ranges on its sheet, as Sheets moves them', () => {
    const emu = emulate(`${sheetOf} function run() {
      sh().insertChart(sh().newChart().asColumnChart().addRange(sh().getRange('B10:C14')).setPosition(10, 5, 0, 0).build());
      sh().insertRowsAfter(2, 3);
      var c = sh().getCharts()[0];
      return [c.getRanges()[0].getA1Notation(), c.getContainerInfo().getAnchorRow()];
    }`);
    expect(emu.run('run')).toEqual(['B13:C17', 13]);
  });

  test('building is local (0 ms); newChart, insertChart, getCharts and modify are calls', () => {
    const emu = emulate(`${sheetOf} function run() { var s = sh(); s.insertChart(s.newChart().asColumnChart().addRange(s.getRange('A1:B2')).setTitle('x').setPosition(1, 1, 0, 0).build()); s.getCharts()[0].modify().build(); }`);
    emu.run('run');
    const methods = emu.calls.byMethod();
    expect(Object.keys(methods).filter((m) => /Chart/.test(m)).sort()).toEqual(
      ['EmbeddedChart.modify', 'EmbeddedChartBuilder.asColumnChart', 'EmbeddedChartBuilder.build', 'EmbeddedColumnChartBuilder.addRange', 'EmbeddedColumnChartBuilder.build',
        'EmbeddedColumnChartBuilder.setPosition', 'EmbeddedColumnChartBuilder.setTitle', 'Sheet.getCharts', 'Sheet.insertChart', 'Sheet.newChart'].sort(),
    );
    expect(planningCostMs('EmbeddedColumnChartBuilder.addRange', 'Spreadsheet')).toBe(0);
    expect(planningCostMs('EmbeddedChartBuilder.build', 'Spreadsheet')).toBe(0);
    expect(planningCostMs('Sheet.insertChart', 'Spreadsheet')).toBe(100);
    expect(planningCostMs('EmbeddedChart.modify', 'Spreadsheet')).toBe(100);
  });
});
