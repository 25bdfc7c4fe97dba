/**
 * Pre-filled links: `…/viewform?usp=pp_url&entry.<itemId>=<value>`, values URL-encoded with `+` for
 * spaces. A checkbox answer repeats the key; a grid row is `entry.<itemId>.<rowIndex>=<column>`
 * (0-based row index, repeated per ticked column in a checkbox grid). Deliberate simplification:
 * Google's entry numbers are not the Apps Script item ids, and a grid has one entry per row; here the
 * item id is used so a test can read the link back (`emu.forms.prefilled`).
 */
import { formByPublishedId, publishedUrl, type Answer, type FormModel } from './state';
import type { World } from '../world';

function enc(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}

export function prefilledUrl(form: FormModel, answers: ReadonlyMap<number, Answer>): string {
  const parts = ['usp=pp_url'];
  for (const item of form.items) {
    const a = answers.get(item.id);
    if (!a) continue;
    const key = `entry.${item.id}`;
    switch (a.kind) {
      case 'text':
        parts.push(`${key}=${enc(a.value)}`);
        break;
      case 'multi':
        for (const v of a.value) parts.push(`${key}=${enc(v)}`);
        break;
      case 'grid':
        a.value.forEach((v, i) => v !== null && parts.push(`${key}.${i}=${enc(v)}`));
        break;
      case 'checkGrid':
        a.value.forEach((row, i) => row?.forEach((v) => parts.push(`${key}.${i}=${enc(v)}`)));
        break;
    }
  }
  return `${publishedUrl(form)}?${parts.join('&')}`;
}

export type PrefilledAnswer = string | string[] | Array<string | null> | Array<string[] | null>;

export interface Prefilled {
  formId: string;
  /** By item id, in the shape `emu.forms.submit` accepts. */
  answers: Record<number, PrefilledAnswer>;
}

/** Reads a pre-filled link back; throws a host Error for a link to no known form. */
export function parsePrefilled(world: World, url: string): Prefilled {
  const m = /\/forms\/d\/e\/([A-Za-z0-9_-]+)\/viewform(?:\?(.*))?$/.exec(url);
  const form = m?.[1] ? formByPublishedId(world, m[1]) : undefined;
  if (!m || !form) throw new Error(`Emulator: ${url} is not a pre-filled link of a form here`);
  const params = new URLSearchParams(m[2] ?? '');
  const answers: Record<number, PrefilledAnswer> = {};
  for (const item of form.items) {
    const key = `entry.${item.id}`;
    switch (item.type) {
      case 'TEXT':
      case 'PARAGRAPH_TEXT':
      case 'DATE':
      case 'TIME':
      case 'LIST':
      case 'MULTIPLE_CHOICE': {
        const v = params.get(key);
        if (v !== null) answers[item.id] = v;
        break;
      }
      case 'CHECKBOX': {
        const vs = params.getAll(key);
        if (vs.length > 0) answers[item.id] = vs;
        break;
      }
      case 'GRID': {
        const rows = item.rows.map((_, i) => params.get(`${key}.${i}`));
        if (rows.some((r) => r !== null)) answers[item.id] = rows;
        break;
      }
      case 'CHECKBOX_GRID': {
        const rows = item.rows.map((_, i) => {
          const vs = params.getAll(`${key}.${i}`);
          return vs.length > 0 ? vs : null;
        });
        if (rows.some((r) => r !== null)) answers[item.id] = rows;
        break;
      }
      default:
        break;
    }
  }
  return { formId: form.id, answers };
}
