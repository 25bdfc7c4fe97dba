import type { Campaign, Unit } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import { formText } from './texts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;

/** FormApp's enums, handed in by the gas adapter so this module touches no global. */
export interface FormKit {
  itemType: typeof FormApp.ItemType;
  submit: GoogleAppsScript.Forms.PageNavigationType;
  proceed: GoogleAppsScript.Forms.PageNavigationType;
}

/** A unit as its section shows it: the chapters listed in its tab. */
export interface UnitSection {
  unit: Pick<Unit, 'id' | 'name'>;
  chapters: readonly string[];
}

interface Described {
  item: Item;
  type: ItemType;
  title: string;
}

interface Section {
  pageBreak: { item: Item; title: string; index: number };
  /** The items after the page break, up to the next one; read (type, title) only when the section is synced. */
  items: Item[];
}

/** One wanted item of a unit's section: its type and title identify it; `make` configures the one found, or adds it. */
interface WantedItem {
  type: ItemType;
  title: string;
  make(found: Item | null, form: Form): { getIndex(): number };
}

export interface SyncedForm {
  unitList: GoogleAppsScript.Forms.ListItem;
  /** Every unit's section, by unit id. */
  pages: Map<string, GoogleAppsScript.Forms.PageBreakItem>;
}

/**
 * One execution's share of a form build. Every item call is a save of the form (300 ms planned),
 * so a campaign of tens of units cannot be laid out in one execution: the build goes section by
 * section while `hasTime()` allows, and the next execution carries on from `done`.
 */
export interface BuildStep {
  /** The build's first step: the form's own settings are set and sections of removed units deleted. */
  first: boolean;
  /** Units whose sections need no change: laid out by earlier executions of this build, or unchanged since the last one. */
  done: ReadonlySet<string>;
  /** Whether there is time for one more section (or, once all are laid out, for the navigation). */
  hasTime(remainingUnits: number): boolean;
  /** Called after each section laid out, with all done so far: the build can be resumed from there. */
  sectionDone(done: readonly string[]): void;
}

export type LayoutResult = ({ complete: true } & SyncedForm) | { complete: false; done: string[] };

/**
 * Makes the form match the campaign, in place: the first page asks for the unit and jumps to
 * that unit's section; each section has one grid per period, the registration grid and two
 * paragraphs. Items are found again by type and title, so responses already given stay attached
 * to the same items; sections of units no longer in the campaign are removed. The first step of a
 * build also sets the form's own settings and removes stale sections.
 */
