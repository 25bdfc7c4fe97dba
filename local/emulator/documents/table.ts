/** Table, TableRow and TableCell: a grid of cells, each a section of paragraphs (and tables). */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception } from '../errors';
import { applyCellAttributes, applyTableAttributes } from './attributes';
import { docSignature, enumArg, numberArg, stringArg, type DocHandle } from './context';
import { ContainerOps, registerTableWrapper } from './container';
import { blocksText, emptyCell, emptyParagraph, tableText, type CellNode, type ContainerNode, type RowNode, type TableNode, type VerticalAlignmentName } from './model';
import { FakeText } from './text';
import { removeChild } from './tree';

type TableMethods =
  | 'getNumRows' | 'getRow' | 'getCell' | 'appendTableRow' | 'removeRow' | 'getText' | 'getType' | 'editAsText' | 'setAttributes'
  | 'getBorderWidth' | 'setBorderWidth' | 'getBorderColor' | 'setBorderColor' | 'getColumnWidth' | 'setColumnWidth' | 'removeFromParent' | 'getNumChildren' | 'asTable';

function childIndex(value: unknown, count: number, owner: string, method: string): number {
  const n = numberArg(value, owner, method, [value]);
  if (!Number.isInteger(n) || n < 0 || n >= count) throw exception(`Child index (${n}) must be less than the number of child elements (${count}).`);
  return n;
}

