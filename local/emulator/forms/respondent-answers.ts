/**
 * A respondent's answers as the host gives them (keyed by item title or id, plain values) turned
 * into the form's answers, refusing what the real form would not let anyone send: an unknown or
 * ambiguous key, an answer to a non-question, an invalid choice or column.
 */
import { answerProblem, isEmpty } from './answers';
import { isQuestion, type Answer, type FormModel, type ItemModel } from './state';

export type GridRowInput = string | string[] | null;

/**
 * A text or one choice: a string; checkboxes: a string array; a grid: one entry per row (null = no
 * answer) or `{ row: column }`; a checkbox grid: one array per row or `{ row: [columns] }`.
 */
export type AnswerInput = string | number | string[] | GridRowInput[] | Record<string, GridRowInput>;

function fail(message: string): never {
  throw new Error(`Form submission refused: ${message}`);
}

/** By id, else by title among the questions (a page break may share a question's title). */
function findItem(form: FormModel, key: string): ItemModel {
  const byId = /^\d+$/.test(key) ? form.items.find((i) => i.id === Number(key)) : undefined;
  const titled = form.items.filter((i) => i.title === key);
  const questions = titled.filter(isQuestion);
  if (!byId && questions.length > 1) fail(`${questions.length} questions are titled "${key}"; key the answer by item id`);
  const item = byId ?? questions[0] ?? titled[0];
  if (!item) fail(`the form has no item "${key}"`);
  if (!isQuestion(item)) fail(`"${key}" is a ${item.type}, which takes no answer`);
  return item;
}

function gridRows(item: ItemModel, value: AnswerInput): GridRowInput[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) fail(`"${item.title}" takes one answer per row`);
  const unknown = Object.keys(value).filter((r) => !item.rows.includes(r));
  if (unknown.length > 0) fail(`"${item.title}" has no row ${unknown.map((r) => `"${r}"`).join(', ')}`);
  return item.rows.map((r) => value[r] ?? null);
}

function toAnswer(item: ItemModel, value: AnswerInput): Answer {
  switch (item.type) {
    case 'CHECKBOX':
      return { kind: 'multi', value: (Array.isArray(value) ? value : [value]).map((v) => String(v)) };
    case 'GRID': {
      const rows = gridRows(item, value);
      if (rows.some((r) => Array.isArray(r))) fail(`"${item.title}" takes one column per row`);
      return { kind: 'grid', value: rows.map((r) => (r === null || r === '' ? null : String(r))) };
    }
    case 'CHECKBOX_GRID': {
      const rows = gridRows(item, value).map((r) => (r === null || r === '' ? null : Array.isArray(r) ? r.map(String) : [String(r)]));
      return { kind: 'checkGrid', value: rows.map((r) => (r && r.length > 0 ? r : null)) };
    }
    default:
      if (typeof value !== 'string' && typeof value !== 'number') fail(`"${item.title}" takes one value`);
      return { kind: 'text', value: String(value) };
  }
}

/** The answers by item id; empty answers are dropped (as an untouched question). */
export function resolveAnswers(form: FormModel, input: Record<string, AnswerInput>): Map<number, Answer> {
  const out = new Map<number, Answer>();
  for (const [key, value] of Object.entries(input)) {
    const item = findItem(form, key);
    if (out.has(item.id)) fail(`"${item.title}" is answered twice`);
    const answer = toAnswer(item, value);
    const problem = answerProblem(item, answer);
    if (problem) fail(problem);
    if (!isEmpty(answer)) out.set(item.id, answer);
  }
  return out;
}
