import type { Campaign } from '../../domain/campaign';
import { proposalKey, proposalToTell, readHandling } from '../../domain/proposals';
import { proposalStatusLetter } from '../../ui/email/visitReport';
import { RETRIED_OUTBOX_STATUSES } from '../../workbook/logs';
import type { VisitBook } from '../../workbook/visitsSheet';
import { sendKeyed, type OutboxContext } from '../notices/notices';
import type { VisitClock } from './recordInvitation';
import { cadreOfVisit } from './visitCadre';

/**
 * The cadre told of each new status the office set on their proposal, once per key
 * (`Kiến nghị|<Mã>|<status>`); the row remembers what they were told (in `changed`, written
 * with the others). Over the day's quota the rest waits for the next poll.
 */
export function tellProposals(deps: { clock: VisitClock; quota: { remaining: number } }, campaign: Campaign, outbox: OutboxContext, book: VisitBook, changed: Set<number>): number {
  let sent = 0;
  book.visits.forEach((visit, index) => {
    const status = proposalToTell(visit);
    if (status === null) return;
    const key = proposalKey(visit.id, status);
    const logged = outbox.outbox.status.get(key);
    const cadre = cadreOfVisit(campaign, visit);
    const to = visit.reporter || cadre?.email || '';
    if (to && !(logged !== undefined && !RETRIED_OUTBOX_STATUSES.includes(logged))) {
      if (deps.quota.remaining < 1) return;
      const email = proposalStatusLetter({
        campaign,
        cadreName: cadre?.name ?? visit.cadreName,
        id: visit.id,
        unit: visit.unitName,
        chapter: visit.chapter,
        when: deps.clock.format(visit.start, campaign.timeZone, 'dd/MM/yyyy HH:mm'),
        status,
        difficulties: visit.difficulties,
        note: readHandling(visit.handling).note,
      });
      if (sendKeyed(outbox, 'Kiến nghị', key, { to: [to], cc: [], email, senderName: campaign.office, replyTo: campaign.officeEmail }) !== 'sent') return;
      deps.quota.remaining -= 1;
      sent++;
    }
    book.visits[index] = { ...visit, proposalTold: status };
    changed.add(index);
  });
  return sent;
}
