import type { Campaign, Unit } from './campaign';
import { SCALES, type RatingCode } from './ratings';
import { assessUnit, type ChapterRecord } from './unitStatus';

export interface UnitSummary {
  unit: Unit;
  chapters: number;
  /** Members of the chapters that give a count; null when none does. */
  members: number | null;
  /** period → rating → number of chapters; `NONE` counts unrated chapters. */
  counts: Record<string, Record<RatingCode | 'NONE', number>>;
  build: string[];
  support: string[];
  complete: boolean;
}

export interface DistrictSummary {
  units: UnitSummary[];
}

function emptyCounts(campaign: Pick<Campaign, 'scale' | 'periods'>): Record<string, Record<RatingCode | 'NONE', number>> {
  const counts: Record<string, Record<RatingCode | 'NONE', number>> = {};
  for (const period of campaign.periods) {
    const row = { NONE: 0 } as Record<RatingCode | 'NONE', number>;
    for (const level of SCALES[campaign.scale].levels) row[level.code] = 0;
    counts[period.code] = row;
  }
  return counts;
}

/** Counts per rating per period per unit ("Tổng hợp"); the district totals are summed from these rows. */
export function summarizeDistrict(campaign: Campaign, chaptersOf: (unit: Unit) => readonly ChapterRecord[]): DistrictSummary {
  const periodCodes = campaign.periods.map((p) => p.code);
  return { units: campaign.units.map((unit) => summarizeUnit(campaign, unit, chaptersOf(unit), periodCodes)) };
}

export function summarizeUnit(campaign: Pick<Campaign, 'scale' | 'periods'>, unit: Unit, chapters: readonly ChapterRecord[], periodCodes: string[]): UnitSummary {
  const counts = emptyCounts(campaign);
  for (const chapter of chapters) {
    for (const code of periodCodes) {
      const rating = chapter.ratings[code];
      const key = rating && rating in counts[code] ? rating : 'NONE';
      counts[code][key] += 1;
    }
  }
  const progress = assessUnit(chapters, periodCodes);
  return {
    unit,
    chapters: chapters.length,
    members: chapters.some((c) => c.members !== null) ? chapters.reduce((sum, c) => sum + (c.members ?? 0), 0) : null,
    counts,
    build: progress.registration.build,
    support: progress.registration.support,
    complete: progress.complete,
  };
}
