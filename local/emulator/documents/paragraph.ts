/**
 * Paragraph, ListItem and PageBreak. A list item is a paragraph with a glyph and a nesting level;
 * a page break lives inside a paragraph (Body.appendPageBreak makes a paragraph holding one).
 */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception } from '../errors';
import { ALIGNMENTS, applyBlockAttributes, HEADINGS, paragraphAttributes } from './attributes';
import { docSignature, enumArg, numberArg, stringArg, type DocHandle } from './context';
import { removeChild } from './tree';
import type { ContainerNode, GlyphName, ParagraphNode } from './model';
import { FakeText } from './text';

const GLYPHS: readonly GlyphName[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'];

type CommonMethods =
  | 'getText' | 'setText' | 'appendText' | 'editAsText' | 'clear' | 'getType' | 'getAttributes' | 'setAttributes'
  | 'getHeading' | 'getAlignment' | 'getIndentStart' | 'getIndentFirstLine' | 'getIndentEnd' | 'getSpacingBefore' | 'getSpacingAfter'
  | 'getLineSpacing' | 'getNumChildren' | 'removeFromParent' | 'appendPageBreak';
type Setters = 'setHeading' | 'setAlignment' | 'setIndentStart' | 'setIndentFirstLine' | 'setIndentEnd' | 'setSpacingBefore' | 'setSpacingAfter' | 'setLineSpacing';

abstract class ParagraphBase<Api> {
  protected abstract readonly owner: 'Paragraph' | 'ListItem';
  constructor(
    protected readonly handle: DocHandle,
    readonly node: ParagraphNode,
    protected readonly parent: ContainerNode,
  ) {}

  protected live(): ParagraphNode {
    this.handle.open();
    return this.node;
  }
  #number(method: string, value: unknown, field: 'indentStart' | 'indentFirstLine' | 'indentEnd' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing'): Api {
    this.live()[field] = numberArg(value, this.owner, method, [value]);
    return asApi<Api>(this);
  }

  getText(): string {
    return this.live().text;
  }
  /** Replaces the text; the new text keeps the formatting of the paragraph's first character. */
  setText(text: string): void {
    new FakeText(this.handle, () => [this.live()]).setText(stringArg(text, this.owner, 'setText', [text]));
  }
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    const p = this.live();
    const value = stringArg(text, this.owner, 'appendText', [text]);
    const start = p.text.length;
    new FakeText(this.handle, () => [p]).appendText(value);
    // The Text returned is the appended run only, as the platform's is.
    const run = { ...p, text: p.text.slice(start), styles: p.styles.slice(start) };
    return asApi(new FakeText(this.handle, () => [run]));
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.live();
    return asApi(new FakeText(this.handle, () => [this.node]));
  }
  clear(): Api {
    const p = this.live();
    p.text = '';
    p.styles = [];
    p.pageBreak = false;
    return asApi<Api>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    this.live();
    return asApi(enumValue('Document.ElementType', this.owner === 'ListItem' ? 'LIST_ITEM' : 'PARAGRAPH'));
  }
  getAttributes(): Record<string, unknown> {
    return paragraphAttributes(this.live());
  }
  setAttributes(attributes: Record<string, unknown>): Api {
    if (typeof attributes !== 'object' || attributes === null) throw docSignature(this.owner, 'setAttributes', [attributes]);
    applyBlockAttributes([this.live()], attributes);
    return asApi<Api>(this);
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return asApi(enumValue('Document.ParagraphHeading', this.live().heading));
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Api {
    this.live().heading = enumArg(heading, 'Document.ParagraphHeading', HEADINGS, this.owner, 'setHeading');
    return asApi<Api>(this);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    const a = this.live().alignment;
    return a ? asApi(enumValue('Document.HorizontalAlignment', a)) : (null as unknown as GoogleAppsScript.Document.HorizontalAlignment);
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Api {
    this.live().alignment = enumArg(alignment, 'Document.HorizontalAlignment', ALIGNMENTS, this.owner, 'setAlignment');
    return asApi<Api>(this);
  }
  getIndentStart(): number {
    return this.live().indentStart ?? (null as unknown as number);
  }
  getIndentFirstLine(): number {
    return this.live().indentFirstLine ?? (null as unknown as number);
  }
  getIndentEnd(): number {
    return this.live().indentEnd ?? (null as unknown as number);
  }
  getSpacingBefore(): number {
    return this.live().spacingBefore ?? (null as unknown as number);
  }
  getSpacingAfter(): number {
    return this.live().spacingAfter ?? (null as unknown as number);
  }
  getLineSpacing(): number {
    return this.live().lineSpacing ?? (null as unknown as number);
  }
  setIndentStart(v: number): Api {
    return this.#number('setIndentStart', v, 'indentStart');
  }
  setIndentFirstLine(v: number): Api {
    return this.#number('setIndentFirstLine', v, 'indentFirstLine');
  }
  setIndentEnd(v: number): Api {
    return this.#number('setIndentEnd', v, 'indentEnd');
  }
  setSpacingBefore(v: number): Api {
    return this.#number('setSpacingBefore', v, 'spacingBefore');
  }
  setSpacingAfter(v: number): Api {
    return this.#number('setSpacingAfter', v, 'spacingAfter');
  }
  setLineSpacing(v: number): Api {
    return this.#number('setLineSpacing', v, 'lineSpacing');
  }
  /** Text runs and a page break are the children modelled: one for text, one for the break. */
  getNumChildren(): number {
    const p = this.live();
    return (p.text ? 1 : 0) + (p.pageBreak ? 1 : 0);
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const p = this.live();
    if (this.parent.kind === 'cell') throw exception('PageBreak elements cannot be inserted inside tables.');
    p.pageBreak = true;
    return asApi(new FakePageBreak(this.handle, p, this.parent));
  }
  removeFromParent(): Api {
    this.live();
    removeChild(this.parent, this.node);
    return asApi<Api>(this);
  }
}

export class FakeParagraph extends ParagraphBase<GoogleAppsScript.Document.Paragraph> implements Pick<GoogleAppsScript.Document.Paragraph, CommonMethods | Setters | 'asParagraph'> {
  protected readonly owner = 'Paragraph' as const;
  /** getChild gives an Element: the cast to what it is. */
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    this.live();
    return asApi(this);
  }
}
registerFake(FakeParagraph, { iface: 'Document.Paragraph', service: 'Document' });

