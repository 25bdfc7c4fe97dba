/**
 * A person submitting the form (not a script): the checks the real form makes before it lets the
 * response be sent, then the response is stored, a row goes to the destination sheet and the
 * installable form-submit triggers fire — those of the form and those of the destination
 * spreadsheet — each as its own execution as the trigger's creator, in creation order.
 *
 * Answers to questions on pages the answers skip are REFUSED (the real form would drop them
 * silently); refusing keeps a test from believing they were recorded.
 */
import { enumValue } from '../enums';
import { SCRIPT, type TriggerRecord } from '../script';
import { FakeRange } from '../spreadsheet/range';
import type { World } from '../world';
import { isComplete } from './answers';
import type { WrittenRow } from './destination';
import { FakeForm } from './form';
import { pagesOf, visitedPages } from './navigation';
import { FakeFormResponse } from './response';
import { resolveAnswers, type AnswerInput } from './respondent-answers';
import { FORMS, type Answer, type FormModel, type ResponseModel } from './state';
import { storeResponse } from './store';

export interface RespondentSubmission {
  /** Needed when more than one form exists. */
  formId?: string;
  /** The respondent's address (required when the form collects email or allows one response per user). */
  email?: string;
  /** By item title or item id. */
  answers: Record<string, AnswerInput>;
}

export type FireTrigger = (t: TriggerRecord, event: Record<string, unknown>) => void;

function fail(message: string): never {
  throw new Error(`Form submission refused: ${message}`);
}

/** The form `formId` names, or the only form. */
export function chooseForm(world: World, formId?: string): FormModel {
  const forms = world.state(FORMS).forms;
  if (formId !== undefined) {
    const form = forms.find((f) => f.id === formId);
    if (!form) throw new Error(`Emulator: no form with id ${formId}`);
    return form;
  }
  const [only, ...rest] = forms;
  if (!only) throw new Error('Emulator: no form has been created');
  if (rest.length > 0) throw new Error(`Emulator: ${forms.length} forms exist; pass formId`);
  return only;
}

function checkRespondent(form: FormModel, email: string): void {
  if (!form.acceptingResponses) fail(`the form is not accepting responses${form.closedMessage ? ` ("${form.closedMessage}")` : ''}`);
  if ((form.collectEmail || form.limitOneResponsePerUser) && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    fail('the form collects the respondent\'s email address; pass email');
  }
  if (form.limitOneResponsePerUser && form.responses.some((r) => r.respondent.toLowerCase() === email.toLowerCase())) {
    fail(`${email} has already responded and the form allows one response per user`);
  }
}

/** Only the pages the answers lead through count: their required questions, and no others. */
function checkPages(form: FormModel, answers: ReadonlyMap<number, Answer>, visited: readonly number[]): void {
  const route = visited.map((i) => i + 1).join(' → ');
  pagesOf(form).forEach((page, index) => {
    for (const item of page.items) {
      const answer = answers.get(item.id);
      if (!visited.includes(index)) {
        if (answer) fail(`"${item.title}" is on page ${index + 1}, which these answers skip (pages ${route})`);
      } else if (item.required && !isComplete(answer)) {
        const grid = item.type === 'GRID' || item.type === 'CHECKBOX_GRID' ? ' (every row)' : '';
        fail(`"${item.title}" on page ${index + 1} is required${grid}`);
      }
    }
  });
}

/** The form-bound event: `{authMode, response, source, triggerUid}`. */
export function formEvent(world: World, t: TriggerRecord, form: FormModel, response: ResponseModel): Record<string, unknown> {
  return {
    authMode: enumValue('Script.AuthMode', 'FULL'),
    response: new FakeFormResponse(world, response),
    source: new FakeForm(world, form.id),
    triggerUid: t.id,
  };
}

/** The spreadsheet-bound event: `{authMode, namedValues, range, triggerUid, values}`, values as displayed. */
export function sheetEvent(world: World, t: TriggerRecord, row: WrittenRow): Record<string, unknown> {
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((h, j) => {
    (namedValues[h] ??= []).push(row.display[j] ?? '');
  });
  return {
    authMode: enumValue('Script.AuthMode', 'FULL'),
    namedValues,
    range: new FakeRange(world, row.sheet, { row: row.row, col: 1, rows: 1, cols: row.columns }),
    triggerUid: t.id,
    values: [...row.display],
  };
}

export function submitAsRespondent(world: World, sub: RespondentSubmission, fire: FireTrigger): { responseId: string } {
  const form = chooseForm(world, sub.formId);
  const email = (sub.email ?? '').trim();
  checkRespondent(form, email);
  const answers = resolveAnswers(form, sub.answers);
  checkPages(form, answers, visitedPages(form, answers));
  const { response, row } = storeResponse(world, form, answers, { respondent: email, byScript: false });
  const spreadsheetId = form.destination?.spreadsheetId;
  const due = world.state(SCRIPT).triggers.filter(
    (t) =>
      t.eventType === 'ON_FORM_SUBMIT' &&
      ((t.source === 'FORMS' && t.sourceId === form.id) || (t.source === 'SPREADSHEETS' && row !== undefined && t.sourceId === spreadsheetId)),
  );
  for (const t of due) fire(t, row && t.source === 'SPREADSHEETS' ? sheetEvent(world, t, row) : formEvent(world, t, form, response));
  return { responseId: response.id ?? '' };
}
