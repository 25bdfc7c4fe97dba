import { officeWords } from '../domain/officeLevel';
import type { Campaign } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import type { DistrictSummary, UnitSummary } from '../domain/summary';
import { cellText, safeText, type CellValue, type Row } from './cells';
import { ratingHeader } from './layout';
import { statusMessages, summaryText } from './messages';

/**
 * `Tổng hợp` as the plan's table "Tổng hợp bảng xếp loại các Chi đoàn trong toàn …": a title, the
 * date of the figures, two header rows, then per cluster a line of its subtotals (Roman numeral)
 * over its units (numbered from 1), the grand total, and below it the distribution the chart draws.
 * Every count is a number, every share a fraction formatted as a percentage.
 */
export const SUMMARY_TITLE_ROW = 1;
export const SUMMARY_DATE_ROW = 2;
/** The title, the date and the two header rows: frozen, so they repeat on every printed page. */
export const SUMMARY_HEADER_ROWS = 4;
/** The header cell over the units' names, by which the chart reader finds the header rows. */
export const SUMMARY_FIRST_HEADER = 'Đơn vị';

const FIXED_HEADERS = ['STT', SUMMARY_FIRST_HEADER, 'Cán bộ đứng điểm', 'Số Chi đoàn', 'Số đoàn viên'] as const;
const TAIL_HEADERS = ['Xây dựng Chi đoàn mạnh', 'Hỗ trợ', 'Tình trạng'] as const;
export const UNRATED = 'Chưa xếp loại';
export const SHARE_HEADER = 'Tỷ lệ';
const LIST_SEPARATOR = '; ';

type Layout = Pick<Campaign, 'scale' | 'periods'>;

/** Where each kind of column lies (0-based), from the campaign's scale and periods. */
export interface SummaryColumns {
  width: number;
  levels: number;
  /** Per period: its first column, each level's count column (its share is the next one), and the unrated column. */
  periods: { start: number; counts: number[]; unrated: number }[];
  build: number;
  support: number;
  status: number;
}

export function summaryColumns(campaign: Layout): SummaryColumns {
  const levels = SCALES[campaign.scale].levels.length;
  const span = 2 * levels + 1;
  const periods = campaign.periods.map((_, i) => {
    const start = FIXED_HEADERS.length + i * span;
    return { start, counts: Array.from({ length: levels }, (_, l) => start + 2 * l), unrated: start + 2 * levels };
  });
  const build = FIXED_HEADERS.length + campaign.periods.length * span;
  return { width: build + TAIL_HEADERS.length, levels, periods, build, support: build + 1, status: build + 2 };
}

/** Rows 3 and 4: the period groups over each level's count and share. */
export function summaryHeaderRows(campaign: Layout): Row[] {
  const levels = SCALES[campaign.scale].levels;
  const top: Row = [...FIXED_HEADERS];
  const bottom: Row = FIXED_HEADERS.map(() => '');
  for (const period of campaign.periods) {
    levels.forEach((level, i) => {
      top.push(i === 0 ? ratingHeader(period.label) : '', '');
      bottom.push(level.label, SHARE_HEADER);
    });
    top.push('');
    bottom.push(UNRATED);
  }
  top.push(...TAIL_HEADERS);
  bottom.push(...TAIL_HEADERS.map(() => ''));
  return [top, bottom];
}

/** The merged cells of the header (1-based rects): the title, the period groups, and the columns spanning both header rows. */
export function summaryMerges(campaign: Layout): { row: number; column: number; rows: number; columns: number }[] {
  const columns = summaryColumns(campaign);
  const single = [...FIXED_HEADERS.keys(), columns.build, columns.support, columns.status];
  return [
    { row: SUMMARY_TITLE_ROW, column: 1, rows: 1, columns: columns.width },
    ...columns.periods.map((p) => ({ row: 3, column: p.start + 1, rows: 1, columns: 2 * columns.levels + 1 })),
    ...single.map((c) => ({ row: 3, column: c + 1, rows: 2, columns: 1 })),
  ];
}

