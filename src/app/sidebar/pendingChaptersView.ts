import { periodLabel } from '../../ui/email/letter';
import { ratingLabel, type RatingCode } from '../../domain/ratings';
import { registrationLabel } from '../../domain/registration';
import type { KeyValueStore } from '../../gas/properties';
import type { WorkbookSheets } from '../../workbook/sheets';
import { readUnitChapters } from '../../workbook/unitChapters';
import { chapterDecisionMessages } from '../intake/chapterDecisionMessages';
import { pendingChaptersOf, pendingUnits } from '../intake/chapterDecisions';
import { DATE_TIME_PATTERN, readSettingsAndUnits, type SidebarClock } from './sidebarApi';
import { readUnitRowViews } from './unitRowView';

/** A reported chapter waiting for the office, as the review view shows it. */
export interface PendingChapterView {
  unitId: string;
  unitName: string;
  /** What decideChapter takes. */
  id: string;
  /** The name as the unit wrote it. */
  reported: string;
  /** The unit's chapter it looks like: the choice offered first. */
  suggestion: string;
  /** The unit's chapters, to map it to another. */
  chapters: string[];
  /** `dd/MM/yyyy HH:mm` the submission was received, and by which channel. */
  received: string;
  channel: string;
  /** What the unit stated for it, one line each. */
  values: string[];
}

/**
 * Every chapter waiting, oldest first: one property read for the list of units with something
 * waiting, one per such unit, then `Cấu hình`, `Đơn vị` and each such unit's tab.
 */
export function loadPendingChapters(sheets: WorkbookSheets, store: KeyValueStore, clock: SidebarClock): PendingChapterView[] {
  const units = pendingUnits(store);
  if (units.length === 0) return [];
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const rows = readUnitRowViews(unitValues, settings, clock);
  const views: { at: number; view: PendingChapterView }[] = [];
  for (const unitId of units) {
    const unit = rows.find((row) => row.id === unitId);
    const pending = pendingChaptersOf(store, unitId);
    if (!unit || pending.length === 0) continue;
    const chapters = readUnitChapters(sheets, settings, unit);
    for (const item of pending) {
      const text = chapterDecisionMessages.values;
      const values = [
        ...(item.reported.members === null ? [] : [text.members(item.reported.members)]),
        ...Object.entries(item.reported.ratings).map(([period, code]) => text.rating(periodLabel(settings, period), ratingLabel(code as RatingCode))),
        ...(item.reported.registration ? [text.registration(registrationLabel(item.reported.registration))] : []),
      ];
      views.push({ at: item.at, view: {
        unitId,
        unitName: unit.name,
        id: item.id,
        reported: item.reported.name,
        suggestion: chapters.includes(item.suggestion) ? item.suggestion : '',
        chapters,
        received: clock.format(new Date(item.at), settings.timeZone, DATE_TIME_PATTERN),
        channel: chapterDecisionMessages.channel[item.kind] ?? item.kind,
        values: values.length ? values : [text.none],
      } });
    }
  }
  return views.sort((a, b) => a.at - b.at).map((entry) => entry.view);
}
