/**
 * Text: the characters of one paragraph (`Paragraph.editAsText`) or of several (`Body.editAsText`,
 * a cell's), addressed by offsets over their text joined with newlines, as Docs does. The newline
 * between two paragraphs has no formatting of its own.
 */
import { asApi, registerFake } from '../bridge';
import { enumValue } from '../enums';
import { exception, notImplemented } from '../errors';
import { applyCharAttributes, paragraphAttributes } from './attributes';
import { booleanArg, docSignature, numberArg, stringArg, type DocHandle } from './context';
import type { CharStyle, ParagraphNode } from './model';

type TextMethods =
  | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'editAsText' | 'getAttributes' | 'setAttributes'
  | 'setBold' | 'setItalic' | 'setUnderline' | 'setStrikethrough' | 'setFontSize' | 'setFontFamily' | 'setForegroundColor'
  | 'isBold' | 'isItalic' | 'isUnderline' | 'isStrikethrough' | 'getFontSize' | 'getFontFamily' | 'getForegroundColor' | 'getType';

type Span = { paragraph: ParagraphNode; from: number; to: number };

export class FakeText implements Pick<GoogleAppsScript.Document.Text, TextMethods> {
  constructor(
    private readonly handle: DocHandle,
    /** Live: a container's current paragraphs on each call. */
    private readonly paragraphs: () => ParagraphNode[],
  ) {}

