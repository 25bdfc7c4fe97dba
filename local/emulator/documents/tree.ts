/** Children of a container (the body, a table cell) as the platform keeps them. */
import { exception } from '../errors';
import type { BlockNode, ContainerNode } from './model';

/** A document section (the body, a cell) keeps at least one paragraph: its last cannot go. */
export function removeChild(container: ContainerNode, child: BlockNode): void {
  const at = container.children.indexOf(child);
  if (at < 0) throw exception('Element does not contain the specified child element.');
  const paragraphs = container.children.filter((c) => c.kind === 'paragraph');
  if (child.kind === 'paragraph' && paragraphs.length === 1) throw exception("Can't remove the last paragraph in a document section.");
  container.children.splice(at, 1);
}
