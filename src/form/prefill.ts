import type { Unit } from '../domain/campaign';

/**
 * A query value as a form's link carries it: UTF-8 percent-encoded, a space as `+` (what
 * `toPrefilledUrl()` writes; the form reads `%20` the same way).
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function decodeQueryValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/**
 * Every unit's pre-filled link from one that FormApp made for `templateName`
 * (`…/viewform?usp=pp_url&entry.<n>=<name>`): the parameter whose value is that name is given each
 * unit's name instead, so no unit costs a FormApp call. Throws when the template does not carry
 * the name as a query parameter (a change on Google's side: better no link than a wrong one).
 */
export function prefilledLinks(template: string, templateName: string, units: readonly Pick<Unit, 'id' | 'name'>[]): Map<string, string> {
  const [base, query = ''] = template.split('?', 2);
  const params = query.split('&');
  const at = params.findIndex((p) => {
    const eq = p.indexOf('=');
    return eq > 0 && p.startsWith('entry.') && decodeQueryValue(p.slice(eq + 1)) === templateName;
  });
  if (at < 0) throw new Error(`The pre-filled link does not carry the unit's name: ${template}`);
  const key = params[at].slice(0, params[at].indexOf('='));
  return new Map(
    units.map((unit) => {
      const withName = params.map((p, i) => (i === at ? `${key}=${encodeQueryValue(unit.name)}` : p));
      return [unit.id, `${base}?${withName.join('&')}`];
    }),
  );
}
