import { composeLetter } from './letter';
import { invitationText } from './invitationMessages';
import { bulletList, paragraph, type Block } from './render';
import type { Email, LetterCampaign } from './types';
import { visitReportText as t } from './visitReportMessages';

/** A visit as the report letters show it (the time formatted `dd/MM/yyyy HH:mm`). */
export interface VisitReportLetterInput {
  campaign: LetterCampaign;
  cadreName: string;
  id: string;
  unit: string;
  chapter: string;
  when: string;
}

function facts(input: VisitReportLetterInput): Block {
  const rows = [
    [t.fieldUnit, input.unit],
    [t.fieldChapter, input.chapter],
    [t.fieldTime, input.when],
    [t.fieldId, input.id],
  ];
  return bulletList(rows.map(([label, value]) => [`${label}: `, { strong: value }]));
}

/**
 * `Nhắc báo cáo`: the first after the meeting, the second (overdue) with the office in copy. The
 * subject carries the `Mã`, so a reply is found; `formLink`, the cadres' form pre-filled with the
 * visit's `Mã`, is offered first, the reply beside it.
 */
export function reportChaseLetter(n: 1 | 2, input: VisitReportLetterInput & { due: string; formLink?: string | null }): Email {
  const how: Block[] = input.formLink
    ? [paragraph(t.howForm, { href: input.formLink, label: t.formLinkLabel }), paragraph(t.howToReply)]
    : [paragraph(t.howTo)];
  const blocks: Block[] = [
    paragraph(n === 1 ? t.chase(input.due) : t.overdue(input.due)),
    facts(input),
    ...how,
    bulletList(t.labels.map((line) => [line])),
    paragraph(t.absent),
    paragraph(t.motto),
  ];
  const subject = (n === 1 ? t.chaseSubject : t.overdueSubject)(input.id, input.chapter, input.unit);
  return composeLetter(input.campaign, invitationText.cadreRecipient(input.cadreName), subject, blocks);
}

/** `Xác nhận` of a cadre's report. */
export function reportReceiptLetter(input: VisitReportLetterInput & { absentReason: string | null; reference: string }): Email {
  // The reference (the report's Message-ID) is how a later poll finds this answer in the thread.
  const intro = input.absentReason === null ? t.receipt(input.reference) : t.receiptAbsent(input.absentReason, input.reference);
  return composeLetter(input.campaign, invitationText.cadreRecipient(input.cadreName), t.receiptSubject(input.id, input.chapter, input.unit), [paragraph(intro), facts(input)]);
}

/** The cadre told that the office moved their proposal on. */
export function proposalStatusLetter(input: VisitReportLetterInput & { status: string; difficulties: string; note: string }): Email {
  const blocks: Block[] = [paragraph(t.proposal(input.status)), facts(input), paragraph(t.proposalWhat, input.difficulties)];
  if (input.note) blocks.push(paragraph(t.proposalNote, input.note));
  return composeLetter(input.campaign, invitationText.cadreRecipient(input.cadreName), t.proposalSubject(input.id, input.status), blocks);
}
