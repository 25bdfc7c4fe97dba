import type { Campaign } from '../domain/campaign';
import { forgetContradicted, sectionIsCurrent, wantedSection, type FormUnit, type WantedSection } from './formUnits';
import { ensureInvitationPage, INVITATION_ADDING, INVITATION_FOUND, invitationHandles, invitationItems, invitationShape, setUnitChoices, type InvitationHandles } from './invitationPage';
import { addSection, copySection, sectionCount, typedSection, updateSection, type FormKit, type TypedSection } from './layout';
import { FORM_HEAD_KEY, headText, parseHead, readSections, sectionKey, sectionText, signature, type FormStore, type HeadRecord, type SectionRecord } from './records';
import { reconcileForm } from './reconcile';
import { formText } from './texts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ListItem = GoogleAppsScript.Forms.ListItem;

/** How much of this execution is left, asked before each piece of work (every item call is ~0.3 s). */
export interface BuildClock {
  /** Whether one more section (about 20 item calls at most) still fits. */
  sectionFits(): boolean;
  /** Whether the finish fits: the unit list's choices (two item calls a unit, for `units` units: 0 when unchanged) and the pre-filled links. */
  finishFits(units: number): boolean;
}

export type BuildResult = { complete: true; unitList: ListItem } | { complete: false; sectionsDone: number };

/**
 * Brings the form to the campaign as far as this execution's time allows, from what the script
 * recorded of it (records.ts) rather than by reading its items: one `getItems()` call tells how
 * many items the form has, which is what the records say unless an execution died half-way
 * through a section (its items are then the last ones, and are deleted) or someone edited the form
 * by hand (then it is read once, reconcile.ts). Then: the form's settings when they changed, the
 * sections of units no longer in the campaign deleted, each unit's section left alone when its
 * signatures match, rewritten in place when only its name or chapters changed (same items: the
 * answers stay attached), or laid out anew at the end; last, the unit list's choices when the
 * sections or their names changed. Each step is recorded as soon as it is done, so the next
 * execution carries on from there, and a build cut off at any call ends like one never cut off.
 * A unit's tab is read only when its section is to be checked or laid out (formUnits.ts).
 */
export function buildForm(form: Form, campaign: Campaign, units: readonly FormUnit[], kit: FormKit, store: FormStore, clock: BuildClock): BuildResult {
  return new FormBuild(form, campaign, units, kit, store).run(clock);
}

/**
 * What a build would do, from the records alone (no call): how many sections it would lay out,
 * rewrite or delete, and whether the unit list's choices would be set again (two item calls a
 * unit). A sync with little to do needs no continuation trigger set up and taken down again.
 */
export function planBuild(campaign: Campaign, units: readonly FormUnit[], store: FormStore): { pending: number; choicesChange: boolean } {
  const records = readSections(store);
  const head = parseHead(store.get(FORM_HEAD_KEY));
  const wanted = new Set(units.map((u) => u.unit.id));
  const stale = [...records.keys()].filter((id) => !wanted.has(id)).length;
  const pending = units.filter((unit) => !sectionIsCurrent(campaign, records.get(unit.unit.id), unit, true));
  // A section rewritten in place keeps its page; any other is laid out anew, with a new page (a
  // unit with no record is laid out anew: its tab need not be read to know it).
  const kept = pending.every((unit) => {
    const record = records.get(unit.unit.id);
    const want = record && wantedSection(campaign, unit, true);
    return record !== undefined && want !== undefined && record.shape === want.shape && record.count === want.count;
  });
  const choicesChange = !head || stale > 0 || !kept || head.choices !== choicesSignature(units, records);
  const invitation = head?.invitation === invitationShape() ? 0 : 1;
  return { pending: stale + pending.length + invitation, choicesChange };
}

/**
 * The unit list's choices: each unit's name and its section, by the section's `order` (a section
 * laid out anew always gets a higher one, and deleting a section clears the recorded choices, so
 * the same order is the same page). No item id goes in: ids are the platform's, drawn at random.
 */
function choicesSignature(units: readonly FormUnit[], records: ReadonlyMap<string, SectionRecord>): string {
  return signature(units.map(({ unit }) => [unit.name, records.get(unit.id)?.order ?? -1]));
}

class FormBuild {
  /** The form's items in order: a handle read at the start, or null for an item added since. */
  private items: (Item | null)[] = [];
  private head: HeadRecord | null;
  private records: Map<string, SectionRecord>;
  private list: ListItem | null = null;
  /** The invitation page's handles, when laid out or rewritten in this execution. */
  private invitation: InvitationHandles | null = null;
  /** Sections laid out in this execution, with their typed handles (no call to convert them again). */
  private readonly created = new Map<string, TypedSection>();
  private readonly templates = new Map<string, TypedSection | null>();

  constructor(
    private readonly form: Form,
    private readonly campaign: Campaign,
    private readonly units: readonly FormUnit[],
    private readonly kit: FormKit,
    private readonly store: FormStore,
  ) {
    this.head = parseHead(store.get(FORM_HEAD_KEY));
    this.records = readSections(store);
  }

