import { SCALES } from '../../domain/ratings';
import { cellText, columnIndex } from '../../workbook/cells';
import { ratingHeader } from '../../workbook/layout';
import { isUnitRow, SUMMARY_FIRST_HEADER } from '../../workbook/summarySheet';
import { sumRatingCounts, type UnitRatingCounts } from './ratingCounts';
import { periodShortLabel, type SidebarSettings } from './sidebarApi';

/** The column `Tổng hợp` ends each period with: chapters with no rating yet. */
export const UNRATED_LABEL = 'Chưa xếp loại';

/** Chapters per rating, period against period: what the dashboard's chart draws. */
export interface RatingChart {
  /** The campaign scale's levels, best first; `short` fits under a bar. */
  levels: { label: string; short: string }[];
  /** One count per level, in the order of `levels`, and the chapters not rated yet. */
  periods: { label: string; short: string; counts: number[]; unrated: number }[];
}

/**
 * Each unit row of `Tổng hợp` (values as read; the header rows are the one whose second cell is
 * `Đơn vị` and the one below), by the unit's name as the row writes it. Columns are found by their
 * headers: `Đơn vị` over the names, `Xếp loại <period>` over the group, a level's label (or
 * `Chưa xếp loại`) over each count, a share beside each level's count.
 */
export function unitRatingCounts(summaryValues: readonly (readonly unknown[])[], settings: Pick<SidebarSettings, 'scale' | 'periods'>): Map<string, UnitRatingCounts> {
  const scale = SCALES[settings.scale];
  const labels = [...scale.levels.map((level) => level.label), UNRATED_LABEL];
  const header = summaryValues.findIndex((row) => cellText(row[1]) === SUMMARY_FIRST_HEADER);
  const [top = [], bottom = []] = header < 0 ? [] : summaryValues.slice(header, header + 2);
  const rows = header < 0 ? [] : summaryValues.slice(header + 2).filter(isUnitRow);
  const nameColumn = columnIndex(top, SUMMARY_FIRST_HEADER);
  const span = 2 * scale.levels.length + 1;
  const columns = settings.periods.map((period) => {
    const start = columnIndex(top, ratingHeader(period.label));
    return labels.map((label) => {
      const offset = start < 0 ? -1 : columnIndex(bottom.slice(start, start + span), label);
      return offset < 0 ? -1 : start + offset;
    });
  });
  const byUnit = new Map<string, UnitRatingCounts>();
  for (const row of rows) {
    const name = cellText(row[nameColumn]);
    if (name === '') continue;
    const count = (column: number) => (column >= 0 && typeof row[column] === 'number' ? (row[column] as number) : 0);
    const own: UnitRatingCounts = columns.map((period) => {
      const counts = period.map(count);
      return { counts: counts.slice(0, -1), unrated: counts[counts.length - 1] };
    });
    // Two rows under one name (typed by hand) are counted together, as the totals row counts them.
    const earlier = byUnit.get(name);
    byUnit.set(name, earlier ? sumRatingCounts([earlier, own], scale.levels.length, columns.length) : own);
  }
  return byUnit;
}

/** The chart of every unit row of `Tổng hợp` (subtotals and the totals row left out). */
export function ratingChart(summaryValues: readonly (readonly unknown[])[], settings: Pick<SidebarSettings, 'scale' | 'periods'>): RatingChart {
  const scale = SCALES[settings.scale];
  const totals = sumRatingCounts([...unitRatingCounts(summaryValues, settings).values()], scale.levels.length, settings.periods.length);
  return {
    levels: scale.levels.map((level) => ({ label: level.label, short: settings.scale === 'current' ? level.code : level.label })),
    periods: settings.periods.map((period, p) => ({ label: period.label, short: periodShortLabel(period), ...totals[p] })),
  };
}
