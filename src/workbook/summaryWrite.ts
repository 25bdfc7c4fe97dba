import { officeWords } from '../domain/officeLevel';
import type { Campaign } from '../domain/campaign';
import { TEXT_FORMAT } from './layout';
import { summaryText } from './messages';
import { widthRuns } from './sheetBuilder';
import { CLUSTER_BACKGROUND, HEADER_BACKGROUND, TOTAL_BACKGROUND } from './styles';
import { SUMMARY_HEADER_ROWS, summaryColumns, summaryMerges, type SummaryRowKind, type SummaryTable } from './summarySheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COUNT_FORMAT = '0';
const SHARE_FORMAT = '0.0%';
const STAMP_FORMAT = 'dd/MM/yyyy HH:mm';
const PLAIN_BACKGROUND = '#ffffff';

/** Column widths (px): the names and registrations wide enough to read, the figures narrow. */
export function summaryWidths(campaign: Campaign): number[] {
  const columns = summaryColumns(campaign);
  const perPeriod = [...Array.from({ length: columns.levels }, () => [62, 52]).flat(), 72];
  return [40, 220, 150, 66, 66, ...campaign.periods.flatMap(() => perPeriod), 200, 200, 130];
}

type ColumnClass = 'text' | 'count' | 'share';

function columnClasses(campaign: Campaign): ColumnClass[] {
  const columns = summaryColumns(campaign);
  const classes: ColumnClass[] = Array.from({ length: columns.width }, () => 'text');
  for (const c of [0, 3, 4]) classes[c] = 'count';
  for (const p of columns.periods) {
    for (const c of p.counts) {
      classes[c] = 'count';
      classes[c + 1] = 'share';
    }
    classes[p.unrated] = 'count';
  }
  return classes;
}

const BOLD: ReadonlySet<SummaryRowKind> = new Set(['title', 'header', 'cluster', 'total', 'chartTitle', 'chartHeader']);
const BACKGROUND: Partial<Record<SummaryRowKind, string>> = { header: HEADER_BACKGROUND, chartHeader: HEADER_BACKGROUND, cluster: CLUSTER_BACKGROUND, total: TOTAL_BACKGROUND };
const LINES: ReadonlySet<SummaryRowKind> = new Set(['cluster', 'unit', 'total']);

/** Every cell's number format, weight, background and wrap, row by row as the table lays them out. */
export function summaryFormats(campaign: Campaign, kinds: readonly SummaryRowKind[]) {
  const classes = columnClasses(campaign);
  const periods = campaign.periods.length;
  const formatOf = (kind: SummaryRowKind, c: number): string => {
    if (kind === 'date' && c === 2) return STAMP_FORMAT;
    if (kind === 'chartRow') return c >= 2 && c < 2 + periods ? COUNT_FORMAT : TEXT_FORMAT;
    if (!LINES.has(kind)) return TEXT_FORMAT;
    return classes[c] === 'count' ? COUNT_FORMAT : classes[c] === 'share' ? SHARE_FORMAT : TEXT_FORMAT;
  };
  return {
    numberFormats: kinds.map((kind) => classes.map((_, c) => formatOf(kind, c))),
    fontWeights: kinds.map((kind) => classes.map(() => (BOLD.has(kind) ? 'bold' : 'normal'))),
    backgrounds: kinds.map((kind) => classes.map(() => BACKGROUND[kind] ?? PLAIN_BACKGROUND)),
    wraps: kinds.map((kind) => classes.map((cls) => kind === 'header' || (LINES.has(kind) && cls === 'text'))),
  };
}

/**
 * The whole table from row 1 in one range: values, then each format in one call. Rows below the
 * table down to `height` (what an earlier, longer table left) are emptied in the same write.
 */
export function writeSummaryTable(sheet: Sheet, campaign: Campaign, table: SummaryTable, height: number): void {
  const width = table.rows[0].length;
  const extra = Math.max(0, height - table.rows.length);
  const rows = [...table.rows, ...Array.from({ length: extra }, () => Array<string>(width).fill(''))];
  const kinds: SummaryRowKind[] = [...table.kinds, ...Array<SummaryRowKind>(extra).fill('blank')];
  const formats = summaryFormats(campaign, kinds);
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows)
    .setNumberFormats(formats.numberFormats)
    .setFontWeights(formats.fontWeights)
    .setBackgrounds(formats.backgrounds)
    .setWraps(formats.wraps);
}

/**
 * What a refresh cannot rewrite cell by cell: the merged title and header cells, the frozen
 * header rows (Sheets repeats frozen rows on every printed page when "Lặp lại hàng cố định" is
 * ticked), the column widths and the printing note on the title. For a new sheet, and for a sheet
 * an earlier layout made (its merges broken first).
 */
export function layOutSummary(sheet: Sheet, campaign: Campaign, earlier: boolean): void {
  if (earlier) sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  for (const m of summaryMerges(campaign)) sheet.getRange(m.row, m.column, m.rows, m.columns).merge();
  sheet.setFrozenRows(SUMMARY_HEADER_ROWS);
  for (const [column, count, width] of widthRuns(summaryWidths(campaign))) sheet.setColumnWidths(column, count, width);
  sheet.getRange(1, 1).setNote(summaryText.printNote);
}

/** The chart of the distribution per period: inserted once, then moved and re-ranged to the table as it now lies. */
export function placeSummaryChart(sheet: Sheet, campaign: Campaign, table: SummaryTable): void {
  const scope = officeWords(campaign.office).area;
  const title = summaryText.chartName(scope);
  const { row, column, rows, columns } = table.chartData;
  const data = sheet.getRange(row, column, rows, columns);
  const ours = sheet.getCharts().find((chart) => chart.getOptions().get('title') === title);
  const builder = ours ? ours.modify().clearRanges() : sheet.newChart();
  const chart = builder
    .asColumnChart()
    .setTitle(title)
    .setXAxisTitle(summaryText.chartHeader)
    .setYAxisTitle(summaryText.chartAxis)
    .addRange(data)
    .setNumHeaders(1)
    .setOption('width', 560)
    .setOption('height', 320)
    .setPosition(row - 1, column + columns + 1, 0, 0)
    .build();
  if (ours) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}
