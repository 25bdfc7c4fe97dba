/** TextItem, ParagraphTextItem (free text answers), DateItem and TimeItem (a picker's answer) and SectionHeaderItem (a heading, no answer). */
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

/**
 * A date and a time of day, as the respondent picks them; the answer reads back as `YYYY-MM-DD`
 * and `HH:MM` (ItemResponse.getResponse). A script's own responses to them are not modelled.
 */
type DI = GoogleAppsScript.Forms.DateItem;
export class FakeDateItem extends QuestionBase<DI> implements Pick<DI, Common | 'isRequired' | 'setRequired'> {}
registerFake(FakeDateItem, { iface: 'Forms.DateItem', service: 'Form' });

type TmI = GoogleAppsScript.Forms.TimeItem;
export class FakeTimeItem extends QuestionBase<TmI> implements Pick<TmI, Common | 'isRequired' | 'setRequired'> {}
registerFake(FakeTimeItem, { iface: 'Forms.TimeItem', service: 'Form' });
