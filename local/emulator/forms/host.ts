/**
 * `emu.forms`: the host's view of the forms the script built (plain data, uncounted) and the
 * respondent's side of a form (submitting, reading a pre-filled link back).
 */
import { toMs } from '../clock';
import type { World } from '../world';
import { responseValue } from './answers';
import { effectiveNav } from './page-break';
import { parsePrefilled, type Prefilled } from './prefill';
import { chooseForm, submitAsRespondent, type FireTrigger, type RespondentSubmission } from './respondent';
import { editUrl, FORMS, isQuestion, publishedUrl, type FormModel, type ItemModel, type ItemTypeName, type Navigation } from './state';

/** A page break's item id, or where else navigation goes. */
export type NavTarget = number | 'CONTINUE' | 'RESTART' | 'SUBMIT';

export interface FormInfo {
  id: string;
  title: string;
  description: string;
  editUrl: string;
  publishedUrl: string;
  /** The destination spreadsheet's id and response sheet's name, or null. */
  destinationId: string | null;
  destinationSheet: string | null;
  acceptingResponses: boolean;
  collectsEmail: boolean;
  responses: number;
  items: Array<{ id: number; type: ItemTypeName; title: string }>;
}

export interface FormItemInfo {
  id: number;
  index: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  /** Questions only. */
  required?: boolean;
  rows?: string[];
  columns?: string[];
  /** `goTo` only for a choice that navigates. */
  choices?: Array<{ value: string; goTo?: NavTarget }>;
  otherOption?: boolean;
  /** Page breaks only: where finishing the page before this break leads. */
  goToPage?: NavTarget;
}

export interface FormResponseInfo {
  id: string;
  formId: string;
  timestamp: Date;
  /** getRespondentEmail(): '' unless the form collects email. */
  email: string;
  byScript: boolean;
  editUrl: string;
  answers: Array<{ itemId: number; title: string; response: string | string[] | Array<string[] | string> }>;
}

export interface EmulatorForms {
  list(): FormInfo[];
  /** The items of a form (the only form when `formId` is omitted), in order. */
  items(formId?: string): FormItemInfo[];
  /**
   * A respondent submits (not a script): checked as the real form would, stored at the simulated
   * time, written to the destination sheet, then the form-submit triggers fire. `at` first moves
   * the clock there (firing time-driven triggers due before it). Throws an Error when the real form
   * would not let the response be sent.
   */
  submit(submission: RespondentSubmission & { at?: Date | string | number }): { responseId: string };
  /** A pre-filled link read back: the form and the answers by item id (submit accepts them as they are). */
  prefilled(url: string): Prefilled;
  responses(formId?: string): FormResponseInfo[];
}

function target(form: FormModel, nav: Navigation): NavTarget {
  const n = effectiveNav(form, nav);
  return n.type === 'GO_TO_PAGE' && n.page !== undefined ? n.page : n.type === 'GO_TO_PAGE' ? 'CONTINUE' : n.type;
}

function itemInfo(form: FormModel, item: ItemModel, index: number): FormItemInfo {
  const info: FormItemInfo = { id: item.id, index, type: item.type, title: item.title, helpText: item.helpText };
  if (isQuestion(item)) info.required = item.required;
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
    info.rows = [...item.rows];
    info.columns = [...item.columns];
  }
  if (item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE' || item.type === 'CHECKBOX') {
    info.choices = item.choices.map((c) => (c.nav ? { value: c.value, goTo: target(form, c.nav) } : { value: c.value }));
    if (item.type !== 'LIST') info.otherOption = item.otherOption;
  }
  if (item.type === 'PAGE_BREAK') info.goToPage = target(form, item.goTo);
  return info;
}

function formInfo(form: FormModel): FormInfo {
  const dest = form.destination;
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    editUrl: editUrl(form),
    publishedUrl: publishedUrl(form),
    destinationId: dest?.spreadsheetId ?? null,
    destinationSheet: dest && !dest.sheet.deleted ? dest.sheet.name : null,
    acceptingResponses: form.acceptingResponses,
    collectsEmail: form.collectEmail,
    responses: form.responses.length,
    items: form.items.map((i) => ({ id: i.id, type: i.type, title: i.title })),
  };
}

export function formsHost(world: World, deps: { fire: FireTrigger; advanceTo(ms: number): void }): EmulatorForms {
  return {
    list: () => world.state(FORMS).forms.map(formInfo),
    items: (formId) => {
      const form = chooseForm(world, formId);
      return form.items.map((item, i) => itemInfo(form, item, i));
    },
    submit: ({ at, ...submission }) => {
      if (at !== undefined) deps.advanceTo(toMs(at));
      return submitAsRespondent(world, submission, deps.fire);
    },
    prefilled: (url) => parsePrefilled(world, url),
    responses: (formId) => {
      const form = chooseForm(world, formId);
      return form.responses.map((r) => ({
        id: r.id ?? '',
        formId: form.id,
        timestamp: new Date(r.timestamp ?? 0),
        email: r.email,
        byScript: r.byScript,
        editUrl: `${publishedUrl(form)}?edit2=${r.id ?? ''}`,
        answers: form.items
          .filter((i) => r.answers.has(i.id))
          .map((i) => {
            const a = r.answers.get(i.id);
            return { itemId: i.id, title: i.title, response: a ? responseValue(a) : '' };
          }),
      }));
    },
  };
}
