import * as z from 'zod/mini';
import { parseStored } from '../domain/storedJson';

/**
 * What the script remembers of the units' form between executions (script properties), so that a
 * sync touches only what changed without reading the form's items: the form's id, its head (the
 * unit list) and, per unit, where its section is and what it was built from. One property per
 * unit keeps every value far under the 9 kB limit (~100 bytes each: 170 units take ~17 kB, 400
 * ~40 kB of the 500 kB store) and lets a build record each section as soon as it is laid out.
 */

/** A store of the script's properties for the form: read once per execution, written key by key. */
export interface FormStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Writes several keys in one call. */
  setMany(values: Record<string, string>): void;
  remove(key: string): void;
  /** Every key starting with `prefix`, as read (and written) in this execution. */
  keysWith(prefix: string): string[];
}

/** The form's id: the form is found by it (it has no destination sheet to be found through). */
export const FORM_ID_KEY = 'formId';
/** The unit list's item id and the signatures of the form's settings and of the list's choices. */
export const FORM_HEAD_KEY = 'formHead';
/** One per unit: `formSection.<unitId>`. */
export const SECTION_KEY_PREFIX = 'formSection.';

export interface HeadRecord {
  /** The unit list's item id (the form's first item). */
  list: number;
  /** Signature of the form's settings and the list's texts as last set. */
  settings: string;
  /** Signature of the list's choices (unit names and their pages) as last set; '' to set them. */
  choices: string;
  /**
   * The invitation page (invitationPage.ts), just after the unit list: its texts' signature, or
   * `adding` / `found`; absent when the form has none (a form built before it existed).
   */
  invitation?: string;
}

/**
 * A unit's section: its page break's item id and how many items it has (the page break
 * included); the section is those items, one after the other. `order` is when it was added:
 * sections are only ever appended (FormApp adds and duplicates at the end), so the form's
 * sections run in `order`, and each one's index is the sum of the counts before it.
 */
export interface SectionRecord {
  /** Signature of what every section of this kind shares (periods, scale, texts, grids or not). */
  shape: string;
  /** Signature of what is this unit's own (its name and chapters); '' when it must be rewritten. */
  content: string;
  page: number;
  count: number;
  order: number;
  /**
   * The unit's name as its section was last written with it (absent from records older than
   * this field): a later step of a build, which does not read the unit's tab, still sees a renamed unit.
   */
  name?: string;
}

const int = z.int();
const headSchema = z.object({ l: int, s: z.string(), c: z.string(), i: z.optional(z.string()) });
const sectionSchema = z.object({ s: z.string(), c: z.string(), p: int, n: z.int().check(z.gte(1)), o: int, m: z.optional(z.string()) });

export function parseHead(text: string | null): HeadRecord | null {
  const r = parseStored(headSchema, text);
  return r ? { list: r.l, settings: r.s, choices: r.c, ...(r.i === undefined ? {} : { invitation: r.i }) } : null;
}

export function headText(head: HeadRecord): string {
  return JSON.stringify({ l: head.list, s: head.settings, c: head.choices, i: head.invitation });
}

export function parseSection(text: string | null): SectionRecord | null {
  const r = parseStored(sectionSchema, text);
  return r ? { shape: r.s, content: r.c, page: r.p, count: r.n, order: r.o, ...(r.m === undefined ? {} : { name: r.m }) } : null;
}

export function sectionText(record: SectionRecord): string {
  return JSON.stringify({ s: record.shape, c: record.content, p: record.page, n: record.count, o: record.order, m: record.name });
}

export const sectionKey = (unitId: string): string => `${SECTION_KEY_PREFIX}${unitId}`;

/** Every section recorded, by unit id (a record that does not parse is dropped: its section is then found again or rebuilt). */
export function readSections(store: FormStore): Map<string, SectionRecord> {
  const out = new Map<string, SectionRecord>();
  for (const key of store.keysWith(SECTION_KEY_PREFIX)) {
    const record = parseSection(store.get(key));
    if (record) out.set(key.slice(SECTION_KEY_PREFIX.length), record);
  }
  return out;
}

/** A short hash of some JSON-able value: signatures are compared, never read back. */
export function signature(value: unknown): string {
  const source = JSON.stringify(value);
  let hash = 5381;
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 33) ^ source.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}.${source.length.toString(36)}`;
}
