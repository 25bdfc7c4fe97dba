/**
 * What an answer may be for each item type, whether it counts as answered, what
 * ItemResponse.getResponse() returns for it, and the text each destination column gets. One place,
 * so a script's createResponse and a respondent's submission accept exactly the same answers.
 */
import type { Answer, ItemModel } from './state';

/** Text chosen here, not confirmed on the platform. */
export const INVALID_RESPONSE = 'Invalid response submitted to item.';

function isChoice(item: ItemModel, value: string): boolean {
  return item.choices.some((c) => c.value === value);
}

/** A list or multiple-choice answer: one of the choices, or anything when "Other" is shown. */
function checkSingle(item: ItemModel, value: string): string | undefined {
  if (isChoice(item, value) || (item.otherOption && item.type === 'MULTIPLE_CHOICE')) return undefined;
  return `"${value}" is not a choice of "${item.title}" (${item.choices.map((c) => c.value).join(', ')})`;
}

function checkColumn(item: ItemModel, value: string, row: string): string | undefined {
  if (item.columns.includes(value)) return undefined;
  return `"${value}" is not a column of "${item.title}" (row "${row}"; columns ${item.columns.join(', ')})`;
}

/** A date picker only offers days that exist: `YYYY-MM-DD` (a date item with its year, the default). */
function isRealDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Why `answer` is not a valid answer to `item`, or undefined when it is. */
export function answerProblem(item: ItemModel, answer: Answer): string | undefined {
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      return answer.kind === 'text' ? undefined : `"${item.title}" takes a text`;
    case 'DATE':
      return answer.kind === 'text' && isRealDay(answer.value) ? undefined : `"${item.title}" takes a date as YYYY-MM-DD (got ${JSON.stringify(answer.value)})`;
    case 'TIME':
      return answer.kind === 'text' && /^([01]\d|2[0-3]):[0-5]\d$/.test(answer.value) ? undefined : `"${item.title}" takes a time as HH:MM (got ${JSON.stringify(answer.value)})`;
    case 'LIST':
    case 'MULTIPLE_CHOICE':
      return answer.kind === 'text' ? checkSingle(item, answer.value) : `"${item.title}" takes one choice`;
    case 'CHECKBOX': {
      if (answer.kind !== 'multi') return `"${item.title}" takes a list of choices`;
      const others = answer.value.filter((v) => !isChoice(item, v));
      if (others.length === 0 || (item.otherOption && others.length === 1)) return undefined;
      return `${others.map((v) => `"${v}"`).join(', ')} not among the choices of "${item.title}"`;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const kind = item.type === 'GRID' ? 'grid' : 'checkGrid';
      if (answer.kind !== kind || answer.value.length !== item.rows.length) {
        return `"${item.title}" takes one answer per row (${item.rows.length} rows)`;
      }
      for (let i = 0; i < item.rows.length; i++) {
        const cell = answer.value[i];
        const values = cell === null || cell === undefined ? [] : typeof cell === 'string' ? [cell] : cell;
        for (const v of values) {
          const problem = checkColumn(item, v, item.rows[i] ?? '');
          if (problem) return problem;
        }
      }
      return undefined;
    }
    default:
      return `"${item.title}" (${item.type}) takes no answer`;
  }
}

/** Whether a required item counts as answered: a required grid needs every row. */
export function isComplete(answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (answer.kind) {
    case 'text':
      return answer.value !== '';
    case 'multi':
      return answer.value.length > 0;
    case 'grid':
      return answer.value.every((v) => v !== null && v !== '');
    case 'checkGrid':
      return answer.value.every((v) => v !== null && v.length > 0);
  }
}

/** Whether the answer says anything at all (an all-empty grid is no answer). */
export function isEmpty(answer: Answer): boolean {
  switch (answer.kind) {
    case 'text':
      return answer.value === '';
    case 'multi':
      return answer.value.length === 0;
    case 'grid':
      return answer.value.every((v) => v === null || v === '');
    case 'checkGrid':
      return answer.value.every((v) => v === null || v.length === 0);
  }
}

/**
 * ItemResponse.getResponse(): a String (a date item's `YYYY-MM-DD`, a time item's `HH:MM`), a
 * String[] for checkboxes and grids (one per row), a String[][] for checkbox grids; an unanswered grid row is `''` (documented for both grids).
 */
export function responseValue(answer: Answer): string | string[] | Array<string[] | string> {
  switch (answer.kind) {
    case 'text':
      return answer.value;
    case 'multi':
      return [...answer.value];
    case 'grid':
      return answer.value.map((v) => v ?? '');
    case 'checkGrid':
      return answer.value.map((v) => (v === null || v.length === 0 ? '' : [...v]));
  }
}

/** The destination cells of one item, by column key (checkbox answers joined with ", "). */
export function answerCells(item: ItemModel, answer: Answer | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
    item.rows.forEach((row, i) => {
      const v = answer && (answer.kind === 'grid' || answer.kind === 'checkGrid') ? answer.value[i] : null;
      out.set(`${item.id}/${row}`, v === null || v === undefined ? '' : typeof v === 'string' ? v : v.join(', '));
    });
    return out;
  }
  let text = '';
  if (answer?.kind === 'text') text = answer.value;
  else if (answer?.kind === 'multi') text = answer.value.join(', ');
  out.set(String(item.id), text);
  return out;
}

/** The destination columns of one question item: one, or one per grid row titled `Title [Row]`. */
export function itemColumns(item: ItemModel): Array<{ key: string; header: string }> {
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
    return item.rows.map((row) => ({ key: `${item.id}/${row}`, header: `${item.title} [${row}]` }));
  }
  return [{ key: String(item.id), header: item.title }];
}
