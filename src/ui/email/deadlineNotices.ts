import type { MissingItems } from '../../domain/unitStatus';
import { daysLeft, daysOverdue } from '../../domain/deadlines';
import { composeLetter, periodsPhrase, viDate } from './letter';
import { duesText, letterText, overdueText, reminderText } from './messages';
import { howToSend, missingLines } from './missing';
import { numberedList, paragraph, type Block } from './render';
import type { Email, LetterCadre, LetterCampaign, LetterUnit } from './types';

/** What a `Nhắc hạn` or `Quá hạn` letter needs. */
export interface DeadlineNoticeInput {
  campaign: LetterCampaign;
  unit: LetterUnit;
  /** What the unit still owes now (from `missingItems`, or read back from `Đơn vị`). */
  missing: MissingItems;
  /** The unit's pre-filled form link, or null: the letter then asks for a reply with the table attached. */
  formLink: string | null;
  /** The unit's cadre (in copy), named in the overdue notice as the person to turn to; null if unknown. */
  cadre: LetterCadre | null;
  /** Local `YYYY-MM-DD` of sending: "còn N ngày" counts from the day the letter actually goes. */
  today: string;
}

/** `Nhắc hạn`: before the deadline, "còn N ngày", exactly what is missing and how to send it. */
export function reminderEmail(input: DeadlineNoticeInput): Email {
  const { campaign, unit, today } = input;
  const deadline = viDate(campaign.deadline);
  const left = Math.max(0, daysLeft(campaign.deadline, today));
  const blocks: Block[] = [
    paragraph(duesText.plan(campaign.name, campaign.office, periodsPhrase(campaign), deadline)),
    paragraph(reminderText.status(viDate(today), left)),
    numberedList(missingLines(campaign, input.missing)),
    ...howToSend(campaign, deadline, input.formLink, false),
    paragraph(reminderText.alreadySent),
  ];
  return composeLetter(campaign, letterText.unitRecipient(unit.name), reminderText.subject(unit.name, deadline), blocks);
}

/** `Quá hạn`: after the deadline, "đã quá hạn N ngày", what is missing, how to send it, whom to ask. */
export function overdueEmail(input: DeadlineNoticeInput): Email {
  const { campaign, unit, today } = input;
  const deadline = viDate(campaign.deadline);
  const blocks: Block[] = [
    paragraph(duesText.plan(campaign.name, campaign.office, periodsPhrase(campaign), deadline)),
    paragraph(overdueText.status(viDate(today), daysOverdue(campaign.deadline, today), deadline)),
    numberedList(missingLines(campaign, input.missing)),
    ...howToSend(campaign, deadline, input.formLink, true),
    paragraph(input.cadre ? overdueText.contactCadre(input.cadre.name) : overdueText.contactOffice),
  ];
  return composeLetter(campaign, letterText.unitRecipient(unit.name), overdueText.subject(unit.name, deadline), blocks);
}
