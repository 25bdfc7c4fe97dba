import type { Unit } from '../../domain/campaign';
import { unitOfSender } from '../../domain/senders';
import type { FormInvitation } from '../../form/invitationResponse';
import type { FormSubmission } from '../../form/responses';
import { invitationRejectionEmail } from '../../ui/email/invitation';
import { failureMessages, formMessages } from '../messages';
import { recordInvitation, type VisitClock } from '../visits/recordInvitation';
import { visitMessages } from '../visits/visitMessages';
import { officeLetter, sendOrDefer, type ConfirmDeps } from './confirmSubmission';
import type { IntakeWorkbook } from './intakeWorkbook';

export interface FormInvitationDeps extends ConfirmDeps {
  localDay: (date: Date, timeZone: string) => string;
  visitClock: Pick<VisitClock, 'instant' | 'format'>;
}

export type FormInvitationOutcome = { status: 'Đã ghi' | 'Lỗi' | 'Chờ xem xét'; detail: string; recorded: boolean };

/**
 * An invitation from the form's invitation page, already logged in `Nhật ký nhận`, by the rules
 * of a classification response (`unit`: the one chosen on the invitation page, null when it is
 * not in `Đơn vị`): an unknown unit or a respondent who is not one of the unit's addresses waits
 * for the office; otherwise it becomes the unit's `Đi cơ sở` row (source
 * `Form`; newer wins by the response's timestamp), or a `Báo lỗi` to the respondent says why it
 * cannot (no date or time, a time already past, a chapter the unit does not have), sent once by
 * the response id. The calendar and the cadre's letters follow in the visits pass.
 */
export function recordFormInvitation(
  workbook: IntakeWorkbook,
  deps: FormInvitationDeps,
  submission: FormSubmission,
  unit: Unit | null,
  invitation: FormInvitation,
): FormInvitationOutcome {
  const { campaign } = workbook;
  if (!unit) return { status: 'Chờ xem xét', detail: visitMessages.rejected(formMessages.unknownUnit(invitation.unit)), recorded: false };
  if (unitOfSender(campaign.units, submission.email)?.id !== unit.id) {
    return { status: 'Chờ xem xét', detail: visitMessages.rejected(formMessages.foreignRespondent(submission.email, unit.name)), recorded: false };
  }
  const clock = { ...deps.visitClock, now: deps.now, localDay: deps.localDay };
  const outcome = recordInvitation(workbook.sheets, null, campaign, unit, invitation.fields, { source: 'Form', received: submission.timestamp, words: invitation.words }, clock);
  if (outcome.kind !== 'rejected') return { status: 'Đã ghi', detail: outcome.detail, recorded: outcome.kind === 'recorded' };
  const email = invitationRejectionEmail({
    campaign,
    unit: unit.name,
    reason: outcome.reason,
    subject: null,
    channel: 'Form',
    receivedDay: deps.visitClock.format(submission.timestamp, campaign.timeZone, 'dd/MM/yyyy'),
  });
  const letter = { kind: 'Báo lỗi' as const, key: `Báo lỗi|${submission.responseId}`, reference: submission.responseId, unit: unit.name, letter: officeLetter(campaign, [submission.email], email) };
  const sent = sendOrDefer(workbook, deps, letter);
  return { status: 'Lỗi', detail: sent === 'deferred' ? `${outcome.detail} ${failureMessages.deferredReceipt}` : outcome.detail, recorded: false };
}
