import type { ListedResponse } from '../app/formReconcile';
import type { FormKit } from '../form/layout';
import { readFormResponse, type FormSubmission } from '../form/responses';
import { isMissingFormResponse } from './errors';

/** FormApp's enums for the form modules, read when needed (the global exists only inside Apps Script). */
export function formKit(): FormKit {
  return { itemType: FormApp.ItemType, submit: FormApp.PageNavigationType.SUBMIT, proceed: FormApp.PageNavigationType.CONTINUE };
}

/** The form linked to this spreadsheet, or a new one linked to it: never a second form. */
export function linkedForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, title: string): { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const url = ss.getFormUrl();
  if (url) return { form: FormApp.openByUrl(url), created: false };
  const form = FormApp.create(title);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  moveResponsesSheetLast(ss);
  return { form, created: true };
}

/** The form's submit trigger for `handler`, installed once (as the office account, which then sends the receipts). */
export function ensureFormSubmitTrigger(form: GoogleAppsScript.Forms.Form, handler: string): boolean {
  const formId = form.getId();
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler && t.getTriggerSourceId() === formId);
  if (exists) return false;
  ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
  return true;
}

/**
 * Sheets puts the new responses sheet first; the office should open on `Tổng hợp`. The sheet is
 * found through its form link, since its name depends on the spreadsheet's language.
 */
function moveResponsesSheetLast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheets = ss.getSheets();
  const responses = sheets.find((sheet) => sheet.getFormUrl());
  if (!responses) return;
  ss.setActiveSheet(responses);
  ss.moveActiveSheet(sheets.length);
  ss.setActiveSheet(sheets.find((sheet) => sheet !== responses) ?? responses);
}

/** A response of this spreadsheet's form, read as the intake needs it; null when there is no form or the response is gone. */
export function linkedFormResponse(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, responseId: string, kit: FormKit): FormSubmission | null {
  const url = ss.getFormUrl();
  if (!url) return null;
  const form = FormApp.openByUrl(url);
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

/** Whether this spreadsheet already has its units' form. */
export function hasLinkedForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return Boolean(ss.getFormUrl());
}

/**
 * The responses of this spreadsheet's form submitted after `since` (every response when null),
 * each with its id and timestamp; the answers are read only for the ones asked for. Null when the
 * spreadsheet has no form yet.
 */
export function linkedFormResponsesSince(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, since: Date | null, kit: FormKit): ListedResponse[] | null {
  const url = ss.getFormUrl();
  if (!url) return null;
  const form = FormApp.openByUrl(url);
  const responses = since ? form.getResponses(since as unknown as GoogleAppsScript.Base.Date) : form.getResponses();
  return responses.map((response) => ({
    id: response.getId(),
    timestamp: response.getTimestamp() as unknown as Date,
    read: () => readFormResponse(response, kit),
  }));
}
