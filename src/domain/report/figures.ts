import type { Campaign, Unit } from '../campaign';
import { SCALES, type RatingCode } from '../ratings';
import { summarizeUnit, type UnitSummary } from '../summary';
import { assessUnit, missingItems, type ChapterRecord, type MissingItems } from '../unitStatus';

/**
 * The figures of the office's report to its parent body, computed from the workbook as it stands:
 * who sent and when, the classification per period and its change, per cluster, the
 * registrations, and who still owes what. Pure: the app reads the sheets, this only counts.
 */
export interface LevelFigure {
  code: RatingCode;
  label: string;
  count: number;
  /** Share of the rated chapters of the period, 0..1 (0 when none is rated). */
  share: number;
}

export interface PeriodFigures {
  code: string;
  label: string;
  chapters: number;
  rated: number;
  unrated: number;
  levels: LevelFigure[];
}

/** From one period to the next, per level: the change in chapters and in share (percentage points, as a fraction). */
export interface PeriodChange {
  from: string;
  to: string;
  levels: { label: string; count: number; share: number }[];
}

export interface ClusterFigures {
  cluster: string;
  units: number;
  complete: number;
  chapters: number;
  periods: PeriodFigures[];
}

export interface RegistrationLine {
  unit: string;
  chapter: string;
}

export interface OwedUnit {
  unit: string;
  /** Nothing at all was recorded for it. */
  nothing: boolean;
  missing: MissingItems;
}

export interface ReportFigures {
  units: number;
  /** Units with at least one submission recorded. */
  submitted: number;
  /** Of those, first recorded by the end of the deadline day. */
  onTime: number;
  late: number;
  complete: number;
  chapters: number;
  members: number | null;
  periods: PeriodFigures[];
  changes: PeriodChange[];
  clusters: ClusterFigures[];
  build: RegistrationLine[];
  support: RegistrationLine[];
  /** Support chapters that are not among their unit's lowest rated (a warning, not a rejection). */
  supportNotLowest: RegistrationLine[];
  owed: OwedUnit[];
}

export interface FiguresInput {
  campaign: Pick<Campaign, 'scale' | 'periods' | 'units'>;
  chaptersOf: (unit: Unit) => readonly ChapterRecord[];
  /** The local day (`YYYY-MM-DD`) each unit's first recorded submission arrived, by unit id; a unit absent sent nothing. */
  firstReceived: ReadonlyMap<string, string>;
  /** The deadline's day: a submission that day is on time (the deadline is the end of that day). */
  deadline: string;
}

export function reportFigures(input: FiguresInput): ReportFigures {
  const { campaign } = input;
  const codes = campaign.periods.map((p) => p.code);
  const summaries = campaign.units.map((unit) => ({ unit, chapters: input.chaptersOf(unit), summary: summarizeUnit(campaign, unit, input.chaptersOf(unit), codes) }));
  const received = campaign.units.map((unit) => input.firstReceived.get(unit.id)).filter((day): day is string => day !== undefined);
  const onTime = received.filter((day) => day <= input.deadline).length;
  const registrations = summaries.map(({ unit, chapters }) => ({ unit, check: assessUnit(chapters, codes) }));
  const lines = (pick: (check: ReturnType<typeof assessUnit>) => readonly string[]) =>
    registrations.flatMap(({ unit, check }) => pick(check).map((chapter) => ({ unit: unit.name, chapter })));
  const periods = periodFigures(campaign, summaries.map((s) => s.summary));
  const memberCounts = summaries.map((s) => s.summary.members).filter((m): m is number => m !== null);
  return {
    units: campaign.units.length,
    submitted: received.length,
    onTime,
    late: received.length - onTime,
    complete: summaries.filter((s) => s.summary.complete).length,
    chapters: summaries.reduce((sum, s) => sum + s.summary.chapters, 0),
    members: memberCounts.length ? memberCounts.reduce((a, b) => a + b, 0) : null,
    periods,
    changes: periodChanges(periods),
    clusters: clusterFigures(campaign, summaries.map((s) => s.summary)),
    build: lines((check) => check.registration.build),
    support: lines((check) => check.registration.support),
    supportNotLowest: lines((check) => check.registration.notLowest),
    owed: registrations
      .filter(({ check }) => !check.complete)
      .map(({ unit, check }) => ({ unit: unit.name, nothing: !input.firstReceived.has(unit.id), missing: missingItems(check) })),
  };
}

function periodFigures(campaign: FiguresInput['campaign'], summaries: readonly UnitSummary[]): PeriodFigures[] {
  const levels = SCALES[campaign.scale].levels;
  return campaign.periods.map((period) => {
    const count = (key: RatingCode | 'NONE') => summaries.reduce((sum, s) => sum + (s.counts[period.code]?.[key] ?? 0), 0);
    const counts = levels.map((level) => ({ code: level.code, label: level.label, count: count(level.code) }));
    const rated = counts.reduce((sum, c) => sum + c.count, 0);
    const unrated = count('NONE');
    return {
      code: period.code,
      label: period.label,
      chapters: rated + unrated,
      rated,
      unrated,
      levels: counts.map((c) => ({ ...c, share: rated ? c.count / rated : 0 })),
    };
  });
}

function periodChanges(periods: readonly PeriodFigures[]): PeriodChange[] {
  return periods.slice(1).map((to, i) => {
    const from = periods[i];
    return {
      from: from.label,
      to: to.label,
      levels: to.levels.map((level, l) => ({ label: level.label, count: level.count - from.levels[l].count, share: level.share - from.levels[l].share })),
    };
  });
}

function clusterFigures(campaign: FiguresInput['campaign'], summaries: readonly UnitSummary[]): ClusterFigures[] {
  const groups = new Map<string, UnitSummary[]>();
  for (const summary of summaries) {
    const key = summary.unit.cluster.trim();
    groups.set(key, [...(groups.get(key) ?? []), summary]);
  }
  return [...groups.entries()].map(([cluster, members]) => ({
    cluster,
    units: members.length,
    complete: members.filter((m) => m.complete).length,
    chapters: members.reduce((sum, m) => sum + m.chapters, 0),
    periods: periodFigures(campaign, members),
  }));
}
