import type { Campaign, Unit } from '../../domain/campaign';
import { checkFormAnswers, formAnswersSchema, type FormAnswers, type FormProblem } from '../../domain/formAnswers';
import { ratingLabel } from '../../domain/ratings';
import { registrationLabel } from '../../domain/registration';
import { unitOfSender } from '../../domain/senders';
import { cleanText } from '../../domain/text';
import { invitationOfResponse } from '../../form/invitationResponse';
import { responseParts, type FormSubmission } from '../../form/responses';
import type { MailPort } from '../../gas/mail';
import { parseText } from '../../intake';
import { rejectionEmail } from '../../ui/email';
import { appendIntakeRows } from '../../workbook/intakeCodes';
import { finishIntakeRow, intakeRow, FINAL_INTAKE_STATUSES, type IntakeStatus } from '../../workbook/logs';
import { readUnitChapters } from '../../workbook/unitChapters';
import { failureMessages, formMessages, mailboxMessages } from '../messages';
import type { OfficeActionStore } from '../office/officeActions';
import { openIntakeWorkbook, unitFormLink, type IntakeWorkbook } from './intakeWorkbook';
import type { ChapterBookPort } from './chapterDecisions';
import type { VisitClock } from '../visits/recordInvitation';
import { applyAndConfirm, officeLetter, sendOrDefer } from './confirmSubmission';
import { recordFormInvitation } from './formInvitation';

export interface FormIntakeDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  now: () => Date;
  localDay: (date: Date, timeZone: string) => string;
  /** `HH:mm` of an instant in a time zone. */
  localClock: (date: Date, timeZone: string) => string;
  /** Reported chapters that look like one of the unit's wait there for the office (chapterDecisions.ts). */
  chapterBook: ChapterBookPort;
  /** Where a receipt over the day's mail quota waits for a later poll (confirmSubmission.ts). */
  actions?: OfficeActionStore;
  /** An invitation's local day and time as an instant, and instants shown (formInvitation.ts). */
  visitClock: Pick<VisitClock, 'instant' | 'format'>;
  /** The poll's count of invitations written (mailbox.ts): the visits pass then runs again after the mail. */
  invitations?: { recorded: number };
}

export interface FormIntakeOutcome {
  status: IntakeStatus | 'Đã xử lý';
  detail: string;
  /** An invitation wrote its `Đi cơ sở` row: the visits pass has a letter and an event to make. */
  visitRecorded?: boolean;
}

/**
 * One form response: logged first (the whole response as JSON), then checked and applied whole
 * or not at all, then answered by email. The response id makes it idempotent: a trigger fired
 * twice, or a run resumed after a failure, finishes what is missing and never applies twice.
 */
export function handleFormSubmissionIn(deps: FormIntakeDeps, submission: FormSubmission): FormIntakeOutcome | { errors: string[] } {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return workbook;
  return recordFormSubmission(workbook, deps, submission);
}

