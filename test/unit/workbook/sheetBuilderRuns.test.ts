import { runsOf, widthRuns } from '../../../src/workbook/sheetBuilder';

describe('batched sheet writes', () => {
  test('adjacent columns form one run, in order', () => {
    expect(runsOf([5, 1, 2, 3, 7, 8])).toEqual([[1, 3], [5, 1], [7, 2]]);
    expect(runsOf([])).toEqual([]);
  });

  test('adjacent equal widths form one setColumnWidths call', () => {
    expect(widthRuns([260, 90, 150, 150, 150, 110, 140])).toEqual([[1, 1, 260], [2, 1, 90], [3, 3, 150], [6, 1, 110], [7, 1, 140]]);
    expect(widthRuns([100, 100, 90, 100])).toEqual([[1, 2, 100], [3, 1, 90], [4, 1, 100]]);
  });
});
