import type { PaperOutcome } from '../../app/intake/paperIntake';
import type { ChapterView, UnitDetail } from '../../app/sidebar/unitDetail';
import type { PaperChapter, PaperEntry } from '../../domain/paperEntry';
import { paperMessages } from '../../app/messages';
import { isIsoDay } from '../../domain/calendarDays';
import { checkPaperEntry } from '../../domain/paperEntry';
import { viToIso } from '../../workbook/dates';
import { button, el, replaceChildren, uid } from './dom';
import { T } from './text';

/**
 * "Nhập phiếu giấy": the office types a unit's table received on paper. Each chapter of the
 * unit's tab is a group of fields filled with what the tab holds now, so the clerk only changes
 * what the paper says; chapters the paper adds are appended. The server checks it by the form's
 * rules and records it (src/app/intake/paperIntake.ts).
 */

export interface PaperHandlers {
  back(): void;
  submit(entry: PaperEntry): Promise<PaperOutcome>;
  /** The entry was recorded: the page goes back to the unit and shows the message and notes. */
  recorded(message: string, notes: string[]): void;
}

/** A random attempt id: the server records one attempt once, however many times it arrives. */
export function newEntryId(): string {
  const words = crypto.getRandomValues(new Uint32Array(3));
  return Array.from(words, (word) => word.toString(36).padStart(7, '0')).join('');
}

/** A field the clerk must fix before sending, and the control to put the keyboard on. */
interface Flaw {
  problem: string;
  focus: HTMLElement;
}

interface ChapterFields {
  node: HTMLElement;
  /** Its first control, to put the keyboard on. */
  first: HTMLElement;
  /** The chapter as stated, or every problem of its fields. */
  read(): PaperChapter | Flaw[];
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'form-group' }, el('label', { for: control.getAttribute('id') ?? '' }, label), control);
}

function choice(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const select = el('select', { id: uid('paper') }, ...options.map(([optionValue, text]) => el('option', { value: optionValue }, text)));
  select.value = value;
  return select;
}

const MEMBERS = /^\d{1,5}$/;
/** `5/9/2016` → `2016-09-05`; null for anything that is not a real day. */
export function isoDay(text: string): string | null {
  const iso = viToIso(text);
  return iso && isIsoDay(iso) ? iso : null;
}

/** One chapter's fields; `existing` is the tab's row, or null for a chapter the paper adds. */
function chapterFields(detail: UnitDetail, existing: ChapterView | null, remove: (fields: ChapterFields) => void): ChapterFields {
  const { ratings, registrations } = detail.entry;
  const nameInput = existing ? null : el('input', { type: 'text', id: uid('paper'), maxlength: '300', placeholder: T.paperNewNamePlaceholder });
  // A rating the tab holds can be changed but not erased here (erasing is done in the unit's tab).
  const ratingSelects = detail.periods.map((period, i) => {
    const current = existing?.ratings[i] ?? '';
    const options = [...(current ? [] : [['', T.paperNoRating] as const]), ...ratings.map((label) => [label, label] as const)];
    return { period, select: choice(options, current) };
  });
  const registration = choice([['', T.paperNoRegistration], ...registrations.map((label) => [label, label] as const)], existing?.registration ?? '');
  const members = el('input', { type: 'number', id: uid('paper'), min: '0', max: '99999', step: '1', inputmode: 'numeric' });
  members.value = existing?.members === null || existing?.members === undefined ? '' : String(existing.members);

  const fields: ChapterFields = {
    node: el('fieldset', { class: existing ? 'paper-chapter' : 'paper-chapter new' }),
    first: nameInput ?? ratingSelects[0]?.select ?? registration,
    read() {
      const name = existing ? existing.name : (nameInput?.value ?? '').trim();
      const count = members.value.trim();
      const flaws: Flaw[] = [];
      if (!name && nameInput) flaws.push({ problem: T.paperNewNameMissing, focus: nameInput });
      if (count && !MEMBERS.test(count)) flaws.push({ problem: T.paperMembersInvalid(name), focus: members });
      if (flaws.length) return flaws;
      return {
        name,
        isNew: existing === null,
        ratings: Object.fromEntries(ratingSelects.map(({ period, select }) => [period.code, select.value])),
        registration: registration.value,
        members: count ? Number(count) : null,
      };
    },
  };
  const children = [
    el('legend', {}, existing ? existing.name : T.paperNewChapter),
    nameInput ? labelled(T.paperNewName, nameInput) : null,
    el('div', { class: 'paper-ratings' }, ...ratingSelects.map(({ period, select }) => labelled(period.short, select))),
    el('div', { class: 'paper-registration' }, labelled(T.registration, registration), labelled(T.paperMembers, members)),
    existing ? null : button(T.paperRemoveChapter, { class: 'reject' }, () => remove(fields)),
  ];
  for (const child of children) if (child) fields.node.appendChild(child);
  return fields;
}

