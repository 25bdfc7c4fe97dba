import type { Cadre } from '../../domain/campaign';
import { daysOverdue } from '../../domain/deadlines';
import { unitsTable, type DigestUnit } from './digest';
import { composeLetter, periodsPhrase, viDate } from './letter';
import { digestText } from './messages';
import { ratingTotalsBlocks } from './ratingTotals';
import { bulletList, heading, numberedSections, paragraph, type Block } from './render';
import type { Email, LetterCampaign } from './types';

/** What one cadre's `Tổng hợp` needs: only the units they stand for, in the order of `Đơn vị`. */
export interface CadreDigestInput {
  campaign: LetterCampaign;
  cadre: Pick<Cadre, 'name'>;
  units: readonly DigestUnit[];
  /** Local `YYYY-MM-DD` of the digest. */
  today: string;
}

/** A cadre's own `Tổng hợp`: their units' counts, each unit (late ones first, with what it owes), their chapters' ratings. */
export function cadreDigestEmail(input: CadreDigestInput): Email {
  const { campaign, units, today } = input;
  const complete = units.filter((u) => u.complete).length;
  const late = units.length - complete;
  const blocks: Block[] = [
    paragraph(digestText.cadreIntro(campaign.name, periodsPhrase(campaign), viDate(campaign.deadline), viDate(today), daysOverdue(campaign.deadline, today))),
    bulletList([[digestText.completeCount(complete, units.length)], [digestText.lateCount(late, units.length)]]),
    heading(digestText.cadreUnitsHeading),
    unitsTable(campaign, units),
    ...ratingTotalsBlocks(campaign, units.map((u) => u.ratings)),
    paragraph(late > 0 ? digestText.cadreUrge : digestText.cadreAllComplete),
  ];
  return composeLetter(campaign, digestText.cadreRecipient(input.cadre.name), digestText.cadreSubject(viDate(today), complete, units.length), numberedSections(blocks));
}
