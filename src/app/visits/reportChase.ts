import type { Campaign } from '../../domain/campaign';
import { cadreReportLink } from '../../form/cadreForm';
import { DEFAULT_REPORT_DAYS, reportChaseDue, reportChaseKey, reportDueDay } from '../../domain/visitReport';
import type { Visit } from '../../domain/visits';
import type { OutgoingMail } from '../../gas/mail';
import { reportChaseLetter } from '../../ui/email/visitReport';
import { RETRIED_OUTBOX_STATUSES } from '../../workbook/logs';
import type { VisitBook } from '../../workbook/visitsSheet';
import { sendKeyed, type OutboxContext } from '../notices/notices';
import type { VisitClock } from './recordInvitation';
import { cadreOfVisit } from './visitCadre';

export interface ChaseDeps {
  clock: VisitClock;
  /** Recipients the account may still send to today. */
  quota: { remaining: number };
  /** The cadres' form's pre-filled link with the placeholder `Mã` (form/cadreForm.ts); null while there is none. */
  reportForm?: string | null;
}

/**
 * The `Nhắc báo cáo` letters due now, each once per key (`Nhắc báo cáo|<Mã>|1`, then `…|2` with the
 * office in copy when overdue): the row counts what went (in `changed`, written with the others).
 * Over the day's quota the rest waits for the next poll.
 */
export function chaseReports(deps: ChaseDeps, campaign: Campaign, outbox: OutboxContext, book: VisitBook, changed: Set<number>, now: Date, today: string): number {
  const reportDays = campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS;
  let sent = 0;
  book.visits.forEach((visit, index) => {
    const n = reportChaseDue(visit, now.getTime(), today, reportDays);
    if (n === null) return;
    const key = reportChaseKey(visit.id, n);
    const logged = outbox.outbox.status.get(key);
    const done = logged !== undefined && !RETRIED_OUTBOX_STATUSES.includes(logged);
    const mail = done ? null : chaseMail(deps, campaign, visit, n, reportDays);
    if (mail && mail.to.length + mail.cc.length > deps.quota.remaining) return;
    if (mail) {
      if (sendKeyed(outbox, 'Nhắc báo cáo', key, mail) !== 'sent') return;
      deps.quota.remaining -= mail.to.length + mail.cc.length;
      sent++;
    }
    // Logged already, sent now, or no cadre to write to: the row remembers, so the sheet alone says nothing is left.
    book.visits[index] = { ...visit, reportChased: n };
    changed.add(index);
  });
  return sent;
}

function chaseMail(deps: ChaseDeps, campaign: Campaign, visit: Visit, n: 1 | 2, reportDays: number): OutgoingMail | null {
  const cadre = cadreOfVisit(campaign, visit);
  if (!cadre?.email) return null;
  const due = reportDueDay(visit, reportDays);
  const email = reportChaseLetter(n, {
    campaign,
    cadreName: cadre.name,
    id: visit.id,
    unit: visit.unitName,
    chapter: visit.chapter,
    when: deps.clock.format(visit.start, campaign.timeZone, 'dd/MM/yyyy HH:mm'),
    due: `${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`,
    // String substitution in the one link FormApp made: no service call per letter.
    formLink: cadreReportLink(deps.reportForm ?? null, visit.id),
  });
  const cc = n === 2 && campaign.officeEmail ? [campaign.officeEmail] : [];
  return { to: [cadre.email], cc, email, senderName: campaign.office, replyTo: campaign.officeEmail };
}
