/**
 * Gmail's search syntax (support.google.com/mail/answer/7190, "Search operators you can use with
 * Gmail") read into a tree: words and `"exact phrases"`, `operator:value`, `-` to exclude, `OR`
 * (upper case) or `{a b}` for either, `AND` or a space for both, `( )` to group, and an operator
 * applied to a group (`subject:(dinner movie)`, `from:{amy david}`). `OR` binds tighter than the
 * implicit AND: `a b OR c` is `a (b OR c)`.
 *
 * Gmail never rejects a query: a malformed part is searched as text (undocumented; the search box
 * behaves so, and GmailApp.search is documented only as taking "the search query, as you would
 * type it into Gmail"). So nothing here throws: an unknown `foo:bar` is the phrase "foo bar", an
 * unclosed group or quote closes at the end, a stray `)` or `OR` is dropped.
 */

export type SearchNode =
  | { kind: 'all' }
  | { kind: 'and' | 'or'; items: SearchNode[] }
  | { kind: 'not'; item: SearchNode }
  /** `field` null: free text. `exact`: written in quotes. */
  | { kind: 'term'; field: string | null; value: string; exact: boolean };

export const OPERATORS = [
  'from', 'to', 'cc', 'bcc', 'subject', 'label', 'in', 'is', 'has', 'filename', 'after', 'before', 'older', 'newer',
  'older_than', 'newer_than', 'rfc822msgid', 'size', 'larger', 'smaller', 'deliveredto', 'list', 'category',
] as const;

type Token =
  | { t: '(' | ')' | '{' | '}' | 'OR' | 'AND' | '-' }
  | { t: 'field'; name: string }
  | { t: 'word'; text: string }
  | { t: 'phrase'; text: string };

const KNOWN = new Set<string>(OPERATORS);
const BREAK = /[\s(){}"]/;

export function tokenize(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const atTermStart = () => i < query.length && !/\s/.test(query[i] ?? '');
  while (i < query.length) {
    const c = query[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === '{' || c === '}') {
      out.push({ t: c });
      i++;
    } else if (c === '"') {
      const end = query.indexOf('"', i + 1);
      const stop = end < 0 ? query.length : end;
      out.push({ t: 'phrase', text: query.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === '-' && (i === 0 || /[\s({]/.test(query[i - 1] ?? ''))) {
      i++;
      if (atTermStart()) out.push({ t: '-' });
    } else {
      let j = i;
      while (j < query.length && !BREAK.test(query[j] ?? '')) j++;
      const text = query.slice(i, j);
      i = j;
      const field = /^([A-Za-z_0-9]+):(.*)$/s.exec(text);
      const name = field?.[1]?.toLowerCase() ?? '';
      if (field && KNOWN.has(name)) {
        out.push({ t: 'field', name });
        // `from:` followed by a space searches the next term (the value may be quoted or grouped).
        if (field[2] !== '') out.push({ t: 'word', text: field[2] ?? '' });
      } else if (text === 'OR' || text === 'AND') {
        out.push({ t: text });
      } else {
        // `+word` asks for that exact word; every word here is already matched exactly.
        out.push({ t: 'word', text: text.startsWith('+') ? text.slice(1) : text });
      }
    }
  }
  return out;
}

class Parser {
  #at = 0;
  constructor(private readonly tokens: Token[]) {}

  #peek(): Token | undefined {
    return this.tokens[this.#at];
  }

  /** Terms side by side, until `stop` (or the end): all must match. */
  sequence(field: string | null, stop: ')' | '}' | null): SearchNode[] {
    const items: SearchNode[] = [];
    for (;;) {
      const next = this.#peek();
      if (next === undefined) return items;
      if (next.t === ')' || next.t === '}') {
        this.#at++;
        if (next.t === stop) return items;
        continue; // a stray closing bracket
      }
      if (next.t === 'AND' || next.t === 'OR') {
        this.#at++; // AND is the default; an OR with nothing before it joins nothing
        continue;
      }
      const item = this.#either(field);
      if (item) items.push(item);
    }
  }

  /** `a OR b OR c` */
  #either(field: string | null): SearchNode | null {
    const first = this.#unary(field);
    const items = first ? [first] : [];
    while (this.#peek()?.t === 'OR') {
      this.#at++;
      const next = this.#unary(field);
      if (next) items.push(next);
    }
    return items.length === 0 ? null : items.length === 1 ? (items[0] ?? null) : { kind: 'or', items };
  }

  #unary(field: string | null): SearchNode | null {
    const token = this.#peek();
    if (token === undefined) return null;
    if (token.t === '-') {
      this.#at++;
      const item = this.#unary(field);
      return item ? { kind: 'not', item } : null;
    }
    return this.#primary(field);
  }

  #primary(field: string | null): SearchNode | null {
    const token = this.#peek();
    if (token === undefined) return null;
    switch (token.t) {
      case '(':
        this.#at++;
        return and(this.sequence(field, ')'));
      case '{':
        this.#at++;
        return or(this.sequence(field, '}'));
      case 'field': {
        this.#at++;
        // An operator with no value (`from:` at the end, or before another operator) is text.
        const inner = this.#peek();
        if (inner === undefined || inner.t === ')' || inner.t === '}' || inner.t === 'OR' || inner.t === 'AND' || inner.t === 'field') {
          return { kind: 'term', field: null, value: `${token.name}:`, exact: false };
        }
        return this.#unary(token.name);
      }
      case 'word':
        this.#at++;
        return { kind: 'term', field, value: token.text, exact: false };
      case 'phrase':
        this.#at++;
        return { kind: 'term', field, value: token.text, exact: true };
      default:
        return null;
    }
  }
}

function and(items: SearchNode[]): SearchNode {
  return items.length === 0 ? { kind: 'all' } : items.length === 1 ? (items[0] as SearchNode) : { kind: 'and', items };
}

function or(items: SearchNode[]): SearchNode {
  return items.length === 0 ? { kind: 'all' } : items.length === 1 ? (items[0] as SearchNode) : { kind: 'or', items };
}

export function parseQuery(query: string): SearchNode {
  return and(new Parser(tokenize(query)).sequence(null, null));
}
