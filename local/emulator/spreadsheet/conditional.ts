/** Conditional format rules (boolean conditions) and their builder. */
import { asApi, registerFake } from '../bridge';
import { enumName, enumValue } from '../enums';
import { exception } from '../errors';
import type { World } from '../world';
import { normalizeColor } from './colors';
import type { ConditionModel } from './model';
import { FakeRange } from './range';
import { criteriaValuesIn, criteriaValuesOut, RangeRef } from './validation';

type ConditionMethods =
  | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic' | 'getStrikethrough' | 'getUnderline'
  | 'getCriteriaType' | 'getCriteriaValues';

export class FakeBooleanCondition implements Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, ConditionMethods> {
  constructor(
    private readonly world: World,
    readonly model: ConditionModel,
  ) {}
  getBackground(): string | null {
    return this.model.background ?? null;
  }
  getFontColor(): string | null {
    return this.model.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.model.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.model.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.model.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.model.underline ?? null;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return asApi(enumValue('Spreadsheet.BooleanCriteria', this.model.criteria));
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesOut(this.world, this.model.values);
  }
}
registerFake(FakeBooleanCondition, { iface: 'Spreadsheet.BooleanCondition', service: 'Spreadsheet' });

interface RuleData {
  ranges: RangeRef[];
  condition?: ConditionModel;
}

function copyData(d: RuleData): RuleData {
  return { ranges: [...d.ranges], condition: d.condition ? { ...d.condition, values: [...d.condition.values] } : undefined };
}

export class FakeConditionalFormatRule
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getRanges' | 'getGradientCondition'>
{
  constructor(
    private readonly world: World,
    readonly data: RuleData,
  ) {}
  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asApi(new FakeConditionalFormatRuleBuilder(this.world, copyData(this.data)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.data.condition ? asApi(new FakeBooleanCondition(this.world, this.data.condition)) : null;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((r) => asApi<GoogleAppsScript.Spreadsheet.Range>(new FakeRange(this.world, r.sheet, r.rect)));
  }
}
registerFake(FakeConditionalFormatRule, { iface: 'Spreadsheet.ConditionalFormatRule', service: 'Spreadsheet' });

type BuilderMethods =
  | 'build' | 'copy' | 'getBooleanCondition' | 'getRanges' | 'setBackground' | 'setFontColor' | 'setBold' | 'setItalic'
  | 'setStrikethrough' | 'setUnderline' | 'setRanges' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenFormulaSatisfied'
  | 'whenTextEqualTo' | 'whenTextContains' | 'whenTextDoesNotContain' | 'whenTextStartsWith' | 'whenTextEndsWith'
  | 'whenNumberEqualTo' | 'whenNumberNotEqualTo' | 'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo' | 'whenNumberBetween' | 'whenNumberNotBetween'
  | 'whenDateAfter' | 'whenDateBefore' | 'whenDateEqualTo' | 'withCriteria';

type B = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class FakeConditionalFormatRuleBuilder
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, BuilderMethods>
{
  constructor(
    private readonly world: World,
    readonly data: RuleData = { ranges: [] },
  ) {}
  #cond(): ConditionModel {
    this.data.condition ??= { criteria: '', values: [] };
    return this.data.condition;
  }
  #when(criteria: string, values: unknown[]): B {
    const c = this.#cond();
    c.criteria = criteria;
    c.values = criteriaValuesIn(values);
    return asApi(this);
  }
  #style(fn: (c: ConditionModel) => void): B {
    fn(this.#cond());
    return asApi(this);
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.data.condition?.criteria) throw exception('Conditional format rule must have a condition.');
    return asApi(new FakeConditionalFormatRule(this.world, copyData(this.data)));
  }
  copy(): B {
    return asApi(new FakeConditionalFormatRuleBuilder(this.world, copyData(this.data)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.data.condition ? asApi(new FakeBooleanCondition(this.world, this.data.condition)) : null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((r) => asApi<GoogleAppsScript.Spreadsheet.Range>(new FakeRange(this.world, r.sheet, r.rect)));
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): B {
    if (!Array.isArray(ranges)) throw exception('Invalid argument: ranges');
    this.data.ranges = ranges.map((r) => {
      if (!(r instanceof FakeRange)) throw exception('Invalid argument: ranges');
      return new RangeRef(r.sheet, r.rect);
    });
    return asApi(this);
  }
  setBackground(color: string | null): B {
    return this.#style((c) => {
      c.background = normalizeColor(color);
    });
  }
  setFontColor(color: string | null): B {
    return this.#style((c) => {
      c.fontColor = normalizeColor(color);
    });
  }
  setBold(bold: boolean | null): B {
    return this.#style((c) => {
      c.bold = bold ?? undefined;
    });
  }
  setItalic(italic: boolean | null): B {
    return this.#style((c) => {
      c.italic = italic ?? undefined;
    });
  }
  setStrikethrough(strikethrough: boolean | null): B {
    return this.#style((c) => {
      c.strikethrough = strikethrough ?? undefined;
    });
  }
  setUnderline(underline: boolean | null): B {
    return this.#style((c) => {
      c.underline = underline ?? undefined;
    });
  }
  whenCellEmpty(): B {
    return this.#when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): B {
    return this.#when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): B {
    return this.#when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenTextEqualTo(text: string): B {
    return this.#when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): B {
    return this.#when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): B {
    return this.#when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextStartsWith(text: string): B {
    return this.#when('TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string): B {
    return this.#when('TEXT_ENDS_WITH', [String(text)]);
  }
  whenNumberEqualTo(number: number): B {
    return this.#when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): B {
    return this.#when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): B {
    return this.#when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): B {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): B {
    return this.#when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): B {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number): B {
    return this.#when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): B {
    return this.#when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenDateAfter(date: unknown): B {
    return this.#when('DATE_AFTER', [date]);
  }
  whenDateBefore(date: unknown): B {
    return this.#when('DATE_BEFORE', [date]);
  }
  whenDateEqualTo(date: unknown): B {
    return this.#when('DATE_EQUAL_TO', [date]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): B {
    return this.#when(enumName(criteria) ?? '', Array.isArray(args) ? args : []);
  }
}
registerFake(FakeConditionalFormatRuleBuilder, { iface: 'Spreadsheet.ConditionalFormatRuleBuilder', service: 'Spreadsheet' });
