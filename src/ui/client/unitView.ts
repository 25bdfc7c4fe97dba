import type { ChapterView, HistoryEntry, UnitDetail } from '../../app/sidebar/unitDetail';
import type { LetterEntry } from '../../app/sidebar/unitLetters';
import type { UnitVisit } from '../../app/sidebar/unitVisits';
import { periodChip, registrationChip } from './dashboardView';
import { askButton, button, el } from './dom';
import { deadlineText, T } from './text';

export interface UnitViewHandlers {
  back(): void;
  /** The action buttons (see unitActions.ts), built by the page so they can reach the server. */
  actions(detail: UnitDetail): HTMLElement[];
  /** What the view that led here has to say (a paper entry just recorded), shown under the heading. */
  notice?: string;
  /** "Xử lý lại" on a row of the unit's history: what the server answered, in Vietnamese. */
  replay(id: string): Promise<string>;
}

function field(label: string, value: string): HTMLElement {
  return el('div', { class: 'field' }, el('span', { class: 'field-label' }, `${label}: `), value);
}

/** `Email: <message id> (Chi đoàn mới)` → `Email (Chi đoàn mới)`: the id is in the tab for whoever needs it. */
export function sourceKind(source: string): string {
  const colon = source.indexOf(':');
  if (colon < 0) return source;
  const mark = /\s\([^()]*\)$/.exec(source);
  return `${source.slice(0, colon)}${mark ? mark[0] : ''}`;
}

function chapterRow(chapter: ChapterView): HTMLElement {
  const notes = [chapter.members !== null ? T.members(chapter.members) : '', sourceKind(chapter.source), chapter.updated].filter(Boolean).join(' · ');
  return el(
    'tr',
    {},
    el(
      'th',
      { scope: 'row' },
      el('span', { class: 'chapter-name' }, chapter.name),
      chapter.pilot ? el('span', { class: 'badge pilot-badge' }, T.pilotBadge) : null,
      notes ? el('span', { class: 'chapter-notes', title: chapter.source }, notes) : null,
    ),
    ...chapter.ratings.map((rating) => el('td', { class: rating ? 'rated' : 'unrated' }, rating || T.notRated)),
    el('td', { class: 'registration' }, chapter.registration ? (T.registrationBadge[chapter.registration] ?? chapter.registration) : ''),
  );
}

export function chaptersTable(detail: Pick<UnitDetail, 'chapters' | 'periods'>): HTMLElement {
  if (detail.chapters.length === 0) return el('p', { class: 'empty' }, T.noChapters);
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'chapters' },
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col' }, T.chapter), ...detail.periods.map((period) => el('th', { scope: 'col', title: period.label }, period.short)), el('th', { scope: 'col' }, T.registrationShort)),
      ),
      el('tbody', {}, ...detail.chapters.map(chapterRow)),
    ),
  );
}

/** A copy of another submission (`Trùng`) is only a note; everything else can be processed again. */
const REPLAYABLE = (entry: HistoryEntry) => entry.id !== '' && entry.status !== 'Trùng';

function historyItem(entry: HistoryEntry, handlers: UnitViewHandlers): HTMLElement {
  const state = entry.status === 'Đã ghi' ? 'ok' : entry.status === 'Chờ xem xét' || entry.status === 'Trùng' ? 'partial' : 'missing';
  return el(
    'li',
    { class: 'history-item' },
    el('div', {}, el('span', { class: 'history-time' }, entry.time), ` · ${entry.source}${entry.code ? ` ${entry.code}` : ''} · `, el('span', { class: `status-text ${state}` }, entry.status)),
    entry.sender ? el('div', { class: 'secondary' }, `${T.from}: ${entry.sender}`) : null,
    entry.detail ? el('div', { class: 'history-detail' }, entry.detail) : null,
    REPLAYABLE(entry) ? askButton(T.replay, { 'aria-label': T.replayLabel(`${entry.time} · ${entry.source} · ${entry.status}`) }, T.replaying, () => handlers.replay(entry.id)) : null,
  );
}

/** A letter that went is plain; one waiting (`Hoãn`, `Chờ gửi`) or failed (`Lỗi`) says so in colour. */
function letterItem(letter: LetterEntry): HTMLElement {
  const state = letter.status === 'Đã gửi' || letter.status === 'Đang gửi' ? 'ok' : letter.status === 'Lỗi' ? 'missing' : 'partial';
  return el(
    'li',
    { class: 'letter-item' },
    el('div', {}, el('span', { class: 'history-time' }, letter.time), ` · ${letter.kind}${letter.code ? ` ${letter.code}` : ''} · `, el('span', { class: `status-text ${state}` }, letter.status)),
    el('div', { class: 'history-detail' }, letter.subject),
    letter.to ? el('div', { class: 'secondary' }, `${T.letterTo}: ${letter.to}`) : null,
  );
}