  run(clock: BuildClock): BuildResult {
    this.checkAgainstRecords();
    this.updateSettings();
    if (this.head?.invitation !== invitationShape()) {
      if (!clock.sectionFits()) return this.incomplete();
      this.ensureInvitation();
    }
    const wanted = new Set(this.units.map((u) => u.unit.id));
    for (const unitId of [...this.records.keys()].filter((id) => !wanted.has(id))) {
      if (!clock.sectionFits()) return this.incomplete();
      this.deleteSection(unitId);
    }
    for (const unit of this.units) {
      if (this.isCurrent(unit, false)) continue;
      if (!clock.sectionFits()) return this.incomplete();
      // Its tab is read here, in the time just granted, and only now.
      if (this.isCurrent(unit, true)) continue;
      this.layOut(unit);
    }
    // The choices cost two item calls a unit only when they are set again (a sync that changed no name or page sets none).
    const choicesChange = !this.head || this.head.choices !== choicesSignature(this.units, this.records);
    if (!clock.finishFits(choicesChange ? this.units.length : 0)) return this.incomplete();
    return { complete: true, unitList: this.updateChoices() };
  }

  /** Counted without reading a tab: a unit not read yet is one still to do. A later step follows: see forgetContradicted. */
  private incomplete(): BuildResult {
    const sectionsDone = this.units.filter((u) => this.isCurrent(u, false)).length;
    forgetContradicted(this.campaign, this.units, this.store);
    return { complete: false, sectionsDone };
  }

  /** The form has exactly the items the records account for, once this returns. */
  private checkAgainstRecords(): void {
    this.items = this.form.getItems();
    const expected = (this.head ? this.base() : 0) + [...this.records.values()].reduce((sum, r) => sum + r.count, 0);
    const excess = this.items.length - expected;
    if (this.items.length === 0) {
      // An empty form (new, or emptied by hand): whatever was recorded of it is gone.
      for (const unitId of this.records.keys()) this.store.remove(sectionKey(unitId));
      this.records = new Map();
      this.list = this.form.addListItem();
      this.head = { list: this.list.getId(), settings: '', choices: '' };
      this.items = [null];
      this.store.set(FORM_HEAD_KEY, headText(this.head));
      return;
    }
    if (this.head && excess === 0) return;
    // What an execution that died while laying out a section leaves: its items, at the end.
    // Not while the invitation page was being added: its items may have been moved already.
    if (this.head && this.head.invitation !== INVITATION_ADDING && excess > 0 && excess <= sectionCount(this.campaign, true)) {
      for (let index = this.items.length - 1; index >= expected; index--) this.form.deleteItem(index);
      this.items = this.items.slice(0, expected);
      return;
    }
    const found = reconcileForm(this.form, this.campaign, this.units, (unit) => this.want(unit).hasChapters, this.kit, this.records);
    this.items = found.items;
    this.list = found.list;
    this.head = {
      list: found.listId,
      settings: this.head && this.head.list === found.listId ? this.head.settings : '',
      choices: '',
      ...(found.invitation ? { invitation: INVITATION_FOUND } : {}),
    };
    this.records = found.records;
    for (const key of this.store.keysWith(sectionKey(''))) {
      if (!found.records.has(key.slice(sectionKey('').length))) this.store.remove(key);
    }
    const values: Record<string, string> = { [FORM_HEAD_KEY]: headText(this.head) };
    for (const [unitId, record] of found.records) values[sectionKey(unitId)] = sectionText(record);
    this.store.setMany(values);
  }

  /** Where the sections start: after the unit list and the invitation page when the form has it. */
  private base(): number {
    return 1 + invitationItems(this.head);
  }

  private ensureInvitation(): void {
    if (!this.head) throw new Error('The form has no unit list');
    const done = ensureInvitationPage(this.form, this.kit, this.head, this.items, (head) => this.store.set(FORM_HEAD_KEY, headText(head)));
    this.head = done.head;
    this.invitation = done.handles;
  }

  private unitList(): ListItem {
    if (this.list) return this.list;
    const first = this.items[0];
    if (!first) throw new Error('The form has no unit list');
    this.list = first.asListItem();
    return this.list;
  }

  private updateSettings(): void {
    const { campaign } = this;
    const settings = signature([formText.title(campaign), formText.description(campaign), formText.confirmation(campaign), formText.unitQuestion, formText.unitHelp]);
    if (!this.head || this.head.settings === settings) return;
    this.form.setTitle(formText.title(campaign));
    this.form.setDescription(formText.description(campaign));
    this.form.setConfirmationMessage(formText.confirmation(campaign));
    this.form.setCollectEmail(true);
    this.form.setProgressBar(false);
    this.unitList().setTitle(formText.unitQuestion).setHelpText(formText.unitHelp).setRequired(true);
    this.head = { ...this.head, settings };
    this.store.set(FORM_HEAD_KEY, headText(this.head));
  }

