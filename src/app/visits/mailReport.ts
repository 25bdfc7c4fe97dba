import type { Cadre } from '../../domain/campaign';
import { senderAuthentication } from '../../domain/senderAuth';
import { normalizeAddress, unitOfSender } from '../../domain/senders';
import { planReport } from '../../domain/visitReport';
import { readVisitReport, visitCodesIn } from '../../intake/visitReport';
import { reportReceiptLetter } from '../../ui/email/visitReport';
import type { IntakeStatus } from '../../workbook/logs';
import { readVisits, writeVisits, VISITS_SHEET } from '../../workbook/visitsSheet';
import { answer, type Deferred, type MailboxMessage, type PollContext } from '../intake/mailbox';
import { cadreOfVisit } from './visitCadre';
import { reportProblemText, visitReportMessages as m } from './visitReportMessages';

/** A cadre's message about a visit: who wrote it, the visit's `Mã`, the plain words. */
export interface MailVisitReport {
  cadre: Cadre;
  id: string;
  body: string;
}

/**
 * A report is a message from a cadre's address in `Cán bộ` (never a unit's) whose subject, or else
 * body, carries a visit's `Mã`: the reply to `Nhắc báo cáo` or to any letter about the visit.
 */
export function visitReportIn(ctx: Pick<PollContext, 'campaign'>, message: MailboxMessage): MailVisitReport | null {
  const sender = normalizeAddress(message.from);
  const cadre = ctx.campaign.cadres.find((c) => c.email && normalizeAddress(c.email) === sender);
  if (!cadre || unitOfSender(ctx.campaign.units, message.from)) return null;
  const body = message.contents().plainBody;
  const id = visitCodesIn(message.subject)[0] ?? visitCodesIn(body)[0];
  return id ? { cadre, id, body } : null;
}

/**
 * The report written to its row (`Đã báo cáo`, or `Không dự` with the reason) in one write and
 * the cadre answered with one `Xác nhận`; anything doubtful (another cadre's visit, a visit
 * already reported by someone else) waits for the office, `Chờ xem xét`, nothing overwritten.
 */
export function actOnVisitReport(ctx: PollContext, message: MailboxMessage, found: MailVisitReport, deferred: Deferred): { status: IntakeStatus; unit: string; detail: string } {
  const auth = senderAuthentication(message.authenticationResults, message.from);
  if (auth.verdict !== 'pass') return { status: 'Chờ xem xét', unit: '', detail: m.review(m.authenticationFailed(message.from)) };
  const sheet = ctx.sheets.get(VISITS_SHEET);
  if (!sheet) return { status: 'Chờ xem xét', unit: '', detail: m.review(m.noSheet) };
  const book = readVisits(sheet);
  const report = readVisitReport(found.body);
  const plan = planReport(book.visits, found.id, { email: found.cadre.email ?? '', name: found.cadre.name }, (visit) => cadreOfVisit(ctx.campaign, visit)?.email ?? '', report);
  if (plan.kind === 'review') {
    const unit = book.visits.find((v) => v.id === found.id)?.unitName ?? '';
    return { status: 'Chờ xem xét', unit, detail: m.review(reportProblemText(plan.problem)) };
  }
  const { visit } = plan;
  book.visits[plan.index] = visit;
  writeVisits(book, new Set([plan.index]));
  const detail = (visit.status === 'Không dự' ? m.absent : m.recorded)(visit.id, visit.chapter);
  const email = reportReceiptLetter({
    campaign: ctx.campaign,
    cadreName: found.cadre.name,
    id: visit.id,
    unit: visit.unitName,
    chapter: visit.chapter,
    when: ctx.visitClock.format(visit.start, ctx.campaign.timeZone, 'dd/MM/yyyy HH:mm'),
    absentReason: visit.status === 'Không dự' ? report.absentReason ?? '' : null,
    reference: message.messageId,
  });
  const sent = answer(ctx, message, email, 'Xác nhận', ctx.outboxSheet, deferred, { unit: visit.unitName, detail }, m.receiptDeferred);
  return { status: 'Đã ghi', unit: visit.unitName, detail: sent === 'sent' ? detail : `${detail} ${m.receiptDeferred}` };
}
