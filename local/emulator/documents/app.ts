/**
 * DocumentApp, Document and Body. A Doc is a Drive file of the acting user (drive/model.ts):
 * `create` puts it in their My Drive, `openById` finds only their own (no sharing is modelled),
 * and Drive exports what was last saved (`saveAndClose`, or the end of the execution).
 */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception } from '../errors';
import { addFile, fileRecord, GOOGLE_DOC, PDF, type DriveFileRecord } from '../drive/model';
import type { World } from '../world';
import { applyBodyAttributes } from './attributes';
import { docSignature, numberArg, stringArg, DocHandle } from './context';
import { ContainerOps } from './container';
import { docModel, newDocModel, saveDocument, type BodyNode } from './model';
import { googleDocAs } from './export';
import './table';

type AppMethods = 'create' | 'openById' | 'openByUrl' | 'getActiveDocument';

/** The platform's refusal for an id or URL that names no Doc the user can open. */
const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export class FakeDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, AppMethods> {
  constructor(private readonly world: World) {}

  create(name: string): GoogleAppsScript.Document.Document {
    const title = stringArg(name, 'DocumentApp', 'create', [name]);
    if (title.trim() === '') throw exception('Invalid argument: name');
    const file = addFile(this.world, { name: title, mimeType: GOOGLE_DOC });
    return asApi(new FakeDocument(this.world, new DocHandle(this.world, newDocModel(this.world, file.id))));
  }
  openById(id: string): GoogleAppsScript.Document.Document {
    return asApi(this.#open(stringArg(id, 'DocumentApp', 'openById', [id])));
  }
  openByUrl(url: string): GoogleAppsScript.Document.Document {
    const found = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(stringArg(url, 'DocumentApp', 'openByUrl', [url]));
    if (!found?.[1]) throw exception('Invalid argument: url');
    return asApi(this.#open(found[1]));
  }
  /** The script is bound to the spreadsheet, not to a Doc. */
  getActiveDocument(): GoogleAppsScript.Document.Document {
    return null as unknown as GoogleAppsScript.Document.Document;
  }
  #open(id: string): FakeDocument {
    const file = fileRecord(this.world, id);
    const doc = docModel(this.world, id);
    if (!file || !doc || file.mimeType !== GOOGLE_DOC || file.owner !== this.world.actingUser()) throw exception(MISSING);
    return new FakeDocument(this.world, new DocHandle(this.world, doc));
  }
}
registerFake(FakeDocumentApp, { iface: 'Document.DocumentApp', service: 'Document' });

type DocumentMethods = 'getId' | 'getName' | 'setName' | 'getBody' | 'saveAndClose' | 'getUrl' | 'getAs' | 'getBlob';

export class FakeDocument implements Pick<GoogleAppsScript.Document.Document, DocumentMethods> {
  constructor(
    private readonly world: World,
    private readonly handle: DocHandle,
  ) {}
  /** Its id, name and URL stay readable once closed; its content does not. */
  #file(open = true): DriveFileRecord {
    if (open) this.handle.open();
    const file = fileRecord(this.world, this.handle.doc.id);
    if (!file) throw exception(MISSING);
    return file;
  }
  getId(): string {
    return this.#file(false).id;
  }
  getName(): string {
    return this.#file(false).name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    const file = this.#file();
    const title = stringArg(name, 'Document', 'setName', [name]);
    if (title.trim() === '') throw exception('Invalid argument: name');
    file.name = title;
    return asApi(this);
  }
  getUrl(): string {
    return docUrl(this.#file(false).id);
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.#file();
    return asApi(new FakeBody(this.handle));
  }
  /** Saves what this execution edited; this handle and every element got through it refuse further calls. */
  saveAndClose(): void {
    this.#file();
    saveDocument(this.handle.doc);
    this.handle.closed = true;
  }
  /** As exported from Drive: the saved document, not edits pending in this execution. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const file = this.#file();
    const type = stringArg(contentType, 'Document', 'getAs', [contentType]);
    return asApi(googleDocAs(this.world, file, type));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return asApi(googleDocAs(this.world, this.#file(), PDF));
  }
}
registerFake(FakeDocument, { iface: 'Document.Document', service: 'Document' });

type BodyMethods =
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'insertListItem' | 'appendTable' | 'insertTable' | 'appendPageBreak'
  | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'removeChild' | 'getParagraphs' | 'getListItems' | 'getTables' | 'getText'
  | 'editAsText' | 'clear' | 'setAttributes' | 'getType' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight'
  | 'getMarginTop' | 'getMarginBottom' | 'getMarginLeft' | 'getMarginRight' | 'setPageWidth' | 'setPageHeight' | 'getPageWidth' | 'getPageHeight';

type BodyNumber = 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight' | 'pageWidth' | 'pageHeight';

export class FakeBody implements Pick<GoogleAppsScript.Document.Body, BodyMethods> {
  readonly #ops: ContainerOps;
  constructor(private readonly handle: DocHandle) {
    this.#ops = new ContainerOps(handle, () => handle.doc.live, 'Body');
  }
  #live(): BodyNode {
    return this.handle.open().live;
  }
  #setNumber(field: BodyNumber, method: string, value: unknown): GoogleAppsScript.Document.Body {
    const n = numberArg(value, 'Body', method, [value]);
    if (n < 0) throw exception(`Invalid argument: ${field}`);
    this.#live()[field] = n;
    return asApi(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.#live();
    return asApi(enumValue('Document.ElementType', 'BODY_SECTION'));
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
  insertListItem(index: number, value: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.#ops.insertListItem(index, value);
  }
  appendTable(value?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    return this.#ops.appendTable(value);
  }
  insertTable(index: number, value?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this.#ops.insertTable(index, value);
  }
  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    if (pageBreak !== undefined) throw docSignature('Body', 'appendPageBreak', [pageBreak]);
    return this.#ops.appendPageBreak();
  }
  getNumChildren(): number {
    return this.#ops.getNumChildren();
  }
  getChild(index: number): GoogleAppsScript.Document.Element {
    return this.#ops.getChild(index);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    return this.#ops.getChildIndex(child);
  }
  removeChild(child: GoogleAppsScript.Document.Element): GoogleAppsScript.Document.Body {
    this.#ops.removeChild(child);
    return asApi(this);
  }
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    return this.#ops.getParagraphs();
  }
  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return this.#ops.getListItems();
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    return this.#ops.getTables();
  }
  getText(): string {
    return this.#ops.getText();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.#ops.editAsText();
  }
  clear(): GoogleAppsScript.Document.Body {
    this.#ops.clear();
    return asApi(this);
  }
  setAttributes(attributes: Record<string, unknown>): GoogleAppsScript.Document.Body {
    if (typeof attributes !== 'object' || attributes === null) throw docSignature('Body', 'setAttributes', [attributes]);
    applyBodyAttributes(this.#live(), attributes);
    return asApi(this);
  }
  setMarginTop(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('marginTop', 'setMarginTop', v);
  }
  setMarginBottom(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('marginBottom', 'setMarginBottom', v);
  }
  setMarginLeft(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('marginLeft', 'setMarginLeft', v);
  }
  setMarginRight(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('marginRight', 'setMarginRight', v);
  }
  setPageWidth(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('pageWidth', 'setPageWidth', v);
  }
  setPageHeight(v: number): GoogleAppsScript.Document.Body {
    return this.#setNumber('pageHeight', 'setPageHeight', v);
  }
  getMarginTop(): number {
    return this.#live().marginTop;
  }
  getMarginBottom(): number {
    return this.#live().marginBottom;
  }
  getMarginLeft(): number {
    return this.#live().marginLeft;
  }
  getMarginRight(): number {
    return this.#live().marginRight;
  }
  getPageWidth(): number {
    return this.#live().pageWidth;
  }
  getPageHeight(): number {
    return this.#live().pageHeight;
  }
}
registerFake(FakeBody, { iface: 'Document.Body', service: 'Document' });
