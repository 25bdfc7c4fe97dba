import * as z from 'zod/mini';
import { paperEntrySchema } from '../domain/paperEntry';
import type { FormSubmission } from '../form/responses';
import { isPermissionError } from '../gas/errors';
import { readIntakeRaw, type IntakeIndex } from '../workbook/logs';
import { handleFormSubmissionIn, type FormIntakeDeps } from './formIntake';
import { recordPaperEntryIn } from './paperIntake';

export interface ResumeDeps extends FormIntakeDeps {
  /** The response as the form keeps it; null when there is no form or the response is gone. */
  formResponse(responseId: string): FormSubmission | null;
  timeLeft: () => number;
}

/** A submission takes a few seconds; stop well before the run's limit. */
const MIN_TIME_PER_SUBMISSION_MS = 30_000;

/** What `Nội dung gốc` holds for a paper entry: the entry, its unit and who typed it. */
const loggedPaperSchema = z.object({ ...paperEntrySchema.shape, unit: z.string(), clerk: z.string() });

/**
 * Form responses and paper entries whose run died half-way stay `Đang xử lý` in the log: Apps
 * Script never fires the submit trigger again by itself, and the clerk may have closed the
 * sidebar. The mailbox poll finishes them, from the form's copy of the response or from the
 * entry logged as `Nội dung gốc`; each step checks whether it already happened, so nothing is
 * applied or sent twice. One that fails again stays as it is for the next poll.
 */
export function resumeIntakeRows(intake: IntakeIndex, intakeSheet: GoogleAppsScript.Spreadsheet.Sheet, deps: ResumeDeps): number {
  let finished = 0;
  for (const [id, logged] of intake.byId) {
    if (logged.status !== 'Đang xử lý' || (logged.source !== 'Form' && logged.source !== 'Thủ công')) continue;
    if (deps.timeLeft() < MIN_TIME_PER_SUBMISSION_MS) break;
    try {
      if (logged.source === 'Form' ? resumeForm(id, deps) : resumePaper(readIntakeRaw(intakeSheet, logged.row), deps)) finished++;
    } catch (error) {
      // Still `Đang xử lý` (say the receipt could not be sent yet): the next poll tries again, and
      // the mail waiting behind it is not held up. A refused scope fails every time: never hidden.
      if (isPermissionError(error)) throw error;
    }
  }
  return finished;
}

function resumeForm(responseId: string, deps: ResumeDeps): boolean {
  const submission = deps.formResponse(responseId);
  return submission !== null && !('errors' in handleFormSubmissionIn(deps, submission));
}

function resumePaper(raw: string, deps: ResumeDeps): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return false;
  }
  const logged = loggedPaperSchema.safeParse(parsed);
  if (!logged.success) return false;
  const { unit, clerk, ...entry } = logged.data;
  return recordPaperEntryIn({ ...deps, clerk }, unit, entry).ok;
}
