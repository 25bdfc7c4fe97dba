import type { Campaign } from '../domain/campaign';
import { formText } from './texts';

/** One answered item, read out of a FormResponse: plain values only. */
export interface AnsweredItem {
  title: string;
  type: string;
  /** A grid's rows (its chapters), in the order of `response`. */
  rows: string[];
  response: string | string[] | string[][];
}

/** A form response as the intake needs it; everything the log keeps as `Nội dung gốc`. */
export interface FormSubmission {
  responseId: string;
  email: string;
  timestamp: Date;
  items: AnsweredItem[];
}

/** Reads a response once: a fixed number of calls per answered item, and only the items of one section are answered. */
export function readFormResponse(response: GoogleAppsScript.Forms.FormResponse, kit: { itemType: typeof FormApp.ItemType }): FormSubmission {
  const items = response.getItemResponses().map((answer) => {
    const item = answer.getItem();
    const type = item.getType();
    const rows =
      String(type) === String(kit.itemType.GRID)
        ? item.asGridItem().getRows()
        : String(type) === String(kit.itemType.CHECKBOX_GRID)
          ? item.asCheckboxGridItem().getRows()
          : [];
    return { title: item.getTitle(), type: String(type), rows, response: answer.getResponse() as AnsweredItem['response'] };
  });
  return { responseId: response.getId(), email: response.getRespondentEmail(), timestamp: response.getTimestamp() as unknown as Date, items };
}

/** The parts of a response, by the item titles of `texts.ts`: what the unit chose and typed. */
export interface ResponseParts {
  unit: string;
  ratings: Record<string, Record<string, string>>;
  registration: Record<string, string[]>;
  members: string;
  newChapters: string;
}

export function responseParts(submission: Pick<FormSubmission, 'items'>, campaign: Pick<Campaign, 'periods'>): ResponseParts {
  const parts: ResponseParts = { unit: '', ratings: {}, registration: {}, members: '', newChapters: '' };
  const text = (value: AnsweredItem['response']) => (typeof value === 'string' ? value : '');
  for (const item of submission.items) {
    const period = campaign.periods.find((p) => formText.ratingQuestion(p.label) === item.title);
    if (item.title === formText.unitQuestion) parts.unit = text(item.response);
    else if (period && Array.isArray(item.response)) parts.ratings[period.code] = byRow(item.rows, item.response, (v) => (typeof v === 'string' ? v : ''));
    else if (item.title === formText.registrationQuestion && Array.isArray(item.response))
      parts.registration = byRow(item.rows, item.response, (v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
    else if (item.title === formText.membersQuestion) parts.members = text(item.response);
    else if (item.title === formText.newChaptersQuestion) parts.newChapters = text(item.response);
  }
  return parts;
}

/** Grid answers come one per row, null (or empty) for a row left blank. */
function byRow<T>(rows: readonly string[], values: readonly unknown[], read: (value: unknown) => T): Record<string, T> {
  const out: Record<string, T> = {};
  rows.forEach((row, i) => {
    const value = read(values[i]);
    if ((Array.isArray(value) && value.length) || (typeof value === 'string' && value)) out[row] = value;
  });
  return out;
}
