import type { FormKit } from './layout';
import { signature, type HeadRecord } from './records';
import { formText } from './texts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/**
 * The invitation page: one page shared by every unit, right after the first page. The first
 * page's optional "Nội dung gửi" (one choice, after the unit list) sends the respondent there
 * instead of to the unit's section: of the questions that navigate on a page, the last one
 * answered decides, so left empty the unit list's choice still leads to the unit's section. The
 * unit is the one chosen on the first page; the chapter is typed (a list per unit would be a page
 * per unit), and checked against the unit's tab when the response is read.
 *
 * In form order: the choice (index 1, on the first page), the page break (it sends the page before
 * it to submit, as every section's does), then chapter, day, time, place, agenda, cancellation.
 */
export const INVITATION_ITEMS = 8;

/** Of the head's invitation record: the block is being added (its items may be anywhere: reconciled). */
export const INVITATION_ADDING = 'adding';
/** Of the head's invitation record: a block found in the form by reconcile, its texts to be set again. */
export const INVITATION_FOUND = 'found';

/** How many items the block has in the form, as the head records it (none while it is being added). */
export function invitationItems(head: HeadRecord | null): number {
  const invitation = head?.invitation;
  return invitation === undefined || invitation === INVITATION_ADDING ? 0 : INVITATION_ITEMS;
}

/**
 * The block added (a form built before it, or a new one), or its texts set again in place;
 * `items`, the form's items as the build holds them, gets the new ones (as null handles). Recorded
 * as being added first: an execution cut off half-way leaves the form to be reconciled, which
 * drops a block it does not find whole. Returns the head as recorded last.
 */
export function ensureInvitationPage(form: Form, kit: FormKit, head: HeadRecord, items: (Item | null)[], record: (head: HeadRecord) => void): HeadRecord {
  if (invitationItems(head) > 0) {
    const block = items.slice(1, 1 + INVITATION_ITEMS);
    // Read at the start of this execution (one laid out since is already current).
    if (!block.every((item): item is Item => item !== null)) throw new Error('The invitation page was not read');
    updateInvitationPage(block, kit);
  } else {
    record({ ...head, invitation: INVITATION_ADDING });
    addInvitationPage(form, kit, items.length);
    items.splice(1, 0, ...new Array<Item | null>(INVITATION_ITEMS).fill(null));
  }
  const done = { ...head, invitation: invitationShape() };
  record(done);
  return done;
}

/** What the block is written from: a change of wording rewrites it in place. */
export function invitationShape(): string {
  return signature([
    formText.sendQuestion,
    formText.sendHelp,
    formText.sendInvitation,
    formText.invitationPage,
    formText.invitationHelp,
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
export function addInvitationPage(form: Form, kit: FormKit, itemsBefore: number): void {
  // The choice first: in a new form it is then in place, on the first page, with no move.
  const choice = form.addMultipleChoiceItem().setTitle(formText.sendQuestion).setHelpText(formText.sendHelp);
  const page = form.addPageBreakItem().setTitle(formText.invitationPage).setHelpText(formText.invitationHelp).setGoToPage(kit.submit);
  // Required only what every invitation needs; the time is not needed to call a meeting off.
  form.addTextItem().setTitle(formText.invitationChapter).setHelpText(formText.invitationChapterHelp).setRequired(true);
  form.addDateItem().setTitle(formText.invitationDay).setRequired(true);
  form.addTimeItem().setTitle(formText.invitationTime).setHelpText(formText.invitationTimeHelp);
  form.addTextItem().setTitle(formText.invitationPlace);
  form.addParagraphTextItem().setTitle(formText.invitationAgenda);
  const cancel = form.addCheckboxItem().setTitle(formText.invitationCancelQuestion).setHelpText(formText.invitationCancelHelp);
  cancel.setChoices([cancel.createChoice(formText.invitationCancel)]);
  choice.setChoices([choice.createChoice(formText.sendInvitation, page)]);
  if (itemsBefore <= 1) return;
  for (let k = 0; k < INVITATION_ITEMS; k++) form.moveItem(itemsBefore + k, 1 + k);
}

/** The block's texts set again on its items (`items`: the block, choice first), keeping them and their answers. */
export function updateInvitationPage(items: readonly Item[], kit: FormKit): void {
  const [choiceItem, pageItem, chapter, day, time, place, agenda, cancelItem] = items;
  const page = pageItem.asPageBreakItem().setTitle(formText.invitationPage).setHelpText(formText.invitationHelp).setGoToPage(kit.submit);
  const choice = choiceItem.asMultipleChoiceItem().setTitle(formText.sendQuestion).setHelpText(formText.sendHelp);
  choice.setChoices([choice.createChoice(formText.sendInvitation, page)]);
  chapter.setTitle(formText.invitationChapter).setHelpText(formText.invitationChapterHelp);
  day.setTitle(formText.invitationDay);
  time.setTitle(formText.invitationTime).setHelpText(formText.invitationTimeHelp);
  place.setTitle(formText.invitationPlace);
  agenda.setTitle(formText.invitationAgenda);
  const cancel = cancelItem.asCheckboxItem().setTitle(formText.invitationCancelQuestion).setHelpText(formText.invitationCancelHelp);
  cancel.setChoices([cancel.createChoice(formText.invitationCancel)]);
}