export function syncFormLayout(form: Form, campaign: Campaign, sections: readonly UnitSection[], kit: FormKit, step: BuildStep): LayoutResult {
  const { first } = step;
  if (first) {
    form.setTitle(formText.title(campaign));
    form.setDescription(formText.description(campaign));
    form.setConfirmationMessage(formText.confirmation);
    form.setCollectEmail(true);
    form.setProgressBar(false);
  }

  const { head, existing } = readSections(form, kit);
  const listed = head.find((d) => String(d.type) === String(kit.itemType.LIST) && d.title === formText.unitQuestion);
  const unitList = listed ? listed.item.asListItem() : addUnitList(form);
  if (first || !listed) unitList.setTitle(formText.unitQuestion).setHelpText(formText.unitHelp).setRequired(true);

  const byTitle = new Map(existing.map((s) => [s.pageBreak.title, s]));
  if (first) {
    const wantedTitles = new Set(sections.map((s) => s.unit.name));
    for (const stale of existing.filter((s) => !wantedTitles.has(s.pageBreak.title))) {
      for (const item of [...stale.items, stale.pageBreak.item]) form.deleteItem(item);
    }
  }

  const pages = new Map<string, GoogleAppsScript.Forms.PageBreakItem>();
  // Where each section stands in the form, without reading indexes again: the sections found keep
  // their order, new ones are added at the end in campaign order.
  const position = new Map<string, number>();
  const done: string[] = [];
  for (const [i, { unit, chapters }] of sections.entries()) {
    const found = byTitle.get(unit.name);
    position.set(unit.id, found ? found.pageBreak.index : Number.MAX_SAFE_INTEGER - sections.length + i);
    if (found && step.done.has(unit.id)) {
      pages.set(unit.id, found.pageBreak.item.asPageBreakItem());
      done.push(unit.id);
      continue;
    }
    if (!step.hasTime(sections.length - i)) return { complete: false, done };
    const pageBreak = found ? found.pageBreak.item.asPageBreakItem() : form.addPageBreakItem();
    pageBreak.setTitle(unit.name).setHelpText(formText.sectionHelp(unit));
    syncSectionItems(form, found ?? null, pageBreak, wantedItems(campaign, chapters, kit));
    pages.set(unit.id, pageBreak);
    done.push(unit.id);
    step.sectionDone(done);
  }
  if (!step.hasTime(0)) return { complete: false, done };

  // A page break's destination applies to the page before it: each unit's section ends the form.
  const inFormOrder = [...pages.entries()].sort(([a], [b]) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  inFormOrder.forEach(([, page], i) => page.setGoToPage(i === 0 ? kit.proceed : kit.submit));
  unitList.setChoices(sections.map(({ unit }) => unitList.createChoice(unit.name, pages.get(unit.id) as GoogleAppsScript.Forms.PageBreakItem)));
  return { complete: true, unitList, pages };
}

function addUnitList(form: Form): GoogleAppsScript.Forms.ListItem {
  const list = form.addListItem();
  form.moveItem(list.getIndex(), 0);
  return list;
}

const describe = (item: Item): Described => ({ item, type: item.getType(), title: item.getTitle() });

/**
 * The form's sections from its page breaks (two reads each) and one list of all items, which the
 * page breaks' indexes cut into sections; only the items before the first page are read here.
 */
function readSections(form: Form, kit: FormKit): { head: Described[]; existing: Section[] } {
  const all = form.getItems();
  const breaks = form
    .getItems(kit.itemType.PAGE_BREAK)
    .map((item) => ({ item, title: item.getTitle(), index: item.getIndex() }))
    .sort((a, b) => a.index - b.index);
  const existing = breaks.map((pageBreak, k) => ({
    pageBreak,
    items: all.slice(pageBreak.index + 1, k + 1 < breaks.length ? breaks[k + 1].index : all.length),
  }));
  const head = all.slice(0, breaks.length ? breaks[0].index : all.length).map(describe);
  return { head, existing };
}

/** Updates the items a section has, deletes the ones it should not, adds the missing ones at its end. */
function syncSectionItems(form: Form, section: Section | null, pageBreak: GoogleAppsScript.Forms.PageBreakItem, wanted: WantedItem[]): void {
  const present = (section?.items ?? []).map(describe);
  const matches = (d: Described, w: WantedItem) => String(d.type) === String(w.type) && d.title === w.title;
  for (const d of present) if (!wanted.some((w) => matches(d, w))) form.deleteItem(d.item);
  // A new section is built at the end of the form, in order: no index to read (each read is an item call).
  if (!section) {
    for (const w of wanted) w.make(null, form);
    return;
  }
  let last = pageBreak.getIndex();
  for (const w of wanted) {
    const found = present.find((d) => matches(d, w));
    const index = w.make(found?.item ?? null, form).getIndex();
    // An old section gets its new item moved in.
    if (!found && index !== last + 1) form.moveItem(index, last + 1);
    last = found ? index : last + 1;
  }
}

function wantedItems(campaign: Campaign, chapters: readonly string[], kit: FormKit): WantedItem[] {
  const levels = SCALES[campaign.scale].levels.map((l) => l.label);
  const grids: WantedItem[] = chapters.length
    ? [
        ...campaign.periods.map((period) => ({
          type: kit.itemType.GRID,
          title: formText.ratingQuestion(period.label),
          make: (found: Item | null, form: Form) =>
            (found ? found.asGridItem() : form.addGridItem())
              .setTitle(formText.ratingQuestion(period.label))
              .setHelpText(formText.ratingHelp(campaign))
              .setRows([...chapters])
              .setColumns(levels)
              .setRequired(true),
        })),
        {
          type: kit.itemType.CHECKBOX_GRID,
          title: formText.registrationQuestion,
          make: (found: Item | null, form: Form) =>
            (found ? found.asCheckboxGridItem() : form.addCheckboxGridItem())
              .setTitle(formText.registrationQuestion)
              .setHelpText(formText.registrationHelp)
              .setRows([...chapters])
              .setColumns([...formText.registrationColumns])
              .setRequired(false),
        },
      ]
    : [];
  const paragraph = (title: string, help: string): WantedItem => ({
    type: kit.itemType.PARAGRAPH_TEXT,
    title,
    make: (found: Item | null, form: Form) => (found ? found.asParagraphTextItem() : form.addParagraphTextItem()).setTitle(title).setHelpText(help).setRequired(false),
  });
  return [...grids, paragraph(formText.membersQuestion, formText.membersHelp), paragraph(formText.newChaptersQuestion, formText.newChaptersHelp(campaign))];
}

/**
 * What a unit's section is made from (its name, chapters, the campaign's periods and scale, and
 * the form's texts), as a short hash: a build skips a section whose signature has not changed
 * since the last complete build, since checking it item by item costs as much as rewriting it.
 */
export function sectionSignature(campaign: Campaign, section: UnitSection): string {
  const source = JSON.stringify([
    section.unit.name,
    section.chapters,
    campaign.periods.map((p) => p.label),
    SCALES[campaign.scale].levels.map((l) => l.label),
    formText.sectionHelp(section.unit),
    formText.ratingHelp(campaign),
    formText.registrationQuestion,
    formText.registrationHelp,
    formText.registrationColumns,
    formText.membersQuestion,
    formText.membersHelp,
    formText.newChaptersQuestion,
    formText.newChaptersHelp(campaign),
  ]);
  let hash = 5381;
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 33) ^ source.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}.${source.length.toString(36)}`;
}
