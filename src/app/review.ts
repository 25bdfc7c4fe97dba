import { unitOfSender } from '../domain/senders';
import { parseEmail } from '../intake';
import { finishIntakeRow } from '../workbook/logs';
import { reviewRejectionEmail } from '../ui/email';
import { act, answer, gmailTag, openMailContext, type PollDeps } from './mailbox';
import { submissionOf } from './mailTriage';
import { reviewMessages } from './messages';

export type ReviewOutcome = { ok: true; status: string } | { ok: false; error: string };

/**
 * The office's decision on a message waiting for review: assign it to a unit (it is then applied
 * and confirmed like any other) or reject it (the sender gets the office's reason). The log row
 * becomes final last: until then the message is still waiting, and clicking again redoes only
 * what did not happen (the reply and the outbox row are checked before they are made).
 */
export function resolveReviewIn(deps: PollDeps, messageId: string, decision: { unitId: string } | { reject: string }): ReviewOutcome {
  const ctx = openMailContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const logged = ctx.intake.byId.get(messageId);
  if (!logged || logged.status !== 'Chờ xem xét') return { ok: false, error: reviewMessages.notWaiting(messageId) };
  const message = ctx.mailbox.find(messageId);
  if (!message) return { ok: false, error: reviewMessages.messageGone(messageId) };
  if ('reject' in decision) {
    const reason = decision.reject.trim() || reviewMessages.defaultRejection;
    // Addressed as the unit only when it came from that unit's address (the log's unit may be a guess from the document).
    const seemingUnit = unitOfSender(ctx.campaign.units, message.from);
    const email = reviewRejectionEmail({
      campaign: ctx.campaign,
      unit: seemingUnit,
      sender: message.from,
      reference: message.messageId,
      reason,
      subject: message.subject || null,
      receivedDay: ctx.localDay(message.date, ctx.campaign.timeZone),
    });
    answer(ctx, message, email, 'Báo lỗi', ctx.outboxSheet);
    ctx.mailbox.resolve(message.gmailId);
    finishIntakeRow(ctx.intakeSheet, logged.row, seemingUnit?.name ?? '', 'Đã từ chối', `${reviewMessages.rejected(reason)} ${gmailTag(message)}`);
    return { ok: true, status: 'Đã từ chối' };
  }
  const unit = ctx.campaign.units.find((u) => u.id === decision.unitId);
  if (!unit) return { ok: false, error: reviewMessages.unknownUnit(decision.unitId) };
  const report = parseEmail({ subject: message.subject, from: message.from, ...message.contents() });
  const triage = report.ok
    ? { action: 'apply' as const, unit, submission: submissionOf(report), warnings: report.warnings }
    : { action: 'reject' as const, unit, reason: report.error };
  const outcome = act(ctx, message, triage, ctx.outboxSheet);
  ctx.mailbox.resolve(message.gmailId);
  finishIntakeRow(ctx.intakeSheet, logged.row, unit.name, outcome.status, `${reviewMessages.assigned(unit.name)} ${outcome.detail} ${gmailTag(message)}`);
  return { ok: true, status: outcome.status };
}
