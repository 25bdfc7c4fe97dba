/** Data validation rules and their builder; list rules are enforced on writes like the platform. */
import { asApi, registerFake } from '../bridge';
import { enumName, enumValue } from '../enums';
import { exception } from '../errors';
import type { World } from '../world';
import { displayValue } from './values';
import { WallDate, type CellValue, type Rect, type SheetModel, type ValidationModel } from './model';
import { FakeRange } from './range';
import { cellName } from './state';

/** A range inside a rule (the criteria of requireValueInRange, the ranges of a conditional rule). */
export class RangeRef {
  constructor(
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}
}

/** Rule values as the script sees them: range references become Ranges. */
export function criteriaValuesOut(world: World, values: readonly unknown[]): unknown[] {
  return values.map((v) => (v instanceof RangeRef ? asApi(new FakeRange(world, v.sheet, v.rect)) : Array.isArray(v) ? [...v] : v));
}

/** Rule values from the script: Ranges become references. */
export function criteriaValuesIn(values: readonly unknown[]): unknown[] {
  return values.map((v) => (v instanceof FakeRange ? new RangeRef(v.sheet, v.rect) : v));
}

type ValidationMethods = 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

export class FakeDataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, ValidationMethods> {
  constructor(
    private readonly world: World,
    readonly model: ValidationModel,
  ) {}
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world, { ...this.model, values: [...this.model.values] }));
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asApi(enumValue('Spreadsheet.DataValidationCriteria', this.model.criteria));
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesOut(this.world, this.model.values);
  }
  getHelpText(): string {
    return this.model.helpText;
  }
}
registerFake(FakeDataValidation, { iface: 'Spreadsheet.DataValidation', service: 'Spreadsheet' });

type BuilderMethods =
  | ValidationMethods | 'build' | 'setAllowInvalid' | 'setHelpText' | 'withCriteria' | 'requireValueInList'
  | 'requireValueInRange' | 'requireCheckbox' | 'requireFormulaSatisfied' | 'requireTextContains'
  | 'requireTextDoesNotContain' | 'requireTextEqualTo' | 'requireTextIsEmail' | 'requireTextIsUrl'
  | 'requireNumberBetween' | 'requireNumberNotBetween' | 'requireNumberEqualTo' | 'requireNumberNotEqualTo'
  | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo' | 'requireDate' | 'requireDateAfter' | 'requireDateBefore'
  | 'requireDateBetween' | 'requireDateNotBetween' | 'requireDateEqualTo' | 'requireDateOnOrAfter' | 'requireDateOnOrBefore';

type B = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class FakeDataValidationBuilder implements Pick<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods> {
  constructor(
    private readonly world: World,
    readonly model: ValidationModel = { criteria: '', values: [], allowInvalid: true, helpText: '' },
  ) {}
  #set(criteria: string, values: unknown[]): B {
    this.model.criteria = criteria;
    this.model.values = criteriaValuesIn(values);
    return asApi(this);
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.model.criteria) throw exception('You must specify a criteria for the data validation rule.');
    return asApi(new FakeDataValidation(this.world, { ...this.model, values: [...this.model.values] }));
  }
  copy(): B {
    return asApi(new FakeDataValidationBuilder(this.world, { ...this.model, values: [...this.model.values] }));
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asApi(enumValue('Spreadsheet.DataValidationCriteria', this.model.criteria || 'CUSTOM_FORMULA'));
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesOut(this.world, this.model.values);
  }
  getHelpText(): string | null {
    return this.model.helpText || null;
  }
  setAllowInvalid(allowInvalidData: boolean): B {
    this.model.allowInvalid = allowInvalidData === true;
    return asApi(this);
  }
  setHelpText(helpText: string): B {
    this.model.helpText = String(helpText);
    return asApi(this);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): B {
    return this.#set(enumName(criteria) ?? '', Array.isArray(args) ? args : []);
  }
  requireValueInList(values: string[], showDropdown?: boolean): B {
    if (!Array.isArray(values) || values.length === 0) throw exception('Invalid argument: values');
    if (values.join(',').length > 10000) throw exception('The list of values is too long.');
    return this.#set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): B {
    if (!(range instanceof FakeRange)) throw exception('Invalid argument: range');
    return this.#set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): B {
    return this.#set('CHECKBOX', checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue]);
  }
  requireFormulaSatisfied(formula: string): B {
    return this.#set('CUSTOM_FORMULA', [String(formula)]);
  }
  requireTextContains(text: string): B {
    return this.#set('TEXT_CONTAINS', [String(text)]);
  }
  requireTextDoesNotContain(text: string): B {
    return this.#set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  requireTextEqualTo(text: string): B {
    return this.#set('TEXT_EQUAL_TO', [String(text)]);
  }
  requireTextIsEmail(): B {
    return this.#set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): B {
    return this.#set('TEXT_IS_VALID_URL', []);
  }
  requireNumberBetween(start: number, end: number): B {
    return this.#set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): B {
    return this.#set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): B {
    return this.#set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberNotEqualTo(number: number): B {
    return this.#set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): B {
    return this.#set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): B {
    return this.#set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): B {
    return this.#set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): B {
    return this.#set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate(): B {
    return this.#set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_BETWEEN', [start, end]);
  }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): B {
    return this.#set('DATE_ON_OR_BEFORE', [date]);
  }
}
registerFake(FakeDataValidationBuilder, { iface: 'Spreadsheet.DataValidationBuilder', service: 'Spreadsheet' });

/** The values a list or range rule accepts, as displayed text. */
function allowedValues(model: ValidationModel): string[] | undefined {
  const source = model.values[0];
  if (model.criteria === 'VALUE_IN_LIST' && Array.isArray(source)) return source.map(String);
  if (model.criteria === 'VALUE_IN_RANGE' && source instanceof RangeRef) {
    const out: string[] = [];
    for (let r = 0; r < source.rect.rows; r++) {
      for (let c = 0; c < source.rect.cols; c++) out.push(displayValue(source.sheet.cell(source.rect.row + r, source.rect.col + c)));
    }
    return out;
  }
  return undefined;
}

/** Throws when writing `value` into a cell with a rejecting rule breaks it (list, range and checkbox rules). */
export function assertValid(model: ValidationModel | undefined, value: CellValue, row: number, col: number): void {
  if (!model || model.allowInvalid || value === '') return;
  let ok = true;
  if (model.criteria === 'CHECKBOX') {
    ok = model.values.length === 0 ? typeof value === 'boolean' : model.values.some((v) => String(v) === String(value));
  } else {
    const allowed = allowedValues(model);
    if (allowed) {
      const text = value instanceof WallDate ? displayValue({ value }) : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
      ok = allowed.includes(text);
    }
  }
  if (!ok) throw exception(`The data you entered in cell ${cellName(row, col)} violates the data validation rules set on this cell.`);
}