/** What one line of the table says: a unit's, a cluster's or the whole office's figures. */
export interface SummaryLine {
  name: string;
  cadre: string;
  chapters: number;
  /** Null when no chapter of the line has a member count. */
  members: number | null;
  /** Per period, each level's count then the unrated chapters. */
  counts: number[][];
  build: string[];
  support: string[];
  complete: boolean;
}

export function lineOfUnit(campaign: Campaign, unit: UnitSummary): SummaryLine {
  const levels = SCALES[campaign.scale].levels;
  const cadre = campaign.cadres.find((c) => c.id === unit.unit.cadre);
  return {
    name: unit.unit.name,
    cadre: cadre ? cadre.name : unit.unit.cadre,
    chapters: unit.chapters,
    members: unit.members,
    counts: campaign.periods.map((period) => [...levels.map((level) => unit.counts[period.code][level.code]), unit.counts[period.code].NONE]),
    build: unit.build,
    support: unit.support,
    complete: unit.complete,
  };
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** A unit's line read back from its row of the sheet (for a write that recomputes only some units). */
export function lineOfRow(campaign: Layout, row: readonly unknown[]): SummaryLine {
  const columns = summaryColumns(campaign);
  const list = (value: unknown) => cellText(value).split(LIST_SEPARATOR).map((name) => name.trim()).filter(Boolean);
  return {
    name: cellText(row[1]),
    cadre: cellText(row[2]),
    chapters: num(row[3]),
    members: typeof row[4] === 'number' ? row[4] : null,
    counts: columns.periods.map((p) => [...p.counts.map((c) => num(row[c])), num(row[p.unrated])]),
    build: list(row[columns.build]),
    support: list(row[columns.support]),
    complete: cellText(row[columns.status]) === statusMessages.complete,
  };
}

function share(count: number, of: number): CellValue {
  return of > 0 ? count / of : '';
}

function figures(line: SummaryLine): CellValue[] {
  return line.counts.flatMap((period) => [...period.slice(0, -1).flatMap((count) => [count, share(count, line.chapters)]), period[period.length - 1]]);
}

/** A unit's row: its number in its cluster, name, cadre's name, counts, shares and registrations by name. */
export function unitLineRow(number: number, line: SummaryLine): Row {
  return [
    number,
    safeText(line.name),
    safeText(line.cadre),
    line.chapters,
    line.members ?? '',
    ...figures(line),
    safeText(line.build.join(LIST_SEPARATOR)),
    safeText(line.support.join(LIST_SEPARATOR)),
    line.complete ? statusMessages.complete : statusMessages.incomplete,
  ];
}

/** The sum of some lines: counts added, registrations counted, `k/n đơn vị đã nộp đủ`. */
function sumRow(label: string, name: string, lines: readonly SummaryLine[], width: number): Row {
  if (lines.length === 0) return [label, name, ...Array<CellValue>(width - 2).fill('')];
  const counts = lines[0].counts.map((period, p) => period.map((_, i) => lines.reduce((sum, line) => sum + line.counts[p][i], 0)));
  const members = lines.some((line) => line.members !== null) ? lines.reduce((sum, line) => sum + (line.members ?? 0), 0) : null;
  const chapters = lines.reduce((sum, line) => sum + line.chapters, 0);
  const total: SummaryLine = { name, cadre: '', chapters, members, counts, build: [], support: [], complete: false };
  const build = lines.reduce((sum, line) => sum + line.build.length, 0);
  const support = lines.reduce((sum, line) => sum + line.support.length, 0);
  const complete = lines.filter((line) => line.complete).length;
  return [
    label,
    safeText(name),
    '',
    chapters,
    members ?? '',
    ...figures(total),
    summaryText.chapterCount(build),
    summaryText.chapterCount(support),
    summaryText.unitsComplete(complete, lines.length),
  ];
}

export type SummaryRowKind = 'title' | 'date' | 'header' | 'cluster' | 'unit' | 'total' | 'blank' | 'chartTitle' | 'chartHeader' | 'chartRow';

/** The whole sheet from row 1, with the kind of each row (what it is formatted as) and where the chart's data lies. */
export interface SummaryTable {
  rows: Row[];
  kinds: SummaryRowKind[];
  /** 1-based row and column of the distribution's header cell, and its size (header included). */
  chartData: { row: number; column: number; rows: number; columns: number };
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function roman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}

/**
 * The table for the units' lines, in the campaign's order of units grouped by cluster (a cluster
 * as it first appears): `lines` by unit name; a unit without a line is left out. `at` is the time
 * the figures stand at (the date row).
 */
export function summaryTable(campaign: Campaign, lines: ReadonlyMap<string, SummaryLine>, at: Date): SummaryTable {
  const columns = summaryColumns(campaign);
  const pad = (row: Row): Row => [...row, ...Array<CellValue>(Math.max(0, columns.width - row.length)).fill('')];
  const scope = officeWords(campaign.office).area;
  const rows: Row[] = [pad([summaryText.title(scope, campaign.periods.map((p) => p.label))]), pad(['', summaryText.dateLabel, at]), ...summaryHeaderRows(campaign)];
  const kinds: SummaryRowKind[] = ['title', 'date', 'header', 'header'];
  const clusters = new Map<string, SummaryLine[]>();
  for (const unit of campaign.units) {
    const line = lines.get(unit.name);
    if (!line) continue;
    const group = clusters.get(unit.cluster) ?? [];
    group.push(line);
    clusters.set(unit.cluster, group);
  }
  let index = 0;
  for (const [cluster, group] of clusters) {
    rows.push(sumRow(roman(++index), cluster || summaryText.noCluster, group, columns.width));
    kinds.push('cluster');
    group.forEach((line, i) => {
      rows.push(unitLineRow(i + 1, line));
      kinds.push('unit');
    });
  }
  const all = [...clusters.values()].flat();
  rows.push(sumRow('', summaryText.totalLabel(scope), all, columns.width));
  kinds.push('total');
  const chartStart = rows.length + 2;
  rows.push(pad([]), pad(['', summaryText.chartTitle(scope)]));
  kinds.push('blank', 'chartTitle');
  const levels = SCALES[campaign.scale].levels;
  const totals = sumRow('', '', all, columns.width);
  rows.push(pad(['', summaryText.chartHeader, ...campaign.periods.map((p) => p.label)]));
  kinds.push('chartHeader');
  [...levels.map((level) => level.label), UNRATED].forEach((label, l) => {
    const counts = columns.periods.map((p) => (l < levels.length ? totals[p.counts[l]] : totals[p.unrated]));
    rows.push(pad(['', label, ...counts.map((count) => (typeof count === 'number' ? count : 0))]));
    kinds.push('chartRow');
  });
  return { rows, kinds, chartData: { row: chartStart + 1, column: 2, rows: levels.length + 2, columns: campaign.periods.length + 1 } };
}

/** The table from the domain's summary (setup, refresh). */
export function summaryTableOf(campaign: Campaign, summary: DistrictSummary, at: Date): SummaryTable {
  return summaryTable(campaign, new Map(summary.units.map((unit) => [unit.unit.name, lineOfUnit(campaign, unit)])), at);
}

/** Whether the first row read is this layout's title (an earlier layout began with `Đơn vị`). */
export function isSummaryTitle(row: readonly unknown[]): boolean {
  return cellText(row[0]).startsWith(summaryText.titlePrefix);
}

/** A unit's row as read: numbered in column A (a cluster's line has a Roman numeral, the total none). */
export function isUnitRow(row: readonly unknown[]): boolean {
  return typeof row[0] === 'number' && cellText(row[1]) !== '';
}

/** The kinds of the rows as read, to tell whether a rewrite keeps every row where it was (formats then stand). */
export function kindsOfRows(rows: readonly (readonly unknown[])[]): ('unit' | 'other')[] {
  return rows.map((row) => (isUnitRow(row) ? 'unit' : 'other'));
}
