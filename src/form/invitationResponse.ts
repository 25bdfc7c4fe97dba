import { cleanText } from '../domain/text';
import type { InvitationFields } from '../domain/visits';
import type { AnsweredItem, FormSubmission } from './responses';
import { formText } from './texts';

/** An invitation sent through the form's invitation page, as the visits' domain reads one. */
export interface FormInvitation {
  /** The unit chosen on the invitation page (the first page's answer is the choice that led there). */
  unit: string;
  fields: InvitationFields;
  /** What the unit wrote, one line a field, passed on to the cadre (as an email's body is). */
  words: string;
}

/**
 * The invitation a response carries, or null for a classification: a response is an invitation
 * when the unit list's last choice led to the invitation page (the form then skipped every unit's section). The
 * date item answers `YYYY-MM-DD` and the time item `HH:MM` (ItemResponse.getResponse); whatever
 * else arrives there (a form edited by hand) reads as no date or time, which the unit is told.
 */
export function invitationOfResponse(submission: Pick<FormSubmission, 'items'>): FormInvitation | null {
  const byTitle = new Map(submission.items.map((item) => [item.title, item.response]));
  if (byTitle.get(formText.unitQuestion) !== formText.sendInvitation) return null;
  const text = (title: string) => {
    const value = byTitle.get(title);
    return typeof value === 'string' ? cleanText(value) : '';
  };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(formText.invitationDay));
  const time = /^(\d{1,2}):(\d{2})$/.exec(text(formText.invitationTime));
  const cancel = byTitle.get(formText.invitationCancelQuestion);
  const cancelled = Array.isArray(cancel) ? cancel.some((value) => value === formText.invitationCancel) : cancel === formText.invitationCancel;
  const fields: InvitationFields = {
    chapter: text(formText.invitationChapter) || null,
    date: day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : null,
    time: time ? { hour: Number(time[1]), minute: Number(time[2]) } : null,
    place: text(formText.invitationPlace) || null,
    agenda: text(formText.invitationAgenda) || null,
    cancelled,
  };
  return { unit: text(formText.invitationUnit), fields, words: wordsOf(submission.items, cancelled) };
}

/** The page's answers as the unit gave them: the day as dd/MM/yyyy, each field by its question. */
function wordsOf(items: readonly AnsweredItem[], cancelled: boolean): string {
  const order = [formText.invitationChapter, formText.invitationDay, formText.invitationTime, formText.invitationPlace, formText.invitationAgenda];
  const lines: string[] = [];
  for (const title of order) {
    const value = items.find((item) => item.title === title)?.response;
    if (typeof value !== 'string' || !cleanText(value)) continue;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cleanText(value));
    lines.push(`${title}: ${iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : cleanText(value)}`);
  }
  if (cancelled) lines.push(formText.invitationCancel);
  return lines.join('\n');
}
