/**
 * PageBreakItem: starts a page (section). Its "go to" applies to the page BEFORE it: on finishing
 * that page by going on (no answer-based jump), the respondent goes where this break says.
 */
import { asApi, registerFake } from '../bridge';
import { enumName, enumValue } from '../enums';
import { exception } from '../errors';
import { formsSignatureText, ItemBase } from './item-base';
import type { FormModel, Navigation, NavTypeName } from './state';

type PB = GoogleAppsScript.Forms.PageBreakItem;

type PageBreakMethods =
  | 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'getGoToPage'
  | 'setGoToPage' | 'getPageNavigationType' | 'duplicate';

const NAV_TYPES: readonly NavTypeName[] = ['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'];

/** A navigation whose target page was deleted behaves as CONTINUE. */
export function effectiveNav(form: FormModel, nav: Navigation): Navigation {
  if (nav.type !== 'GO_TO_PAGE') return nav;
  const target = form.items.find((i) => i.id === nav.page && i.type === 'PAGE_BREAK');
  return target ? nav : { type: 'CONTINUE' };
}

/**
 * A navigation from a script argument: a PageBreakItem (GO_TO_PAGE) or a PageNavigationType other
 * than GO_TO_PAGE (which needs a page). Undefined when the argument is neither.
 */
export function navigationOf(value: unknown, formId: string): Navigation | undefined {
  if (value instanceof FakePageBreakItem) {
    if (value.formId !== formId) throw exception('Invalid argument: the page break belongs to another form');
    value.item();
    return { type: 'GO_TO_PAGE', page: value.itemId };
  }
  const name = enumName(value, 'Forms.PageNavigationType');
  if (typeof value === 'string' || name === undefined) return undefined;
  const type = NAV_TYPES.find((t) => t === name);
  if (!type) return undefined;
  if (type === 'GO_TO_PAGE') throw exception('Invalid argument: GO_TO_PAGE needs a PageBreakItem');
  return { type };
}

export function navTypeEnum(nav: Navigation): GoogleAppsScript.Forms.PageNavigationType {
  return asApi(enumValue('Forms.PageNavigationType', nav.type));
}

export class FakePageBreakItem extends ItemBase<PB> implements Pick<PB, PageBreakMethods> {
  #nav(): Navigation {
    return effectiveNav(this.form(), this.item().goTo);
  }
  getGoToPage(): PB {
    const nav = this.#nav();
    const page = nav.type === 'GO_TO_PAGE' && nav.page !== undefined ? new FakePageBreakItem(this.world, this.formId, nav.page) : null;
    return (page ? asApi(page) : null) as PB;
  }
  setGoToPage(target: PB | GoogleAppsScript.Forms.PageNavigationType): PB {
    const nav = navigationOf(target, this.formId);
    if (!nav) throw exception(formsSignatureText('PageBreakItem', 'setGoToPage', [target]));
    this.item().goTo = nav;
    return this.self();
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return navTypeEnum(this.#nav());
  }
}
registerFake(FakePageBreakItem, { iface: 'Forms.PageBreakItem', service: 'Form' });
