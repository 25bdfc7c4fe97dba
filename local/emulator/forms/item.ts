/**
 * Item: what Form.getItems() returns. Converting it to the wrong type throws the platform's
 * `Invalid conversion for item type: PAGE_BREAK` (third-party reports, see the FormApp tests).
 */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import type { World } from '../world';
import { FakeCheckboxItem, FakeListItem, FakeMultipleChoiceItem } from './choice-items';
import { FakeCheckboxGridItem, FakeGridItem } from './grid-items';
import { ItemBase } from './item-base';
import { FakePageBreakItem } from './page-break';
import type { ItemModel, ItemTypeName } from './state';
import { FakeDateItem, FakeParagraphTextItem, FakeSectionHeaderItem, FakeTextItem, FakeTimeItem } from './text-items';

type I = GoogleAppsScript.Forms.Item;

type ItemMethods =
  | 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'asListItem'
  | 'asMultipleChoiceItem' | 'asCheckboxItem' | 'asGridItem' | 'asCheckboxGridItem' | 'asPageBreakItem'
  | 'asTextItem' | 'asParagraphTextItem' | 'asSectionHeaderItem' | 'asDateItem' | 'asTimeItem' | 'duplicate';

type Ctor = new (world: World, formId: string, itemId: number) => object;

/** Looked up at call time: the item modules import each other, so no table is built at load. */
function typedCtor(type: ItemTypeName): Ctor {
  switch (type) {
    case 'LIST':
      return FakeListItem;
    case 'MULTIPLE_CHOICE':
      return FakeMultipleChoiceItem;
    case 'CHECKBOX':
      return FakeCheckboxItem;
    case 'GRID':
      return FakeGridItem;
    case 'CHECKBOX_GRID':
      return FakeCheckboxGridItem;
    case 'PAGE_BREAK':
      return FakePageBreakItem;
    case 'TEXT':
      return FakeTextItem;
    case 'PARAGRAPH_TEXT':
      return FakeParagraphTextItem;
    case 'SECTION_HEADER':
      return FakeSectionHeaderItem;
    case 'DATE':
      return FakeDateItem;
    case 'TIME':
      return FakeTimeItem;
  }
}

/** The typed fake for an item (what `form.addXxxItem()` returns). */
export function typedItem<T>(world: World, formId: string, item: ItemModel): T {
  return asApi<T>(new (typedCtor(item.type))(world, formId, item.id));
}

export class FakeItem extends ItemBase<I> implements Pick<I, ItemMethods> {
  #as<T>(type: ItemTypeName): T {
    const item = this.item();
    if (item.type !== type) throw exception(`Invalid conversion for item type: ${item.type}`);
    return typedItem<T>(this.world, this.formId, item);
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.#as('LIST');
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.#as('MULTIPLE_CHOICE');
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.#as('CHECKBOX');
  }
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.#as('GRID');
  }
  asCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this.#as('CHECKBOX_GRID');
  }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.#as('PAGE_BREAK');
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.#as('TEXT');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.#as('PARAGRAPH_TEXT');
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.#as('SECTION_HEADER');
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.#as('DATE');
  }
  asTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this.#as('TIME');
  }
}
registerFake(FakeItem, { iface: 'Forms.Item', service: 'Form' });