export class FakeTable implements Pick<GoogleAppsScript.Document.Table, TableMethods> {
  constructor(
    private readonly handle: DocHandle,
    readonly node: TableNode,
    private readonly parent: ContainerNode,
  ) {}
  #live(): TableNode {
    this.handle.open();
    return this.node;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.#live();
    return asApi(enumValue('Document.ElementType', 'TABLE'));
  }
  asTable(): GoogleAppsScript.Document.Table {
    this.#live();
    return asApi(this);
  }
  getNumRows(): number {
    return this.#live().rows.length;
  }
  getNumChildren(): number {
    return this.#live().rows.length;
  }
  getRow(index: number): GoogleAppsScript.Document.TableRow {
    const t = this.#live();
    const row = t.rows[childIndex(index, t.rows.length, 'Table', 'getRow')]!;
    return asApi(new FakeTableRow(this.handle, row, t));
  }
  getCell(row: number, cell: number): GoogleAppsScript.Document.TableCell {
    const t = this.#live();
    const r = t.rows[childIndex(row, t.rows.length, 'Table', 'getCell')]!;
    const c = r.cells[childIndex(cell, r.cells.length, 'Table', 'getCell')]!;
    return asApi(new FakeTableCell(this.handle, c, r, t));
  }
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    const t = this.#live();
    const row: RowNode = { kind: 'row', cells: [], minHeight: null };
    t.rows.push(row);
    return asApi(new FakeTableRow(this.handle, row, t));
  }
  removeRow(index: number): GoogleAppsScript.Document.TableRow {
    const t = this.#live();
    const at = childIndex(index, t.rows.length, 'Table', 'removeRow');
    const [row] = t.rows.splice(at, 1);
    return asApi(new FakeTableRow(this.handle, row!, t));
  }
  getText(): string {
    return tableText(this.#live());
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.#live();
    return asApi(new FakeText(this.handle, () => this.node.rows.flatMap((r) => r.cells.flatMap((c) => c.children.filter((b) => b.kind === 'paragraph')))));
  }
  setAttributes(attributes: Record<string, unknown>): GoogleAppsScript.Document.Table {
    if (typeof attributes !== 'object' || attributes === null) throw docSignature('Table', 'setAttributes', [attributes]);
    applyTableAttributes(this.#live(), attributes);
    return asApi(this);
  }
  getBorderWidth(): number {
    return this.#live().borderWidth;
  }
  /** 0 draws no border, as an administrative letter's header table has none. */
  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    const w = numberArg(width, 'Table', 'setBorderWidth', [width]);
    if (w < 0) throw exception('Invalid argument: width');
    this.#live().borderWidth = w;
    return asApi(this);
  }
  getBorderColor(): string {
    return this.#live().borderColor;
  }
  setBorderColor(color: string): GoogleAppsScript.Document.Table {
    const c = stringArg(color, 'Table', 'setBorderColor', [color]);
    if (!/^#[0-9a-fA-F]{6}$/.test(c)) throw exception('Invalid argument: color');
    this.#live().borderColor = c;
    return asApi(this);
  }
  getColumnWidth(column: number): number {
    const t = this.#live();
    const i = childIndex(column, t.columnWidths.length, 'Table', 'getColumnWidth');
    return t.columnWidths[i] ?? (null as unknown as number);
  }
  setColumnWidth(column: number, width: number): GoogleAppsScript.Document.Table {
    const t = this.#live();
    const i = childIndex(column, t.columnWidths.length, 'Table', 'setColumnWidth');
    const w = numberArg(width, 'Table', 'setColumnWidth', [column, width]);
    if (w <= 0) throw exception('Invalid argument: width');
    t.columnWidths[i] = w;
    return asApi(this);
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.#live();
    removeChild(this.parent, this.node);
    return asApi(this);
  }
}
registerFake(FakeTable, { iface: 'Document.Table', service: 'Document' });
registerTableWrapper((handle, node, parent) => new FakeTable(handle, node, parent));

export class FakeTableRow implements Pick<GoogleAppsScript.Document.TableRow, 'getNumCells' | 'getCell' | 'appendTableCell' | 'getText' | 'getType' | 'setMinimumHeight' | 'getMinimumHeight' | 'editAsText'> {
  constructor(
    private readonly handle: DocHandle,
    readonly node: RowNode,
    private readonly table: TableNode,
  ) {}
  #live(): RowNode {
    this.handle.open();
    return this.node;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.#live();
    return asApi(enumValue('Document.ElementType', 'TABLE_ROW'));
  }
  getNumCells(): number {
    return this.#live().cells.length;
  }
  getCell(index: number): GoogleAppsScript.Document.TableCell {
    const r = this.#live();
    const c = r.cells[childIndex(index, r.cells.length, 'TableRow', 'getCell')]!;
    return asApi(new FakeTableCell(this.handle, c, r, this.table));
  }
  appendTableCell(text?: string | null): GoogleAppsScript.Document.TableCell {
    const r = this.#live();
    if (text !== undefined && text !== null && typeof text !== 'string') throw docSignature('TableRow', 'appendTableCell', [text]);
    const cell = emptyCell(text ?? '');
    r.cells.push(cell);
    while (this.table.columnWidths.length < r.cells.length) this.table.columnWidths.push(null);
    return asApi(new FakeTableCell(this.handle, cell, r, this.table));
  }
  getText(): string {
    return this.#live().cells.map((c) => blocksText(c.children)).join('\t');
  }
  /** The row's text across its cells, as one Text (what a header row is made bold through). */
  editAsText(): GoogleAppsScript.Document.Text {
    this.#live();
    return asApi(new FakeText(this.handle, () => this.node.cells.flatMap((c) => c.children.filter((b) => b.kind === 'paragraph'))));
  }
  getMinimumHeight(): number {
    return this.#live().minHeight ?? (null as unknown as number);
  }
  setMinimumHeight(height: number): GoogleAppsScript.Document.TableRow {
    this.#live().minHeight = numberArg(height, 'TableRow', 'setMinimumHeight', [height]);
    return asApi(this);
  }
}
registerFake(FakeTableRow, { iface: 'Document.TableRow', service: 'Document' });

type CellMethods =
  | 'appendParagraph' | 'appendListItem' | 'appendTable' | 'insertParagraph' | 'getNumChildren' | 'getChild' | 'clear' | 'getText'
  | 'setText' | 'editAsText' | 'setAttributes' | 'getType' | 'getWidth' | 'setWidth' | 'getBackgroundColor' | 'setBackgroundColor'
  | 'getVerticalAlignment' | 'setVerticalAlignment' | 'setPaddingTop' | 'setPaddingBottom' | 'setPaddingLeft' | 'setPaddingRight'
  | 'getParentRow';

const VERTICAL: readonly VerticalAlignmentName[] = ['BOTTOM', 'CENTER', 'TOP'];

