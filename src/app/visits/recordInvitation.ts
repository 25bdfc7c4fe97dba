import type { Campaign, Unit } from '../../domain/campaign';
import { planInvitation, type InvitationFields, type Visit, type VisitSource } from '../../domain/visits';
import type { RuleFactory } from '../../workbook/sheetBuilder';
import type { WorkbookSheets } from '../../workbook/sheets';
import { readUnitChapters } from '../../workbook/unitChapters';
import { ensureVisitsSheet, readVisits, writeVisits } from '../../workbook/visitsSheet';
import { problemText, visitMessages } from './visitMessages';

/** Time helpers every visit use case takes from the platform (Utilities in Apps Script). */
export interface VisitClock {
  now: () => Date;
  /** Local `YYYY-MM-DD` of an instant in a time zone. */
  localDay: (date: Date, timeZone: string) => string;
  /** The instant of a local `YYYY-MM-DD` and `HH:mm` in a time zone. */
  instant: (day: string, clock: string, timeZone: string) => Date;
  /** An instant in a time zone as `pattern` (SimpleDateFormat). */
  format: (date: Date, timeZone: string, pattern: string) => string;
}

export type InvitationOutcome =
  | { kind: 'recorded'; visit: Visit; change: 'new' | 'changed' | 'cancelled'; detail: string }
  | { kind: 'unchanged'; visit: Visit; detail: string }
  | { kind: 'rejected'; reason: string; detail: string };

export interface InvitationSource {
  source: VisitSource;
  /** When it reached the office: an older invitation never overwrites a newer one. */
  received: Date;
  words: string;
}

/**
 * Records one invitation in `Đi cơ sở` (under the caller's lock): the sheet and the unit's tab
 * read once, the row written once. The calendar and the cadre's letters follow in the visits
 * pass (visitSync.ts), which finds the row's new version.
 */
export function recordInvitation(
  sheets: WorkbookSheets,
  rules: RuleFactory | null,
  campaign: Campaign,
  unit: Unit,
  fields: InvitationFields,
  from: InvitationSource,
  clock: VisitClock,
  /** The unit's chapters when the caller already read them. */
  chapters: readonly string[] = readUnitChapters(sheets, campaign, unit),
): InvitationOutcome {
  const tz = campaign.timeZone;
  const whenText = (date: Date) => clock.format(date, tz, 'dd/MM/yyyy HH:mm');
  const book = readVisits(ensureVisitsSheet(sheets, rules));
  const cadre = campaign.cadres.find((c) => c.id === unit.cadre);
  const plan = planInvitation(book.visits, fields, {
    unit,
    chapters,
    cadreName: cadre?.name ?? '',
    today: clock.localDay(clock.now(), tz),
    now: clock.now().getTime(),
    received: from.received.getTime(),
    source: from.source,
    words: from.words,
    instant: (day, time) => clock.instant(day, time, tz),
  });
  if (plan.kind === 'reject') {
    const reason = problemText(plan.problem, (day, time) => whenText(clock.instant(day, time, tz)));
    return { kind: 'rejected', reason, detail: visitMessages.rejected(reason) };
  }
  if (plan.kind === 'unchanged') return { kind: 'unchanged', visit: plan.visit, detail: visitMessages.unchanged(plan.visit.id) };
  const index = plan.index >= 0 ? plan.index : book.visits.length;
  book.visits[index] = plan.visit;
  writeVisits(book, new Set([index]));
  const { visit } = plan;
  const describe = plan.change === 'new' ? visitMessages.recorded : plan.change === 'changed' ? visitMessages.changed : visitMessages.cancelled;
  return { kind: 'recorded', visit, change: plan.change, detail: describe(visit.id, visit.chapter, whenText(visit.start)) };
}
