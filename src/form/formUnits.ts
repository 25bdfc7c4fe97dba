import type { Campaign, Unit } from '../domain/campaign';
import { sectionContent, sectionCount, sectionShape } from './layout';
import { readSections, sectionKey, sectionText, type FormStore, type SectionRecord } from './records';

/**
 * A unit as the form build sees it. Its chapters live in its tab, and reading a tab is two calls
 * (~0.2 s): a build of 400 units that read every tab in every execution would spend over a minute
 * of each on reading before laying out anything. So a tab is read once, when the build needs it (to
 * lay the section out, or to check a recorded section against it), and not at all when the
 * build already knows its section is current (`recorded`).
 */
export interface FormUnit {
  unit: Pick<Unit, 'id' | 'name'>;
  /** Its chapters: its tab read on the first call, then remembered. */
  chapters(): readonly string[];
  /** Its chapters if already read in this execution, else undefined (nothing is read). */
  chaptersIfRead(): readonly string[] | undefined;
  /**
   * What its section was recorded with, taken as current without reading the tab: set only for a
   * build step after the first, for a unit whose section an earlier step laid out or found current.
   */
  recorded?: RecordedSection;
}

export interface RecordedSection {
  content: string;
  hasChapters: boolean;
}

/** A unit whose chapters are read by `read` (its tab) when first asked for. */
export function formUnit(unit: Pick<Unit, 'id' | 'name'>, read: () => readonly string[], recorded?: RecordedSection): FormUnit {
  let chapters: readonly string[] | undefined;
  return {
    unit,
    chapters: () => (chapters ??= read()),
    chaptersIfRead: () => chapters,
    ...(recorded ? { recorded } : {}),
  };
}

/**
 * What a record can vouch for in a later step of the same build: a record of the campaign's
 * current shape (the periods, scale and texts of `Cấu hình` as read now) and of the unit's name
 * in `Đơn vị` as read now, whose content was set from the unit's tab when it was laid out or
 * checked. A record with no content ('': to be rewritten), of another shape or of another name
 * (renamed, or a record older than names in records) vouches for nothing: the unit's tab is read.
 */
export function recordedSection(campaign: Pick<Campaign, 'periods' | 'scale'>, unit: Pick<Unit, 'name'>, record: SectionRecord | undefined): RecordedSection | undefined {
  if (!record || record.content === '' || record.name !== unit.name) return undefined;
  for (const hasChapters of [true, false]) {
    if (record.shape === sectionShape(campaign, hasChapters) && record.count === sectionCount(campaign, hasChapters)) return { content: record.content, hasChapters };
  }
  return undefined;
}

/** What a unit's section should be: from its tab when read (or when `mayRead`), else from what was recorded. */
export interface WantedSection {
  hasChapters: boolean;
  shape: string;
  content: string;
  count: number;
}

export function wantedSection(campaign: Pick<Campaign, 'periods' | 'scale'>, unit: FormUnit, mayRead: boolean): WantedSection | undefined {
  const read = unit.chaptersIfRead() ?? (!unit.recorded && mayRead ? unit.chapters() : undefined);
  const known = read ? { hasChapters: read.length > 0, content: sectionContent({ unit: unit.unit, chapters: read }) } : unit.recorded;
  if (!known) return undefined;
  return { ...known, shape: sectionShape(campaign, known.hasChapters), count: sectionCount(campaign, known.hasChapters) };
}

/**
 * Whether a unit's section is as recorded. A unit with no record, or a record that cannot be
 * current (no content, another shape), is not, without reading its tab; otherwise its tab is read
 * when `mayRead` (and not yet read), and when it may not, an unknown unit is taken as not current.
 */
export function sectionIsCurrent(campaign: Pick<Campaign, 'periods' | 'scale'>, record: SectionRecord | undefined, unit: FormUnit, mayRead: boolean): boolean {
  if (!record || record.content === '') return false;
  if (record.shape !== sectionShape(campaign, true) && record.shape !== sectionShape(campaign, false)) return false;
  const want = wantedSection(campaign, unit, mayRead);
  return want !== undefined && record.shape === want.shape && record.content === want.content && record.count === want.count;
}

/**
 * A record that a tab read in this execution contradicts loses its content (one write for all):
 * a later step of the build, which takes a record with content as current without reading its
 * tab (recordedSection), then reads that tab and rewrites the section. Called before a continuation
 * is scheduled, and when a step stops short; a syncForm that dies with no continuation is carried
 * on by the next syncForm, which reads every tab.
 */
export function forgetContradicted(campaign: Pick<Campaign, 'periods' | 'scale'>, units: readonly FormUnit[], store: FormStore): void {
  const records = readSections(store);
  const values: Record<string, string> = {};
  for (const unit of units) {
    const record = records.get(unit.unit.id);
    if (!record || record.content === '' || unit.chaptersIfRead() === undefined || sectionIsCurrent(campaign, record, unit, false)) continue;
    values[sectionKey(unit.unit.id)] = sectionText({ ...record, content: '' });
  }
  if (Object.keys(values).length > 0) store.setMany(values);
}
