import * as z from 'zod/mini';
import { parseStored } from '../../domain/storedJson';
import { cadreLogId, CADRE_FORM_WATERMARK_KEY } from '../../form/cadreForm';
import type { ListedCadreResponse } from '../../gas/cadreForm';
import { isPermissionError } from '../../gas/errors';
import type { KeyValueStore } from '../../gas/properties';
import { FINAL_INTAKE_STATUSES } from '../../workbook/logs';
import { openIntakeWorkbook } from '../intake/intakeWorkbook';
import { recordCadreReport, type CadreIntakeDeps } from './cadreFormIntake';
import { cadreFormMessages } from './cadreFormMessages';

export interface CadreCatchUpDeps extends CadreIntakeDeps {
  /** The form's responses after `since` (all when null); null while there is no cadres' form. */
  responsesSince(since: Date | null): ListedCadreResponse[] | null;
  /** Script properties, where the watermark is kept. */
  store: KeyValueStore;
  timeLeft(): number;
}

/** As for the units' form (formReconcile.ts): a response can be listed a little after its timestamp. */
const OVERLAP_MS = 15 * 60 * 1000;
const MIN_TIME_PER_RESPONSE_MS = 20_000;

export interface CadreCatchUp {
  recorded: number;
  stoppedEarly: boolean;
  errors: string[];
}

/**
 * The watermark: a response's own timestamp up to which every response is in `Nhật ký nhận` as
 * final, and the ids of the responses after `at - OVERLAP` known so, which the next look lists
 * again and need not check against the log (a quiet poll then reads no sheet).
 */
const watermarkSchema = z.object({ at: z.number(), known: z.array(z.string()) });
type Watermark = z.infer<typeof watermarkSchema>;

/**
 * The poll's catch-up of the cadres' form, as the units' form has, run under the poll's first hold
 * of the lock (reports are few): responses whose submit trigger failed, timed out or never fired,
 * and ones a run left `Đang xử lý`, recorded as onCadreFormSubmit would, oldest first. The form is
 * listed first; the log is read only when it lists a response not known to be in it. The
 * watermark moves only past responses the log holds as final, so nothing is skipped.
 */
export function catchUpCadreReports(deps: CadreCatchUpDeps): CadreCatchUp {
  const run: CadreCatchUp = { recorded: 0, stoppedEarly: false, errors: [] };
  const mark = parseStored(watermarkSchema, deps.store.get(CADRE_FORM_WATERMARK_KEY));
  let listed: ListedCadreResponse[] | null;
  try {
    listed = deps.responsesSince(mark ? new Date(mark.at - OVERLAP_MS) : null);
  } catch (error) {
    // The form cannot be read (deleted, a failing service): the mail goes on, and the poll then fails visibly.
    return { ...run, errors: [cadreFormMessages.unchecked(error instanceof Error ? error.message : String(error))] };
  }
  if (!listed) return run;
  const known = new Set(mark?.known ?? []);
  const unknown = listed.filter((r) => !known.has(r.id));
  if (unknown.length === 0) return run;
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ...run, errors: workbook.errors };
  const open = new Set(
    unknown
      .filter((r) => {
        const logged = workbook.intake.byId.get(cadreLogId(r.id));
        return !logged || !FINAL_INTAKE_STATUSES.includes(logged.status);
      })
      .map((r) => r.id),
  );
  listed.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const response of listed) {
    if (!open.has(response.id)) continue;
    if (deps.timeLeft() < MIN_TIME_PER_RESPONSE_MS) {
      run.stoppedEarly = true;
      break;
    }
    try {
      const outcome = recordCadreReport(deps, response.read());
      if ('errors' in outcome) {
        run.errors.push(...outcome.errors);
        continue;
      }
      open.delete(response.id);
      if (outcome.status !== 'Đã xử lý') run.recorded++;
    } catch (error) {
      // Left `Đang xử lý` (or not logged): the next poll finishes it; the watermark stays before it.
      if (isPermissionError(error)) throw error;
      run.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const next = advance(listed, open, mark);
  if (next && JSON.stringify(next) !== JSON.stringify(mark)) deps.store.set(CADRE_FORM_WATERMARK_KEY, JSON.stringify(next));
  return run;
}

/** The newest timestamp with every response up to it final, and the final ones the next look will list again. */
function advance(listed: readonly ListedCadreResponse[], open: ReadonlySet<string>, mark: Watermark | null): Watermark | null {
  let at = mark?.at ?? null;
  for (const response of listed) {
    if (open.has(response.id)) break;
    at = Math.max(at ?? 0, response.timestamp.getTime());
  }
  if (at === null) return null;
  const from = at - OVERLAP_MS;
  const known = listed.filter((r) => !open.has(r.id) && r.timestamp.getTime() >= from).map((r) => r.id);
  return { at, known };
}
