/**
 * The cadres' form in FormApp: made once by setup (its id recorded before anything is added to it,
 * so setup run again never makes a second), its questions added, one pre-filled link
 * made for a placeholder `Mã` and recorded; its responses read as plain values.
 */
import {
  CADRE_FORM_ID_KEY,
  CADRE_FORM_ITEMS,
  CADRE_FORM_LINK_KEY,
  CADRE_FORM_PLACEHOLDER,
  cadreFormText as t,
  type CadreFormSubmission,
} from '../form/cadreForm';
import { isMissingFormResponse } from './errors';
import type { KeyValueStore } from './properties';

export const CADRE_FORM_HANDLER = 'onCadreFormSubmit';

export type CadreFormBuild = { made: boolean; url: string | null };

/**
 * The form made or completed; a form already whole (its link recorded) costs no FormApp call, only
 * the look at the triggers. `installTrigger` false: another editor's setup installs none (the
 * triggers are the office account's).
 */
export function ensureCadreForm(store: KeyValueStore, installTrigger: boolean): CadreFormBuild {
  const recorded = store.get(CADRE_FORM_ID_KEY);
  const link = store.get(CADRE_FORM_LINK_KEY);
  const needsTrigger = installTrigger && recorded !== null && !hasSubmitTrigger(recorded);
  if (recorded && link && !needsTrigger) return { made: false, url: null };
  // A recorded form that cannot be opened fails the run: a second form would leave the letters' links on the first.
  const form = recorded ? FormApp.openById(recorded) : FormApp.create(t.title);
  if (!recorded) store.set(CADRE_FORM_ID_KEY, form.getId());
  if (!link) completeForm(form, store);
  if (installTrigger && (!recorded || needsTrigger)) ScriptApp.newTrigger(CADRE_FORM_HANDLER).forForm(form).onFormSubmit().create();
  return { made: !recorded, url: form.getPublishedUrl() };
}

function hasSubmitTrigger(formId: string): boolean {
  return ScriptApp.getProjectTriggers().some((tr) => tr.getHandlerFunction() === CADRE_FORM_HANDLER && tr.getTriggerSourceId() === formId);
}

/**
 * Settings and questions, then the template link, recorded last. A run that died while adding them
 * may have left an item without its title, its choices or its being required: whatever a first
 * build left is deleted and the questions added afresh (7 items; this runs only until the link is
 * recorded), so the form is never half right.
 */
function completeForm(form: GoogleAppsScript.Forms.Form, store: KeyValueStore): void {
  for (const item of form.getItems()) form.deleteItem(item);
  form.setDescription(t.description).setCollectEmail(true).setConfirmationMessage(t.confirmation).setProgressBar(false);
  let idItem: GoogleAppsScript.Forms.TextItem | null = null;
  for (const spec of CADRE_FORM_ITEMS) {
    if (spec.kind === 'text') {
      idItem = form.addTextItem().setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
    } else if (spec.kind === 'choice') {
      form.addMultipleChoiceItem().setTitle(spec.title).setChoiceValues([t.yes, t.no]).setRequired(spec.required);
    } else {
      const item = form.addParagraphTextItem().setTitle(spec.title).setRequired(spec.required);
      if (spec.help) item.setHelpText(spec.help);
    }
  }
  if (!idItem) throw new Error(`The cadres' form has no "${t.id}" question`);
  const template = form.createResponse().withItemResponse(idItem.createResponse(CADRE_FORM_PLACEHOLDER)).toPrefilledUrl();
  store.set(CADRE_FORM_LINK_KEY, template);
}

/** A response as plain values by item title: what the intake logs and reads. */
export function readCadreResponse(response: GoogleAppsScript.Forms.FormResponse): CadreFormSubmission {
  const answers: Record<string, string> = {};
  for (const answer of response.getItemResponses()) {
    const value = answer.getResponse();
    answers[answer.getItem().getTitle()] = Array.isArray(value) ? value.flat().join(', ') : String(value ?? '');
  }
  return { responseId: response.getId(), email: response.getRespondentEmail(), timestamp: response.getTimestamp() as unknown as Date, answers };
}

/** A response as the form lists it: id and timestamp at once, the answers read only for one the log lacks. */
export interface ListedCadreResponse {
  id: string;
  timestamp: Date;
  read(): CadreFormSubmission;
}

/** The form's responses after `since` (all when null); null while there is no form. */
export function cadreResponsesSince(store: KeyValueStore, since: Date | null): ListedCadreResponse[] | null {
  const id = store.get(CADRE_FORM_ID_KEY);
  if (!id) return null;
  const form = FormApp.openById(id);
  const responses = since ? form.getResponses(since as unknown as GoogleAppsScript.Base.Date) : form.getResponses();
  return responses.map((response) => ({ id: response.getId(), timestamp: response.getTimestamp() as unknown as Date, read: () => readCadreResponse(response) }));
}

/** One response by id; null when it is gone from the form. */
export function cadreResponse(store: KeyValueStore, responseId: string): CadreFormSubmission | null {
  const id = store.get(CADRE_FORM_ID_KEY);
  if (!id) return null;
  try {
    return readCadreResponse(FormApp.openById(id).getResponse(responseId));
  } catch (error) {
    if (isMissingFormResponse(error)) return null;
    throw error;
  }
}
