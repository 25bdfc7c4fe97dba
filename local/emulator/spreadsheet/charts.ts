/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder (and its typed builders, asColumnChart()
 * …) → build() → Sheet.insertChart(); Sheet.getCharts() → chart.modify() → build() →
 * Sheet.updateChart(); Sheet.removeChart(). A built chart is a value: nothing reaches the sheet
 * until insertChart or updateChart (R/spreadsheet/embedded-chart-builder: "Changes made to the
 * chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart").
 *
 * What the platform does not document and this fake decides, the strict way [U]: a chart must
 * have a chart type to be built; insertChart refuses a chart already in a sheet and updateChart one
 * that is not (or no longer) in this sheet; the anchor cell must lie in the sheet's grid. The
 * anchor and the chart's ranges on its own sheet move with inserted and deleted rows and columns
 * (model.ts), as Sheets moves them. The xlsx export leaves charts out (ExcelJS writes none).
 */
import { asApi, fromApi, registerFake } from '../bridge';
import { enumName, enumValue } from '../enums';
import { exception, signatureError } from '../errors';
import type { World } from '../world';
import type { ChartModel, SheetModel } from './model';
import { FakeRange } from './range';
import { assertAlive, assertCanEdit } from './state';
import { RangeRef } from './validation';

/** What a builder or a built chart holds; `id` is the chart's once it is in a sheet. */
interface ChartData {
  id: number | null;
  type: string | null;
  ranges: RangeRef[];
  options: Map<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

function copyData(d: ChartData): ChartData {
  return { ...d, ranges: [...d.ranges], options: new Map(d.options), position: { ...d.position } };
}

export function chartOfModel(sheet: SheetModel, m: ChartModel): ChartData {
  return {
    id: m.id,
    type: m.type,
    ranges: m.ranges.map((r) => new RangeRef(r.sheet === 'self' ? sheet : r.sheet, { ...r.rect })),
    options: new Map(m.options),
    position: { ...m.position },
    numHeaders: m.numHeaders,
    transpose: m.transpose,
  };
}

function modelOf(sheet: SheetModel, d: ChartData, id: number): ChartModel {
  return {
    id,
    type: d.type ?? 'COLUMN',
    ranges: d.ranges.map((r) => ({ sheet: r.sheet === sheet ? 'self' : r.sheet, rect: { ...r.rect } })),
    options: new Map(d.options),
    position: { ...d.position },
    numHeaders: d.numHeaders,
    transpose: d.transpose,
  };
}

type BuilderMethods =
  | 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges' | 'setChartType' | 'getChartType' | 'setOption'
  | 'setPosition' | 'setNumHeaders' | 'setTransposeRowsAndColumns' | 'build' | 'asColumnChart' | 'asBarChart'
  | 'asPieChart' | 'asLineChart';
type B = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

const int = (v: unknown): number => Math.floor(Number(v));

/** The generic builder; the typed builders below are the same object under their own interface. */
export class FakeEmbeddedChartBuilder implements Pick<B, BuilderMethods> {
  constructor(
    protected readonly world: World,
    readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {}

  protected self(): B {
    return asApi(this);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): B {
    const r = fromApi(range, FakeRange, 'range');
    const ref = new RangeRef(r.sheet, { ...r.rect });
    // "If the range has already been added to the chart, it is not added again."
    if (!this.data.ranges.some((x) => x.sheet === ref.sheet && sameRect(x.rect, ref.rect))) this.data.ranges.push(ref);
    return this.self();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): B {
    const r = fromApi(range, FakeRange, 'range');
    this.data.ranges = this.data.ranges.filter((x) => !(x.sheet === r.sheet && sameRect(x.rect, r.rect)));
    return this.self();
  }
  clearRanges(): B {
    this.data.ranges = [];
    return this.self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((r) => asApi<GoogleAppsScript.Spreadsheet.Range>(new FakeRange(this.world, r.sheet, r.rect)));
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): B {
    const name = enumName(type);
    if (!name) throw signatureError('SpreadsheetApp.EmbeddedChartBuilder', 'setChartType', [type]);
    enumValue('Charts.ChartType', name);
    this.data.type = name;
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    // A builder from newChart() has no type until one is set.
    return (this.data.type ? enumValue('Charts.ChartType', this.data.type) : null) as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setOption(option: string, value: unknown): B {
    if (typeof option !== 'string') throw signatureError('SpreadsheetApp.EmbeddedChartBuilder', 'setOption', [option, value]);
    this.data.options.set(option, value);
    return this.self();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): B {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) throw signatureError('SpreadsheetApp.EmbeddedChartBuilder', 'setPosition', args);
    this.data.position = { row: int(anchorRowPos), col: int(anchorColPos), offsetX: int(offsetX), offsetY: int(offsetY) };
    return this.self();
  }
  setNumHeaders(headers: number): B {
    this.data.numHeaders = int(headers);
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): B {
    this.data.transpose = transpose === true;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (!this.data.type) throw exception('The chart type must be set before the chart is built.');
    return asApi(new FakeEmbeddedChart(this.world, this.sheet, copyData(this.data)));
  }
  #as(type: string, ctor: new (world: World, sheet: SheetModel, data: ChartData) => FakeEmbeddedChartBuilder): never {
    this.data.type = type;
    return asApi<never>(new ctor(this.world, this.sheet, this.data));
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.#as('COLUMN', FakeEmbeddedColumnChartBuilder);
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.#as('BAR', FakeEmbeddedBarChartBuilder);
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.#as('PIE', FakeEmbeddedPieChartBuilder);
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.#as('LINE', FakeEmbeddedLineChartBuilder);
  }

  // The typed builders' option setters: each is an option of the chart (R/spreadsheet/embedded-column-chart-builder).
  setTitle(title: string): B {
    return this.setOption('title', String(title));
  }
  setXAxisTitle(title: string): B {
    return this.setOption('hAxis.title', String(title));
  }
  setYAxisTitle(title: string): B {
    return this.setOption('vAxis.title', String(title));
  }
  setStacked(): B {
    return this.setOption('isStacked', true);
  }
  setColors(cssValues: string[]): B {
    if (!Array.isArray(cssValues)) throw signatureError('SpreadsheetApp.EmbeddedChartBuilder', 'setColors', [cssValues]);
    return this.setOption('colors', [...cssValues]);
  }
}
registerFake(FakeEmbeddedChartBuilder, { iface: 'Spreadsheet.EmbeddedChartBuilder', service: 'Spreadsheet' });

export class FakeEmbeddedColumnChartBuilder extends FakeEmbeddedChartBuilder {}
registerFake(FakeEmbeddedColumnChartBuilder, { iface: 'Spreadsheet.EmbeddedColumnChartBuilder', service: 'Spreadsheet' });
export class FakeEmbeddedBarChartBuilder extends FakeEmbeddedChartBuilder {}
registerFake(FakeEmbeddedBarChartBuilder, { iface: 'Spreadsheet.EmbeddedBarChartBuilder', service: 'Spreadsheet' });
export class FakeEmbeddedPieChartBuilder extends FakeEmbeddedChartBuilder {}
registerFake(FakeEmbeddedPieChartBuilder, { iface: 'Spreadsheet.EmbeddedPieChartBuilder', service: 'Spreadsheet' });
export class FakeEmbeddedLineChartBuilder extends FakeEmbeddedChartBuilder {}
registerFake(FakeEmbeddedLineChartBuilder, { iface: 'Spreadsheet.EmbeddedLineChartBuilder', service: 'Spreadsheet' });

function sameRect(a: { row: number; col: number; rows: number; cols: number }, b: { row: number; col: number; rows: number; cols: number }): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

type ChartMethods = 'getChartId' | 'getContainerInfo' | 'getNumHeaders' | 'getOptions' | 'getRanges' | 'getTransposeRowsAndColumns' | 'modify';

/** A built chart, or a chart as getCharts() read it: a snapshot, not a live view. */
export class FakeEmbeddedChart implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods> {
  constructor(
    private readonly world: World,
    readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {}
  getChartId(): number | null {
    return this.data.id;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asApi(new FakeContainerInfo(this.data.position));
  }
  getNumHeaders(): number {
    return this.data.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asApi(new FakeChartOptions(new Map(this.data.options)));
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((r) => asApi<GoogleAppsScript.Spreadsheet.Range>(new FakeRange(this.world, r.sheet, r.rect)));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.data.transpose;
  }
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return asApi(new FakeEmbeddedChartBuilder(this.world, this.sheet, copyData(this.data)));
  }
}
registerFake(FakeEmbeddedChart, { iface: 'Spreadsheet.EmbeddedChart', service: 'Spreadsheet' });

export class FakeContainerInfo implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(private readonly position: ChartData['position']) {}
  getAnchorColumn(): number {
    return this.position.col;
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}
registerFake(FakeContainerInfo, { iface: 'Spreadsheet.ContainerInfo', service: 'Spreadsheet' });

export class FakeChartOptions implements GoogleAppsScript.Charts.ChartOptions {
  constructor(private readonly options: Map<string, unknown>) {}
  get(option: string): unknown {
    return this.options.get(String(option)) ?? null;
  }
}
registerFake(FakeChartOptions, { iface: 'Charts.ChartOptions', service: 'Spreadsheet' });

/** The Sheet methods, delegated to by FakeSheet. */
export const sheetCharts = {
  newChart(world: World, sheet: SheetModel): B {
    assertAlive(sheet);
    return asApi(
      new FakeEmbeddedChartBuilder(world, sheet, {
        id: null,
        type: null,
        ranges: [],
        options: new Map(),
        position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
        numHeaders: -1,
        transpose: false,
      }),
    );
  },
  insertChart(world: World, sheet: SheetModel, chart: unknown, nextId: () => number): void {
    const c = fromApi(chart, FakeEmbeddedChart, 'chart');
    assertAlive(sheet);
    assertCanEdit(world, sheet);
    if (c.data.id !== null) throw exception('This chart is already in a sheet: use updateChart to change it.');
    checkAnchor(sheet, c.data.position);
    sheet.charts.push(modelOf(sheet, c.data, nextId()));
  },
  updateChart(world: World, sheet: SheetModel, chart: unknown): void {
    const c = fromApi(chart, FakeEmbeddedChart, 'chart');
    assertAlive(sheet);
    assertCanEdit(world, sheet);
    const at = sheet.charts.findIndex((m) => m.id === c.data.id);
    if (c.data.id === null || at < 0) throw exception('The chart could not be found in this sheet.');
    checkAnchor(sheet, c.data.position);
    sheet.charts[at] = modelOf(sheet, c.data, c.data.id);
  },
  removeChart(world: World, sheet: SheetModel, chart: unknown): void {
    const c = fromApi(chart, FakeEmbeddedChart, 'chart');
    assertAlive(sheet);
    assertCanEdit(world, sheet);
    const at = sheet.charts.findIndex((m) => m.id === c.data.id);
    if (c.data.id === null || at < 0) throw exception('The chart could not be found in this sheet.');
    sheet.charts.splice(at, 1);
  },
  getCharts(world: World, sheet: SheetModel): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    assertAlive(sheet);
    return sheet.charts.map((m) => asApi<GoogleAppsScript.Spreadsheet.EmbeddedChart>(new FakeEmbeddedChart(world, sheet, chartOfModel(sheet, m))));
  },
};

function checkAnchor(sheet: SheetModel, position: ChartData['position']): void {
  if (position.row < 1 || position.col < 1 || position.row > sheet.maxRows || position.col > sheet.maxCols) {
    throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
}
