import type { UnitDetail } from '../../app/sidebar/unitDetail';
import { button, el, uid } from './dom';
import { INVITATION_T } from './invitationTexts';
import type { ActionContext } from './unitActions';

type Field = 'chapter' | 'date' | 'time' | 'place' | 'agenda';

/**
 * The office types a unit's invitation to its cadre (server: submitInvitation); the server checks
 * every field at once and each message is shown under its field.
 */
export function invitationEntry(detail: UnitDetail, ctx: ActionContext): HTMLElement {
  const inputs = new Map<Field, HTMLInputElement | HTMLSelectElement>();
  const errors = new Map<Field, HTMLElement>();
  const fieldRow = (field: Field, control: HTMLInputElement | HTMLSelectElement): HTMLElement => {
    const id = uid(`inv-${field}`);
    const errorId = `${id}-error`;
    control.setAttribute('id', id);
    control.setAttribute('aria-describedby', errorId);
    inputs.set(field, control);
    const error = el('p', { class: 'field-error', id: errorId });
    errors.set(field, error);
    return el('div', { class: 'field' }, el('label', { for: id }, INVITATION_T[field]), control, error);
  };
  const chapter = el('select', {});
  for (const c of detail.chapters) chapter.appendChild(el('option', { value: c.name }, c.name));
  const cancel = el('input', { type: 'checkbox', id: uid('inv-cancel') });
  const save = button(INVITATION_T.save, { class: 'action' }, () => {
    for (const error of errors.values()) error.textContent = '';
    save.disabled = true;
    save.textContent = INVITATION_T.saving;
    const value = (field: Field) => inputs.get(field)?.value ?? '';
    ctx.server
      .submitInvitation({ unitId: detail.unit.id, chapter: value('chapter'), date: value('date'), time: value('time'), place: value('place'), agenda: value('agenda'), cancel: cancel.checked })
      .then(
        (result) => {
          if (result.ok) return ctx.announce(result.message);
          if ('errors' in result) return ctx.announce(result.errors.join(' '), 'error');
          for (const problem of result.problems) {
            const error = errors.get(problem.field as Field);
            if (error) error.textContent = problem.message;
            else ctx.announce(problem.message, 'error');
          }
          ctx.announce(INVITATION_T.fix, 'error');
        },
        (error: Error) => ctx.announce(error.message, 'error'),
      )
      .finally(() => {
        save.disabled = false;
        save.textContent = INVITATION_T.save;
      });
  });
  const form = (): HTMLElement =>
    el(
      'fieldset',
      { class: 'action-block' },
      el('legend', {}, INVITATION_T.open),
      el('p', { class: 'gray note' }, INVITATION_T.note),
      fieldRow('chapter', chapter),
      fieldRow('date', el('input', { type: 'text', inputmode: 'numeric', placeholder: '15/09/2016' })),
      fieldRow('time', el('input', { type: 'text', inputmode: 'numeric', placeholder: '19:30' })),
      fieldRow('place', el('input', { type: 'text' })),
      fieldRow('agenda', el('input', { type: 'text' })),
      el('div', { class: 'field' }, cancel, el('label', { for: cancel.id }, INVITATION_T.cancel)),
      save,
    );
  // Made on first use: the unit page stays short until the office needs it.
  const block = el('div', { class: 'action-block' });
  const open = button(INVITATION_T.open, { 'aria-expanded': 'false' }, () => {
    open.setAttribute('aria-expanded', 'true');
    open.disabled = true;
    block.appendChild(form());
  });
  block.appendChild(open);
  return block;
}