/** A visit held and reported reads as done; one awaited as pending; an absence as missing; a cancelled one plain. */
function visitItem(visit: UnitVisit): HTMLElement {
  const state = visit.status === 'Đã báo cáo' || visit.status === 'Đã dự' ? 'ok' : visit.status === 'Đã mời' ? 'partial' : visit.status === 'Không dự' ? 'missing' : '';
  return el(
    'li',
    { class: 'visit-item history-item' },
    el('div', {}, el('span', { class: 'history-time' }, visit.when), ` · ${visit.chapter} · `, el('span', { class: state ? `status-text ${state}` : 'secondary' }, visit.status)),
    el('div', { class: 'secondary' }, `${T.visitCadre}: ${visit.cadre || '—'}`),
    visit.result ? el('div', { class: 'history-detail' }, visit.result) : null,
  );
}

export function unitDetailView(detail: UnitDetail, handlers: UnitViewHandlers): HTMLElement {
  const { unit, cadre } = detail;
  const heading = el('h1', { tabindex: '-1', id: 'unit-heading' }, unit.name);
  const missing = unit.periods.flatMap((period) => (period.missing.length ? [el('li', { class: 'missing-list' }, `${period.short} — ${T.missingChapters(period.missing)}`)] : []));
  const deadline = unit.complete
    ? el('p', { class: 'done' }, `✓ ${T.complete}`)
    : el('p', { class: detail.deadline.daysOverdue > 0 ? 'late' : 'due' }, `${T.incomplete} · ${T.deadline(detail.deadline.date)} · ${deadlineText(detail.deadline)}`);
  return el(
    'section',
    { class: 'unit-detail', 'aria-labelledby': 'unit-heading' },
    button(T.back, { class: 'back' }, handlers.back),
    heading,
    el('div', { class: 'secondary' }, [unit.kindLabel, unit.cluster].filter(Boolean).join(' · ')),
    handlers.notice ? el('p', { class: 'notice', role: 'status' }, handlers.notice) : null,
    el(
      'div',
      { class: 'fields' },
      field(T.secretary, unit.secretary || '—'),
      field(T.cadre, cadre.name ? `${cadre.name}${cadre.email ? ` (${cadre.email})` : ''}` : cadre.id),
      field(T.emails, unit.emails.length ? unit.emails.join(', ') : T.noEmail),
      ...unit.pilots.map((pilot) => field(T.pilotField, T.pilotFieldValue(pilot.chapter, pilot.month, pilot.status))),
    ),
    el('h2', {}, T.statusHeading),
    deadline,
    el('ul', { class: 'chips' }, ...unit.periods.map(periodChip), registrationChip(unit.registration)),
    missing.length ? el('ul', { class: 'plain' }, ...missing) : null,
    el('p', { class: 'secondary' }, unit.lastContact ? T.lastContact(unit.lastContact) : T.neverContacted),
    el('h2', {}, T.actionsHeading),
    el('div', { class: 'actions' }, ...handlers.actions(detail)),
    el('h2', {}, T.chaptersHeading(detail.chapters.length)),
    detail.tabFound ? chaptersTable(detail) : el('p', { class: 'error' }, T.tabMissing(unit.short)),
    el('h2', {}, T.visitsHeading(detail.visits.length)),
    detail.visits.length ? el('ol', { class: 'history visits' }, ...detail.visits.map(visitItem)) : el('p', { class: 'empty' }, T.noVisits),
    el('h2', {}, T.historyHeading),
    detail.history.length
      ? el('ol', { class: 'history' }, ...detail.history.map((entry) => historyItem(entry, handlers)))
      : el('p', { class: 'empty' }, T.noHistory),
    detail.historyTotal > detail.history.length ? el('p', { class: 'secondary' }, T.historyMore(detail.history.length, detail.historyTotal)) : null,
    el('h2', {}, T.lettersHeading),
    detail.letters.length ? el('ol', { class: 'history letters' }, ...detail.letters.map(letterItem)) : el('p', { class: 'empty' }, T.noLetters),
    detail.lettersTotal > detail.letters.length ? el('p', { class: 'secondary' }, T.lettersMore(detail.letters.length, detail.lettersTotal)) : null,
  );
}