export function paperEntryView(detail: UnitDetail, handlers: PaperHandlers): HTMLElement {
  const { unit } = detail;
  let entryId = newEntryId();
  // Typed as dd/MM/yyyy like every date the office reads, whatever the browser's language.
  const received = el('input', { type: 'text', id: uid('paper'), inputmode: 'numeric', maxlength: '10', placeholder: T.paperDatePlaceholder, class: 'date' });
  received.value = detail.deadline.today;
  const note = el('input', { type: 'text', id: uid('paper'), maxlength: '500', placeholder: T.paperNotePlaceholder });
  const notifyId = uid('paper');
  const notify = el('input', { type: 'checkbox', id: notifyId });
  notify.checked = unit.emails.length > 0;
  notify.disabled = unit.emails.length === 0;
  const chapters: ChapterFields[] = [];
  const list = el('div', { class: 'paper-chapters' });
  const remove = (fields: ChapterFields) => {
    chapters.splice(chapters.indexOf(fields), 1);
    list.removeChild(fields.node);
    add.focus();
  };
  const append = (existing: ChapterView | null): ChapterFields => {
    const fields = chapterFields(detail, existing, remove);
    chapters.push(fields);
    list.appendChild(fields.node);
    return fields;
  };
  detail.chapters.forEach(append);
  const add = button(T.paperAddChapter, {}, () => append(null).first.focus());

  const problems = el('div', { class: 'paper-problems', role: 'alert', tabindex: '-1' });
  const showProblems = (heading: string, lines: readonly string[]) => {
    replaceChildren(problems, el('p', { class: 'error' }, heading), ...(lines.length ? [el('ul', {}, ...lines.map((line) => el('li', {}, line)))] : []));
    problems.focus();
  };
  const save = button(T.paperSave, { class: 'action' }, () => {
    replaceChildren(problems);
    // Every field is checked before anything is shown, so one round lists all there is to fix.
    const read = chapters.map((fields) => fields.read());
    const stated = read.filter((r): r is PaperChapter => !Array.isArray(r));
    const flaws = read.filter((r): r is Flaw[] => Array.isArray(r)).flat();
    const receivedOn = isoDay(received.value);
    if (!receivedOn) flaws.unshift({ problem: T.paperDateInvalid(received.value.trim()), focus: received });
    const listed = stated.filter((c) => !c.isNew).map((c) => c.name);
    // The server checks these too; here they join the other points instead of waiting for a second round.
    const sameAsServer = checkPaperEntry({ receivedOn: receivedOn ?? detail.entry.today, chapters: stated }, detail.entry.today, listed).map(paperMessages.problem);
    if (!receivedOn || flaws.length || sameAsServer.length) {
      showProblems(T.paperFix, [...flaws.map((f) => f.problem), ...sameAsServer]);
      flaws[0]?.focus.focus();
      return;
    }
    const entry: PaperEntry = { entryId, receivedOn, note: note.value.trim(), chapters: stated, notify: notify.checked };
    const busy = (on: boolean) => {
      save.disabled = on;
      save.textContent = on ? T.paperSaving : T.paperSave;
    };
    busy(true);
    handlers.submit(entry).then(
      (outcome) => {
        entryId = newEntryId();
        busy(false);
        if (outcome.ok) handlers.recorded(outcome.message, outcome.notes);
        else showProblems(T.paperRefused, outcome.problems);
      },
      (error: Error) => {
        // No answer: the entry may or may not have been recorded, so the same id goes again.
        busy(false);
        showProblems(error.message || T.loadFailed, [T.paperRetry]);
      },
    );
  });

  const section = el(
    'section',
    { class: 'paper-entry', 'aria-labelledby': 'paper-heading' },
    button(T.paperBack(unit.name), { class: 'back' }, handlers.back),
    el('h1', { tabindex: '-1', id: 'paper-heading' }, T.paperHeading),
    el('div', { class: 'secondary' }, unit.name),
    el('p', { class: 'secondary' }, T.paperIntro),
    labelled(T.paperReceived, received),
    labelled(T.paperNote, note),
    el('h2', {}, T.chaptersHeading(detail.chapters.length)),
    list,
    add,
    el('div', { class: 'check paper-notify' }, notify, el('label', { for: notifyId }, unit.emails.length ? T.paperNotify(unit.emails) : T.paperNoEmail)),
    problems,
    el('div', { class: 'paper-buttons' }, save, button(T.paperCancel, {}, handlers.back)),
  );
  // Whatever the clerk changes is a new attempt: an earlier one that got no answer must not stand for it.
  section.addEventListener('input', () => (entryId = newEntryId()));
  return section;
}
