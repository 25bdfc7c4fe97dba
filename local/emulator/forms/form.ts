/** Form: its items (add, list, move, delete), its spreadsheet destination and its responses. */
import { asApi, registerFake } from '../bridge';
import { enumName, enumValue } from '../enums';
import { exception } from '../errors';
import { linkDestination } from './destination';
import { FakeItem, typedItem } from './item';
import { ItemBase, formsSignatureText } from './item-base';
import { FakeFormResponse } from './response';
import { FormSettings, type SettingsMethods } from './form-settings';
import { newItem, type ItemModel, type ItemTypeName } from './state';

type F = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

type FormMethods =
  | SettingsMethods | 'getItems' | 'getItemById' | 'addListItem' | 'addMultipleChoiceItem' | 'addCheckboxItem'
  | 'addPageBreakItem' | 'addGridItem' | 'addCheckboxGridItem' | 'addTextItem' | 'addParagraphTextItem'
  | 'addSectionHeaderItem' | 'addDateItem' | 'addTimeItem' | 'moveItem' | 'deleteItem' | 'setDestination' | 'getDestinationId' | 'getDestinationType'
  | 'removeDestination' | 'createResponse' | 'getResponses' | 'getResponse' | 'deleteResponse' | 'deleteAllResponses';

/** Texts chosen here, not confirmed on the platform. */
export const NO_DESTINATION = 'The form currently has no response destination.';
const NO_RESPONSE = (id: string) => `No response with ID ${id} exists for this form.`;
const BAD_INDEX = (i: unknown) => `Invalid argument: index ${String(i)} is out of range`;

export class FakeForm extends FormSettings implements Pick<F, FormMethods> {
  #add<T>(type: ItemTypeName): T {
    return typedItem<T>(this.world, this.formId, newItem(this.world, this.form(), type));
  }
  #generic(item: ItemModel): Item {
    return asApi(new FakeItem(this.world, this.formId, item.id));
  }
  /** An index, or an item of this form, as the index it has now. */
  #indexOf(target: unknown, method: string): number {
    const items = this.form().items;
    if (typeof target === 'number') {
      if (!Number.isInteger(target) || target < 0 || target >= items.length) throw exception(BAD_INDEX(target));
      return target;
    }
    if (target instanceof ItemBase && target.formId === this.formId) return items.indexOf(target.item());
    throw exception(formsSignatureText('Form', method, [target]));
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    const type = itemType === undefined ? undefined : enumName(itemType, 'Forms.ItemType');
    if (itemType !== undefined && type === undefined) throw exception(formsSignatureText('Form', 'getItems', [itemType]));
    return this.form()
      .items.filter((i) => type === undefined || i.type === type)
      .map((i) => this.#generic(i));
  }
  getItemById(id: number): Item {
    const item = this.form().items.find((i) => i.id === Number(id));
    return (item ? this.#generic(item) : null) as Item;
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.#add('LIST');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.#add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.#add('CHECKBOX');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.#add('PAGE_BREAK');
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.#add('GRID');
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this.#add('CHECKBOX_GRID');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.#add('TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.#add('PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.#add('SECTION_HEADER');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.#add('DATE');
  }
  addTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this.#add('TIME');
  }
  /** moveItem(from, to) or moveItem(item, toIndex); returns the moved item. */
  moveItem(from: number | Item, to: number): Item {
    const items = this.form().items;
    const i = this.#indexOf(from, 'moveItem');
    if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to >= items.length) throw exception(BAD_INDEX(to));
    const [item] = items.splice(i, 1);
    if (!item) throw exception(BAD_INDEX(from));
    items.splice(to, 0, item);
    return this.#generic(item);
  }
  /** Navigation to a deleted page break reads as CONTINUE from then on (see effectiveNav). */
  deleteItem(target: number | Item): void {
    const items = this.form().items;
    items.splice(this.#indexOf(target, 'deleteItem'), 1);
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): F {
    if (enumName(type, 'Forms.DestinationType') !== 'SPREADSHEET' || typeof type === 'string') {
      throw exception(formsSignatureText('Form', 'setDestination', [type, id]));
    }
    linkDestination(this.world, this.form(), String(id));
    return this.self();
  }
  getDestinationId(): string {
    const dest = this.form().destination;
    if (!dest) throw exception(NO_DESTINATION);
    return dest.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this.form().destination) throw exception(NO_DESTINATION);
    return asApi(enumValue('Forms.DestinationType', 'SPREADSHEET'));
  }
  /** Unlinks; the response sheet stays, with its rows. */
  removeDestination(): F {
    this.form().destination = null;
    return this.self();
  }

  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return asApi(
      new FakeFormResponse(this.world, {
        formId: this.formId, id: null, timestamp: null, email: '', respondent: '', answers: new Map(), submitted: false, byScript: true,
      }),
    );
  }
  /** All responses, or those submitted after `timestamp`. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    if (timestamp !== undefined && !(timestamp instanceof Date)) throw exception(formsSignatureText('Form', 'getResponses', [timestamp]));
    const after = timestamp?.getTime();
    return this.form()
      .responses.filter((r) => after === undefined || (r.timestamp ?? 0) > after)
      .map((r) => asApi<GoogleAppsScript.Forms.FormResponse>(new FakeFormResponse(this.world, r)));
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const r = this.form().responses.find((x) => x.id === String(responseId));
    if (!r) throw exception(NO_RESPONSE(String(responseId)));
    return asApi(new FakeFormResponse(this.world, r));
  }
  /** Removes it from the form's store; the destination sheet keeps its row (as in Sheets). */
  deleteResponse(responseId: string): F {
    const form = this.form();
    const before = form.responses.length;
    form.responses = form.responses.filter((r) => r.id !== String(responseId));
    if (form.responses.length === before) throw exception(NO_RESPONSE(String(responseId)));
    return this.self();
  }
  deleteAllResponses(): F {
    this.form().responses = [];
    return this.self();
  }
}
registerFake(FakeForm, { iface: 'Forms.Form', service: 'Form' });
