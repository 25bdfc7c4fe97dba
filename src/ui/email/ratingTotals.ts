import { SCALES } from '../../domain/ratings';
import { digestText } from './messages';
import { heading, paragraph, type Block } from './render';
import type { LetterCampaign } from './types';

/** One unit's chapters per rating in each period (the campaign's order), as its row of `Tổng hợp` counts them. */
export type RatingCounts = readonly { readonly counts: readonly number[]; readonly unrated: number }[];

/**
 * The section "Kết quả xếp loại Chi đoàn": for each period, how many chapters of these units are in
 * each level of the campaign's scale (and not rated yet), as `3/20 (15%)`, one column per period.
 * No section when no unit's counts are known.
 */
export function ratingTotalsBlocks(campaign: Pick<LetterCampaign, 'scale' | 'periods'>, units: readonly (RatingCounts | undefined)[]): Block[] {
  const known = units.filter((counts): counts is RatingCounts => counts !== undefined);
  if (known.length === 0) return [];
  const levels = SCALES[campaign.scale].levels;
  const totals = campaign.periods.map((_, p) => ({
    counts: levels.map((_, l) => known.reduce((sum, unit) => sum + (unit[p]?.counts[l] ?? 0), 0)),
    unrated: known.reduce((sum, unit) => sum + (unit[p]?.unrated ?? 0), 0),
  }));
  const cell = (count: number, of: number) => digestText.ratingShare(count, of, percent(count, of));
  const rows = [
    ...levels.map((level, l) => [level.label, ...totals.map((t) => cell(t.counts[l], chaptersOf(t)))]),
    [digestText.unrated, ...totals.map((t) => cell(t.unrated, chaptersOf(t)))],
  ];
  return [
    heading(digestText.ratingsHeading),
    paragraph(digestText.ratingsIntro(Math.max(0, ...totals.map(chaptersOf)))),
    { kind: 'table', head: [digestText.columnRating, ...campaign.periods.map((p) => p.label)], rows, text: 'records' },
  ];
}

function chaptersOf(total: { counts: readonly number[]; unrated: number }): number {
  return total.counts.reduce((sum, n) => sum + n, 0) + total.unrated;
}

/** `15%`, `33,3%` (Vietnamese decimal comma); `0%` of no chapter. */
export function percent(count: number, of: number): string {
  if (of <= 0) return '0%';
  const tenths = Math.round((count / of) * 1000) / 10;
  return `${String(tenths).replace('.', ',')}%`;
}
