import { composeLetter } from './letter';
import { invitationText as t } from './invitationMessages';
import { letterText } from './messages';
import { bulletList, paragraph, type Block } from './render';
import type { Email, LetterCampaign } from './types';

/** A visit as the letters show it (times already formatted `dd/MM/yyyy HH:mm`). */
export interface VisitLetterInput {
  campaign: LetterCampaign;
  cadreName: string;
  id: string;
  unit: string;
  chapter: string;
  when: string;
  place: string;
  agenda: string;
  /** The unit's own words, as it wrote them. */
  words: string;
}

export type VisitLetterKind = 'new' | 'changed' | 'cancelled' | 'remind';

const SUBJECTS = { new: t.inviteSubject, changed: t.changeSubject, cancelled: t.cancelSubject, remind: t.remindSubject } as const;

/** `Mời dự` (new, changed or cancelled meeting) and `Nhắc dự` (the eve of it) to the cadre. */
export function visitLetter(kind: VisitLetterKind, input: VisitLetterInput): Email {
  const intro = kind === 'new' ? t.invite(input.unit) : kind === 'changed' ? t.change(input.unit) : kind === 'cancelled' ? t.cancel(input.unit) : t.remind;
  const rows = [
    [t.fieldUnit, input.unit],
    [t.fieldChapter, input.chapter],
    [t.fieldTime, input.when],
    [t.fieldPlace, input.place || t.notGiven],
    [t.fieldAgenda, input.agenda || t.notGiven],
    [t.fieldId, input.id],
  ];
  const blocks: Block[] = [
    paragraph(intro),
    bulletList(rows.map(([label, value]) => [`${label}: `, { strong: value }])),
  ];
  if (kind !== 'cancelled') blocks.push(paragraph(t.calendarNote));
  if (input.words && kind !== 'remind') blocks.push(paragraph(t.unitWords), paragraph(input.words));
  if (kind !== 'cancelled') blocks.push(paragraph(t.motto));
  return composeLetter(input.campaign, t.cadreRecipient(input.cadreName), SUBJECTS[kind](input.chapter, input.unit, input.when), blocks);
}

export interface InvitationRejectionInput {
  campaign: LetterCampaign;
  unit: string;
  reason: string;
  subject: string | null;
  receivedDay: string | null;
  /** Sent through the units' form rather than by email: the letter says so, and how to send it again there. */
  channel?: 'Form';
}

/** `Báo lỗi` for an invitation: the reason, then what to write. */
export function invitationRejectionEmail(input: InvitationRejectionInput): Email {
  const byForm = input.channel === 'Form';
  const received = byForm ? t.rejectReceivedForm(input.receivedDay) : t.rejectReceived(input.subject, input.receivedDay);
  const blocks: Block[] = [paragraph(received), paragraph(t.rejectReason, { strong: input.reason }), paragraph(byForm ? t.rejectHowForm : t.rejectHow)];
  return composeLetter(input.campaign, letterText.unitRecipient(input.unit), t.rejectSubject(input.unit), blocks);
}
