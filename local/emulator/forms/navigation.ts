/**
 * The pages a respondent sees, as Google Forms decides them. Page 1 is the items before the first
 * page break; each page break starts a page. After a page: its navigating question (a list or
 * multiple-choice item whose choices go to a page; one at most, see below), when answered, decides (a CONTINUE choice means the next page); otherwise
 * the next page break's "go to" applies (its default CONTINUE); after the last page, or on SUBMIT,
 * the form is submitted. RESTART goes back to page 1 — with the same answers the respondent would
 * go round for ever, so it is refused, as is any other loop.
 *
 * One navigating question a page: the Forms editor lets only one question per section "go to
 * section based on answer" (turning it on for a second one turns it off on the first), and what a
 * script makes of a page with two (setChoices with navigation on both) is not documented. The
 * emulator takes the stricter reading: a form with a page holding more than one list or
 * multiple-choice item whose choices navigate is refused when a respondent submits, whatever the
 * answers, so that no design can rest on which of the two would win.
 */
import { effectiveNav } from './page-break';
import type { Answer, FormModel, ItemModel, Navigation } from './state';

export interface Page {
  /** The page break that starts it (null for page 1). */
  start: ItemModel | null;
  items: ItemModel[];
}

export function pagesOf(form: FormModel): Page[] {
  const pages: Page[] = [{ start: null, items: [] }];
  for (const item of form.items) {
    if (item.type === 'PAGE_BREAK') pages.push({ start: item, items: [] });
    else pages[pages.length - 1]?.items.push(item);
  }
  return pages;
}

export const ONE_NAVIGATING_QUESTION =
  'Google Forms: only one question per section can go to a section based on answer (emulator rule, stricter reading)';

/** Whether the item's choices send the respondent to a page (any of them: they cannot be mixed). */
function navigates(item: ItemModel): boolean {
  return (item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') && item.choices.some((c) => c.nav !== undefined);
}

/** Throws when a page of the form has two or more navigating questions (see the header). */
export function checkOneNavigatingQuestion(form: FormModel): void {
  pagesOf(form).forEach((page, index) => {
    const titles = page.items.filter(navigates).map((item) => `"${item.title}"`);
    if (titles.length > 1) throw new Error(`${ONE_NAVIGATING_QUESTION}: page ${index + 1} has ${titles.join(', ')}`);
  });
}

/** The navigation the answers on `page` choose, if any (one navigating question a page: checkOneNavigatingQuestion). */
function chosenNavigation(form: FormModel, page: Page, answers: ReadonlyMap<number, Answer>): Navigation | undefined {
  let chosen: Navigation | undefined;
  for (const item of page.items) {
    if (item.type !== 'LIST' && item.type !== 'MULTIPLE_CHOICE') continue;
    const answer = answers.get(item.id);
    if (answer?.kind !== 'text') continue;
    const choice = item.choices.find((c) => c.value === answer.value);
    if (choice?.nav) chosen = effectiveNav(form, choice.nav);
  }
  return chosen;
}

/** Page index to go to after `index`, or `'submit'`. */
function nextPage(form: FormModel, pages: Page[], index: number, answers: ReadonlyMap<number, Answer>): number | 'submit' {
  const page = pages[index];
  if (!page) return 'submit';
  const following = pages[index + 1];
  const nav = chosenNavigation(form, page, answers) ?? (following?.start ? effectiveNav(form, following.start.goTo) : { type: 'CONTINUE' });
  switch (nav.type) {
    case 'SUBMIT':
      return 'submit';
    case 'RESTART':
      return 0;
    case 'GO_TO_PAGE':
      return pages.findIndex((p) => p.start?.id === nav.page);
    case 'CONTINUE':
      return index + 1 < pages.length ? index + 1 : 'submit';
  }
}

/** The indexes of the pages visited, in order; throws a host Error on a loop. */
export function visitedPages(form: FormModel, answers: ReadonlyMap<number, Answer>): number[] {
  checkOneNavigatingQuestion(form);
  const pages = pagesOf(form);
  const visited: number[] = [];
  let at: number | 'submit' = 0;
  while (at !== 'submit') {
    if (visited.includes(at)) {
      const path = [...visited, at].map((i) => i + 1).join(' → ');
      throw new Error(`Form submission: the answers lead round in a loop (pages ${path}); the respondent could never submit`);
    }
    visited.push(at);
    at = nextPage(form, pages, at, answers);
  }
  return visited;
}
