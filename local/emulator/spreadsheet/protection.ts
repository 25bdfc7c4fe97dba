/** Protected sheets and ranges; writes by a user who is not an editor of a protection fail. */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception } from '../errors';
import { apiUser, FakeUser } from '../session';
import type { World } from '../world';
import type { ProtectionModel, SheetModel } from './model';
import { FakeRange } from './range';
import { workbook } from './state';

type ProtectionMethods =
  | 'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'addEditor' | 'addEditors'
  | 'removeEditor' | 'removeEditors' | 'getEditors' | 'canEdit' | 'remove' | 'getRange' | 'getProtectionType'
  | 'setDomainEdit' | 'canDomainEdit' | 'setUnprotectedRanges' | 'getUnprotectedRanges' | 'setRange';

type P = GoogleAppsScript.Spreadsheet.Protection;

function emailOf(user: unknown): string {
  if (user instanceof FakeUser) return user.email;
  if (typeof user === 'string') return user;
  throw exception('Invalid argument: emailAddress');
}

export function newProtection(world: World, type: 'RANGE' | 'SHEET', rect?: ProtectionModel['rect']): ProtectionModel {
  const book = workbook(world);
  const model: ProtectionModel = {
    id: book.nextProtectionId++,
    type,
    description: '',
    warningOnly: false,
    editors: new Set([book.owner, ...book.editors]),
    domainEdit: false,
    unprotected: [],
  };
  if (rect) model.rect = rect;
  return model;
}

export class FakeProtection implements Pick<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  constructor(
    private readonly world: World,
    readonly sheet: SheetModel,
    readonly model: ProtectionModel,
  ) {}
  #self(): P {
    return asApi(this);
  }
  setDescription(description: string): P {
    this.model.description = String(description);
    return this.#self();
  }
  getDescription(): string {
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): P {
    this.model.warningOnly = warningOnly === true;
    return this.#self();
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): P {
    this.model.editors.add(emailOf(emailAddress));
    return this.#self();
  }
  addEditors(emailAddresses: string[]): P {
    for (const e of emailAddresses) this.model.editors.add(emailOf(e));
    return this.#self();
  }
  /** The owner always keeps edit rights, as on the platform. */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): P {
    const e = emailOf(emailAddress);
    if (e !== workbook(this.world).owner) this.model.editors.delete(e);
    return this.#self();
  }
  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): P {
    for (const e of emailAddresses) this.removeEditor(e);
    return this.#self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [...this.model.editors].map((e) => apiUser(e));
  }
  canEdit(): boolean {
    const user = this.world.actingUser();
    return user === workbook(this.world).owner || this.model.editors.has(user);
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const rect = this.model.rect ?? { row: 1, col: 1, rows: this.sheet.maxRows, cols: this.sheet.maxCols };
    return asApi(new FakeRange(this.world, this.sheet, rect));
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): P {
    if (!(range instanceof FakeRange) || this.model.type !== 'RANGE') throw exception('Invalid argument: range');
    this.model.rect = range.rect;
    return this.#self();
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asApi(enumValue('Spreadsheet.ProtectionType', this.model.type));
  }
  setDomainEdit(editable: boolean): P {
    this.model.domainEdit = editable === true;
    return this.#self();
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): P {
    if (this.model.type !== 'SHEET') throw exception('Unprotected ranges can only be set on a protected sheet.');
    this.model.unprotected = ranges.map((r) => {
      if (!(r instanceof FakeRange) || r.sheet !== this.sheet) throw exception('Invalid argument: ranges');
      return r.rect;
    });
    return this.#self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.model.unprotected.map((r) => asApi<GoogleAppsScript.Spreadsheet.Range>(new FakeRange(this.world, this.sheet, r)));
  }
}
registerFake(FakeProtection, { iface: 'Spreadsheet.Protection', service: 'Spreadsheet' });
