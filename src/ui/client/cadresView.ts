import type { CadreBoard, CadreBoardRow, GoodPractice, ProposalItem, ProposalList } from '../../app/visits/followUp';
import { button, el, replaceChildren, uid } from './dom';
import { CT } from './cadresTexts';

export interface CadresViewDeps {
  setStatus: (id: string, status: string, note: string) => Promise<ProposalItem>;
}

function cadreCard(row: CadreBoardRow, since: string): HTMLElement {
  return el(
    'li',
    { class: 'cadre', 'data-cadre': row.name },
    el('h3', {}, row.name),
    el('p', { class: 'secondary' }, CT.units, row.units.length ? row.units.join(', ') : CT.noUnits),
    el('p', {}, CT.ahead(row.ahead.length)),
    row.ahead.length ? el('ul', { class: 'plain' }, ...row.ahead.map((v) => el('li', {}, CT.visitItem(v.chapter, v.unit, v.when)))) : null,
    el('p', {}, CT.month(row.made, row.reported)),
    el('p', { class: row.overdue.length ? 'error' : '' }, CT.overdue(row.overdue.length)),
    row.overdue.length ? el('ul', { class: 'plain overdue' }, ...row.overdue.map((v) => el('li', {}, CT.overdueItem(v.chapter, v.unit, v.when, v.due)))) : null,
    el('p', { class: 'secondary' }, row.notVisited.length ? `${CT.notVisited(since)}${row.notVisited.join(', ')}` : CT.allVisited),
  );
}

function proposalRow(item: ProposalItem, statuses: readonly string[], deps: CadresViewDeps): HTMLElement {
  const selectId = uid('proposal-status');
  const noteId = uid('proposal-note');
  const select = el('select', { id: selectId }, ...statuses.map((s) => el('option', s === item.status ? { value: s, selected: 'selected' } : { value: s }, s)));
  const note = el('input', { id: noteId, type: 'text', maxlength: '500', value: item.note });
  const answer = el('p', { role: 'status' });
  const save = button(CT.save, { class: 'action' }, () => {
    save.disabled = true;
    save.textContent = CT.saving;
    deps.setStatus(item.id, select.value, note.value).then(
      (done) => {
        answer.setAttribute('class', 'notice');
        answer.textContent = CT.saved(done.status);
      },
      (error: Error) => {
        answer.setAttribute('class', 'error');
        answer.textContent = error.message;
      },
    ).finally(() => {
      save.disabled = false;
      save.textContent = CT.save;
    });
  });
  return el(
    'li',
    { class: 'proposal', 'data-visit': item.id },
    el('p', { class: 'secondary' }, CT.proposalOf(item.cadre, item.unit, item.chapter, item.when)),
    el('p', {}, item.difficulties),
    el('label', { for: selectId }, CT.status),
    select,
    el('label', { for: noteId }, CT.note),
    note,
    save,
    answer,
  );
}

/** The Đi cơ sở tab: each cadre's board, the Kiến nghị list (status set here) and the Mô hình hay list. */
export function cadresView(board: CadreBoard, proposals: ProposalList, practices: readonly GoodPractice[], deps: CadresViewDeps): HTMLElement {
  const list = el('ul', { class: 'plain proposal-list' });
  replaceChildren(list, ...proposals.items.map((item) => proposalRow(item, proposals.statuses, deps)));
  return el(
    'div',
    { class: 'visits' },
    el('h2', { id: 'cadres-heading', tabindex: '-1' }, CT.cadresHeading(board.month)),
    el('ul', { class: 'plain cadre-list' }, ...board.cadres.map((row) => cadreCard(row, board.since))),
    el('h2', { id: 'proposals-heading' }, CT.proposalsHeading(proposals.items.length)),
    proposals.items.length ? list : el('p', { class: 'secondary' }, CT.noProposals),
    el('h2', { id: 'practices-heading' }, CT.practicesHeading(practices.length)),
    practices.length
      ? el('ul', { class: 'plain practice-list' }, ...practices.map((p) => el('li', { 'data-visit': p.id }, el('p', { class: 'secondary' }, CT.practiceOf(p.unit, p.cadre, p.chapter)), el('p', {}, p.practice))))
      : el('p', { class: 'secondary' }, CT.noPractices),
  );
}
