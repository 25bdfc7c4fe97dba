import type { FormKit } from './layout';
import { signature, type HeadRecord } from './records';
import { formText } from './texts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ListItem = GoogleAppsScript.Forms.ListItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;

/**
 * The invitation page: one page shared by every unit, right after the first page. Google Forms
 * lets only one question a page go to a section based on the answer, and on the first page that
 * is the unit list: its last choice (formText.sendInvitation, set with the units' choices by the
 * build) leads here, every other one to the unit's section, so the classification path is the one
 * it always was. The page therefore asks the unit again, in a drop-down of its own that does not
 * navigate (its values are the units' names, set with the unit list's choices); the chapter is
 * typed (a list per unit would be a page per unit), and checked against the unit's tab when the
 * response is read.
 *
 * In form order (just after the unit list, index 1 on): the page break (it sends the page before
 * it to submit, as every section's does), the unit, chapter, day, time, place, agenda, cancellation.
 */
export const INVITATION_ITEMS = 8;

/** Of the head's invitation record: the block is being added (its items may be anywhere: reconciled). */
export const INVITATION_ADDING = 'adding';
/** Of the head's invitation record: a block found in the form by reconcile, its texts to be set again. */
export const INVITATION_FOUND = 'found';

/** The handles the unit list's choices need: the page its last choice goes to, and the page's own unit list. */
export interface InvitationHandles {
  page: PageBreakItem;
  units: ListItem;
}

/** How many items the block has in the form, as the head records it (none while it is being added). */
export function invitationItems(head: HeadRecord | null): number {
  const invitation = head?.invitation;
  return invitation === undefined || invitation === INVITATION_ADDING ? 0 : INVITATION_ITEMS;
}

/**
 * The block added (a form built before it, or a new one), or its texts set again in place;
 * `items`, the form's items as the build holds them, gets the new ones (as null handles). Recorded
 * as being added first: an execution cut off half-way leaves the form to be reconciled, which
 * drops a block it does not find whole. The unit list's choices are recorded as to be set again
 * (its last one must lead to this page). Returns the head as recorded last.
 */
export function ensureInvitationPage(
  form: Form,
  kit: FormKit,
  head: HeadRecord,
  items: (Item | null)[],
  record: (head: HeadRecord) => void,
): { head: HeadRecord; handles: InvitationHandles } {
  let handles: InvitationHandles;
  if (invitationItems(head) > 0) {
    const block = items.slice(1, 1 + INVITATION_ITEMS);
    // Read at the start of this execution (one laid out since is already current).
    if (!block.every((item): item is Item => item !== null)) throw new Error('The invitation page was not read');
    handles = updateInvitationPage(block, kit);
  } else {
    record({ ...head, invitation: INVITATION_ADDING });
    handles = addInvitationPage(form, kit, items.length);
    items.splice(1, 0, ...new Array<Item | null>(INVITATION_ITEMS).fill(null));
  }
  const done = { ...head, choices: '', invitation: invitationShape() };
  record(done);
  return { head: done, handles };
}

/** The handles of a block read at the start of the execution (`block`: its items, page break first). */
export function invitationHandles(block: readonly (Item | null)[]): InvitationHandles {
  const [page, units] = block;
  if (!page || !units) throw new Error('The invitation page was not read');
  return { page: page.asPageBreakItem(), units: units.asListItem() };
}

/**
 * The unit list's choices: each unit's to its section, then the last one to the invitation page
 * (the list is the first page's only navigating question); the page's own list gets the units'
 * names, which navigate nowhere (one call).
 */
export function setUnitChoices(list: ListItem, sections: readonly { name: string; page: PageBreakItem }[], invitation: InvitationHandles | null): void {
  const choices = sections.map(({ name, page }) => list.createChoice(name, page));
  list.setChoices(invitation ? [...choices, list.createChoice(formText.sendInvitation, invitation.page)] : choices);
  invitation?.units.setChoiceValues(sections.map(({ name }) => name));
}

/** What the block is written from: a change of wording rewrites it in place. */
export function invitationShape(): string {
  return signature([
    formText.sendInvitation,
    formText.invitationPage,
    formText.invitationHelp,
    formText.invitationUnit,
    formText.invitationUnitHelp,
    formText.invitationChapter,
    formText.invitationChapterHelp,
    formText.invitationDay,
    formText.invitationTime,
    formText.invitationTimeHelp,
    formText.invitationPlace,
    formText.invitationAgenda,
    formText.invitationCancelQuestion,
    formText.invitationCancel,
    formText.invitationCancelHelp,
  ]);
}

/**
 * Lays the block out at the end of the form, then moves it to just after the unit list when the
 * form has more (FormApp appends; 8 moves, once in a form's life). About 25 item calls.
 */
export function addInvitationPage(form: Form, kit: FormKit, itemsBefore: number): InvitationHandles {
  const page = form.addPageBreakItem().setTitle(formText.invitationPage).setHelpText(formText.invitationHelp).setGoToPage(kit.submit);
  // Its values are the units' names, set with the unit list's choices (build.ts).
  const units = form.addListItem().setTitle(formText.invitationUnit).setHelpText(formText.invitationUnitHelp).setRequired(true);
  // Required only what every invitation needs; the time is not needed to call a meeting off.
  form.addTextItem().setTitle(formText.invitationChapter).setHelpText(formText.invitationChapterHelp).setRequired(true);
  form.addDateItem().setTitle(formText.invitationDay).setRequired(true);
  form.addTimeItem().setTitle(formText.invitationTime).setHelpText(formText.invitationTimeHelp);
  form.addTextItem().setTitle(formText.invitationPlace);
  form.addParagraphTextItem().setTitle(formText.invitationAgenda);
  const cancel = form.addCheckboxItem().setTitle(formText.invitationCancelQuestion).setHelpText(formText.invitationCancelHelp);
  cancel.setChoices([cancel.createChoice(formText.invitationCancel)]);
  if (itemsBefore > 1) for (let k = 0; k < INVITATION_ITEMS; k++) form.moveItem(itemsBefore + k, 1 + k);
  return { page, units };
}

/** The block's texts set again on its items (`items`: the block, page break first), keeping them and their answers. */
export function updateInvitationPage(items: readonly Item[], kit: FormKit): InvitationHandles {
  const [pageItem, unitsItem, chapter, day, time, place, agenda, cancelItem] = items;
  const page = pageItem.asPageBreakItem().setTitle(formText.invitationPage).setHelpText(formText.invitationHelp).setGoToPage(kit.submit);
  const units = unitsItem.asListItem().setTitle(formText.invitationUnit).setHelpText(formText.invitationUnitHelp).setRequired(true);
  chapter.setTitle(formText.invitationChapter).setHelpText(formText.invitationChapterHelp);
  day.setTitle(formText.invitationDay);
  time.setTitle(formText.invitationTime).setHelpText(formText.invitationTimeHelp);
  place.setTitle(formText.invitationPlace);
  agenda.setTitle(formText.invitationAgenda);
  const cancel = cancelItem.asCheckboxItem().setTitle(formText.invitationCancelQuestion).setHelpText(formText.invitationCancelHelp);
  cancel.setChoices([cancel.createChoice(formText.invitationCancel)]);
  return { page, units };
}
