/** Spreadsheet: the bound workbook's sheets, name, time zone, editors, named ranges, toasts. */
import { asApi, registerFake } from '../bridge';
import { enumName } from '../enums';
import { exception, notImplemented, requireNumber, signatureError } from '../errors';
import { linkedFormUrl } from '../forms/destination';
import { apiUser, FakeUser } from '../session';
import { UI } from '../ui';
import type { World } from '../world';
import { parseA1, splitSheet } from './a1';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { assertAlive, assertCanEdit, checkRect, workbook } from './state';
import { copyName, copySheet } from './copy';
import type { SheetModel } from './model';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type SpreadsheetMethods =
  | 'getId' | 'getUrl' | 'getName' | 'rename' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet'
  | 'deleteSheet' | 'getActiveSheet' | 'setActiveSheet' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'toast'
  | 'getEditors' | 'addEditor' | 'addEditors' | 'removeEditor' | 'getOwner' | 'getRangeByName' | 'setNamedRange'
  | 'removeNamedRange' | 'moveActiveSheet' | 'getNumSheets' | 'getRange' | 'getProtections' | 'deleteActiveSheet'
  | 'renameActiveSheet' | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'appendRow' | 'getFormUrl';

/** The `{ template }` of insertSheet's options: a sheet of this workbook; other options are not emulated. */
function templateOf(options: object, args: unknown[]): FakeSheet | undefined {
  for (const key of Object.keys(options)) if (key !== 'template') throw notImplemented(`Spreadsheet.insertSheet option ${key}`);
  const template: unknown = (options as { template?: unknown }).template;
  if (template === undefined) return undefined;
  if (!(template instanceof FakeSheet)) throw signatureError('SpreadsheetApp.Spreadsheet', 'insertSheet', args);
  return template;
}

function emailOf(user: unknown): string {
  if (user instanceof FakeUser) return user.email;
  if (typeof user === 'string') return user;
  throw exception('Invalid argument: emailAddress');
}

export class FakeSpreadsheet implements Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods> {
  constructor(private readonly world: World) {}

