import type { ListedResponse } from '../app/setup/formReconcile';
import type { FormKit } from '../form/layout';
import { readFormResponse, type FormSubmission } from '../form/responses';
import type { FormOrigin } from '../app/setup/formSync';
import { FORM_ID_KEY } from '../form/records';
import { isMissingFormResponse } from './errors';

/** FormApp's enums for the form modules, read when needed (the global exists only inside Apps Script). */
export function formKit(): FormKit {
  return { itemType: FormApp.ItemType, submit: FormApp.PageNavigationType.SUBMIT, proceed: FormApp.PageNavigationType.CONTINUE };
}

/**
 * The units' form: the one whose id the script recorded; else the form an older version linked to
 * this spreadsheet, adopted and unlinked; else a new form. The form has no response destination:
 * at 170 units the response sheet (one column per chapter row of every grid, ~15,000 columns ×
 * 1,000 rows) would take the workbook past its 10-million-cell limit, and the product reads
 * responses from the form itself. An adopted form's old response sheet stays in the workbook, as
 * Sheets leaves it when a form is unlinked, with the responses it had; nothing writes to it again.
 */
export function unitsForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, title: string, recordedId: string | null): { form: GoogleAppsScript.Forms.Form; origin: FormOrigin } {
  // A recorded form that cannot be opened (deleted, or not shared with this account) fails the run:
  // building another would leave every unit's link pointing at the old one.
  if (recordedId) return { form: FormApp.openById(recordedId), origin: 'recorded' };
  const url = ss.getFormUrl();
  if (url) {
    const form = FormApp.openByUrl(url);
    form.removeDestination();
    return { form, origin: 'adopted' };
  }
  return { form: FormApp.create(title), origin: 'created' };
}

/** The units' form for reading its responses: the recorded one, else one still linked (a workbook no sync has adopted yet). */
function readableForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Forms.Form | null {
  const id = PropertiesService.getScriptProperties().getProperty(FORM_ID_KEY);
  if (id) return FormApp.openById(id);
  const url = ss.getFormUrl();
  return url ? FormApp.openByUrl(url) : null;
}

/** The form's id as recorded, else the linked form's URL: what the self-check opens. */
export function unitsFormRef(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  return PropertiesService.getScriptProperties().getProperty(FORM_ID_KEY) ?? (ss.getFormUrl() || null);
}

/** Whether a trigger for `handler` is installed (a form build's continuation). */
export function hasTriggerFor(handler: string): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
}

/** The form's submit trigger for `handler`, installed once (as the office account, which then sends the receipts). */
export function ensureFormSubmitTrigger(form: GoogleAppsScript.Forms.Form, handler: string): boolean {
  const formId = form.getId();
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler && t.getTriggerSourceId() === formId);
  if (exists) return false;
  ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
  return true;
}

/** A response of this spreadsheet's form, read as the intake needs it; null when there is no form or the response is gone. */
export function linkedFormResponse(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, responseId: string, kit: FormKit): FormSubmission | null {
  const form = readableForm(ss);
  if (!form) return null;
  let response: GoogleAppsScript.Forms.FormResponse;
  try {
    response = form.getResponse(responseId);
  } catch (error) {
    // Only a response deleted from the form is "gone"; a refused scope or a failing service is not,
    // and the caller decides whether to retry it.
    if (isMissingFormResponse(error)) return null;
    throw error;
  }
  return readFormResponse(response, kit);
}

/** Whether this spreadsheet already has its units' form (recorded, or linked by an older version). */
export function hasUnitsForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return unitsFormRef(ss) !== null;
}

/**
 * The responses of this spreadsheet's form submitted after `since` (every response when null),
 * each with its id and timestamp; the answers are read only for the ones asked for. Null when the
 * spreadsheet has no form yet.
 */
export function linkedFormResponsesSince(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, since: Date | null, kit: FormKit): ListedResponse[] | null {
  const form = readableForm(ss);
  if (!form) return null;
  const responses = since ? form.getResponses(since as unknown as GoogleAppsScript.Base.Date) : form.getResponses();
  return responses.map((response) => ({
    id: response.getId(),
    timestamp: response.getTimestamp() as unknown as Date,
    read: () => readFormResponse(response, kit),
  }));
}
