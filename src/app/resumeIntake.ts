import * as z from 'zod/mini';
import { paperEntrySchema } from '../domain/paperEntry';
import { parseStored } from '../domain/storedJson';
import type { FormSubmission } from '../form/responses';
import { isPermissionError } from '../gas/errors';
import type { WithLock } from '../gas/lock';
import { readIntakeRaw, type IntakeIndex } from '../workbook/logs';
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
    if (logged.source === 'Form' || logged.source === 'Thủ công') rows.push({ id, source: logged.source, row: logged.row });
  }
  return rows;
}

/**
 * Form responses and paper entries whose run died half-way stay `Đang xử lý` in the log: Apps
 * Script never fires the submit trigger again by itself, and the clerk may have closed the
 * sidebar. The mailbox poll finishes them, from the form's copy of the response or from the
 * entry logged as `Nội dung gốc`, each under the script lock taken for it alone; each step checks
 * whether it already happened (another execution may have finished it since the first look), so
 * nothing is applied or sent twice. One that fails again stays as it is for the next poll.
 */
export function resumeIntakeRows(rows: readonly UnfinishedRow[], intakeSheet: GoogleAppsScript.Spreadsheet.Sheet, deps: ResumeDeps): { resumed: number; stoppedEarly: boolean } {
  let resumed = 0;
  for (const logged of rows) {
    if (deps.timeLeft() < MIN_TIME_PER_SUBMISSION_MS) return { resumed, stoppedEarly: true };
    const attempt = deps.lock(() => {
      try {
        return logged.source === 'Form' ? resumeForm(logged.id, deps) : resumePaper(readIntakeRaw(intakeSheet, logged.row), deps);
      } catch (error) {
        // Still `Đang xử lý` (say the receipt could not be sent yet): the next poll tries again, and
        // the mail waiting behind it is not held up. A refused scope fails every time: never hidden.
        if (isPermissionError(error)) throw error;
        return false;
      }
    });
    // Busy: the next poll resumes it.
    if (!attempt.ok) return { resumed, stoppedEarly: true };
    if (attempt.value) resumed++;
  }
  return { resumed, stoppedEarly: false };
}

function resumeForm(responseId: string, deps: ResumeDeps): boolean {
  const submission = deps.formResponse(responseId);
  return submission !== null && !('errors' in handleFormSubmissionIn(deps, submission));
}

function resumePaper(raw: string, deps: ResumeDeps): boolean {
  const logged = parseStored(loggedPaperSchema, raw);
  if (!logged) return false;
  const { unit, clerk, recordedAt, ...entry } = logged;
  const at = recordedAt ? new Date(recordedAt) : null;
  return recordPaperEntryIn({ ...deps, clerk }, unit, entry, at && !Number.isNaN(at.getTime()) ? at : undefined).ok;
}
