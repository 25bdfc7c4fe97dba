import type { Campaign } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import type { DistrictSummary, UnitSummary } from '../domain/summary';
import { safeText, type Row } from './cells';
import { ratingHeader } from './layout';
import { statusMessages } from './messages';

export const SUMMARY_HEADER_ROWS = 2;
/** The first header cell, by which a read of `Tổng hợp` knows its columns are where they should be. */
export const SUMMARY_FIRST_HEADER = 'Đơn vị';
const UNRATED = 'Chưa xếp loại';

/** Two header rows: period groups over rating labels. */
export function summaryHeaderRows(campaign: Pick<Campaign, 'scale' | 'periods'>): Row[] {
  const levels = SCALES[campaign.scale].levels;
  const top: Row = [SUMMARY_FIRST_HEADER, 'Cụm', 'Số Chi đoàn'];
  const bottom: Row = ['', '', ''];
  for (const period of campaign.periods) {
    levels.forEach((level, i) => {
      top.push(i === 0 ? ratingHeader(period.label) : '');
      bottom.push(level.label);
    });
    top.push('');
    bottom.push(UNRATED);
  }
  top.push('Xây dựng Chi đoàn mạnh', 'Hỗ trợ', 'Tình trạng');
  bottom.push('', '', '');
  return [top, bottom];
}

/** Column ranges (1-based start, width) of the merged period headers. */
export function summaryPeriodGroups(campaign: Campaign): { column: number; width: number }[] {
  const width = SCALES[campaign.scale].levels.length + 1;
  return campaign.periods.map((_, i) => ({ column: 4 + i * width, width }));
}

function countCells(campaign: Campaign, counts: UnitSummary['counts']): number[] {
  const levels = SCALES[campaign.scale].levels;
  return campaign.periods.flatMap((period) => [...levels.map((level) => counts[period.code][level.code]), counts[period.code].NONE]);
}

const LIST_SEPARATOR = '; ';

/** One unit's row of `Tổng hợp`. */
export function summaryUnitRow(campaign: Campaign, unit: UnitSummary): Row {
  return [
    safeText(unit.unit.name),
    safeText(unit.unit.cluster),
    unit.chapters,
    ...countCells(campaign, unit.counts),
    safeText(unit.build.join(LIST_SEPARATOR)),
    safeText(unit.support.join(LIST_SEPARATOR)),
    unit.complete ? statusMessages.complete : statusMessages.incomplete,
  ];
}

const TOTAL_LABEL = 'Toàn huyện';

/**
 * The `Toàn huyện` row, summed from the unit rows as they stand in the sheet, so that updating
 * one unit needs no other unit's tab.
 */
export function totalsRow(unitRows: readonly (readonly unknown[])[]): Row {
  const width = unitRows.length ? unitRows[0].length : 0;
  const sum = (column: number) => unitRows.reduce<number>((total, row) => total + (typeof row[column] === 'number' ? (row[column] as number) : 0), 0);
  const count = (column: number) =>
    unitRows.reduce((total, row) => total + String(row[column] ?? '').split(LIST_SEPARATOR).filter((name) => name.trim()).length, 0);
  const complete = unitRows.filter((row) => row[width - 1] === statusMessages.complete).length;
  const row: Row = [TOTAL_LABEL, ''];
  for (let column = 2; column < width - 3; column++) row.push(sum(column));
  row.push(`${count(width - 3)} Chi đoàn`, `${count(width - 2)} Chi đoàn`, `${complete}/${unitRows.length} đơn vị đã nộp đủ`);
  return row;
}

export function isTotalsRow(row: readonly unknown[]): boolean {
  return row[0] === TOTAL_LABEL;
}

export function summaryRows(campaign: Campaign, summary: DistrictSummary): Row[] {
  const rows = summary.units.map((unit) => summaryUnitRow(campaign, unit));
  return [...rows, totalsRow(rows)];
}
