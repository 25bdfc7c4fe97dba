import type { Unit } from '../../domain/campaign';
import { senderAuthentication } from '../../domain/senderAuth';
import { unitOfSender } from '../../domain/senders';
import type { ParseReport } from '../../intake';
import { looksLikeInvitation, readInvitation } from '../../intake/invitation';
import { invitationTextOf } from '../../intake/invitationText';
import { invitationRejectionEmail } from '../../ui/email/invitation';
import type { IntakeStatus } from '../../workbook/logs';
import { triageMessages } from '../messages';
import { answer, type Deferred, type MailboxMessage, type PollContext } from '../intake/mailbox';
import { recordInvitation } from './recordInvitation';
import { visitMessages } from './visitMessages';

/** The invitation a message carries, read before anything is written; null when it is not one. */
export interface MailInvitation {
  text: string;
  /** The unit's words (body and files, without the subject), passed on to the cadre. */
  words: string;
}

/**
 * An invitation is what the classification reader finds no table in, and whose words invite the
 * cadre to a chapter's meeting (or call one off): a unit's table is never taken for one.
 */
export function invitationIn(message: MailboxMessage, report: ParseReport): MailInvitation | null {
  if (report.ok) return null;
  const contents = message.contents();
  const { text, bodyText } = invitationTextOf({ subject: message.subject, from: message.from, ...contents });
  return looksLikeInvitation(text) ? { text, words: bodyText } : null;
}

/**
 * The mailbox's handling of an invitation, by the rules of a classification: an unknown or
 * unauthenticated sender waits for the office (`Chờ xem xét`, no reply), one that cannot be
 * recorded gets a `Báo lỗi` with its reason, and the rest is written to `Đi cơ sở` (`Đã ghi`);
 * the calendar and the cadre's letters follow in the visits pass.
 */
export function actOnInvitation(ctx: PollContext, message: MailboxMessage, invitation: MailInvitation, deferred: Deferred): { status: IntakeStatus; unit: string; detail: string } {
  const unit = unitOfSender(ctx.campaign.units, message.from);
  if (!unit) return { status: 'Chờ xem xét', unit: '', detail: visitMessages.rejected(triageMessages.unknownSender(message.from)) };
  const auth = senderAuthentication(message.authenticationResults, message.from);
  if (auth.verdict !== 'pass') return { status: 'Chờ xem xét', unit: unit.name, detail: visitMessages.rejected(triageMessages.authenticationFailed(message.from, auth)) };
  return recordMailInvitation(ctx, unit, message, invitation, deferred);
}

/**
 * The invitation recorded for `unit` (the sender's, or the one the office assigned it to on
 * review): `Đã ghi`, or `Lỗi` with a `Báo lỗi` saying why.
 */
export function recordMailInvitation(ctx: PollContext, unit: Unit, message: MailboxMessage, invitation: MailInvitation, deferred?: Deferred): { status: IntakeStatus; unit: string; detail: string } {
  const outcome = recordInvitation(ctx.sheets, null, ctx.campaign, unit, readInvitation(invitation.text), { source: 'Email', received: message.date, words: invitation.words }, { ...ctx.visitClock, now: ctx.now, localDay: ctx.localDay });
  if (outcome.kind === 'recorded') ctx.invitations.recorded++;
  if (outcome.kind !== 'rejected') return { status: 'Đã ghi', unit: unit.name, detail: outcome.detail };
  const email = invitationRejectionEmail({
    campaign: ctx.campaign,
    unit: unit.name,
    reason: outcome.reason,
    subject: message.subject || null,
    receivedDay: ctx.visitClock.format(message.date, ctx.campaign.timeZone, 'dd/MM/yyyy'),
  });
  const sent = answer(ctx, message, email, 'Báo lỗi', ctx.outboxSheet, deferred, { unit: unit.name, detail: outcome.detail }, visitMessages.answerDeferred);
  return { status: 'Lỗi', unit: unit.name, detail: sent === 'sent' ? outcome.detail : `${outcome.detail} ${visitMessages.answerDeferred}` };
}