  /** What the unit's section should be: from its tab (read now if not yet), or as recorded when the build vouches for it. */
  private want(unit: FormUnit): WantedSection {
    const want = wantedSection(this.campaign, unit, true);
    if (!want) throw new Error(`No chapters for ${unit.unit.id}`);
    return want;
  }

  private isCurrent(unit: FormUnit, mayRead: boolean): boolean {
    return sectionIsCurrent(this.campaign, this.records.get(unit.unit.id), unit, mayRead);
  }

  /** Where a recorded section starts: after the unit list and the sections added before it. */
  private indexOf(unitId: string): number {
    const record = this.records.get(unitId);
    if (!record) throw new Error(`No section recorded for ${unitId}`);
    let index = this.base();
    for (const other of this.records.values()) if (other.order < record.order) index += other.count;
    return index;
  }

  /**
   * The recorded choices cleared first (one of them goes to this page), then its items deleted
   * last to first (an execution cut off leaves fewer items than recorded: reconciled), then its record.
   */
  private deleteSection(unitId: string): void {
    const record = this.records.get(unitId);
    if (!record) return;
    if (this.head && this.head.choices !== '') {
      this.head = { ...this.head, choices: '' };
      this.store.set(FORM_HEAD_KEY, headText(this.head));
    }
    const index = this.indexOf(unitId);
    for (let i = index + record.count - 1; i >= index; i--) this.form.deleteItem(i);
    this.items.splice(index, record.count);
    this.records.delete(unitId);
    this.created.delete(unitId);
    this.templates.clear();
    this.store.remove(sectionKey(unitId));
  }

  private layOut(formUnit: FormUnit): void {
    const { unit } = formUnit;
    // Laid out from its tab, never from a record: read now if it was taken as recorded until here.
    const section = { unit, chapters: formUnit.chapters() };
    const want = this.want(formUnit);
    const record = this.records.get(unit.id);
    if (record && record.shape === want.shape && record.count === want.count) {
      const index = this.indexOf(unit.id);
      const items = this.items.slice(index, index + record.count);
      if (items.every((item): item is Item => item !== null)) {
        updateSection(items, section, this.campaign.periods.length, this.kit);
        this.record(unit.id, { ...record, content: want.content, name: unit.name });
        return;
      }
    }
    if (record) this.deleteSection(unit.id);
    const template = this.template(want.shape, want.hasChapters);
    const typed = template ? copySection(template, section) : addSection(this.form, this.campaign, section, this.kit);
    const page = typed.page.getId();
    for (let i = 0; i < want.count; i++) this.items.push(null);
    // After every section recorded, and after the one this replaces (deleted above).
    const order = Math.max(record ? record.order + 1 : 0, ...[...this.records.values()].map((r) => r.order + 1));
    this.record(unit.id, { shape: want.shape, content: want.content, page, count: want.count, order, name: unit.name });
    this.created.set(unit.id, typed);
  }

  private record(unitId: string, record: SectionRecord): void {
    this.records.set(unitId, record);
    this.store.set(sectionKey(unitId), sectionText(record));
  }

  /** A section of this shape to copy: one laid out in this execution, else one recorded as written in full. */
  private template(shape: string, hasChapters: boolean): TypedSection | null {
    const cached = this.templates.get(shape);
    if (cached !== undefined) return cached;
    for (const [unitId, typed] of this.created) if (this.records.get(unitId)?.shape === shape) return this.keep(shape, typed);
    for (const [unitId, record] of this.records) {
      if (record.shape !== shape || record.content === '') continue;
      const index = this.indexOf(unitId);
      const items = this.items.slice(index, index + record.count);
      if (items.every((item): item is Item => item !== null)) return this.keep(shape, typedSection(items, hasChapters, this.campaign.periods.length));
    }
    return null;
  }

  private keep(shape: string, typed: TypedSection): TypedSection {
    this.templates.set(shape, typed);
    return typed;
  }

  /**
   * Each unit's choice jumps to its section, the last one to the invitation page, whose own unit
   * list gets the units' names (one call); set again only when a section, a name or the page changed.
   */
  private updateChoices(): ListItem {
    const list = this.unitList();
    const head = this.head;
    if (!head) throw new Error('The form has no unit list');
    const choices = choicesSignature(this.units, this.records);
    if (head.choices === choices) return list;
    const invitation = invitationItems(head) > 0 ? (this.invitation ?? invitationHandles(this.items.slice(1, 3))) : null;
    const sections = this.units.map(({ unit }) => {
      const page = this.created.get(unit.id)?.page ?? this.items[this.indexOf(unit.id)]?.asPageBreakItem();
      if (!page) throw new Error(`No page for ${unit.id}`);
      return { name: unit.name, page };
    });
    setUnitChoices(list, sections, invitation);
    this.head = { ...head, choices };
    this.store.set(FORM_HEAD_KEY, headText(this.head));
    return list;
  }
}
