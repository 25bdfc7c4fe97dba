import * as z from 'zod/mini';
import { paperEntrySchema } from '../../domain/paperEntry';
import { parseStored } from '../../domain/storedJson';
import { isCadreLogId } from '../../form/cadreForm';
import type { FormSubmission } from '../../form/responses';
import type { WithLock } from '../../gas/lock';
import type { IntakeIndex } from '../../workbook/intakeIndex';
import { finishIntakeRow, readIntakeRaw, PARKED_STATUS } from '../../workbook/logs';
import { parkedReason, type ParkedItem } from './pollReport';
import { failedTry } from './intakeFailures';
import { resumeMessages } from '../messages';
import { handleFormSubmissionIn, type FormIntakeDeps } from './formIntake';
import { recordPaperEntryIn } from './paperIntake';

export interface ResumeDeps extends FormIntakeDeps {
  /** The response as the form keeps it; null when there is no form or the response is gone. */
  formResponse(responseId: string): FormSubmission | null;
  timeLeft: () => number;
  lock: WithLock;
}

/** A submission the log holds as `Đang xử lý`, as the poll's first look found it. */
export interface UnfinishedRow {
  id: string;
  source: 'Form' | 'Thủ công';
  row: number;
  unit: string;
  /** `Chi tiết` as read: it counts the failed tries so far (intakeFailures.ts). */
  detail: string;
  /** `Số hiệu`; '' where not known (a replay names only the row). */
  code?: string;
}

/** A submission takes a few seconds; stop well before the run's limit. */
const MIN_TIME_PER_SUBMISSION_MS = 30_000;

/** What `Nội dung gốc` holds for a paper entry: the entry, its unit and who typed it. */
const loggedPaperSchema = z.object({ ...paperEntrySchema.shape, unit: z.string(), clerk: z.string(), recordedAt: z.optional(z.string()) });

/** The form responses and paper entries left `Đang xử lý`, in the log's order. */
export function unfinishedSubmissions(intake: IntakeIndex): UnfinishedRow[] {
  const rows: UnfinishedRow[] = [];
  for (const [id, logged] of intake.byId) {
    if (logged.status !== 'Đang xử lý') continue;
    // A cadre's report by their form is finished by the poll's catch-up of that form (app/visits/cadreFormCatchUp.ts).
    if (isCadreLogId(id)) continue;
    if (logged.source === 'Form' || logged.source === 'Thủ công') rows.push({ id, source: logged.source, row: logged.row, unit: logged.unit, detail: logged.detail, code: logged.code });
  }
  return rows;
}

/**
 * Form responses and paper entries whose run died half-way stay `Đang xử lý` in the log: Apps
 * Script never fires the submit trigger again by itself, and the clerk may have closed the
 * sidebar. The mailbox poll finishes them, from the form's copy of the response or from the
 * entry logged as `Nội dung gốc`, each under the script lock taken for it alone; each step checks
 * whether it already happened (another execution may have finished it since the first look), so
 * nothing is applied or sent twice. One that fails is counted on its row and tried again by the
 * next poll; after its last try it is parked as `Lỗi xử lý` with the reason, for the office.
 */
export interface ResumeEnd {
  resumed: number;
  /** Rows it got to (resumed, failed or found done by another execution). */
  tried: number;
  stoppedEarly: 'time' | 'lock' | null;
  parked: ParkedItem[];
}

export function resumeIntakeRows(rows: readonly UnfinishedRow[], intakeSheet: GoogleAppsScript.Spreadsheet.Sheet, deps: ResumeDeps): ResumeEnd {
  let resumed = 0;
  let tried = 0;
  const parked: ParkedItem[] = [];
  for (const logged of rows) {
    if (deps.timeLeft() < MIN_TIME_PER_SUBMISSION_MS) return { resumed, tried, stoppedEarly: 'time', parked };
    const attempt = deps.lock(() => {
      try {
        return logged.source === 'Form' ? resumeForm(logged.id, deps) : resumePaper(readIntakeRaw(intakeSheet, logged.row), deps);
      } catch (error) {
        // The mail waiting behind it is not held up. A refused scope fails every time: thrown on, never hidden.
        const failed = failedTry(logged.detail, error);
        finishIntakeRow(intakeSheet, logged.row, logged.unit, failed.status, failed.detail);
        if (failed.status === PARKED_STATUS) parked.push({ id: logged.id, source: logged.source, unit: logged.unit, row: logged.row, reason: parkedReason(failed.detail), code: logged.code ?? '' });
        return false;
      }
    });
    // Busy: the next poll resumes it.
    if (!attempt.ok) return { resumed, tried, stoppedEarly: 'lock', parked };
    tried++;
    if (attempt.value) resumed++;
  }
  return { resumed, tried, stoppedEarly: null, parked };
}

/** Throws, with the reason in Vietnamese, what keeps the response from being recorded. */
function resumeForm(responseId: string, deps: ResumeDeps): boolean {
  const submission = deps.formResponse(responseId);
  if (submission === null) throw new Error(resumeMessages.responseGone);
  const outcome = handleFormSubmissionIn(deps, submission);
  if ('errors' in outcome) throw new Error(outcome.errors.join('; '));
  return true;
}

function resumePaper(raw: string, deps: ResumeDeps): boolean {
  const logged = parseStored(loggedPaperSchema, raw);
  if (!logged) throw new Error(resumeMessages.paperUnreadable);
  const { unit, clerk, recordedAt, ...entry } = logged;
  const at = recordedAt ? new Date(recordedAt) : null;
  const outcome = recordPaperEntryIn({ ...deps, clerk }, unit, entry, at && !Number.isNaN(at.getTime()) ? at : undefined);
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return true;
}
