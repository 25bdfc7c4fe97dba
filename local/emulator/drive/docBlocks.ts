/**
 * What word-extractor's text of a .doc says about its layout: it writes a paragraph mark as a
 * newline and a table's cell marks as tabs (each cell ends with one, each row with one more), so
 * a table is a run of tab-separated cells on one line, each row followed by an empty cell. The
 * first row gives the width; rows that keep it are the table, the rest is text.
 */
export type DocLayoutBlock = { readonly paragraph: string } | { readonly table: string[][] };

/** Bounds: a unit's letter is a few pages. */
const MAX_LINES = 20_000;
const MAX_COLUMNS = 100;

export function docBlocks(text: string): DocLayoutBlock[] {
  const blocks: DocLayoutBlock[] = [];
  for (const line of text.split('\n').slice(0, MAX_LINES)) {
    if (!line.includes('\t')) {
      if (line.trim()) blocks.push({ paragraph: line });
      continue;
    }
    blocks.push(...lineBlocks(line.split('\t')));
  }
  return blocks;
}

function lineBlocks(tokens: readonly string[]): DocLayoutBlock[] {
  const blocks: DocLayoutBlock[] = [];
  let i = 0;
  while (i < tokens.length) {
    const mark = tokens.indexOf('', i);
    const width = mark - i;
    if (mark < 0 || width === 0 || width > MAX_COLUMNS) {
      // No row mark after these cells (or an empty first cell, which cannot be told apart): text.
      const rest = mark < 0 ? tokens.slice(i) : tokens.slice(i, i + 1);
      const paragraph = rest.join('\t');
      if (paragraph.trim()) blocks.push({ paragraph });
      i += mark < 0 ? tokens.length : 1;
      continue;
    }
    const rows = [tokens.slice(i, mark)];
    let next = mark + 1;
    while (next + width < tokens.length && tokens[next + width] === '') {
      rows.push(tokens.slice(next, next + width));
      next += width + 1;
    }
    blocks.push({ table: rows });
    i = next;
  }
  return blocks;
}
