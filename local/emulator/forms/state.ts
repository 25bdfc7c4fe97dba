/**
 * Forms as data: each form's settings, items in order, stored responses and its spreadsheet
 * destination. Fakes hold ids and look the model up on every call, so a deleted item or a moved
 * one is seen at once by every handle the script still holds.
 */
import { exception } from '../errors';
import type { SheetModel } from '../spreadsheet/model';
import { Rng, stateKey, type World } from '../world';

export type ItemTypeName =
  | 'CHECKBOX' | 'CHECKBOX_GRID' | 'DATE' | 'GRID' | 'LIST' | 'MULTIPLE_CHOICE' | 'PAGE_BREAK' | 'PARAGRAPH_TEXT'
  | 'SECTION_HEADER' | 'TEXT' | 'TIME';

export type NavTypeName = 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';

/** Where a page break or a choice sends the respondent; `page` is a page break's item id. */
export interface Navigation {
  type: NavTypeName;
  page?: number;
}

export interface ChoiceModel {
  value: string;
  /** Absent for a choice made without navigation (the two kinds cannot mix in one item). */
  nav?: Navigation;
  isCorrect: boolean;
}

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceModel[];
  otherOption: boolean;
  rows: string[];
  columns: string[];
  /** Page breaks only: applies on reaching this break by going on from the page before it. */
  goTo: Navigation;
}

/** An answer, by item kind; `null` in a grid is an unanswered row. */
export type Answer =
  | { kind: 'text'; value: string }
  | { kind: 'multi'; value: string[] }
  | { kind: 'grid'; value: Array<string | null> }
  | { kind: 'checkGrid'; value: Array<string[] | null> };

export interface ResponseModel {
  formId: string;
  /** null until submitted (a draft from Form.createResponse). */
  id: string | null;
  timestamp: number | null;
  /** What getRespondentEmail returns: the respondent's address when the form collects it, else ''. */
  email: string;
  /** Who submitted ('' for a script), kept for one-response-per-user even when email is not collected. */
  respondent: string;
  answers: Map<number, Answer>;
  submitted: boolean;
  byScript: boolean;
}

export interface DestinationColumn {
  /** `email`, `<itemId>` or `<itemId>/<row>` for a grid row. */
  key: string;
  header: string;
}

export interface Destination {
  spreadsheetId: string;
  sheet: SheetModel;
  columns: DestinationColumn[];
}

export interface FormModel {
  id: string;
  publishedId: string;
  owner: string;
  title: string;
  description: string;
  confirmationMessage: string;
  closedMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  respondAgainLink: boolean;
  acceptingResponses: boolean;
  shuffleQuestions: boolean;
  quiz: boolean;
  items: ItemModel[];
  responses: ResponseModel[];
  destination: Destination | null;
}

export interface FormsState {
  forms: FormModel[];
  /** A stream of its own, so creating forms does not change the ids other services draw. */
  rng: Rng;
  itemIds: Set<number>;
}

export const FORMS = stateKey('forms', (): FormsState => ({ forms: [], rng: new Rng(0xf0e5), itemIds: new Set() }));

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Item types that ask a question (and get a column in the destination sheet). */
export const QUESTION_TYPES: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'GRID', 'LIST', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'TEXT', 'TIME',
]);

export function isQuestion(item: ItemModel): boolean {
  return QUESTION_TYPES.has(item.type);
}

export function newForm(world: World, title: string): FormModel {
  const state = world.state(FORMS);
  const form: FormModel = {
    id: `1${state.rng.chars(43, ID_CHARS)}`,
    publishedId: `1FAIpQLS${state.rng.chars(48, ID_CHARS)}`,
    owner: world.actingUser(),
    title,
    description: '',
    confirmationMessage: '',
    closedMessage: '',
    collectEmail: false,
    allowResponseEdits: false,
    limitOneResponsePerUser: false,
    progressBar: false,
    respondAgainLink: true,
    acceptingResponses: true,
    shuffleQuestions: false,
    quiz: false,
    items: [],
    responses: [],
    destination: null,
  };
  state.forms.push(form);
  return form;
}

export function newItem(world: World, form: FormModel, type: ItemTypeName): ItemModel {
  const state = world.state(FORMS);
  let id: number;
  do id = 100000000 + state.rng.int(2000000000);
  while (state.itemIds.has(id));
  state.itemIds.add(id);
  const item: ItemModel = {
    id, type, title: '', helpText: '', required: false, choices: [], otherOption: false, rows: [], columns: [],
    goTo: { type: 'CONTINUE' },
  };
  form.items.push(item);
  return item;
}

/** Google's response ids are long opaque strings starting `2_`. */
export function newResponseId(world: World): string {
  return `2_ABaOnu${world.state(FORMS).rng.chars(60, ID_CHARS)}`;
}

export function formById(world: World, id: string): FormModel | undefined {
  return world.state(FORMS).forms.find((f) => f.id === id);
}

export function formByPublishedId(world: World, id: string): FormModel | undefined {
  return world.state(FORMS).forms.find((f) => f.publishedId === id);
}

/** The form a fake stands for (forms are never deleted here, so it always exists). */
export function liveForm(world: World, id: string): FormModel {
  const form = formById(world, id);
  if (!form) throw new Error(`Emulator: no form ${id}`);
  return form;
}

/** Text chosen here, not confirmed on the platform. */
export const ITEM_DELETED = 'This item has been deleted from the form.';

export function liveItem(form: FormModel, id: number): ItemModel {
  const item = form.items.find((i) => i.id === id);
  if (!item) throw exception(ITEM_DELETED);
  return item;
}

export function editUrl(form: FormModel): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

export function publishedUrl(form: FormModel): string {
  return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
}
