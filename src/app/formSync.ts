import { sectionSignature, syncFormLayout, type FormKit } from '../form/layout';
import { formText } from '../form/texts';
import { parseStringRecord } from '../domain/storedJson';
import type { KeyValueStore } from '../gas/properties';
import { writeFormLinks } from '../workbook/formLinks';
import { SHEET } from '../workbook/layout';
import { loadState, openSheets } from '../workbook/sheets';

export interface FormDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The spreadsheet's linked form, created (and linked) on first use. */
  linkedForm: (title: string) => { form: GoogleAppsScript.Forms.Form; created: boolean };
  kit: FormKit;
  /** Installs the form's submit trigger once. */
  ensureSubmitTrigger: (form: GoogleAppsScript.Forms.Form) => void;
  /** Where a build that needs more than one execution keeps its progress (script properties). */
  store: KeyValueStore;
  /** Milliseconds left of this execution's budget. */
  timeLeft: () => number;
  /** The one-off trigger that carries a build on: scheduled once, cancelled when the build is done. */
  continuation: { schedule(): void; cancel(): void };
}

export type FormSyncOutcome =
  | { ok: true; complete: true; created: boolean; units: number; url: string }
  | { ok: true; complete: false; created: boolean; units: number; sectionsDone: number; url: string }
  | { ok: false; errors: string[] };

/** Script property holding an unfinished build: `{ "done": [unit ids laid out], "created": bool }`. */
export const FORM_BUILD_KEY = 'formBuild';
/** Script property: each unit's section signature as of the last complete build, `{ unitId: signature }`. */
export const FORM_SECTIONS_KEY = 'formSections';

interface BuildProgress {
  done: string[];
  created: boolean;
}

/**
 * Planning reserves (FormApp saves the form on every item call, ~0.3 s): a section is about 30 item
 * calls, and the navigation and pre-filled link of a unit about 7 more. A section is started only
 * when it and the whole finish still fit in the time left.
 */
const SECTION_RESERVE_MS = 30_000;
const FINISH_PER_UNIT_MS = 3_000;
const FINISH_FIXED_MS = 15_000;

/**
 * Builds the units' form from the workbook (units from `Đơn vị`, chapters from each unit's tab),
 * or brings the existing one up to date in place, then writes each unit's pre-filled link to
 * `Đơn vị` for the sidebar and the reminders. `start` begins a build (superseding an unfinished
 * one); `continue` carries an unfinished build on and does nothing when there is none. A build
 * lays out sections while the time budget allows, records its progress after each one, and leaves
 * a one-off continuation trigger scheduled until it is complete. `onlyUnits` (a start after setup
 * added units): lay out those units' sections and leave the others' as they are. Run under the
 * script lock.
 */
export function syncFormIn(deps: FormDeps, mode: 'start' | 'continue', onlyUnits?: ReadonlySet<string>): FormSyncOutcome | null {
  const saved = readProgress(deps.store);
  if (mode === 'continue' && !saved) {
    deps.continuation.cancel();
    return null;
  }
  const sheets = openSheets(deps.ss);
  const loaded = loadState(sheets);
  if (!loaded.ok) {
    // Nothing can be built from an invalid workbook: the office is told and runs syncForm again.
    clearProgress(deps.store);
    deps.continuation.cancel();
    return loaded;
  }
  const { campaign, unitRows } = loaded.state;
  const sections = campaign.units.map((unit) => ({ unit, chapters: unit.chapters }));
  const signatures = Object.fromEntries(sections.map((section) => [section.unit.id, sectionSignature(campaign, section)]));
  // Scheduled before any work: an execution that dies mid-build still has its continuation.
  deps.continuation.schedule();
  const { form, created } = deps.linkedForm(formText.title(campaign));
  let progress: BuildProgress;
  if (mode === 'continue' && saved) {
    progress = saved;
  } else {
    // Sections setup did not add, or unchanged since the last complete build of this form, stay as they are.
    const previous = created ? {} : readSignatures(deps.store);
    const unchanged = campaign.units.filter((unit) => (onlyUnits ? !onlyUnits.has(unit.id) : previous[unit.id] === signatures[unit.id]));
    progress = { done: unchanged.map((unit) => unit.id), created };
    deps.ensureSubmitTrigger(form);
  }
  progress.created ||= created;
  writeProgress(deps.store, progress);

  const units = campaign.units.length;
  const finishMs = FINISH_FIXED_MS + FINISH_PER_UNIT_MS * units;
  const layout = syncFormLayout(form, campaign, sections, deps.kit, {
    first: mode === 'start' || progress.done.length === 0,
    done: new Set(progress.done),
    hasTime: (remaining) => deps.timeLeft() > finishMs + (remaining > 0 ? SECTION_RESERVE_MS : 0),
    sectionDone: (done) => writeProgress(deps.store, { ...progress, done: [...done] }),
  });
  if (!layout.complete) {
    writeProgress(deps.store, { ...progress, done: layout.done });
    return { ok: true, complete: false, created: progress.created, units, sectionsDone: layout.done.length, url: form.getPublishedUrl() };
  }
  const { unitList } = layout;
  const links = new Map(
    campaign.units.map((unit) => [unit.id, form.createResponse().withItemResponse(unitList.createResponse(unit.name)).toPrefilledUrl()]),
  );
  const unitsSheet = sheets.get(SHEET.units);
  if (unitsSheet) writeFormLinks(unitsSheet, unitRows, links);
  deps.store.set(FORM_SECTIONS_KEY, JSON.stringify(signatures));
  clearProgress(deps.store);
  deps.continuation.cancel();
  return { ok: true, complete: true, created: progress.created, units, url: form.getPublishedUrl() };
}

function readProgress(store: KeyValueStore): BuildProgress | null {
  const text = store.get(FORM_BUILD_KEY);
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('done' in parsed) || !Array.isArray(parsed.done)) return null;
    const done = parsed.done.filter((id): id is string => typeof id === 'string');
    return { done, created: 'created' in parsed && parsed.created === true };
  } catch {
    return null;
  }
}

function readSignatures(store: KeyValueStore): Record<string, string> {
  return parseStringRecord(store.get(FORM_SECTIONS_KEY));
}

function writeProgress(store: KeyValueStore, progress: BuildProgress): void {
  store.set(FORM_BUILD_KEY, JSON.stringify(progress));
}

function clearProgress(store: KeyValueStore): void {
  if (store.get(FORM_BUILD_KEY) !== null) store.set(FORM_BUILD_KEY, '');
}