export class FakeTableCell implements Pick<GoogleAppsScript.Document.TableCell, CellMethods> {
  readonly #ops: ContainerOps;
  constructor(
    private readonly handle: DocHandle,
    readonly node: CellNode,
    private readonly row: RowNode,
    private readonly table: TableNode,
  ) {
    this.#ops = new ContainerOps(handle, () => node, 'TableCell');
  }
  #live(): CellNode {
    this.handle.open();
    return this.node;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.#live();
    return asApi(enumValue('Document.ElementType', 'TABLE_CELL'));
  }
  appendParagraph(value: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.#ops.appendParagraph(value);
  }
  insertParagraph(index: number, value: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.#ops.insertParagraph(index, value);
  }
  appendListItem(value: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.#ops.appendListItem(value);
  }
  appendTable(value?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this.#ops.appendTable(value);
  }
  getNumChildren(): number {
    return this.#ops.getNumChildren();
  }
  getChild(index: number): GoogleAppsScript.Document.Element {
    return this.#ops.getChild(index);
  }
  clear(): GoogleAppsScript.Document.TableCell {
    this.#ops.clear();
    return asApi(this);
  }
  getText(): string {
    return this.#ops.getText();
  }
  /** The cell becomes one paragraph of `text`, formatted as its first paragraph was. */
  setText(text: string): GoogleAppsScript.Document.TableCell {
    const c = this.#live();
    const value = stringArg(text, 'TableCell', 'setText', [text]);
    const first = c.children.find((b) => b.kind === 'paragraph');
    const p = first ? { ...first, text: value, styles: Array.from({ length: value.length }, () => ({ ...(first.styles[0] ?? {}) })) } : emptyParagraph(value);
    c.children.splice(0, Infinity, p);
    return asApi(this);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.#ops.editAsText();
  }
  setAttributes(attributes: Record<string, unknown>): GoogleAppsScript.Document.TableCell {
    if (typeof attributes !== 'object' || attributes === null) throw docSignature('TableCell', 'setAttributes', [attributes]);
    applyCellAttributes(this.#live(), attributes);
    return asApi(this);
  }
  getWidth(): number {
    return this.#live().width ?? (null as unknown as number);
  }
  setWidth(width: number): GoogleAppsScript.Document.TableCell {
    const w = numberArg(width, 'TableCell', 'setWidth', [width]);
    if (w <= 0) throw exception('Invalid argument: width');
    this.#live().width = w;
    return asApi(this);
  }
  getBackgroundColor(): string {
    return this.#live().background ?? (null as unknown as string);
  }
  setBackgroundColor(color: string): GoogleAppsScript.Document.TableCell {
    const c = stringArg(color, 'TableCell', 'setBackgroundColor', [color]);
    if (!/^#[0-9a-fA-F]{6}$/.test(c)) throw exception('Invalid argument: color');
    this.#live().background = c;
    return asApi(this);
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    const v = this.#live().verticalAlignment;
    return v ? asApi(enumValue('Document.VerticalAlignment', v)) : (null as unknown as GoogleAppsScript.Document.VerticalAlignment);
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GoogleAppsScript.Document.TableCell {
    this.#live().verticalAlignment = enumArg(alignment, 'Document.VerticalAlignment', VERTICAL, 'TableCell', 'setVerticalAlignment');
    return asApi(this);
  }
  #pad(side: 'top' | 'bottom' | 'left' | 'right', method: string, value: unknown): GoogleAppsScript.Document.TableCell {
    this.#live().padding[side] = numberArg(value, 'TableCell', method, [value]);
    return asApi(this);
  }
  setPaddingTop(v: number): GoogleAppsScript.Document.TableCell {
    return this.#pad('top', 'setPaddingTop', v);
  }
  setPaddingBottom(v: number): GoogleAppsScript.Document.TableCell {
    return this.#pad('bottom', 'setPaddingBottom', v);
  }
  setPaddingLeft(v: number): GoogleAppsScript.Document.TableCell {
    return this.#pad('left', 'setPaddingLeft', v);
  }
  setPaddingRight(v: number): GoogleAppsScript.Document.TableCell {
    return this.#pad('right', 'setPaddingRight', v);
  }
  getParentRow(): GoogleAppsScript.Document.TableRow {
    this.#live();
    return asApi(new FakeTableRow(this.handle, this.row, this.table));
  }
}
registerFake(FakeTableCell, { iface: 'Document.TableCell', service: 'Document' });
