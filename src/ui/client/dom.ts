/**
 * Builds elements with text content only: data never reaches innerHTML. Children that are
 * strings become text nodes; attributes are set one by one with setAttribute (never parsed as
 * markup). Only these document methods are used, so the views can be rendered against a small
 * fake document in unit tests: createElement, createElementNS, createTextNode.
 */
export type Child = Node | string | null | false;

function fill<E extends Element>(node: E, attrs: Record<string, string>, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A real button (keyboard and screen reader work as they should) with a click handler. */
export function button(label: string, attrs: Record<string, string>, onClick: (event: Event) => void): HTMLButtonElement {
  const node = el('button', { type: 'button', ...attrs }, label);
  node.addEventListener('click', onClick);
  return node;
}

export function replaceChildren(parent: Element, ...children: Node[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) parent.appendChild(child);
}

let nextId = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A button that asks the server for something and says the answer in its place (the page stays
 * where it is): disabled while the call runs, so a double click asks once.
 */
export function askButton(label: string, attrs: Record<string, string>, busyLabel: string, ask: () => Promise<string>, answered?: () => void): HTMLElement {
  const holder = el('div', { class: 'ask' });
  const node = button(label, attrs, () => {
    node.disabled = true;
    node.textContent = busyLabel;
    const say = (text: string, cls: string) => {
      replaceChildren(holder, el('p', { class: cls, role: 'status' }, text));
      answered?.();
    };
    ask().then(
      (text) => say(text, 'notice'),
      (error: Error) => say(error.message, 'error'),
    );
  });
  holder.appendChild(node);
  return holder;
}
