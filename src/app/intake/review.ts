import type { Campaign } from '../../domain/campaign';
import { isCadreLogId } from '../../form/cadreForm';
import { unitOfSender } from '../../domain/senders';
import { finishIntakeRow } from '../../workbook/logs';
import { keepGmailTag } from '../../workbook/legacyGmailTag';
import { act, answer, mailReport, openMailContext, type PollDeps } from './mailbox';
import { invitationIn, recordMailInvitation } from '../visits/mailInvitation';
import { submissionOf } from './mailTriage';
import { reviewMessages } from '../messages';
import { openIntakeWorkbook } from './intakeWorkbook';
import { nextPollBy, reviewActionKey, sameDecision, type OfficeQueue, type ReviewDecision } from '../office/officeActions';
import { officeActionMessages } from '../office/officeActionsMessages';
import { rememberSenderIn } from './rememberSender';
import { readRejectedMessage, reviewRejectionLetter } from './reviewRejection';
import { rejectionReasonsFor } from '../sidebar/reviewQueue';

/** `message`, when present, is what the sidebar says instead of the status (a decision left for the office). */
/** `remembered`: what became of the sender's address the office asked to remember for the unit. */
export type ReviewOutcome = { ok: true; status: string; message?: string; remembered?: string } | { ok: false; error: string };

/**
 * The office's decision on a message waiting for review: assign it to a unit (it is then applied
 * and confirmed like any other) or reject it (the sender gets the office's reason). The log row
 * becomes final last: until then the message is still waiting, and clicking again redoes only
 * what did not happen (the reply and the outbox row are checked before they are made).
 */
export function resolveReviewIn(deps: PollDeps, messageId: string, decision: ReviewDecision, remember = false): ReviewOutcome {
  const ctx = openMailContext(deps);
  if ('errors' in ctx) return { ok: false, error: ctx.errors.join('\n') };
  const logged = ctx.intake.byId.get(messageId);
  if (!logged || logged.status !== 'Chờ xem xét') return { ok: false, error: reviewMessages.notWaiting };
  // A cadre's report by their form is in no mailbox: recorded by applyVisitReview, or closed here without a letter.
  if (isCadreLogId(messageId)) {
    if (!('reject' in decision)) return { ok: false, error: reviewMessages.visitReportNotAUnit };
    finishIntakeRow(ctx.intakeSheet, logged.row, logged.unit, 'Đã từ chối', `${logged.detail} ${reviewMessages.rejected(decision.reject.trim() || reviewMessages.visitReportClosed)}`);
    return { ok: true, status: 'Đã từ chối' };
  }
  const message = ctx.mailbox.find(messageId);
  if (!message) return { ok: false, error: reviewMessages.messageGone };
  if ('reject' in decision) {
    // The letter the sidebar showed (previewRejection): made from the log row alone.
    const rejected = readRejectedMessage(ctx.intakeSheet, logged, ctx.localDay, ctx.campaign.timeZone);
    const reason = decision.reject.trim() || rejectionReasonsFor(ctx.campaign.units, rejected.from, rejected.loggedUnit)[0];
    const seemingUnit = unitOfSender(ctx.campaign.units, message.from);
    answer(ctx, message, reviewRejectionLetter(ctx.campaign, rejected, reason), 'Báo lỗi', ctx.outboxSheet);
    ctx.mailbox.resolve(message.gmailId);
    finishIntakeRow(ctx.intakeSheet, logged.row, seemingUnit?.name ?? '', 'Đã từ chối', keepGmailTag(logged.detail, reviewMessages.rejected(reason)));
    return { ok: true, status: 'Đã từ chối' };
  }
  const unit = ctx.campaign.units.find((u) => u.id === decision.unitId);
  if (!unit) return { ok: false, error: reviewMessages.unknownUnit(decision.unitId) };
  // Before the message is applied, so its receipt goes to the unit's addresses with this one among them.
  const remembered = remember ? rememberSenderIn(ctx, unit, message.from) : null;
  if (remembered && !remembered.ok) return remembered;
  const report = mailReport(message, ctx.legacy);
  const triage = report.ok
    ? { action: 'apply' as const, unit, submission: submissionOf(report), warnings: report.warnings }
    : { action: 'reject' as const, unit, reason: report.error };
  // An invitation to the unit's cadre is recorded as one (app/visits/mailInvitation.ts).
  const invitation = invitationIn(message, report);
  const outcome = invitation ? recordMailInvitation(ctx, unit, message, invitation) : act(ctx, message, triage, ctx.outboxSheet);
  ctx.mailbox.resolve(message.gmailId);
  finishIntakeRow(ctx.intakeSheet, logged.row, unit.name, outcome.status, keepGmailTag(logged.detail, `${reviewMessages.assigned(unit.name)} ${outcome.detail}`));
  return { ok: true, status: outcome.status, ...(remembered ? { remembered: remembered.message } : {}) };
}

