/**
 * What Body and TableCell share: adding, finding and removing their paragraphs, list items and
 * tables. Elements handed in (`appendParagraph(paragraph)`) are copied, as the platform requires
 * a detached element and inserts a copy.
 */
import { asApi, unwrap } from '../bridge';
import { exception } from '../errors';
import { applyBlockAttributes } from './attributes';
import { docSignature, indexArg, type DocHandle } from './context';
import { allParagraphs, allTables, blocksText, emptyParagraph, tableOf, type BlockNode, type ContainerNode, type ParagraphNode, type TableNode } from './model';
import { FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import { FakeText } from './text';
import { removeChild } from './tree';

type TableWrapper = (handle: DocHandle, node: TableNode, parent: ContainerNode) => object;
let wrapTable: TableWrapper | undefined;

/** Set by table.ts (which needs this module for its cells). */
export function registerTableWrapper(wrapper: TableWrapper): void {
  wrapTable = wrapper;
}

export function wrapBlock(handle: DocHandle, node: BlockNode, parent: ContainerNode): object {
  if (node.kind === 'table') {
    if (!wrapTable) throw new Error('Emulator: documents/table.ts not loaded');
    return wrapTable(handle, node, parent);
  }
  return node.list ? new FakeListItem(handle, node, parent) : new FakeParagraph(handle, node, parent);
}

let listCounter = 0;

function isStringGrid(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'));
}

/**
 * The node a handed-in element stands for, copied; or a new one from text. A list item added
 * right after another joins its list (same id, glyph and level), as typing on in Docs does.
 */
function paragraphFrom(owner: string, method: string, value: unknown, list: boolean, before?: BlockNode): ParagraphNode {
  if (typeof value === 'string') {
    const p = emptyParagraph(value);
    if (list) {
      const previous = before?.kind === 'paragraph' ? before.list : null;
      p.list = previous ? { ...previous } : { glyph: 'BULLET', nesting: 0, listId: `kix.list${++listCounter}` };
    }
    return p;
  }
  const fake = unwrap(value);
  const wanted = list ? FakeListItem : FakeParagraph;
  if (fake instanceof wanted) return structuredClone(fake.node);
  throw docSignature(owner, method, [value]);
}

export class ContainerOps {
  constructor(
    private readonly handle: DocHandle,
    private readonly node: () => ContainerNode,
    private readonly owner: 'Body' | 'TableCell',
  ) {}

  #live(): ContainerNode {
    this.handle.open();
    return this.node();
  }

  #insert<T>(at: number | null, block: BlockNode): T {
    const c = this.#live();
    c.children.splice(at ?? c.children.length, 0, block);
    return asApi<T>(wrapBlock(this.handle, block, c));
  }

  #index(method: string, index: unknown, args: readonly unknown[]): number {
    return indexArg(index, this.#live().children.length, this.owner, method, args);
  }

  appendParagraph(value: unknown): GoogleAppsScript.Document.Paragraph {
    return this.#insert(null, paragraphFrom(this.owner, 'appendParagraph', value, false));
  }
  insertParagraph(index: unknown, value: unknown): GoogleAppsScript.Document.Paragraph {
    return this.#insert(this.#index('insertParagraph', index, [index, value]), paragraphFrom(this.owner, 'insertParagraph', value, false));
  }
  appendListItem(value: unknown): GoogleAppsScript.Document.ListItem {
    const children = this.#live().children;
    return this.#insert(null, paragraphFrom(this.owner, 'appendListItem', value, true, children[children.length - 1]));
  }
  insertListItem(index: unknown, value: unknown): GoogleAppsScript.Document.ListItem {
    const at = this.#index('insertListItem', index, [index, value]);
    return this.#insert(at, paragraphFrom(this.owner, 'insertListItem', value, true, this.#live().children[at - 1]));
  }
  #tableFrom(method: string, value: unknown): TableNode {
    if (value === undefined || value === null) return tableOf([]);
    if (isStringGrid(value)) return tableOf(value);
    const fake = unwrap(value) as { node?: unknown };
    if (typeof fake === 'object' && fake !== null && (fake.node as TableNode | undefined)?.kind === 'table') return structuredClone(fake.node as TableNode);
    throw docSignature(this.owner, method, [value]);
  }
  appendTable(value?: unknown): GoogleAppsScript.Document.Table {
    return this.#insert(null, this.#tableFrom('appendTable', value));
  }
  insertTable(index: unknown, value?: unknown): GoogleAppsScript.Document.Table {
    return this.#insert(this.#index('insertTable', index, [index, value]), this.#tableFrom('insertTable', value));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const c = this.#live();
    const p = emptyParagraph();
    p.pageBreak = true;
    c.children.push(p);
    return asApi(new FakePageBreak(this.handle, p, c));
  }
  getNumChildren(): number {
    return this.#live().children.length;
  }
  getChild(index: unknown): GoogleAppsScript.Document.Element {
    const c = this.#live();
    const n = indexArg(index, c.children.length, this.owner, 'getChild', [index]);
    const child = c.children[n];
    if (!child) throw exception(`Child index (${n}) must be less than the number of child elements (${c.children.length}).`);
    return asApi(wrapBlock(this.handle, child, c));
  }
  getChildIndex(child: unknown): number {
    const c = this.#live();
    const node = (unwrap(child) as { node?: BlockNode }).node;
    const at = node ? c.children.indexOf(node) : -1;
    if (at < 0) throw exception('Element does not contain the specified child element.');
    return at;
  }
  removeChild(child: unknown): void {
    const c = this.#live();
    const node = (unwrap(child) as { node?: BlockNode }).node;
    if (!node) throw docSignature(this.owner, 'removeChild', [child]);
    removeChild(c, node);
  }
  /** Every paragraph, those in tables included, as the platform lists them. */
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    const c = this.#live();
    return allParagraphs(c.children).map((p) => asApi<GoogleAppsScript.Document.Paragraph>(
      p.list ? new FakeListItem(this.handle, p, containerOf(c, p)) : new FakeParagraph(this.handle, p, containerOf(c, p)),
    ));
  }
  getListItems(): GoogleAppsScript.Document.ListItem[] {
    const c = this.#live();
    return allParagraphs(c.children).filter((p) => p.list).map((p) => asApi<GoogleAppsScript.Document.ListItem>(new FakeListItem(this.handle, p, containerOf(c, p))));
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    const c = this.#live();
    return allTables(c.children).map((t) => asApi<GoogleAppsScript.Document.Table>(wrapBlock(this.handle, t, containerOf(c, t))));
  }
  getText(): string {
    return blocksText(this.#live().children);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.#live();
    return asApi(new FakeText(this.handle, () => allParagraphs(this.node().children)));
  }
  /** Empties the section to one empty paragraph (a section is never without one). */
  clear(): void {
    this.#live().children.splice(0, Infinity, emptyParagraph());
  }
  setAttributes(attributes: unknown): void {
    if (typeof attributes !== 'object' || attributes === null) throw docSignature(this.owner, 'setAttributes', [attributes]);
    applyBlockAttributes(this.#live().children, attributes as Record<string, unknown>);
  }
}

/** The container directly holding `target` somewhere under `root`. */
function containerOf(root: ContainerNode, target: BlockNode): ContainerNode {
  if (root.children.includes(target)) return root;
  for (const b of root.children) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) for (const cell of r.cells) {
      const found = containerOfOrNull(cell, target);
      if (found) return found;
    }
  }
  return root;
}

function containerOfOrNull(root: ContainerNode, target: BlockNode): ContainerNode | null {
  const found = containerOf(root, target);
  return found.children.includes(target) ? found : null;
}
