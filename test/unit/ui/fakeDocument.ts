/**
 * The few document methods the sidebar's views use (see src/ui/client/dom.ts), recorded as a plain
 * tree: enough to render the views in Node without a browser and look at every node they made.
 */
export class FakeText {
  readonly nodeType = 3;
  parentNode: FakeElement | null = null;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

export class FakeElement {
  readonly nodeType = 1;
  parentNode: FakeElement | null = null;
  readonly childNodes: (FakeElement | FakeText)[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  [property: string]: unknown;

  constructor(
    readonly tagName: string,
    readonly namespaceURI: string,
  ) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild<N extends FakeElement | FakeText>(child: N): N {
    if (child.parentNode) child.parentNode.removeChild(child);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild<N extends FakeElement | FakeText>(child: N): N {
    const index = this.childNodes.indexOf(child);
    if (index >= 0) this.childNodes.splice(index, 1);
    child.parentNode = null;
    return child;
  }
  get firstChild(): FakeElement | FakeText | null {
    return this.childNodes[0] ?? null;
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('');
  }
  set textContent(text: string) {
    while (this.childNodes.length) this.removeChild(this.childNodes[0]);
    this.appendChild(new FakeText(text));
  }
  /** Every element below this one, depth first. */
  *descendants(): Generator<FakeElement> {
    for (const child of this.childNodes) {
      if (child instanceof FakeElement) {
        yield child;
        yield* child.descendants();
      }
    }
  }
  *texts(): Generator<FakeText> {
    for (const child of this.childNodes) {
      if (child instanceof FakeText) yield child;
      else yield* child.texts();
    }
  }
}

export const fakeDocument = {
  createElement: (tag: string) => {
    const node = new FakeElement(tag.toUpperCase(), 'http://www.w3.org/1999/xhtml');
    // Form controls start empty, as in a browser.
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName)) node.value = '';
    return node;
  },
  createElementNS: (ns: string, tag: string) => new FakeElement(tag, ns),
  createTextNode: (text: string) => new FakeText(text),
};

/** Installs the fake as the global `document` for the views; returns the previous value. */
export function installFakeDocument(): unknown {
  const previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = fakeDocument;
  return previous;
}

/** The fake tree of a node a view returned (typed as a DOM node by the view's signature). */
export function tree(node: unknown): FakeElement {
  if (!(node instanceof FakeElement)) throw new Error('not rendered with the fake document');
  return node;
}
