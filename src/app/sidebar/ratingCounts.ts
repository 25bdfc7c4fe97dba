/**
 * Chapters per rating, unit by unit; no imports, so the sidebar page sums the units it shows with
 * the same code the server sums them with (ratingChart.ts).
 */

/** One unit's chapters per rating in each period, in the campaign's order of periods. */
export type UnitRatingCounts = { counts: number[]; unrated: number }[];

/** The periods' totals over some units' counts (all of them, or the ones a filter shows). */
export function sumRatingCounts(units: readonly UnitRatingCounts[], levels: number, periods: number): UnitRatingCounts {
  return Array.from({ length: periods }, (_, p) => ({
    counts: Array.from({ length: levels }, (_, l) => units.reduce((sum, unit) => sum + (unit[p]?.counts[l] ?? 0), 0)),
    unrated: units.reduce((sum, unit) => sum + (unit[p]?.unrated ?? 0), 0),
  }));
}