/**
 * A clerk's decision on a message waiting for review, taken with their own account: the message
 * and the reply are in the office's mailbox, so the decision is kept for the office's next poll
 * (officeActionsRun.ts) and noted in the log row, which stays `Chờ xem xét` until then. The
 * mailbox is never opened here. Deciding the same again answers the same; another decision for
 * a message already decided is refused.
 */
export function queueReviewIn(deps: { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; queue: OfficeQueue }, messageId: string, decision: ReviewDecision, remember = false): ReviewOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, error: workbook.errors.join('\n') };
  const { campaign, intake, intakeSheet } = workbook;
  const logged = intake.byId.get(messageId);
  if (!logged || logged.status !== 'Chờ xem xét') return { ok: false, error: reviewMessages.notWaiting };
  const describe = (d: ReviewDecision) => describeDecision(campaign, d);
  const decided = describe(decision);
  if (decided === null) return { ok: false, error: reviewMessages.unknownUnit('unitId' in decision ? decision.unitId : '') };
  const { queue } = deps;
  const key = reviewActionKey(messageId);
  const earlier = queue.store.get(key);
  if (earlier?.kind === 'review' && !sameDecision(earlier.decision, decision)) {
    return { ok: false, error: officeActionMessages.reviewAlreadyQueued(describe(earlier.decision) ?? '') };
  }
  // The address is only the workbook's, which any editor may write: remembered now, from the log's `Người gửi`.
  const unit = 'unitId' in decision ? campaign.units.find((u) => u.id === decision.unitId) : undefined;
  const remembered = remember && unit ? rememberSenderIn(workbook, unit, logged.sender) : null;
  if (remembered && !remembered.ok) return remembered;
  const by = nextPollBy(queue, campaign.timeZone);
  if (!earlier) queue.store.put({ kind: 'review', key, messageId, decision, by: queue.clerk, at: queue.now().getTime() });
  // The note goes after what the log said (a legacy row's Gmail tag included), written once.
  const note = officeActionMessages.reviewLogNote(decided, queue.clerk, queue.format(queue.now(), campaign.timeZone, 'HH:mm dd/MM/yyyy'));
  if (!logged.detail.includes(officeActionMessages.reviewLogNoteStart(decided))) finishIntakeRow(intakeSheet, logged.row, logged.unit, 'Chờ xem xét', `${logged.detail} ${note}`);
  return { ok: true, status: 'Chờ xem xét', message: officeActionMessages.queuedReview(decided, by), ...(remembered ? { remembered: remembered.message } : {}) };
}

/** A decision as people read it; null for a unit no longer in `Đơn vị`. */
function describeDecision(campaign: Campaign, decision: ReviewDecision): string | null {
  if ('reject' in decision) return officeActionMessages.reviewReject(decision.reject.trim() || officeActionMessages.defaultReason);
  const unit = campaign.units.find((u) => u.id === decision.unitId);
  return unit ? officeActionMessages.reviewAssign(unit.name) : null;
}

/**
 * A clerk's decision the office's run could not carry out (the message left the office's mailbox,
 * the unit left `Đơn vị`): said in the log row, which stays `Chờ xem xét` for a new decision.
 */
export function recordReviewNotDone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, messageId: string, decision: ReviewDecision, reason: string): void {
  const workbook = openIntakeWorkbook(ss);
  if ('errors' in workbook) throw new Error(workbook.errors.join('\n'));
  const logged = workbook.intake.byId.get(messageId);
  if (!logged || logged.status !== 'Chờ xem xét') return;
  const decided = describeDecision(workbook.campaign, decision) ?? officeActionMessages.reviewAssignRemovedUnit;
  finishIntakeRow(workbook.intakeSheet, logged.row, logged.unit, 'Chờ xem xét', `${logged.detail} ${officeActionMessages.reviewNotDone(decided, reason)}`);
}
