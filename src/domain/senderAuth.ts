import { normalizeAddress } from './senders';

/**
 * Whether a message really comes from its From address's domain, read from the receiving server's
 * `Authentication-Results` header fields (RFC 8601), with DMARC's identifier alignment (RFC 7489
 * §3.1): a pass counts only for the domain the unit's From address names. A registered address in
 * From proves nothing by itself: anyone can write it.
 */

/** Gmail's and Google Workspace's receiving server, the authserv-id of the results it adds. */
export const RECEIVING_SERVER = 'mx.google.com';

export type AuthMethod = 'dmarc' | 'spf' | 'dkim';

/** One method's result in the trusted header, and the domain it vouches for (null when it names none). */
export interface MethodResult {
  method: AuthMethod;
  /** As written, lower case: `pass`, `fail`, `softfail`, `neutral`, `none`, `temperror`, `permerror`, … */
  result: string;
  domain: string | null;
}

export type SenderAuth =
  | { verdict: 'pass'; by: AuthMethod }
  /** No results from the receiving server; `others` are the servers whose results the message carries (not trusted). */
  | { verdict: 'missing'; others: string[] }
  /** The receiving server's results prove no aligned pass: each method as it found it. */
  | { verdict: 'fail'; fromDomain: string; results: MethodResult[] };

interface ParsedResults {
  authservId: string;
  results: { method: string; result: string; props: Map<string, string> }[];
}

/**
 * The verdict on a message from `from`, given every Authentication-Results field it carries, top
 * first. Only the topmost field whose authserv-id is the receiving server's counts: a receiving
 * server adds its field above those already there (RFC 8601 §5: a sender can forge one lower down,
 * with any authserv-id), and fields naming other servers are theirs to vouch for, not Gmail's.
 * It passes on `dmarc=pass` for the From domain, or on SPF or DKIM passing for the From domain or
 * a subdomain of it; an explicit `dmarc=fail` stands (the domain's own policy said no).
 */
export function senderAuthentication(headers: readonly string[], from: string): SenderAuth {
  const parsed = headers.map(parseAuthenticationResults).filter((h): h is ParsedResults => h !== null);
  const trusted = parsed.find((h) => h.authservId === RECEIVING_SERVER);
  if (!trusted) return { verdict: 'missing', others: [...new Set(parsed.map((h) => h.authservId))] };
  const address = normalizeAddress(from);
  const fromDomain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '';
  const results: MethodResult[] = [];
  for (const { method, result, props } of trusted.results) {
    if (method === 'dmarc') results.push({ method, result, domain: bareDomain(props.get('header.from')) });
    else if (method === 'spf') results.push({ method, result, domain: bareDomain(props.get('smtp.mailfrom')) });
    else if (method === 'dkim') results.push({ method, result, domain: bareDomain(props.get('header.d') ?? props.get('header.i')) });
  }
  const aligned = (r: MethodResult) => fromDomain !== '' && r.result === 'pass' && alignedWith(r, fromDomain);
  const dmarc = results.filter((r) => r.method === 'dmarc');
  // Gmail names the From domain it checked (`header.from=`); a DMARC pass for another From is not this one's.
  if (fromDomain !== '' && dmarc.some((r) => r.result === 'pass' && (r.domain === null || r.domain === fromDomain))) return { verdict: 'pass', by: 'dmarc' };
  if (!dmarc.some((r) => r.result === 'fail')) {
    const passed = results.find((r) => r.method !== 'dmarc' && aligned(r));
    if (passed) return { verdict: 'pass', by: passed.method };
  }
  return { verdict: 'fail', fromDomain, results };
}

/** Whether a result's domain is the From domain or a subdomain of it. */
export function alignedWith(result: MethodResult, fromDomain: string): boolean {
  return result.domain !== null && (result.domain === fromDomain || result.domain.endsWith(`.${fromDomain}`));
}

/** `user@Example.org`, `@example.org`, `"x@example.org"` or `example.org` → `example.org`. */
function bareDomain(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.replace(/^"|"$/g, '').trim().toLowerCase();
  const domain = text.slice(text.lastIndexOf('@') + 1).replace(/\.$/, '');
  return domain === '' ? null : domain;
}

/**
 * One field's value (RFC 8601 §2.2): `authserv-id [version] ; method=result [reason] [ptype.property=value …] ; …`,
 * comments `( … )` anywhere, values possibly quoted. Null when it names no server.
 */
export function parseAuthenticationResults(value: string): ParsedResults | null {
  const segments = splitOutsideQuotes(stripComments(value), ';');
  const authservId = (segments[0] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (authservId === '') return null;
  const results: ParsedResults['results'] = [];
  for (const segment of segments.slice(1)) {
    const pairs = [...segment.matchAll(/([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/g)];
    const first = pairs[0];
    if (!first) continue;
    const method = first[1].toLowerCase().replace(/\/.*$/, '');
    const props = new Map<string, string>();
    for (const pair of pairs.slice(1)) {
      const key = pair[1].toLowerCase();
      if (!props.has(key)) props.set(key, unquote(pair[2]));
    }
    results.push({ method, result: unquote(first[2]).toLowerCase(), props });
  }
  return { authservId, results };
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** Comments may nest and hold `;` or `=` (Gmail's `(google.com: domain of … designates …)`); quoted strings are kept. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += value.slice(i, i + 2);
      i++;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && depth > 0) {
      depth--;
      out += ' ';
      continue;
    }
    if (depth === 0) out += c;
  }
  return out;
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && quoted) {
      current += value.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}