/** The same, on a workbook the caller opened under the script lock (the poll checks the log before reading the response). */
export function recordFormSubmission(workbook: IntakeWorkbook, deps: FormIntakeDeps, submission: FormSubmission): FormIntakeOutcome {
  const { campaign, intakeSheet, outboxSheet, intake } = workbook;
  const logged = intake.byId.get(submission.responseId);
  if (logged && FINAL_INTAKE_STATUSES.includes(logged.status)) return { status: 'Đã xử lý', detail: formMessages.alreadyHandled(logged.row) };
  let row = logged?.row ?? 0;
  let code = logged?.code ?? '';
  if (!logged) {
    const time = deps.now();
    code = intake.codes.next(time);
    row = appendIntakeRows(intakeSheet, intake, [
      intakeRow({
        time,
        source: 'Form',
        sender: submission.email,
        id: submission.responseId,
        unit: '',
        status: 'Đang xử lý',
        detail: '',
        raw: JSON.stringify({ email: submission.email, timestamp: submission.timestamp.toISOString(), items: submission.items }),
        code,
      }),
    ]);
  }
  const parts = responseParts(submission, campaign);
  const unitNamed = (name: string) => campaign.units.find((u) => cleanText(u.name) === cleanText(name)) ?? null;
  // The invitation page's response: one `Đi cơ sở` row, not a classification (formInvitation.ts);
  // its unit is the one chosen on that page.
  const invitation = invitationOfResponse(submission);
  if (invitation) {
    const invitingUnit = unitNamed(invitation.unit);
    const recorded = recordFormInvitation(workbook, deps, submission, invitingUnit, invitation);
    finishIntakeRow(intakeSheet, row, invitingUnit?.name ?? '', recorded.status, recorded.detail);
    if (recorded.recorded && deps.invitations) deps.invitations.recorded++;
    return { status: recorded.status, detail: recorded.detail, visitRecorded: recorded.recorded };
  }
  const unit = unitNamed(parts.unit);
  const outcome = decide(campaign, unit, submission, parts);
  let result: FormIntakeOutcome;
  const formLink = unit ? unitFormLink(workbook, unit.id) : null;
  const day = deps.localDay(submission.timestamp, campaign.timeZone);
  const today = deps.localDay(deps.now(), campaign.timeZone);
  if (outcome.kind === 'review') {
    result = { status: 'Chờ xem xét', detail: outcome.reason };
  } else if (outcome.kind === 'reject') {
    const reason = outcome.problems.map(formMessages.problem).join('; ');
    // The table to send back lists the unit's own chapters by name: one read of its tab, only for a rejection.
    const chapters = readUnitChapters(workbook.sheets, campaign, outcome.unit);
    const email = rejectionEmail({ campaign, unit: outcome.unit, reference: code, reason, subject: null, receivedDay: day, today, formLink, channel: 'Form', chapters });
    const letter = { kind: 'Báo lỗi' as const, key: `Báo lỗi|${submission.responseId}`, reference: submission.responseId, unit: outcome.unit?.name ?? '', letter: officeLetter(campaign, [submission.email], email) };
    const sent = sendOrDefer(workbook, deps, letter);
    result = { status: 'Lỗi', detail: sent === 'deferred' ? `${reason} ${failureMessages.deferredReceipt}` : reason };
  } else {
    const applied = applyAndConfirm(workbook, deps, {
      unit: outcome.unit,
      check: outcome.check,
      channel: 'Form',
      reference: submission.responseId,
      code,
      at: submission.timestamp,
      receivedDay: day,
      today,
      formLink,
      to: [submission.email],
      clock: deps,
    });
    const detail = mailboxMessages.applied(applied.merge.recorded.length, outcome.check.warnings.length, applied.merge.kept.length);
    result = { status: 'Đã ghi', detail: applied.receiptDeferred ? `${detail} ${failureMessages.deferredReceipt}` : detail };
  }
  finishIntakeRow(intakeSheet, row, unit?.name ?? '', result.status as IntakeStatus, result.detail);
  return result;
}

type Decision =
  | { kind: 'review'; reason: string }
  | { kind: 'reject'; unit: Unit; problems: (FormProblem | { kind: 'invalid'; message: string })[] }
  | { kind: 'apply'; unit: Unit; check: Extract<ReturnType<typeof checkFormAnswers>, { ok: true }> };

/** Identity first (the respondent must be one of the unit's addresses), then the answers' rules. */
function decide(campaign: Campaign, unit: Unit | null, submission: FormSubmission, parts: ReturnType<typeof responseParts>): Decision {
  if (!unit) return { kind: 'review', reason: formMessages.unknownUnit(parts.unit) };
  if (unitOfSender(campaign.units, submission.email)?.id !== unit.id) return { kind: 'review', reason: formMessages.foreignRespondent(submission.email, unit.name) };
  const answers = answersOf(parts);
  const valid = formAnswersSchema.safeParse(answers);
  if (!valid.success) return { kind: 'reject', unit, problems: [{ kind: 'invalid', message: formMessages.invalidAnswers }] };
  const listed = [...new Set(submission.items.flatMap((item) => item.rows))];
  const check = checkFormAnswers(valid.data, campaign, { chapters: listed }, formMessages.memberLineUnread);
  return check.ok ? { kind: 'apply', unit, check } : { kind: 'reject', unit, problems: check.problems };
}

/** The paragraph of missing chapters is read with the same text parser as an email body. */
function answersOf(parts: ReturnType<typeof responseParts>): FormAnswers {
  const text = parts.newChapters.trim();
  const report = text ? parseText(text) : null;
  const newChapters = report?.ok
    ? report.chapters.map((c) => ({
        name: c.name,
        members: c.members,
        ratings: Object.fromEntries(Object.entries(c.ratings).map(([period, code]) => [period, ratingLabel(code)])),
        registration: c.registration ? registrationLabel(c.registration) : null,
      }))
    : [];
  const notes = report ? (report.ok ? report.warnings : [formMessages.newChaptersUnread(text)]) : [];
  return { unit: parts.unit, ratings: parts.ratings, registration: parts.registration, members: parts.members, newChapters, notes };
}
