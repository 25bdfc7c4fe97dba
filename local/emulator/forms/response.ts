/**
 * FormResponse: a stored response (Form.getResponses, the form-submit event) or a draft made by
 * Form.createResponse(). A draft is filled with withItemResponse and saved with submit(), which
 * returns the stored copy; a script's submit fires no form-submit trigger (documented).
 */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import type { World } from '../world';
import { FakeItemResponse } from './item-response';
import { ItemBase } from './item-base';
import { prefilledUrl } from './prefill';
import { liveForm, liveItem, publishedUrl, type ResponseModel } from './state';
import { storeResponse } from './store';

type FR = GoogleAppsScript.Forms.FormResponse;

type ResponseMethods =
  | 'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getItemResponses' | 'getResponseForItem' | 'withItemResponse'
  | 'submit' | 'toPrefilledUrl' | 'getEditResponseUrl';

/** Texts chosen here, not confirmed on the platform. */
export const ALREADY_SUBMITTED = 'This form response has already been submitted.';
const OTHER_FORM = 'Invalid argument: the item response belongs to another form';

export class FakeFormResponse implements Pick<FR, ResponseMethods> {
  constructor(
    private readonly world: World,
    readonly model: ResponseModel,
  ) {}

  /** null before submit (not confirmed on the platform). */
  getId(): string {
    return this.model.id as string;
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    return (this.model.timestamp === null ? null : new Date(this.model.timestamp)) as GoogleAppsScript.Base.Date;
  }
  /** The respondent's address when the form collects it; '' otherwise and for a script's response. */
  getRespondentEmail(): string {
    return this.model.email;
  }
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    const form = liveForm(this.world, this.model.formId);
    const out: GoogleAppsScript.Forms.ItemResponse[] = [];
    for (const i of form.items) {
      const r = this.#itemResponse(i.id);
      if (r) out.push(asApi(r));
    }
    return out;
  }
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    if (!(item instanceof ItemBase)) throw exception('Invalid argument: item');
    const found = item.formId === this.model.formId && this.model.answers.has(item.itemId) ? this.#itemResponse(item.itemId) : null;
    return (found ? asApi(found) : null) as GoogleAppsScript.Forms.ItemResponse;
  }
  #itemResponse(itemId: number): FakeItemResponse | null {
    const answer = this.model.answers.get(itemId);
    return answer ? new FakeItemResponse(this.world, this.model.formId, itemId, answer) : null;
  }
  /** Adds or replaces the answer to that item (a draft only). */
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): FR {
    if (!(response instanceof FakeItemResponse)) throw exception('Invalid argument: response');
    if (response.formId !== this.model.formId) throw exception(OTHER_FORM);
    if (this.model.submitted) throw exception(ALREADY_SUBMITTED);
    liveItem(liveForm(this.world, this.model.formId), response.itemId);
    this.model.answers.set(response.itemId, response.answer);
    return asApi(this);
  }
  /** Saves the draft (required questions are not checked for a script) and returns the stored response. */
  submit(): FR {
    if (this.model.submitted) throw exception(ALREADY_SUBMITTED);
    const form = liveForm(this.world, this.model.formId);
    const { response } = storeResponse(this.world, form, this.model.answers, { respondent: '', byScript: true });
    this.model.submitted = true;
    return asApi(new FakeFormResponse(this.world, response));
  }
  toPrefilledUrl(): string {
    return prefilledUrl(liveForm(this.world, this.model.formId), this.model.answers);
  }
  /** `''` for a draft (not confirmed on the platform). */
  getEditResponseUrl(): string {
    if (this.model.id === null) return '';
    return `${publishedUrl(liveForm(this.world, this.model.formId))}?edit2=${this.model.id}`;
  }
}
registerFake(FakeFormResponse, { iface: 'Forms.FormResponse', service: 'Form' });