  #one(method: string): ParagraphNode {
    this.handle.open();
    const list = this.paragraphs();
    if (list.length !== 1) throw notImplemented(`Text.${method} over several paragraphs`);
    return list[0]!;
  }

  /** The paragraph pieces that offsets `from`…`to` (inclusive, over the joined text) cover. */
  #spans(method: string, args: readonly unknown[], from?: unknown, to?: unknown): Span[] {
    this.handle.open();
    const list = this.paragraphs();
    const total = list.reduce((n, p) => n + p.text.length, 0) + Math.max(0, list.length - 1);
    let start = 0;
    let end = total - 1;
    if (from !== undefined) {
      start = numberArg(from, 'Text', method, args);
      end = numberArg(to, 'Text', method, args);
      if (!Number.isInteger(start) || start < 0 || start >= total) throw exception('Invalid argument: startOffset');
      if (!Number.isInteger(end) || end < start || end >= total) throw exception('Invalid argument: endOffsetInclusive');
    }
    const spans: Span[] = [];
    let at = 0;
    for (const p of list) {
      const a = Math.max(start, at);
      const b = Math.min(end, at + p.text.length - 1);
      if (a <= b) spans.push({ paragraph: p, from: a - at, to: b - at });
      at += p.text.length + 1;
    }
    return spans;
  }

  /** `setX(value)` or `setX(start, endInclusive, value)`. */
  #set(method: string, key: string, args: unknown[], check: (v: unknown) => unknown): GoogleAppsScript.Document.Text {
    if (args.length !== 1 && args.length !== 3) throw docSignature('Text', method, args);
    const value = check(args[args.length - 1]);
    const spans = args.length === 3 ? this.#spans(method, args, args[0], args[1]) : this.#spans(method, args);
    for (const s of spans) applyCharAttributes(s.paragraph, { [key]: value }, s.from, s.to);
    return asApi(this);
  }

  #at(offset: unknown, method: string): CharStyle | undefined {
    const spans = offset === undefined || offset === null ? this.#spans(method, []) : this.#spans(method, [offset], offset, offset);
    const first = spans[0];
    return first ? first.paragraph.styles[first.from] : undefined;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asApi(enumValue('Document.ElementType', 'TEXT'));
  }
  getText(): string {
    this.handle.open();
    return this.paragraphs().map((p) => p.text).join('\n');
  }
  setText(text: string): GoogleAppsScript.Document.Text {
    const p = this.#one('setText');
    const value = stringArg(text, 'Text', 'setText', [text]);
    // New text takes the formatting of the text it replaces' start, as typing over a selection does.
    const style = { ...(p.styles[0] ?? {}) };
    p.text = value;
    p.styles = Array.from({ length: value.length }, () => ({ ...style }));
    return asApi(this);
  }
  appendText(text: string): GoogleAppsScript.Document.Text {
    const p = this.#one('appendText');
    const value = stringArg(text, 'Text', 'appendText', [text]);
    const style = { ...(p.styles[p.styles.length - 1] ?? {}) };
    p.text += value;
    p.styles.push(...Array.from({ length: value.length }, () => ({ ...style })));
    return asApi(this);
  }
  insertText(offset: number, text: string): GoogleAppsScript.Document.Text {
    const p = this.#one('insertText');
    const at = numberArg(offset, 'Text', 'insertText', [offset, text]);
    const value = stringArg(text, 'Text', 'insertText', [offset, text]);
    if (!Number.isInteger(at) || at < 0 || at > p.text.length) throw exception('Invalid argument: offset');
    const style = { ...(p.styles[Math.max(0, at - 1)] ?? {}) };
    p.text = p.text.slice(0, at) + value + p.text.slice(at);
    p.styles.splice(at, 0, ...Array.from({ length: value.length }, () => ({ ...style })));
    return asApi(this);
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GoogleAppsScript.Document.Text {
    const p = this.#one('deleteText');
    const [span] = this.#spans('deleteText', [startOffset, endOffsetInclusive], startOffset, endOffsetInclusive);
    if (span) {
      p.text = p.text.slice(0, span.from) + p.text.slice(span.to + 1);
      p.styles.splice(span.from, span.to - span.from + 1);
    }
    return asApi(this);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return asApi(this);
  }
  getAttributes(offset?: number): Record<string, unknown> {
    this.handle.open();
    const list = this.paragraphs();
    if (offset === undefined || offset === null) return list[0] ? paragraphAttributes(list[0]) : {};
    const [span] = this.#spans('getAttributes', [offset], offset, offset);
    return span ? paragraphAttributes(span.paragraph, span.from) : {};
  }
  setAttributes(...args: unknown[]): GoogleAppsScript.Document.Text {
    if (args.length !== 1 && args.length !== 3) throw docSignature('Text', 'setAttributes', args);
    const attrs = args[args.length - 1];
    if (typeof attrs !== 'object' || attrs === null) throw docSignature('Text', 'setAttributes', args);
    const spans = args.length === 3 ? this.#spans('setAttributes', args, args[0], args[1]) : this.#spans('setAttributes', args);
    for (const s of spans) applyCharAttributes(s.paragraph, attrs as Record<string, unknown>, s.from, s.to);
    return asApi(this);
  }
  setBold(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setBold', 'BOLD', args, (v) => booleanArg(v, 'Text', 'setBold', args));
  }
  setItalic(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setItalic', 'ITALIC', args, (v) => booleanArg(v, 'Text', 'setItalic', args));
  }
  setUnderline(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setUnderline', 'UNDERLINE', args, (v) => booleanArg(v, 'Text', 'setUnderline', args));
  }
  setStrikethrough(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setStrikethrough', 'STRIKETHROUGH', args, (v) => booleanArg(v, 'Text', 'setStrikethrough', args));
  }
  setFontSize(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setFontSize', 'FONT_SIZE', args, (v) => {
      const n = numberArg(v, 'Text', 'setFontSize', args);
      if (n <= 0) throw exception('Invalid argument: size');
      return n;
    });
  }
  setFontFamily(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setFontFamily', 'FONT_FAMILY', args, (v) => stringArg(v, 'Text', 'setFontFamily', args));
  }
  setForegroundColor(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.#set('setForegroundColor', 'FOREGROUND_COLOR', args, (v) => {
      const color = stringArg(v, 'Text', 'setForegroundColor', args);
      if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw exception('Invalid argument: color');
      return color;
    });
  }
  isBold(offset?: number): boolean {
    return this.#at(offset, 'isBold')?.bold ?? false;
  }
  isItalic(offset?: number): boolean {
    return this.#at(offset, 'isItalic')?.italic ?? false;
  }
  isUnderline(offset?: number): boolean {
    return this.#at(offset, 'isUnderline')?.underline ?? false;
  }
  isStrikethrough(offset?: number): boolean {
    return this.#at(offset, 'isStrikethrough')?.strikethrough ?? false;
  }
  getFontSize(offset?: number): number {
    return this.#at(offset, 'getFontSize')?.fontSize ?? (null as unknown as number);
  }
  getFontFamily(offset?: number): string {
    return this.#at(offset, 'getFontFamily')?.fontFamily ?? (null as unknown as string);
  }
  getForegroundColor(offset?: number): string {
    return this.#at(offset, 'getForegroundColor')?.foregroundColor ?? (null as unknown as string);
  }
}
registerFake(FakeText, { iface: 'Document.Text', service: 'Document' });
