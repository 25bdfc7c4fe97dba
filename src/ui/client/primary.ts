/**
 * One primary button per view (Google's add-on convention): of the cards a view lists, each with
 * its main button, only the first card still open shows its button as primary (`action`); the
 * others stay secondary until the cards before them are done.
 */
export interface PrimaryGroup {
  /** Adds a card's main button; the function returned says the card is done. */
  add(button: HTMLButtonElement): () => void;
}

export function primaryGroup(): PrimaryGroup {
  const entries: { button: HTMLButtonElement; open: boolean }[] = [];
  const refresh = () => {
    const first = entries.find((entry) => entry.open);
    for (const entry of entries) entry.button.setAttribute('class', entry === first ? 'action' : 'main');
  };
  return {
    add(button) {
      const entry = { button, open: true };
      entries.push(entry);
      refresh();
      return () => {
        entry.open = false;
        refresh();
      };
    },
  };
}
