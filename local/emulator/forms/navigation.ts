/**
 * The pages a respondent sees, as Google Forms decides them. Page 1 is the items before the first
 * page break; each page break starts a page. After a page: the last list or multiple-choice item
 * on it whose answered choice navigates decides (a CONTINUE choice means the next page); otherwise
 * the next page break's "go to" applies (its default CONTINUE); after the last page, or on SUBMIT,
 * the form is submitted. RESTART goes back to page 1 — with the same answers the respondent would
 * go round for ever, so it is refused, as is any other loop.
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

/** The navigation the answers on `page` choose, if any. */
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
