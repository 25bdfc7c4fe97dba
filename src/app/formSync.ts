import { syncFormLayout, type FormKit } from '../form/layout';
import { formText } from '../form/texts';
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
}

export type FormSyncOutcome = { ok: true; created: boolean; units: number; url: string } | { ok: false; errors: string[] };

/**
 * Builds the units' form from the workbook (units from `Đơn vị`, chapters from each unit's tab),
 * or brings the existing one up to date in place, then writes each unit's pre-filled link to
 * `Đơn vị` for the sidebar and the reminders.
 */
export function syncFormIn(deps: FormDeps): FormSyncOutcome {
  const sheets = openSheets(deps.ss);
  const loaded = loadState(sheets);
  if (!loaded.ok) return loaded;
  const { campaign, unitRows } = loaded.state;
  const { form, created } = deps.linkedForm(formText.title(campaign));
  const sections = campaign.units.map((unit) => ({ unit, chapters: unit.chapters }));
  const { unitList } = syncFormLayout(form, campaign, sections, deps.kit);
  const links = new Map(
    campaign.units.map((unit) => [unit.id, form.createResponse().withItemResponse(unitList.createResponse(unit.name)).toPrefilledUrl()]),
  );
  const unitsSheet = sheets.get(SHEET.units);
  if (unitsSheet) writeFormLinks(unitsSheet, unitRows, links);
  deps.ensureSubmitTrigger(form);
  return { ok: true, created, units: campaign.units.length, url: form.getPublishedUrl() };
}
