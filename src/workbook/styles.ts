import type { RatingLevel } from '../domain/ratings';

/** Colours of the workbook, chosen to read well on Sheets' default theme and in print. */
export const HEADER_BACKGROUND = '#c9daf8';
export const TOTAL_BACKGROUND = '#efefef';
export const CLUSTER_BACKGROUND = '#f3f3f3';
export const TAB_COLOR_SYSTEM = '#1155cc';
export const TAB_COLOR_LOG = '#999999';

/** Best level green … worst level red, on either scale (Yếu / Không hoàn thành red, Trung bình amber). */
export const RATING_COLORS: Readonly<Record<RatingLevel['rank'], { background: string; font: string }>> = {
  1: { background: '#b7e1cd', font: '#0d652d' },
  2: { background: '#d9ead3', font: '#274e13' },
  3: { background: '#fce8b2', font: '#7f6000' },
  4: { background: '#f4c7c3', font: '#a50e0e' },
};

export const STATUS_COLORS = {
  good: { background: '#b7e1cd', font: '#0d652d' },
  partial: { background: '#fce8b2', font: '#7f6000' },
  bad: { background: '#f4c7c3', font: '#a50e0e' },
} as const;

export const COLUMN_WIDTH = { name: 260, wide: 220, medium: 150, narrow: 90 } as const;
