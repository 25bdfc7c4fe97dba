import type { Dashboard, DashboardUnit } from '../../app/sidebar/dashboard';
import type { ReviewQueue } from '../../app/sidebar/reviewQueue';
import type { PendingChapterView } from '../../app/sidebar/pendingChaptersView';
import { dashboardView } from './dashboardView';
import { button, el, replaceChildren } from './dom';
import { NO_FILTER, type UnitFilter } from './filters';
import { pendingChaptersView, reviewQueueView } from './reviewView';
import { primaryGroup } from './primary';
import { server } from './server';
import { T } from './text';
import { unitActions } from './unitActions';
import { unitDetailView } from './unitView';
import { paperEntryView } from './paperView';
import { remindAllView } from './remindAllView';
import { reportView } from './reportView';
import { cadresView } from './cadresView';
import { CT } from './cadresTexts';
import { earlierImportView } from './earlierImportView';
import type { UnitDetail } from '../../app/sidebar/unitDetail';

/** The sidebar page: three views (dashboard, unit detail, review queue) over the server's read models. */

type View = { name: 'dashboard' } | { name: 'unit'; unitId: string; unitName: string } | { name: 'paper'; unitId: string; unitName: string } | { name: 'review' } | { name: 'visits' };

const app = document.getElementById('app') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
const updated = document.getElementById('updated') as HTMLElement;
const reload = document.getElementById('reload') as HTMLButtonElement;

let view: View = { name: 'dashboard' };
let filter: UnitFilter = { ...NO_FILTER };
let dashboard: Dashboard | null = null;
let reviewCount: number | null = null;
/** Each request takes a ticket; an answer to an older ticket arrives too late and is dropped. */
let ticket = 0;

/** Changes view; the reload button is off on the paper entry, so a click cannot throw away what the clerk typed. */
function enter(next: View): void {
  view = next;
  reload.disabled = next.name === 'paper';
}

/** Where the page is now, for screen readers only (the view itself shows it). */
function say(text: string): void {
  live.textContent = text;
}

/** When the server read what the view shows, by the server's clock (the browser's may differ, and the preview's is simulated). */
function stamp(readAt: string): void {
  updated.textContent = T.updatedAt(readAt);
}

const tabs = {
  dashboard: button(T.navDashboard, { class: 'tab' }, () => showDashboard(false)),
  review: button(T.navReview, { class: 'tab' }, () => showReview()),
  visits: button(CT.nav, { class: 'tab' }, () => showVisits()),
};
replaceChildren(nav, tabs.dashboard, tabs.review, tabs.visits);

/** Updates the tabs in place (replacing them would take the keyboard focus away). */
function renderNav(): void {
  const current = view.name === 'review' ? tabs.review : view.name === 'visits' ? tabs.visits : tabs.dashboard;
  for (const tab of [tabs.dashboard, tabs.review, tabs.visits]) {
    if (tab === current) {
      tab.setAttribute('aria-current', 'page');
      tab.setAttribute('class', 'tab current');
    } else {
      tab.removeAttribute('aria-current');
      tab.setAttribute('class', 'tab');
    }
  }
  tabs.review.textContent = reviewCount === null ? T.navReview : `${T.navReview} (${reviewCount})`;
}

function loading(text: string): number {
  ticket += 1;
  replaceChildren(app, el('p', { class: 'loading' }, text));
  say(text);
  renderNav();
  return ticket;
}

function failed(mine: number, error: Error, retry: () => void): void {
  if (mine !== ticket) return;
  const message = error.message || T.loadFailed;
  replaceChildren(app, el('div', { class: 'error-box', role: 'alert' }, el('p', { class: 'error' }, message), button(T.retry, { class: 'action' }, retry)));
}

function focus(node: HTMLElement | null): void {
  if (node) node.focus();
}

function renderDashboard(data: Dashboard, focusUnit: string | null): void {
  replaceChildren(
    app,
    dashboardView(data, filter, {
      openUnit: (unit: DashboardUnit) => showUnit(unit.id, unit.name),
      filterChanged: (next) => (filter = next),
      replay: (id) => replayed(id),
      remindAll: (d) => remindAllView(d, () => server.remindAllLate()),
      report: () => reportView((replace) => server.makeReport(replace), (confirmed) => server.sendReport(confirmed)),
    }),
  );
  app.appendChild(earlierImportView((name, base64) => server.importEarlierWorkbook(name, base64)));
  say(T.progress(data.complete, data.total));
  stamp(data.deadline.now);
  if (focusUnit) focus(app.querySelector<HTMLElement>(`li[data-unit="${CSS.escape(focusUnit)}"] button`));
}

/** Processes a logged submission again; the next dashboard is read afresh (counts and statuses moved). */
function replayed(id: string): Promise<string> {
  return server.replaySubmission(id).then((outcome) => {
    dashboard = null;
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.message;
  });
}

