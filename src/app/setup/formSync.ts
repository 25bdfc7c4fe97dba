import { buildForm, planBuild } from '../../form/build';
import { forgetContradicted, formUnit, recordedSection } from '../../form/formUnits';
import type { FormKit } from '../../form/layout';
import { prefilledLinks } from '../../form/prefill';
import { FORM_HEAD_KEY, FORM_ID_KEY, readSections, SECTION_KEY_PREFIX, type FormStore } from '../../form/records';
import { formText } from '../../form/texts';
import { cellText } from '../../workbook/cells';
import { writeFormLinks } from '../../workbook/formLinks';
import { FORM_LINK_HEADER, SHEET } from '../../workbook/layout';
import { loadCampaignAndUnits, openSheets } from '../../workbook/sheets';
import { readUnitChapters } from '../../workbook/unitChapters';

/** Where the units' form comes from in this execution. */
export type FormOrigin = 'recorded' | 'adopted' | 'created';

export interface FormDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /**
   * The units' form: the one whose id is recorded; else the form an older version linked to the
   * spreadsheet, adopted and unlinked (no response sheet); else a new one, with no destination.
   */
  unitsForm: (title: string, recordedId: string | null) => { form: GoogleAppsScript.Forms.Form; origin: FormOrigin };
  kit: FormKit;
  /** Installs the form's submit trigger once. */
  ensureSubmitTrigger: (form: GoogleAppsScript.Forms.Form) => void;
  /** The script properties: what is recorded of the form, and a build's progress. */
  store: FormStore;
  /** Milliseconds left of this execution's budget. */
  timeLeft: () => number;
  /** The one-off trigger that carries a build on: scheduled once, cancelled when the build is done. */
  continuation: { schedule(): void; cancel(): void };
}

export type FormSyncOutcome =
  | { ok: true; complete: true; created: boolean; units: number; url: string }
  | { ok: true; complete: false; created: boolean; units: number; sectionsDone: number; url: string }
  | { ok: false; errors: string[] };

/** Script property set while a build is unfinished: `{ "created": bool }` (whether it made the form). */
export const FORM_BUILD_KEY = 'formBuild';

/**
 * Planning reserves (FormApp saves the form on every item call, ~0.3 s): a section laid out from
 * scratch is about 20 item calls, a copied one 11; the finish is two item calls a unit for the
 * list's choices, a few for the links and one write.
 */
const SECTION_RESERVE_MS = 10_000;
/** What a section to lay out or rewrite is expected to take (a copied one ~3.6 s), to decide on a continuation. */
const PENDING_SECTION_MS = 5_000;
const FINISH_PER_UNIT_MS = 650;
const FINISH_FIXED_MS = 10_000;

/**
 * Builds the units' form from the workbook (units from `Đơn vị`, chapters from each unit's tab),
 * or brings the existing one up to date in place, then writes each unit's pre-filled link to
 * `Đơn vị` for the sidebar and the reminders. `start` begins a build; `continue` carries an
 * unfinished build on and does nothing when there is none. Only what changed is touched (form/build.ts);
 * a build that does not fit in one execution records its progress as it goes and leaves a one-off
 * continuation trigger scheduled until it is complete. Run under the script lock.
 *
 * What is read: `Cấu hình`, `Đơn vị` and `Cán bộ` in every execution (units added, removed or
 * renamed and a changed campaign are seen at once); a unit's tab only when needed. `start` reads
 * the tab of every unit whose section is recorded, to find the sections whose chapters changed
 * (the floor of a sync: the workbook does not say which tab was edited), and the others' tabs as
 * their sections are laid out. `continue` reads only the tabs of the sections still to lay out:
 * every other section was laid out, or checked against its tab, by an earlier step of this build,
 * and a contradicted record was cleared then (build.ts); a unit renamed since is read again
 * (records keep the name). A tab the office edits between two steps
 * is therefore read by the build if its section is still to be laid out; if it already was, the
 * form keeps the chapters as they were, as after an edit made once the build is done, and the
 * next syncForm (which reads every tab) brings that section up to date.
 */