export class FakeListItem extends ParagraphBase<GoogleAppsScript.Document.ListItem> implements Pick<GoogleAppsScript.Document.ListItem, CommonMethods | Setters | 'getGlyphType' | 'setGlyphType' | 'getNestingLevel' | 'setNestingLevel' | 'getListId' | 'asListItem'> {
  protected readonly owner = 'ListItem' as const;
  asListItem(): GoogleAppsScript.Document.ListItem {
    this.live();
    return asApi(this);
  }
  #list(): NonNullable<ParagraphNode['list']> {
    const list = this.live().list;
    if (!list) throw new Error('Emulator: a list item without list data');
    return list;
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return asApi(enumValue('Document.GlyphType', this.#list().glyph));
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GoogleAppsScript.Document.ListItem {
    this.#list().glyph = enumArg(glyphType, 'Document.GlyphType', GLYPHS, 'ListItem', 'setGlyphType');
    return asApi<GoogleAppsScript.Document.ListItem>(this);
  }
  getNestingLevel(): number {
    return this.#list().nesting;
  }
  /** Docs lists have nine levels, 0 … 8. */
  setNestingLevel(nestingLevel: number): GoogleAppsScript.Document.ListItem {
    const n = numberArg(nestingLevel, 'ListItem', 'setNestingLevel', [nestingLevel]);
    if (!Number.isInteger(n) || n < 0 || n > 8) throw exception('Invalid argument: nestingLevel');
    this.#list().nesting = n;
    return asApi<GoogleAppsScript.Document.ListItem>(this);
  }
  getListId(): string {
    return this.#list().listId;
  }
}
registerFake(FakeListItem, { iface: 'Document.ListItem', service: 'Document' });

export class FakePageBreak implements Pick<GoogleAppsScript.Document.PageBreak, 'getType' | 'removeFromParent'> {
  constructor(
    private readonly handle: DocHandle,
    private readonly paragraph: ParagraphNode,
    private readonly container: ContainerNode,
  ) {}
  getType(): GoogleAppsScript.Document.ElementType {
    this.handle.open();
    return asApi(enumValue('Document.ElementType', 'PAGE_BREAK'));
  }
  removeFromParent(): GoogleAppsScript.Document.PageBreak {
    this.handle.open();
    this.paragraph.pageBreak = false;
    // A paragraph made only to hold the break goes with it, unless it is the section's last.
    if (!this.paragraph.text && this.container.children.length > 1) removeChild(this.container, this.paragraph);
    return asApi(this);
  }
}
registerFake(FakePageBreak, { iface: 'Document.PageBreak', service: 'Document' });
