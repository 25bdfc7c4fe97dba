/** ItemResponse: one item's answer, made by `createResponse` on an item or read from a FormResponse. */
import { asApi, registerFake } from '../bridge';
import type { World } from '../world';
import { responseValue } from './answers';
import { FakeItem } from './item';
import type { Answer } from './state';

export class FakeItemResponse implements Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    private readonly world: World,
    readonly formId: string,
    readonly itemId: number,
    readonly answer: Answer,
  ) {}

  getItem(): GoogleAppsScript.Forms.Item {
    return asApi(new FakeItem(this.world, this.formId, this.itemId));
  }
  getResponse(): string[][] | string[] | string {
    return responseValue(this.answer) as string[][] | string[] | string;
  }
}
registerFake(FakeItemResponse, { iface: 'Forms.ItemResponse', service: 'Form' });
