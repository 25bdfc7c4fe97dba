import { cadreLogId, CADRE_FORM_WATERMARK_KEY } from '../../form/cadreForm';
import type { ListedCadreResponse } from '../../gas/cadreForm';
import { isPermissionError } from '../../gas/errors';
import type { WithLock } from '../../gas/lock';
import type { KeyValueStore } from '../../gas/properties';
import { FINAL_INTAKE_STATUSES } from '../../workbook/logs';
import { openIntakeWorkbook } from '../intake/intakeWorkbook';
import { recordCadreReport, type CadreIntakeDeps } from './cadreFormIntake';

export interface CadreCatchUpDeps extends CadreIntakeDeps {
  /** The form's responses after `since` (all when null); null while there is no cadres' form. */
  responsesSince(since: Date | null): ListedCadreResponse[] | null;
  /** Script properties, where the watermark is kept. */
  store: KeyValueStore;
  lock: WithLock;
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
 * The poll's catch-up of the cadres' form, as the units' form has: responses whose submit trigger
 * failed, timed out or never fired, and ones a run left `Đang xử lý`, recorded as onCadreFormSubmit
 * would, oldest first, each under the lock taken for it alone. The watermark (a response's own
 * timestamp) moves only past responses the log holds as final, so nothing is skipped.
 */
export function catchUpCadreReports(deps: CadreCatchUpDeps): CadreCatchUp {
  const run: CadreCatchUp = { recorded: 0, stoppedEarly: false, errors: [] };
  const look = deps.lock(() => {
    const workbook = openIntakeWorkbook(deps.ss);
    if ('errors' in workbook) return workbook;
    const watermark = readWatermark(deps.store);
    const listed = deps.responsesSince(watermark === null ? null : new Date(watermark - OVERLAP_MS));
    if (!listed) return null;
    listed.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const open = (r: ListedCadreResponse) => {
      const logged = workbook.intake.byId.get(cadreLogId(r.id));
      return !logged || !FINAL_INTAKE_STATUSES.includes(logged.status);
    };
    return { listed, missing: new Set(listed.filter(open).map((r) => r.id)), watermark };
  });
  if (!look.ok) return { ...run, stoppedEarly: true };
  if (look.value === null) return run;
  if ('errors' in look.value) return { ...run, errors: look.value.errors };
  const { listed, missing } = look.value;
  let watermark = look.value.watermark;
  const advance = () => {
    let frontier: number | null = null;
    for (const response of listed) {
      if (missing.has(response.id)) break;
      frontier = response.timestamp.getTime();
    }
    if (frontier === null || (watermark !== null && frontier <= watermark)) return;
    deps.store.set(CADRE_FORM_WATERMARK_KEY, new Date(frontier).toISOString());
    watermark = frontier;
  };
  advance();
  for (const response of listed) {
    if (!missing.has(response.id)) continue;
    if (deps.timeLeft() < MIN_TIME_PER_RESPONSE_MS) return { ...run, stoppedEarly: true };
    const attempt = deps.lock(() => {
      try {
        const outcome = recordCadreReport(deps, response.read());
        if ('errors' in outcome) return outcome.errors;
        missing.delete(response.id);
        advance();
        return outcome.status === 'Đã xử lý' ? 'known' : 'recorded';
      } catch (error) {
        // Left `Đang xử lý` (or not logged): the next poll finishes it; the watermark stays before it.
        if (isPermissionError(error)) throw error;
        return [error instanceof Error ? error.message : String(error)];
      }
    });
    if (!attempt.ok) return { ...run, stoppedEarly: true };
    if (attempt.value === 'recorded') run.recorded++;
    else if (Array.isArray(attempt.value)) run.errors.push(...attempt.value);
  }
  return run;
}

function readWatermark(store: KeyValueStore): number | null {
  const raw = store.get(CADRE_FORM_WATERMARK_KEY);
  const ms = raw ? Date.parse(raw) : NaN;
  return Number.isNaN(ms) ? null : ms;
}
