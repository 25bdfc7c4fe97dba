import * as z from 'zod/mini';
import { checkVisitEntry, ENTRY_TEXT_LIMIT, type VisitEntry, type VisitEntryField, type VisitEntryProblem } from '../../domain/visitEntry';
import type { RuleFactory } from '../../workbook/sheetBuilder';
import { SHEET } from '../../workbook/layout';
import { appendIntakeRows } from '../../workbook/intakeCodes';
import { readIntakeIndex } from '../../workbook/intakeIndex';
import { intakeRow } from '../../workbook/logs';
import { loadCampaign, openSheets, type WorkbookSheets } from '../../workbook/sheets';
import { readUnitChapters } from '../../workbook/unitChapters';
import { recordInvitation, type VisitClock } from './recordInvitation';
import { entryMessages } from './visitMessages';

const text = (max: number) => z.string({ error: entryMessages.badInput }).check(z.maxLength(max, { error: entryMessages.badInput }));
const entrySchema = z.strictObject({
  unitId: text(100),
  chapter: text(300),
  date: text(40),
  time: text(20),
  place: text(ENTRY_TEXT_LIMIT + 100),
  agenda: text(ENTRY_TEXT_LIMIT + 100),
  cancel: z.optional(z.boolean({ error: entryMessages.badInput })),
});

/** The entry as the page sends it (google.script.run hands over whatever the page sent). */
export function validVisitEntry(value: unknown): VisitEntry {
  const result = entrySchema.safeParse(value);
  if (!result.success) throw new Error(entryMessages.badInput);
  return result.data;
}

export type OfficeInvitationOutcome =
  | { ok: true; id: string; message: string }
  | { ok: false; problems: { field: VisitEntryField; message: string }[] }
  | { ok: false; errors: string[] };

export interface OfficeInvitationDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Who typed it, as `Người gửi` of the log says. */
  clerk: string;
  rules: RuleFactory;
  clock: VisitClock;
}

/**
 * The office types a unit's invitation in the sidebar (under the script lock): every field is
 * checked in one round, then the row is written by the same rules as an emailed one; the
 * calendar and the cadre's letter follow from the office's poll (its calendar and mailbox).
 */
export function recordOfficeInvitationIn(deps: OfficeInvitationDeps, entry: VisitEntry): OfficeInvitationOutcome {
  const sheets = openSheets(deps.ss);
  const loaded = loadCampaign(sheets);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const { campaign } = loaded;
  const unit = campaign.units.find((u) => u.id === entry.unitId.trim());
  if (!unit) return { ok: false, problems: [{ field: 'unitId', message: entryMessages.unknownUnit }] };
  const chapters = readUnitChapters(sheets, campaign, unit);
  const tz = campaign.timeZone;
  const checked = checkVisitEntry(entry, chapters, deps.clock.now().getTime(), (day, clock) => deps.clock.instant(day, clock, tz));
  if (!checked.ok) return { ok: false, problems: checked.problems.map((problem) => ({ field: problem.field, message: problemMessage(problem) })) };
  const outcome = recordInvitation(sheets, deps.rules, campaign, unit, checked.fields, { source: 'Thủ công', received: deps.clock.now(), words: '' }, deps.clock, chapters);
  if (outcome.kind === 'rejected') return { ok: false, problems: [{ field: 'chapter', message: outcome.reason }] };
  if (outcome.kind === 'recorded') logEntry(sheets, deps, tz, unit.name, `${outcome.visit.id}/${outcome.visit.version}`, outcome.detail, entry);
  return { ok: true, id: outcome.visit.id, message: outcome.detail };
}

function problemMessage(problem: VisitEntryProblem): string {
  switch (problem.field) {
    case 'chapter':
      return problem.code === 'required' ? entryMessages.chapterRequired(problem.chapters) : entryMessages.chapterUnknown(problem.chapters);
    case 'date':
      return entryMessages.date[problem.code];
    case 'time':
      return entryMessages.time[problem.code];
    default:
      return entryMessages.tooLong(ENTRY_TEXT_LIMIT);
  }
}

/**
 * What the office typed, in `Nhật ký nhận` like every submission (`Thủ công`, final at once: the
 * row is written, nothing is left to resume); its `Mã` is the visit's and version's.
 */
function logEntry(sheets: WorkbookSheets, deps: OfficeInvitationDeps, timeZone: string, unit: string, id: string, detail: string, entry: VisitEntry): void {
  const sheet = sheets.get(SHEET.intakeLog);
  if (!sheet) return;
  const now = deps.clock.now();
  const raw = JSON.stringify({ ...entry, clerk: deps.clerk, recordedAt: now.toISOString() });
  const index = readIntakeIndex(sheet, timeZone);
  appendIntakeRows(sheet, index, [intakeRow({ time: now, source: 'Thủ công', sender: deps.clerk, id, unit, status: 'Đã ghi', detail, raw, code: index.codes.next(now) })]);
}
