import type { UnitDetail } from '../../app/sidebar/unitDetail';
import { button, el, uid } from './dom';
import type { ServerClient } from './server';
import { T } from './text';
import { invitationEntry } from './invitationEntry';

/** What an action may use: the server, a line under the actions to say how it went, and a reload of the unit. */
export interface ActionContext {
  server: ServerClient;
  announce(text: string, kind?: 'info' | 'error'): void;
  /** Reloads the unit (after an action changed it). */
  reload(): void;
  /** Shows the paper entry for this unit. */
  openPaper(): void;
}

type UnitAction = (detail: UnitDetail, ctx: ActionContext) => HTMLElement;

/**
 * One primary button per view: the reminder while the unit owes something, else (nothing to
 * remind) the paper entry, which is then what the clerk comes to the unit for.
 */
const primaryIf = (primary: boolean): Record<string, string> => (primary ? { class: 'action' } : {});

/** Shows the unit's tab in the spreadsheet, so the clerk can read or correct it there. */
const openTab: UnitAction = (detail, ctx) => {
  const node = button(T.openTab, {}, () => {
    node.disabled = true;
    ctx.server
      .openUnitTab(detail.unit.id)
      .then((result) => ctx.announce(T.tabOpened(result.sheet)), (error: Error) => ctx.announce(error.message || T.loadFailed, 'error'))
      .finally(() => (node.disabled = !detail.tabFound));
  });
  node.disabled = !detail.tabFound;
  return node;
};

async function copyText(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    // The sidebar's iframe may refuse the Clipboard API: select the text and try the old way.
    input.focus();
    input.select();
    return document.execCommand('copy');
  }
}

/** The unit's pre-filled form link (kept by the Form feature in the `Biểu mẫu` column of `Đơn vị`). */
const formLink: UnitAction = (detail, ctx) => {
  const url = detail.unit.formUrl;
  if (!url) {
    const noteId = uid('no-form');
    return el(
      'div',
      { class: 'action-block' },
      el('button', { type: 'button', disabled: '', 'aria-describedby': noteId }, T.copyFormLink),
      el('p', { class: 'gray note', id: noteId }, T.noFormLink),
    );
  }
  const inputId = uid('form-link');
  const input = el('input', { type: 'text', id: inputId, readonly: '', class: 'link-box' });
  input.value = url;
  return el(
    'div',
    { class: 'action-block' },
    button(T.copyFormLink, {}, () => {
      copyText(input).then((ok) => ctx.announce(ok ? T.copied : T.copyManually), () => ctx.announce(T.copyManually));
    }),
    el('label', { for: inputId, class: 'gray note' }, T.formLinkLabel),
    input,
  );
};

/**
 * Sends the unit its reminder (or overdue notice after the deadline) now, logged in `Nhật ký gửi`
 * like the scheduled ones; the server refuses a second one the same day and says why.
 */
const remindNow: UnitAction = (detail, ctx) => {
  const noteId = uid('remind');
  const node = button(T.sendReminder, { ...primaryIf(!detail.unit.complete), 'aria-describedby': noteId }, () => {
    node.disabled = true;
    node.textContent = T.sending;
    ctx.server
      .sendReminderNow(detail.unit.id)
      .then(
        (result) => (result.ok ? ctx.announce(result.message) : ctx.announce(result.error, 'error')),
        (error: Error) => ctx.announce(error.message || T.loadFailed, 'error'),
      )
      .finally(() => {
        node.textContent = T.sendReminder;
        node.disabled = false;
      });
  });
  node.disabled = detail.unit.complete;
  return el('div', { class: 'action-block' }, node, el('p', { class: 'gray note', id: noteId }, detail.unit.complete ? T.reminderNotNeeded : ''));
};

/** A table received on paper (or by phone), typed in and checked like the form (paperView.ts). */
const paperEntry: UnitAction = (detail, ctx) => {
  const noteId = uid('paper-note');
  const node = button(T.paperEntry, { ...primaryIf(detail.unit.complete), 'aria-describedby': noteId }, () => ctx.openPaper());
  node.disabled = !detail.tabFound;
  return el('div', { class: 'action-block' }, node, el('p', { class: 'gray note', id: noteId }, T.paperEntryNote));
};

/** The unit detail's actions, in order. */
export const UNIT_ACTIONS: readonly UnitAction[] = [remindNow, paperEntry, openTab, formLink, invitationEntry];

/**
 * The action buttons, each in its row; the line saying how an action went (read out by screen
 * readers) moves under the button that was used, so the answer is next to the click.
 */
export function unitActions(detail: UnitDetail, ctx: Omit<ActionContext, 'announce'>): HTMLElement[] {
  const result = el('p', { class: 'result', role: 'status' });
  return UNIT_ACTIONS.map((action) => {
    const row = el('div', { class: 'action-row' });
    const announce = (text: string, kind: 'info' | 'error' = 'info') => {
      result.textContent = text;
      result.setAttribute('class', `result ${kind === 'error' ? 'error' : 'ok'}`);
      row.appendChild(result);
    };
    row.appendChild(action(detail, { ...ctx, announce }));
    return row;
  });
}
