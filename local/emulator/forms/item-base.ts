/**
 * What every item fake shares: it names a form and an item id, and reads the live model on each
 * call (Apps Script item handles stay valid while the form changes; ids are stable integers).
 */
import { asApi, fakeMeta } from '../bridge';
import { enumValue } from '../enums';
import type { World } from '../world';
import { liveForm, liveItem, newItem, type FormModel, type ItemModel } from './state';

export abstract class ItemBase<Self> {
  constructor(
    protected readonly world: World,
    readonly formId: string,
    readonly itemId: number,
  ) {}

  protected form(): FormModel {
    return liveForm(this.world, this.formId);
  }
  /** The item's model; throws when it was deleted. */
  item(): ItemModel {
    return liveItem(this.form(), this.itemId);
  }
  protected self(): Self {
    return asApi<Self>(this);
  }

  getId(): number {
    this.item();
    return this.itemId;
  }
  getIndex(): number {
    const item = this.item();
    return this.form().items.indexOf(item);
  }
  getTitle(): string {
    return this.item().title;
  }
  setTitle(title: string): Self {
    this.item().title = String(title ?? '');
    return this.self();
  }
  getHelpText(): string {
    return this.item().helpText;
  }
  setHelpText(text: string): Self {
    this.item().helpText = String(text ?? '');
    return this.self();
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return asApi(enumValue('Forms.ItemType', this.item().type));
  }
  /**
   * A copy of this item appended to the END of the form (documented: "Creates a copy of this item
   * and appends it to the end of the form"), with a new id and every setting copied: title, help
   * text, required, choices with their navigation, rows, columns, a page break's "go to". Returns
   * the same kind of handle it is called on (Item.duplicate() an Item, GridItem.duplicate() a GridItem).
   */
  duplicate(): Self {
    const source = this.item();
    const copy = newItem(this.world, this.form(), source.type);
    copy.title = source.title;
    copy.helpText = source.helpText;
    copy.required = source.required;
    copy.choices = source.choices.map((c) => ({ ...c, ...(c.nav ? { nav: { ...c.nav } } : {}) }));
    copy.otherOption = source.otherOption;
    copy.rows = [...source.rows];
    copy.columns = [...source.columns];
    copy.goTo = { ...source.goTo };
    const Ctor = this.constructor as new (world: World, formId: string, itemId: number) => ItemBase<Self>;
    return asApi<Self>(new Ctor(this.world, this.formId, copy.id));
  }
}

export abstract class QuestionBase<Self> extends ItemBase<Self> {
  isRequired(): boolean {
    return this.item().required;
  }
  setRequired(enabled: boolean): Self {
    this.item().required = Boolean(enabled);
    return this.self();
  }
}

/** Apps Script's text for a wrong overload, naming an Item argument the way the platform does. */
export function formsSignatureText(owner: string, method: string, args: readonly unknown[]): string {
  const names = args.map((a) => {
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    if (a === null) return 'null';
    const meta = typeof a === 'object' ? fakeMeta(a) : undefined;
    if (meta) return `FormApp.${meta.name}`;
    return 'Object';
  });
  return `The parameters (${names.join(',')}) don't match the method signature for FormApp.${owner}.${method}.`;
}
