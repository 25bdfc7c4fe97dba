import type { Campaign, Unit } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import { signature } from './records';
import { formText } from './texts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type GridItem = GoogleAppsScript.Forms.GridItem;
type CheckboxGridItem = GoogleAppsScript.Forms.CheckboxGridItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;

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

/**
 * A unit's section, in form order: its page break, one grid per period and the registration grid
 * (only when the unit lists chapters), then the two paragraphs. Every FormApp call on an item is a
 * save of the form (~0.3 s planned), so a section is made and changed with as few calls as the
 * platform allows: copied from one already laid out (`duplicate`, one call an item, every setting
 * kept) and then only its own name and chapters set.
 */
export interface TypedSection {
  page: PageBreakItem;
  grids: GridItem[];
  registration: CheckboxGridItem | null;
  paragraphs: ParagraphTextItem[];
}

/** What a section of a unit with (or without) chapters is made of, besides the unit's own name and chapters. */
export function sectionShape(campaign: Pick<Campaign, 'periods' | 'scale'>, hasChapters: boolean): string {
  return signature([
    hasChapters,
    campaign.periods.map((p) => p.label),
    SCALES[campaign.scale].levels.map((l) => l.label),
    formText.sectionHelp,
    formText.ratingHelp(campaign),
    formText.registrationQuestion,
    formText.registrationHelp,
    formText.registrationColumns,
    formText.membersQuestion,
    formText.membersHelp,
    formText.newChaptersQuestion,
    formText.newChaptersHelp(campaign),
  ]);
}

/** What is the unit's own in its section. */
export function sectionContent(section: UnitSection): string {
  return signature([section.unit.name, section.chapters]);
}

/** How many items a section has, its page break included. */
export function sectionCount(campaign: Pick<Campaign, 'periods'>, hasChapters: boolean): number {
  return 1 + (hasChapters ? campaign.periods.length + 1 : 0) + 2;
}

/** A section laid out item by item: the first one of its kind in the form (about 20 item calls). */
export function addSection(form: Form, campaign: Campaign, section: UnitSection, kit: FormKit): TypedSection {
  const levels = SCALES[campaign.scale].levels.map((l) => l.label);
  const page = form.addPageBreakItem().setTitle(section.unit.name).setHelpText(formText.sectionHelp).setGoToPage(kit.submit);
  const chaptered = section.chapters.length > 0;
  const grids = chaptered
    ? campaign.periods.map((period) =>
        form
          .addGridItem()
          .setTitle(formText.ratingQuestion(period.label))
          .setHelpText(formText.ratingHelp(campaign))
          .setRows([...section.chapters])
          .setColumns(levels)
          .setRequired(true),
      )
    : [];
  const registration = chaptered
    ? form
        .addCheckboxGridItem()
        .setTitle(formText.registrationQuestion)
        .setHelpText(formText.registrationHelp)
        .setRows([...section.chapters])
        .setColumns([...formText.registrationColumns])
    : null;
  // A new question is optional by default: no setRequired(false) call.
  const paragraphs = [
    form.addParagraphTextItem().setTitle(formText.membersQuestion).setHelpText(formText.membersHelp),
    form.addParagraphTextItem().setTitle(formText.newChaptersQuestion).setHelpText(formText.newChaptersHelp(campaign)),
  ];
  return { page, grids, registration, paragraphs };
}

/**
 * A section copied from `template` (a section of the same shape): each item duplicated, which
 * appends the copy at the end of the form, in order; then the unit's name and chapters. 11 item
 * calls for a unit with two periods (6 copies, the title, 3 grids' rows, and its page's id later).
 */
export function copySection(template: TypedSection, section: UnitSection): TypedSection {
  const page = template.page.duplicate().setTitle(section.unit.name);
  const rows = [...section.chapters];
  const grids = template.grids.map((grid) => grid.duplicate().setRows(rows));
  const registration = template.registration ? template.registration.duplicate().setRows(rows) : null;
  const paragraphs = template.paragraphs.map((p) => p.duplicate());
  return { page, grids, registration, paragraphs };
}

/** The typed handles of a section found in the form: `items` are its items, page break first, as listed. */
export function typedSection(items: readonly Item[], hasChapters: boolean, periods: number): TypedSection {
  const [first, ...rest] = items;
  const gridCount = hasChapters ? periods : 0;
  return {
    page: first.asPageBreakItem(),
    grids: rest.slice(0, gridCount).map((item) => item.asGridItem()),
    registration: hasChapters ? rest[gridCount].asCheckboxGridItem() : null,
    paragraphs: rest.slice(gridCount + (hasChapters ? 1 : 0)).map((item) => item.asParagraphTextItem()),
  };
}

/**
 * Rewrites a section found in the form to the unit's name and chapters, keeping its items (and the
 * answers given to them): the page break's texts and "go to" (a section adopted from an older form
 * may lack them), and the grids' rows. An item of another kind than expected throws (`as…Item`).
 */
export function updateSection(items: readonly Item[], section: UnitSection, periods: number, kit: FormKit): void {
  const [page, ...rest] = items;
  page.asPageBreakItem().setTitle(section.unit.name).setHelpText(formText.sectionHelp).setGoToPage(kit.submit);
  if (section.chapters.length === 0) return;
  const rows = [...section.chapters];
  rest.slice(0, periods).forEach((item) => item.asGridItem().setRows(rows));
  rest[periods].asCheckboxGridItem().setRows(rows);
}
