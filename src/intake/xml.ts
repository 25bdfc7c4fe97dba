import { parse, type TNode } from 'txml/txml';

/**
 * Thin helpers over txml (a 5 kB pure-JS DOM parser that runs in Apps Script). Tag names keep
 * their namespace prefix ("w:p"); OOXML always uses the same prefixes, which we rely on.
 */
export type XmlNode = TNode;
export type XmlChild = TNode | string;

export class XmlError extends Error {}

/** Parses a whole XML document; throws XmlError on malformed input (or nesting deep enough to overflow the stack). */
export function parseXml(xml: string): XmlChild[] {
  try {
    return parse(xml, { keepWhitespace: true, decodeEntities: true, skipXmlDeclaration: true });
  } catch (error) {
    throw new XmlError(error instanceof Error ? error.message : 'XML');
  }
}

export function isElement(child: XmlChild): child is XmlNode {
  return typeof child !== 'string';
}

/** Direct children with the tag name. */
export function childElements(node: XmlNode | XmlChild[], tagName?: string): XmlNode[] {
  const children = Array.isArray(node) ? node : node.children;
  const found: XmlNode[] = [];
  for (const child of children) if (isElement(child) && (!tagName || child.tagName === tagName)) found.push(child);
  return found;
}

export function firstChild(node: XmlNode | XmlChild[], tagName: string): XmlNode | undefined {
  const children = Array.isArray(node) ? node : node.children;
  for (const child of children) if (isElement(child) && child.tagName === tagName) return child;
  return undefined;
}

/** The first element with the tag name anywhere below (depth-first, iterative). */
export function findElement(node: XmlNode | XmlChild[], tagName: string): XmlNode | undefined {
  const stack: XmlChild[] = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length) {
    const current = stack.pop() as XmlChild;
    if (!isElement(current)) continue;
    if (current.tagName === tagName) return current;
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return undefined;
}

/** Every element with the tag name below, in document order (iterative, so deep input cannot overflow). */
export function findElements(node: XmlNode | XmlChild[], tagName: string): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: XmlChild[] = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length) {
    const current = stack.pop() as XmlChild;
    if (!isElement(current)) continue;
    if (current.tagName === tagName) {
      found.push(current);
      continue;
    }
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return found;
}

/** All text below a node, concatenated. */
export function textContent(node: XmlChild): string {
  if (!isElement(node)) return node;
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.attributes[name];
  return value === null || value === undefined ? undefined : value;
}
