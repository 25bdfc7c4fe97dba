/**
 * Choice questions: ListItem (drop-down), MultipleChoiceItem (radio) and CheckboxItem, and the
 * Choice values they hold. A list or radio choice may send the respondent to a page
 * (createChoice(value, pageBreakItem | navigationType)); such choices cannot be mixed with plain
 * ones in one item.
 */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import type { World } from '../world';
import { answerProblem, INVALID_RESPONSE } from './answers';
import { formsSignatureText, QuestionBase } from './item-base';
import { FakeItemResponse } from './item-response';
import { effectiveNav, FakePageBreakItem, navigationOf, navTypeEnum } from './page-break';
import { liveForm, type Answer, type ChoiceModel, type Navigation } from './state';

type Choice = GoogleAppsScript.Forms.Choice;

/** Text chosen here after the ListItem documentation; the platform's wording is not confirmed. */
export const MIXED_NAVIGATION = 'Choices that use page navigation cannot be combined with choices that do not use page navigation.';

export class FakeChoice implements Pick<Choice, 'getValue' | 'getGotoPage' | 'getPageNavigationType' | 'isCorrectAnswer'> {
  constructor(
    private readonly world: World,
    readonly formId: string,
    readonly model: ChoiceModel,
  ) {}

  getValue(): string {
    return this.model.value;
  }
  getGotoPage(): GoogleAppsScript.Forms.PageBreakItem {
    const nav = this.#nav();
    const page = nav?.type === 'GO_TO_PAGE' && nav.page !== undefined ? new FakePageBreakItem(this.world, this.formId, nav.page) : null;
    return (page ? asApi(page) : null) as GoogleAppsScript.Forms.PageBreakItem;
  }
  /** null for a choice without navigation (not confirmed on the platform). */
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    const nav = this.#nav();
    return (nav ? navTypeEnum(nav) : null) as GoogleAppsScript.Forms.PageNavigationType;
  }
  isCorrectAnswer(): boolean {
    return this.model.isCorrect;
  }
  /** A choice not yet set on an item still names its form; a deleted target page reads as CONTINUE. */
  #nav(): Navigation | undefined {
    return this.model.nav && effectiveNav(liveForm(this.world, this.formId), this.model.nav);
  }
}
registerFake(FakeChoice, { iface: 'Forms.Choice', service: 'Form' });

abstract class ChoiceQuestion<Self> extends QuestionBase<Self> {
  protected abstract readonly owner: string;
  /** Whether choices may navigate (not on checkboxes). */
  protected abstract readonly navigable: boolean;

  createChoice(value: string, second?: unknown): Choice {
    const text = String(value);
    const model: ChoiceModel = { value: text, isCorrect: false };
    if (typeof second === 'boolean') model.isCorrect = second;
    else if (second !== undefined) {
      const nav = this.navigable ? navigationOf(second, this.formId) : undefined;
      if (!nav) throw exception(formsSignatureText(this.owner, 'createChoice', [value, second]));
      model.nav = nav;
    }
    return asApi(new FakeChoice(this.world, this.formId, model));
  }
  getChoices(): Choice[] {
    return this.item().choices.map((c) => asApi<Choice>(new FakeChoice(this.world, this.formId, { ...c })));
  }
  setChoices(choices: Choice[]): Self {
    if (!Array.isArray(choices)) throw exception(formsSignatureText(this.owner, 'setChoices', [choices]));
    const models = choices.map((c) => {
      if (!(c instanceof FakeChoice)) throw exception(formsSignatureText(this.owner, 'setChoices', [choices]));
      return { ...c.model };
    });
    const withNav = models.filter((m) => m.nav).length;
    if (withNav > 0 && withNav < models.length) throw exception(MIXED_NAVIGATION);
    this.item().choices = models;
    return this.self();
  }
  setChoiceValues(values: string[]): Self {
    if (!Array.isArray(values)) throw exception(formsSignatureText(this.owner, 'setChoiceValues', [values]));
    this.item().choices = values.map((v) => ({ value: String(v), isCorrect: false }));
    return this.self();
  }
  protected respond(answer: Answer): GoogleAppsScript.Forms.ItemResponse {
    if (answerProblem(this.item(), answer)) throw exception(INVALID_RESPONSE);
    return asApi(new FakeItemResponse(this.world, this.formId, this.itemId, answer));
  }
}

type Common = 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'isRequired' | 'setRequired' | 'duplicate';
type ChoiceMethods = Common | 'createChoice' | 'getChoices' | 'setChoices' | 'setChoiceValues' | 'createResponse';

type LI = GoogleAppsScript.Forms.ListItem;

export class FakeListItem extends ChoiceQuestion<LI> implements Pick<LI, ChoiceMethods> {
  protected readonly owner = 'ListItem';
  protected readonly navigable = true;
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this.respond({ kind: 'text', value: String(response) });
  }
}
registerFake(FakeListItem, { iface: 'Forms.ListItem', service: 'Form' });

type MC = GoogleAppsScript.Forms.MultipleChoiceItem;

export class FakeMultipleChoiceItem extends ChoiceQuestion<MC> implements Pick<MC, ChoiceMethods | 'hasOtherOption' | 'showOtherOption'> {
  protected readonly owner = 'MultipleChoiceItem';
  protected readonly navigable = true;
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return this.respond({ kind: 'text', value: String(response) });
  }
  hasOtherOption(): boolean {
    return this.item().otherOption;
  }
  showOtherOption(enabled: boolean): MC {
    this.item().otherOption = Boolean(enabled);
    return this.self();
  }
}
registerFake(FakeMultipleChoiceItem, { iface: 'Forms.MultipleChoiceItem', service: 'Form' });

type CB = GoogleAppsScript.Forms.CheckboxItem;

export class FakeCheckboxItem extends ChoiceQuestion<CB> implements Pick<CB, ChoiceMethods | 'hasOtherOption' | 'showOtherOption'> {
  protected readonly owner = 'CheckboxItem';
  protected readonly navigable = false;
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    if (!Array.isArray(responses)) throw exception(formsSignatureText(this.owner, 'createResponse', [responses]));
    return this.respond({ kind: 'multi', value: responses.map(String) });
  }
  hasOtherOption(): boolean {
    return this.item().otherOption;
  }
  showOtherOption(enabled: boolean): CB {
    this.item().otherOption = Boolean(enabled);
    return this.self();
  }
}
registerFake(FakeCheckboxItem, { iface: 'Forms.CheckboxItem', service: 'Form' });
