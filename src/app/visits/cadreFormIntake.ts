import * as z from 'zod/mini';
import { normalizeAddress } from '../../domain/senders';
import { parseStored } from '../../domain/storedJson';
import { planReport, sameReport, type ReportFields } from '../../domain/visitReport';
import { cadreLogId, cadreReportOf, isCadreLogId, type CadreFormSubmission } from '../../form/cadreForm';
import type { MailPort } from '../../gas/mail';
import { reportReceiptLetter } from '../../ui/email/visitReport';
import { appendIntakeRows } from '../../workbook/intakeCodes';
import { finishIntakeRow, FINAL_INTAKE_STATUSES, intakeRow, readIntakeRaw, type IntakeStatus } from '../../workbook/logs';
import { readVisits, writeVisits, VISITS_SHEET } from '../../workbook/visitsSheet';
import { officeLetter, receiptKey, sendOrDefer } from '../intake/confirmSubmission';
import { openIntakeWorkbook, type IntakeWorkbook } from '../intake/intakeWorkbook';
import type { OfficeActionStore } from '../office/officeActions';
import { cadreFormMessages as m } from './cadreFormMessages';
import type { VisitClock } from './recordInvitation';
import { cadreOfVisit } from './visitCadre';
import { reportProblemText } from './visitReportMessages';

export interface CadreIntakeDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mail: MailPort;
  now: () => Date;
  clock: Pick<VisitClock, 'format'>;
  /** Where a `Xác nhận` over the day's mail quota waits for a later poll. */
  actions?: OfficeActionStore;
}

export type CadreIntakeOutcome = { status: IntakeStatus | 'Đã xử lý'; detail: string } | { errors: string[] };

/**
 * One response of the cadres' form, read by the same rules as a reply to `Nhắc báo cáo`
 * (planReport): logged first under its own `Mã` (the whole response as JSON), then written to its
 * `Đi cơ sở` row and confirmed once (`Xác nhận|<Mã>`). A response already final in the log is left
 * alone (the trigger and the poll's catch-up may both see it); one logged `Đang xử lý` is finished,
 * each step checking it did not already happen. The same report sent again is `Trùng`, decided as
 * it is logged, so no retry can confirm it. A response that is not the visit's cadre's, or a second
 * cadre's report, waits for the office (`Chờ xem xét`), nothing overwritten.
 */
export function recordCadreReport(deps: CadreIntakeDeps, submission: CadreFormSubmission): CadreIntakeOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return workbook;
  const logId = cadreLogId(submission.responseId);
  const logged = workbook.intake.byId.get(logId);
  if (logged && FINAL_INTAKE_STATUSES.includes(logged.status)) return { status: 'Đã xử lý', detail: m.alreadyHandled(logged.row) };
  const sheet = workbook.sheets.get(VISITS_SHEET);
  const book = sheet ? readVisits(sheet) : null;
  const { id, report } = cadreReportOf(submission);
  const sender = normalizeAddress(submission.email);
  const cadre = workbook.campaign.cadres.find((c) => c.email && normalizeAddress(c.email) === sender);
  const plan = book ? planReport(book.visits, id, { email: sender, name: cadre?.name ?? '' }, (visit) => cadreOfVisit(workbook.campaign, visit)?.email ?? '', report) : null;
  const unit = book?.visits.find((v) => v.id === id)?.unitName ?? '';
  const duplicate = !logged && plan?.kind === 'write' && book !== null && sameReport(book.visits[plan.index], plan.visit);
  let row = logged?.row ?? 0;
  let code = logged?.code ?? '';
  if (!logged) {
    const time = deps.now();
    code = workbook.intake.codes.next(time);
    const raw = JSON.stringify({ email: submission.email, timestamp: submission.timestamp.toISOString(), answers: submission.answers });
    const status: IntakeStatus = duplicate ? 'Trùng' : 'Đang xử lý';
    row = appendIntakeRows(workbook.intakeSheet, workbook.intake, [
      intakeRow({ time, source: 'Form', sender: submission.email, id: logId, unit, status, detail: duplicate ? m.duplicate(id) : '', raw, code }),
    ]);
  }
  if (duplicate) return { status: 'Trùng', detail: m.duplicate(id) };
  const result: { status: IntakeStatus; detail: string } = !book || !plan
    ? { status: 'Chờ xem xét', detail: m.review(m.noSheet) }
    : plan.kind === 'review'
      ? { status: 'Chờ xem xét', detail: m.review(reportProblemText(plan.problem)) }
      : writeAndConfirm(workbook, deps, { book, plan, report, to: submission.email, cadreName: cadre?.name ?? '', logId, code });
  finishIntakeRow(workbook.intakeSheet, row, unit, result.status, result.detail);
  return result;
}