export function syncFormIn(deps: FormDeps, mode: 'start' | 'continue', alwaysContinue = false): FormSyncOutcome | null {
  const { store } = deps;
  const saved = store.get(FORM_BUILD_KEY);
  if (mode === 'continue' && !saved) {
    deps.continuation.cancel();
    return null;
  }
  const sheets = openSheets(deps.ss);
  const loaded = loadCampaignAndUnits(sheets);
  if (!loaded.ok) {
    // Nothing can be built from an invalid workbook: the office is told and runs syncForm again.
    if (saved) store.set(FORM_BUILD_KEY, '');
    deps.continuation.cancel();
    return loaded;
  }
  const { campaign, unitRows } = loaded;
  const records = readSections(store);
  const sections = campaign.units.map((unit) =>
    formUnit(unit, () => readUnitChapters(sheets, campaign, unit), mode === 'continue' ? recordedSection(campaign, unit, records.get(unit.id)) : undefined),
  );
  if (mode === 'start') for (const section of sections) if (records.has(section.unit.id)) section.chapters();
  const units = sections.length;
  // A build that may not fit in this execution has its continuation scheduled before any work, so
  // that one that dies still has it; so does setup's (`alwaysContinue`: setup run again leaves a
  // build with a continuation to it). A syncForm of a few sections has none: cut off, it fails
  // visibly, and the next syncForm carries it on from what was recorded.
  const continued = mode === 'continue' || alwaysContinue || estimateMs(planBuild(campaign, sections, store), units) * 2 > deps.timeLeft();
  if (continued) {
    // Before the continuation exists: a later step never finds a record this step's reads contradict.
    forgetContradicted(campaign, sections, store);
    deps.continuation.schedule();
  }
  // Marked unfinished before the form is touched: a run cut off anywhere after this is carried on.
  if (!saved) store.set(FORM_BUILD_KEY, JSON.stringify({ created: false }));
  const { form, origin } = deps.unitsForm(formText.title(campaign), store.get(FORM_ID_KEY));
  if (origin !== 'recorded') {
    // What was recorded belongs to another form (or to none): this one is read, or built, afresh.
    for (const key of [FORM_HEAD_KEY, ...store.keysWith(SECTION_KEY_PREFIX)]) if (store.get(key) !== null) store.remove(key);
    store.set(FORM_ID_KEY, form.getId());
  }
  const created = origin === 'created' || savedCreated(saved);
  if (created && !savedCreated(saved)) store.set(FORM_BUILD_KEY, JSON.stringify({ created }));
  // Every execution of a build makes sure of it (one read of the triggers): a build cut off before it still installs it.
  deps.ensureSubmitTrigger(form);

  const result = buildForm(form, campaign, sections, deps.kit, store, {
    sectionFits: () => deps.timeLeft() > SECTION_RESERVE_MS,
    finishFits: (n) => deps.timeLeft() > FINISH_FIXED_MS + FINISH_PER_UNIT_MS * n,
  });
  if (!result.complete) {
    // Cut short by the time budget (a section takes longer than planned): carried on all the same.
    if (!continued) deps.continuation.schedule();
    return { ok: true, complete: false, created, units, sectionsDone: result.sectionsDone, url: form.getPublishedUrl() };
  }

  // One pre-filled link from FormApp, the others by putting each unit's name in its place.
  const template = form.createResponse().withItemResponse(result.unitList.createResponse(campaign.units[0]?.name ?? '')).toPrefilledUrl();
  const links = prefilledLinks(template, campaign.units[0]?.name ?? '', campaign.units);
  const unitsSheet = sheets.get(SHEET.units);
  if (unitsSheet && linksDiffer(unitRows, links)) writeFormLinks(unitsSheet, unitRows, links);
  store.set(FORM_BUILD_KEY, '');
  // A continuation exists only if this execution, or an unfinished build before it, scheduled one.
  if (continued || saved) deps.continuation.cancel();
  return { ok: true, complete: true, created, units, url: form.getPublishedUrl() };
}

/** Whether a form build was started and is not finished. */
export function formBuildPending(store: Pick<FormStore, 'get'>): boolean {
  return Boolean(store.get(FORM_BUILD_KEY));
}

function estimateMs(plan: { pending: number; choicesChange: boolean }, units: number): number {
  return PENDING_SECTION_MS * plan.pending + FINISH_FIXED_MS + (plan.choicesChange ? FINISH_PER_UNIT_MS * units : 0);
}

function savedCreated(saved: string | null): boolean {
  return saved !== null && saved.includes('"created":true');
}

/** Whether `Đơn vị` (as read) shows other links than these: a sync that changed no name writes nothing. */
function linksDiffer(unitRows: readonly (readonly unknown[])[], links: ReadonlyMap<string, string>): boolean {
  const column = (unitRows[0] ?? []).map(cellText).indexOf(FORM_LINK_HEADER);
  if (column < 0) return true;
  return unitRows.slice(1).some((row) => cellText(row[column]) !== (links.get(cellText(row[0])) ?? ''));
}
