/**
 * Saving a submitted response: into the form's response store with the simulated time, then a row
 * in the destination sheet. Shared by FormResponse.submit() (a script; fires no trigger) and the
 * respondent path (which then fires the form-submit triggers).
 */
import type { World } from '../world';
import { appendResponseRow, type WrittenRow } from './destination';
import { newResponseId, type Answer, type FormModel, type ResponseModel } from './state';

export function storeResponse(
  world: World,
  form: FormModel,
  answers: ReadonlyMap<number, Answer>,
  opts: { respondent: string; byScript: boolean },
): { response: ResponseModel; row: WrittenRow | undefined } {
  const ordered = new Map<number, Answer>();
  for (const item of form.items) {
    const a = answers.get(item.id);
    if (a) ordered.set(item.id, a);
  }
  const response: ResponseModel = {
    formId: form.id,
    id: newResponseId(world),
    timestamp: world.clock.now(),
    email: form.collectEmail ? opts.respondent : '',
    respondent: opts.respondent,
    answers: ordered,
    submitted: true,
    byScript: opts.byScript,
  };
  form.responses.push(response);
  return { response, row: appendResponseRow(world, form, response) };
}