  #self(): SS {
    return asApi(this);
  }
  #sheet(model: SheetModel): Sheet {
    return asApi(new FakeSheet(this.world, model));
  }
  #active(): SheetModel {
    const book = workbook(this.world);
    return this.world.isInteractive() ? book.active() : (book.sheets[0] ?? book.active());
  }

  getId(): string {
    return workbook(this.world).id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  getName(): string {
    return workbook(this.world).name;
  }
  rename(newName: string): void {
    workbook(this.world).name = String(newName);
  }
  getSheets(): Sheet[] {
    return workbook(this.world).sheets.map((s) => this.#sheet(s));
  }
  getNumSheets(): number {
    return workbook(this.world).sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const s = workbook(this.world).byName(String(name));
    return s ? this.#sheet(s) : null;
  }
  /** The id is an Integer: a string (a cell read as text) is refused, as the platform refuses it. */
  getSheetById(id: number): Sheet | null {
    const wanted = requireNumber(id, 'SpreadsheetApp.Spreadsheet', 'getSheetById', [id]);
    const s = workbook(this.world).sheets.find((x) => x.sheetId === wanted);
    return s ? this.#sheet(s) : null;
  }

  /**
   * insertSheet([name][, index][, options]); the new sheet goes after the active one unless an
   * index is given, and becomes active. `options.template` (a sheet of this spreadsheet) makes it a
   * copy of that sheet (copy.ts), under `name` or Sheets' "Copy of …" name.
   */
  insertSheet(...args: unknown[]): Sheet {
    const book = workbook(this.world);
    let name: string | undefined;
    let index: number | undefined;
    let template: FakeSheet | undefined;
    args.forEach((a, i) => {
      if (typeof a === 'string' && name === undefined && index === undefined && i === 0) name = a;
      else if (typeof a === 'number' && index === undefined && template === undefined) index = a;
      else if (typeof a === 'object' && a !== null && i === args.length - 1) template = templateOf(a, args);
      else throw signatureError('SpreadsheetApp.Spreadsheet', 'insertSheet', args);
    });
    const at = index ?? book.activeIndex + 1;
    let model: SheetModel;
    if (template) {
      assertAlive(template.model);
      model = copySheet(book, template.model, name ?? copyName(book, template.model.name), at);
    } else {
      model = book.addSheet(name, at);
    }
    book.activeIndex = book.sheets.indexOf(model);
    return this.#sheet(model);
  }
  deleteSheet(sheet: Sheet): void {
    if (!(sheet instanceof FakeSheet)) throw signatureError('SpreadsheetApp.Spreadsheet', 'deleteSheet', [sheet]);
    assertCanEdit(this.world, sheet.model);
    workbook(this.world).removeSheet(sheet.model);
  }
  deleteActiveSheet(): Sheet {
    const book = workbook(this.world);
    const active = this.#active();
    assertCanEdit(this.world, active);
    book.removeSheet(active);
    return this.#sheet(book.active());
  }
  getActiveSheet(): Sheet {
    return this.#sheet(this.#active());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof FakeSheet)) throw signatureError('SpreadsheetApp.Spreadsheet', 'setActiveSheet', [sheet]);
    return sheet.activate();
  }
  renameActiveSheet(newName: string): void {
    new FakeSheet(this.world, this.#active()).setName(newName);
  }
  moveActiveSheet(pos: number): void {
    const book = workbook(this.world);
    const active = book.active();
    const to = Math.max(0, Math.min(book.sheets.length - 1, Math.floor(Number(pos)) - 1));
    book.sheets.splice(book.activeIndex, 1);
    book.sheets.splice(to, 0, active);
    book.activeIndex = to;
  }
  getSpreadsheetTimeZone(): string {
    return workbook(this.world).timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    workbook(this.world).timeZone = String(timezone);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.world.state(UI).toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
      at: new Date(this.world.clock.now()),
    });
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    const book = workbook(this.world);
    return [book.owner, ...book.editors].map((e) => apiUser(e));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): SS {
    const book = workbook(this.world);
    const e = emailOf(emailAddress);
    if (e !== book.owner && !book.editors.includes(e)) book.editors.push(e);
    return this.#self();
  }
  addEditors(emailAddresses: string[]): SS {
    for (const e of emailAddresses) this.addEditor(e);
    return this.#self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): SS {
    const book = workbook(this.world);
    const e = emailOf(emailAddress);
    const i = book.editors.indexOf(e);
    if (i >= 0) book.editors.splice(i, 1);
    return this.#self();
  }
  getOwner(): GoogleAppsScript.Base.User {
    return apiUser(workbook(this.world).owner);
  }

  /** `'Sheet'!A1:B2`, or a range of the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, range } = splitSheet(String(a1Notation));
    const model = sheet === undefined ? this.#active() : workbook(this.world).byName(sheet);
    if (!model) throw exception('Range not found');
    const rect = parseA1(range, model.maxRows, model.maxCols);
    checkRect(model, rect);
    return asApi(new FakeRange(this.world, model, rect));
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return new FakeSheet(this.world, this.#active()).getDataRange();
  }
  getLastRow(): number {
    return this.#active().lastRow();
  }
  getLastColumn(): number {
    return this.#active().lastColumn();
  }
  appendRow(rowContents: unknown[]): Sheet {
    return new FakeSheet(this.world, this.#active()).appendRow(rowContents);
  }
  /** The edit URL of the (first) form whose responses go to this spreadsheet, or null. */
  getFormUrl(): string | null {
    return linkedFormUrl(this.world, this.getId());
  }
  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const n = workbook(this.world).namedRanges.get(String(name));
    return n ? asApi(new FakeRange(this.world, n.sheet, n.rect)) : null;
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    if (!(range instanceof FakeRange)) throw signatureError('SpreadsheetApp.Spreadsheet', 'setNamedRange', [name, range]);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(String(name))) throw exception(`Named range name ${String(name)} is invalid.`);
    workbook(this.world).namedRanges.set(String(name), { sheet: range.sheet, rect: { ...range.rect } });
  }
  removeNamedRange(name: string): void {
    workbook(this.world).namedRanges.delete(String(name));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = enumName(type);
    return workbook(this.world).sheets.flatMap((s) =>
      s.protections
        .filter((p) => p.type === t)
        .map((p) => asApi<GoogleAppsScript.Spreadsheet.Protection>(new FakeProtection(this.world, s, p))),
    );
  }
}
registerFake(FakeSpreadsheet, { iface: 'Spreadsheet.Spreadsheet', service: 'Spreadsheet' });
