import { SCALES } from '../domain/ratings';
import { cellText, columnIndex } from '../workbook/cells';
import { ratingHeader } from '../workbook/layout';
import { isUnitRow, SUMMARY_FIRST_HEADER } from '../workbook/summarySheet';
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
 * Sums the unit rows of `Tổng hợp` (values as read; the header rows are the one whose second cell
 * is `Đơn vị` and the one below). Columns are found by their headers: `Xếp loại <period>` over the
 * group, a level's label (or `Chưa xếp loại`) over each count, a share beside each level's count.
 */
export function ratingChart(summaryValues: readonly (readonly unknown[])[], settings: Pick<SidebarSettings, 'scale' | 'periods'>): RatingChart {
  const scale = SCALES[settings.scale];
  const labels = [...scale.levels.map((level) => level.label), UNRATED_LABEL];
  const header = summaryValues.findIndex((row) => cellText(row[1]) === SUMMARY_FIRST_HEADER);
  const [top = [], bottom = []] = header < 0 ? [] : summaryValues.slice(header, header + 2);
  const rows = header < 0 ? [] : summaryValues.slice(header + 2).filter(isUnitRow);
  const span = 2 * scale.levels.length + 1;
  const periods = settings.periods.map((period) => {
    const start = columnIndex(top, ratingHeader(period.label));
    const counts = labels.map((label) => {
      const offset = start < 0 ? -1 : columnIndex(bottom.slice(start, start + span), label);
      return offset < 0 ? 0 : rows.reduce<number>((sum, row) => sum + (typeof row[start + offset] === 'number' ? (row[start + offset] as number) : 0), 0);
    });
    return { label: period.label, short: periodShortLabel(period), counts: counts.slice(0, -1), unrated: counts[counts.length - 1] };
  });
  return {
    levels: scale.levels.map((level) => ({ label: level.label, short: settings.scale === 'current' ? level.code : level.label })),
    periods,
  };
}