function showDashboard(fresh: boolean, focusUnit: string | null = null): void {
  enter({ name: 'dashboard' });
  if (dashboard && !fresh) {
    renderNav();
    renderDashboard(dashboard, focusUnit);
    return;
  }
  const mine = loading(T.loading);
  server.getDashboard().then(
    (data) => {
      if (mine !== ticket) return;
      dashboard = data;
      renderDashboard(data, focusUnit);
    },
    (error: Error) => failed(mine, error, () => showDashboard(true)),
  );
}

function showUnit(unitId: string, unitName: string, notice = ''): void {
  enter({ name: 'unit', unitId, unitName });
  const mine = loading(T.loadingUnit(unitName));
  server.getUnitDetail(unitId).then(
    (detail) => {
      if (mine !== ticket) return;
      replaceChildren(
        app,
        unitDetailView(detail, {
          back: () => showDashboard(false, unitId),
          actions: (d) => unitActions(d, { server, reload: () => showUnit(unitId, unitName), openPaper: () => showPaper(d) }),
          notice,
          replay: (id) => replayed(id),
        }),
      );
      say(notice || detail.unit.name);
      stamp(detail.deadline.now);
      focus(document.getElementById('unit-heading'));
    },
    (error: Error) => failed(mine, error, () => showUnit(unitId, unitName)),
  );
}

/** The paper entry works on the unit detail already loaded (no server call to open it). */
function showPaper(detail: UnitDetail): void {
  const { id, name } = detail.unit;
  enter({ name: 'paper', unitId: id, unitName: name });
  ticket += 1;
  replaceChildren(
    app,
    paperEntryView(detail, {
      back: () => showUnit(id, name),
      submit: (entry) => server.submitPaperEntry(id, entry),
      recorded: (message, notes) => {
        dashboard = null;
        showUnit(id, name, [message, ...notes].join('\n'));
      },
    }),
  );
  say(T.paperHeading);
  focus(document.getElementById('paper-heading'));
}

function renderReview(queue: ReviewQueue, chapters: PendingChapterView[]): void {
  // The queue and the chapters are one view: one primary button across both.
  const primary = primaryGroup();
  replaceChildren(
    app,
    reviewQueueView(queue, {
      assign: (messageId, unitId, remember) => server.assignReview(messageId, unitId, remember),
      reject: (messageId, reason) => server.rejectReview(messageId, reason),
      previewRejection: (messageId, reason) => server.previewRejection(messageId, reason),
      applyVisitReport: (messageId) => server.applyVisitReview(messageId),
      resolved: () => {
        reviewCount = Math.max(0, (reviewCount ?? 1) - 1);
        dashboard = null;
        renderNav();
      },
    }, primary),
    pendingChaptersView(chapters, {
      decide: (item, decision) => {
        dashboard = null;
        return server.decideChapter(item.unitId, item.id, decision);
      },
    }, primary),
  );
  say(T.reviewHeading(queue.items.length));
  stamp(queue.readAt);
}

function showReview(): void {
  enter({ name: 'review' });
  const mine = loading(T.loading);
  Promise.all([server.getReviewQueue(), server.getPendingChapters()]).then(
    ([queue, chapters]) => {
      if (mine !== ticket) return;
      reviewCount = queue.items.length;
      renderNav();
      renderReview(queue, chapters);
      focus(document.getElementById('review-heading'));
    },
    (error: Error) => failed(mine, error, showReview),
  );
}

/** The Đi cơ sở tab (cadresView.ts): three reads, one view. */
function showVisits(): void {
  enter({ name: 'visits' });
  const mine = loading(CT.loading);
  Promise.all([server.getCadreBoard(), server.getProposals(), server.getGoodPractices()]).then(
    ([board, proposals, practices]) => {
      if (mine !== ticket) return;
      replaceChildren(app, cadresView(board, proposals, practices, { setStatus: (id, status, note) => server.setProposalStatus(id, status, note) }));
      say(CT.cadresHeading(board.month));
      stamp(board.readAt);
      focus(document.getElementById('cadres-heading'));
    },
    (error: Error) => failed(mine, error, showVisits),
  );
}

/** The counter on the review tab, fetched beside the dashboard (it costs the dashboard nothing). */
function countReview(): void {
  server.getReviewQueue().then(
    (queue) => {
      reviewCount = queue.items.length;
      renderNav();
    },
    () => undefined,
  );
}

reload.addEventListener('click', () => {
  if (view.name === 'unit') showUnit(view.unitId, view.unitName);
  else if (view.name === 'review') showReview();
  else if (view.name === 'visits') showVisits();
  else {
    showDashboard(true);
    countReview();
  }
});

showDashboard(true);
countReview();
