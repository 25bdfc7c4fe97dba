import type { FormSubmission } from '../../form/responses';
import { isPermissionError } from '../../gas/errors';
import type { WithLock } from '../../gas/lock';
import type { KeyValueStore } from '../../gas/properties';
import type { IntakeIndex } from '../../workbook/intakeIndex';
import type { WorkbookSheets } from '../../workbook/sheets';
import { recordFormSubmission, type FormIntakeDeps } from '../intake/formIntake';
import { openIntakeWorkbook } from '../intake/intakeWorkbook';

/** A response as the form lists it: id and timestamp at once, the answers read only when needed. */
export interface ListedResponse {
  id: string;
  timestamp: Date;
  read(): FormSubmission;
}

export interface ReconcileDeps extends FormIntakeDeps {
  /** The form's responses submitted after `since` (all of them when null); null while the workbook has no form. */
  formResponsesSince(since: Date | null): ListedResponse[] | null;
  /** Script properties, where the watermark is kept. */
  store: KeyValueStore;
  lock: WithLock;
  timeLeft(): number;
}

/**
 * Script property: the timestamp (ISO) up to which every response of the form is known to be in
 * `Nhật ký nhận`. It is a response's own timestamp, never this script's clock, and it only moves
 * past responses the log holds, so a run that fails or stops early leaves it where the log agrees.
 */
export const FORM_WATERMARK_KEY = 'FORM_LOGGED_UNTIL';
/**
 * Each look goes back this far before the watermark: a response can become visible to
 * getResponses a little after its timestamp, and two responses can share one.
 */
const OVERLAP_MS = 15 * 60 * 1000;
/** Reading and recording one response takes a few seconds; stop well before the run's limit. */
const MIN_TIME_PER_RESPONSE_MS = 30_000;

/** The responses of one look, oldest first, and those of them the log lacks. */
export interface MissedResponses {
  listed: ListedResponse[];
  missing: Set<string>;
  watermark: number | null;
}

/**
 * Under the caller's lock: the form's responses since the watermark, checked against the log's
 * index (by the response id in `Mã`). Null when there is no form yet.
 */
export function findMissedResponses(deps: Pick<ReconcileDeps, 'formResponsesSince' | 'store'>, intake: IntakeIndex): MissedResponses | null {
  const watermark = readWatermark(deps.store);
  const listed = deps.formResponsesSince(watermark === null ? null : new Date(watermark - OVERLAP_MS));
  if (!listed) return null;
  listed.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const missed: MissedResponses = { listed, missing: new Set(listed.filter((r) => !intake.byId.has(r.id)).map((r) => r.id)), watermark };
  advanceWatermark(deps.store, missed);
  return missed;
}

export interface ReconcileRun {
  recorded: number;
  stoppedEarly: boolean;
}

/**
 * Responses whose submit trigger failed, timed out or never fired: each is logged and processed
 * exactly as onFormSubmit would, oldest first, under the script lock taken for that response
 * only (a form submit or a sidebar call waiting meanwhile gets it within seconds). A response a
 * trigger logged since the first look is left alone.
 */
export function recordMissedResponses(deps: ReconcileDeps, missed: MissedResponses, sheets: WorkbookSheets): ReconcileRun | { errors: string[] } {
  let recorded = 0;
  for (const response of missed.listed) {
    if (!missed.missing.has(response.id)) continue;
    if (deps.timeLeft() < MIN_TIME_PER_RESPONSE_MS) return { recorded, stoppedEarly: true };
    const attempt = deps.lock(() => recordOne(deps, missed, response, sheets));
    // Busy: the next poll looks again.
    if (!attempt.ok) return { recorded, stoppedEarly: true };
    if (attempt.value === 'recorded') recorded++;
    else if (attempt.value !== 'logged' && attempt.value !== 'failed') return attempt.value;
  }
  return { recorded, stoppedEarly: false };
}

function recordOne(deps: ReconcileDeps, missed: MissedResponses, response: ListedResponse, sheets: WorkbookSheets): 'recorded' | 'logged' | 'failed' | { errors: string[] } {
  const workbook = openIntakeWorkbook(deps.ss, sheets);
  if ('errors' in workbook) return workbook;
  let result: 'recorded' | 'logged' = 'logged';
  if (!workbook.intake.byId.has(response.id)) {
    try {
      recordFormSubmission(workbook, deps, response.read());
      result = 'recorded';
    } catch (error) {
      // Logged `Đang xử lý` or not logged at all: the next poll's look tells which (and resumes
      // it); until then the watermark stays before it, and the responses after it go on. A
      // refused scope fails every time: never hidden.
      if (isPermissionError(error)) throw error;
      return 'failed';
    }
  }
  missed.missing.delete(response.id);
  advanceWatermark(deps.store, missed);
  return result;
}

/** Moves the watermark to the newest response with every response up to it logged; never back. */
function advanceWatermark(store: KeyValueStore, missed: MissedResponses): void {
  let frontier: number | null = null;
  for (const response of missed.listed) {
    if (missed.missing.has(response.id)) break;
    frontier = response.timestamp.getTime();
  }
  if (frontier === null || (missed.watermark !== null && frontier <= missed.watermark)) return;
  store.set(FORM_WATERMARK_KEY, new Date(frontier).toISOString());
  missed.watermark = frontier;
}

function readWatermark(store: KeyValueStore): number | null {
  const raw = store.get(FORM_WATERMARK_KEY);
  const ms = raw ? Date.parse(raw) : NaN;
  return Number.isNaN(ms) ? null : ms;
}
