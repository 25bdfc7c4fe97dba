import type { Campaign } from '../domain/campaign';
import type { FormUnit } from './formUnits';
import { INVITATION_ITEMS } from './invitationPage';
import { sectionCount, sectionShape, type FormKit } from './layout';
import { formText } from './texts';
import type { SectionRecord } from './records';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export interface Reconciled {
  /** The form's items after the reconciliation, in order. */
  items: (Item | null)[];
  list: GoogleAppsScript.Forms.ListItem | null;
  listId: number;
  records: Map<string, SectionRecord>;
  /** Whether the invitation page was found whole after the unit list (kept; its texts are set again). */
  invitation: boolean;
}

/**
 * The form read again when it does not hold what the records say: a form adopted from an older
 * version of the product (which kept nothing), or one edited by hand. Only the page breaks are
 * read (two calls each, a third for the title of one not recorded): a section is the items from
 * its page break to the next one. A recorded section whose page break is there with the same
 * number of items is kept; a page titled with the name of a unit not yet found, with as many items
 * as that unit's section has, is taken as that unit's, to be rewritten in place (its items, and
 * the answers given to them, stay); any other section is deleted, and so is anything before the
 * first page break but the unit list, which is created when missing. The invitation page is kept
 * when it is whole just after the unit list (its page first, with its own unit list and as many
 * items as it has), else deleted like any other page, to be laid out again. About 2 item calls a section:
 * ~100 s at 170 units, the one read of the whole form, and only when the records cannot be trusted.
 */
export function reconcileForm(
  form: Form,
  campaign: Campaign,
  units: readonly FormUnit[],
  hasChapters: (unit: FormUnit) => boolean,
  kit: FormKit,
  recorded: ReadonlyMap<string, SectionRecord>,
): Reconciled {
  let items: (Item | null)[] = form.getItems();
  const breaks = form
    .getItems(kit.itemType.PAGE_BREAK)
    .map((item) => ({ item, id: item.getId(), index: item.getIndex() }))
    .sort((a, b) => a.index - b.index);
  const firstBreak = breaks.length ? breaks[0].index : items.length;
  const head = firstBreak > 0 ? items[0] : null;
  const listId = head && String(head.getType()) === String(kit.itemType.LIST) ? head.getId() : null;
  const invitation = listId !== null && invitationWhole(items, breaks, kit);
  const doomed: number[] = [];
  for (let i = listId === null ? 0 : 1; i < firstBreak; i++) doomed.push(i);

  const byPage = new Map([...recorded.entries()].map(([unitId, record]) => [record.page, { unitId, record }]));
  const records = new Map<string, SectionRecord>();
  const taken = (unitId: string) => records.has(unitId);
  breaks.forEach((found, k) => {
    if (invitation && k === 0) return;
    const end = k + 1 < breaks.length ? breaks[k + 1].index : items.length;
    const count = end - found.index;
    const known = byPage.get(found.id);
    if (known && known.record.count === count && !taken(known.unitId)) {
      records.set(known.unitId, { ...known.record, order: k });
      return;
    }
    const title = found.item.getTitle();
    const unit = units.find((u) => u.unit.name === title && !taken(u.unit.id));
    const chaptered = unit ? hasChapters(unit) : false;
    if (unit && count === sectionCount(campaign, chaptered)) {
      records.set(unit.unit.id, { shape: sectionShape(campaign, chaptered), content: '', page: found.id, count, order: k });
      return;
    }
    for (let i = found.index; i < end; i++) doomed.push(i);
  });

  // Last to first, so that each index still names the item it was read as.
  for (const index of doomed.sort((a, b) => b - a)) form.deleteItem(index);
  if (doomed.length) {
    const gone = new Set(doomed);
    items = items.filter((_, i) => !gone.has(i));
  }
  if (listId !== null) return { items, list: null, listId, records, invitation };
  const list = form.addListItem();
  if (items.length > 0) form.moveItem(items.length, 0);
  return { items: [null, ...items], list, listId: list.getId(), records, invitation: false };
}

/** The unit list, then the invitation page with its items, its own unit list first (3 calls: a title, a type and a title). */
function invitationWhole(items: readonly (Item | null)[], breaks: readonly { item: Item; index: number }[], kit: FormKit): boolean {
  const [first, second] = breaks;
  const units = items[2];
  if (!first || first.index !== 1 || !units) return false;
  const end = second ? second.index : items.length;
  if (end - first.index !== INVITATION_ITEMS) return false;
  return first.item.getTitle() === formText.invitationPage && String(units.getType()) === String(kit.itemType.LIST) && units.getTitle() === formText.invitationUnit;
}
