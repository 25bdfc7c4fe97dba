/** TextItem, ParagraphTextItem (free text answers) and SectionHeaderItem (a heading, no answer). */
import { asApi, registerFake } from '../bridge';
import { QuestionBase, ItemBase } from './item-base';
import { FakeItemResponse } from './item-response';

type Common = 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'duplicate';
type TextMethods = Common | 'isRequired' | 'setRequired' | 'createResponse';

abstract class TextQuestion<Self> extends QuestionBase<Self> {
  /** Numbers are taken as their text, as Apps Script coerces primitives for String parameters. */
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    this.item();
    return asApi(new FakeItemResponse(this.world, this.formId, this.itemId, { kind: 'text', value: String(response ?? '') }));
  }
}

type TI = GoogleAppsScript.Forms.TextItem;
export class FakeTextItem extends TextQuestion<TI> implements Pick<TI, TextMethods> {}
registerFake(FakeTextItem, { iface: 'Forms.TextItem', service: 'Form' });

type PTI = GoogleAppsScript.Forms.ParagraphTextItem;
export class FakeParagraphTextItem extends TextQuestion<PTI> implements Pick<PTI, TextMethods> {}
registerFake(FakeParagraphTextItem, { iface: 'Forms.ParagraphTextItem', service: 'Form' });

type SHI = GoogleAppsScript.Forms.SectionHeaderItem;
export class FakeSectionHeaderItem extends ItemBase<SHI> implements Pick<SHI, Common> {}
registerFake(FakeSectionHeaderItem, { iface: 'Forms.SectionHeaderItem', service: 'Form' });
