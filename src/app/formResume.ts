import type { FormSubmission } from '../form/responses';
import type { IntakeIndex } from '../workbook/logs';
import { handleFormSubmissionIn, type FormIntakeDeps } from './formIntake';

export interface FormResumeDeps extends FormIntakeDeps {
  /** The response as the form keeps it; null when the form or the response is gone. */
  formResponse(responseId: string): FormSubmission | null;
  timeLeft: () => number;
}

/** A response takes a few seconds; stop well before the run's limit. */
const MIN_TIME_PER_RESPONSE_MS = 30_000;

/**
 * Form responses whose run died half-way stay `Đang xử lý` in the log, and Apps Script never fires
 * the submit trigger again by itself. The mailbox poll finishes them from the form's own copy of
 * the response; each step checks whether it already happened, so nothing is applied or sent twice.
 * A response that fails again stays as it is for the next poll. Returns how many were finished.
 */
export function resumeFormResponses(intake: IntakeIndex, deps: FormResumeDeps): number {
  let finished = 0;
  for (const [responseId, logged] of intake.byId) {
    if (logged.source !== 'Form' || logged.status !== 'Đang xử lý') continue;
    if (deps.timeLeft() < MIN_TIME_PER_RESPONSE_MS) break;
    const submission = deps.formResponse(responseId);
    if (!submission) continue;
    try {
      if (!('errors' in handleFormSubmissionIn(deps, submission))) finished++;
    } catch {
      // Still `Đang xử lý` (say the receipt could not be sent yet): the next poll tries again, and
      // the mail waiting behind it is not held up.
    }
  }
  return finished;
}