type WritePlan = Extract<ReturnType<typeof planReport>, { kind: 'write' }>;

/** The row written in one write, then one `Xác nhận` (over the quota it waits as `Hoãn` and the report stands). */
function writeAndConfirm(
  workbook: IntakeWorkbook,
  deps: CadreIntakeDeps,
  input: { book: ReturnType<typeof readVisits>; plan: WritePlan; report: ReportFields; to: string; cadreName: string; logId: string; code: string },
): { status: IntakeStatus; detail: string } {
  const { book, plan } = input;
  const { visit } = plan;
  book.visits[plan.index] = visit;
  writeVisits(book, new Set([plan.index]));
  const detail = (visit.status === 'Không dự' ? m.absent : m.recorded)(visit.id, visit.chapter);
  const { campaign } = workbook;
  const email = reportReceiptLetter({
    campaign,
    cadreName: input.cadreName || visit.cadreName,
    id: visit.id,
    unit: visit.unitName,
    chapter: visit.chapter,
    when: deps.clock.format(visit.start, campaign.timeZone, 'dd/MM/yyyy HH:mm'),
    absentReason: visit.status === 'Không dự' ? input.report.absentReason ?? '' : null,
    reference: input.code,
  });
  const sent = sendOrDefer(workbook, deps, { kind: 'Xác nhận', key: receiptKey(input.logId), reference: input.logId, unit: visit.unitName, letter: officeLetter(campaign, [input.to], email) });
  return { status: 'Đã ghi', detail: sent === 'deferred' ? `${detail} ${m.receiptDeferred}` : detail };
}

const loggedResponseSchema = z.object({ email: z.string(), timestamp: z.string(), answers: z.record(z.string(), z.string()) });

export type ApplyReviewOutcome = { ok: true; status: string } | { ok: false; error: string };

/**
 * The office's decision on a cadre's report waiting for review (sent from another address, or a
 * second report of a visit): it is the cadre's report. It is written to its row from what the
 * log kept, as the report (replacing an earlier one), and confirmed to the address it came from;
 * the log row becomes final last, so clicking again redoes only what did not happen.
 */
export function applyCadreReviewIn(deps: CadreIntakeDeps, logId: string): ApplyReviewOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, error: workbook.errors.join('\n') };
  const logged = workbook.intake.byId.get(logId);
  if (!logged || logged.status !== 'Chờ xem xét' || !isCadreLogId(logId)) return { ok: false, error: m.notWaiting };
  const saved = parseStored(loggedResponseSchema, readIntakeRaw(workbook.intakeSheet, logged.row));
  if (!saved) return { ok: false, error: m.unreadable };
  const sheet = workbook.sheets.get(VISITS_SHEET);
  if (!sheet) return { ok: false, error: m.noSheet };
  const book = readVisits(sheet);
  const { id, report } = cadreReportOf(saved);
  const sender = normalizeAddress(saved.email);
  const plan = planReport(book.visits, id, { email: sender, name: '' }, () => sender, report, true);
  if (plan.kind === 'review') return { ok: false, error: reportProblemText(plan.problem) };
  const cadre = cadreOfVisit(workbook.campaign, plan.visit);
  const result = writeAndConfirm(workbook, deps, { book, plan, report, to: saved.email, cadreName: cadre?.name ?? '', logId, code: logged.code });
  finishIntakeRow(workbook.intakeSheet, logged.row, plan.visit.unitName, result.status, `${logged.detail} ${m.confirmedByOffice} ${result.detail}`);
  return { ok: true, status: result.status };
}
