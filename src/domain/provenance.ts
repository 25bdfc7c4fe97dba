import type { PeriodCode } from './periods';

/**
 * When a recorded value was received and from which submission: the submission's time (Gmail's
 * received date, the form response's timestamp, when the clerk recorded a paper entry), its key
 * (the intake log's `Mã`) and its channel (`Email`, `Form`, `Thủ công`), so a receipt can say
 * "received at 10:05 by form" without quoting a machine id.
 */
export interface Stamp {
  at: number;
  key: string;
  kind: string;
}

/** The stamps of one chapter row: `m` members, `p:<period>` each rating, `r` the registration. */
export interface ChapterProvenance {
  members: Stamp | null;
  ratings: Partial<Record<PeriodCode, Stamp>>;
  registration: Stamp | null;
}

export const emptyProvenance = (): ChapterProvenance => ({ members: null, ratings: {}, registration: null });

/**
 * A value changes only for a submission newer than the one recorded, or for that very submission
 * again (a retry or replay is idempotent). Equal time, another key: what is recorded stays.
 */
export function supersedes(incoming: Stamp, recorded: Stamp | null | undefined): boolean {
  return !recorded || incoming.key === recorded.key || incoming.at > recorded.at;
}

export function sameStamp(a: Stamp | null | undefined, b: Stamp | null | undefined): boolean {
  return (a ?? null) === (b ?? null) || (!!a && !!b && a.at === b.at && a.key === b.key && a.kind === b.kind);
}

/** The newest of the stamps, or null. */
export function newestStamp(stamps: readonly (Stamp | null | undefined)[]): Stamp | null {
  let newest: Stamp | null = null;
  for (const stamp of stamps) if (stamp && (!newest || stamp.at > newest.at)) newest = stamp;
  return newest;
}

export function rowStamps(provenance: ChapterProvenance): Stamp[] {
  return [provenance.members, ...Object.values(provenance.ratings), provenance.registration].filter((s): s is Stamp => !!s);
}

type StoredStamp = [number, string, string];

function storedStamp(value: unknown): Stamp | null {
  if (!Array.isArray(value) || typeof value[0] !== 'number' || !Number.isFinite(value[0]) || typeof value[1] !== 'string' || value[1] === '') return null;
  return { at: value[0], key: value[1], kind: typeof value[2] === 'string' ? value[2] : '' };
}

/**
 * Reads the compact JSON of a row, `{"m":[ms,"key","kind"],"p:2015":[…],"r":[…]}`. A cell the
 * office emptied or garbled reads as no stamp (the row's `Cập nhật` and `Nguồn` stand in).
 */
export function parseProvenance(text: string): ChapterProvenance {
  const provenance = emptyProvenance();
  if (!text.startsWith('{')) return provenance;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return provenance;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return provenance;
  for (const [field, value] of Object.entries(parsed as Record<string, unknown>)) {
    const stamp = storedStamp(value);
    if (!stamp) continue;
    if (field === 'm') provenance.members = stamp;
    else if (field === 'r') provenance.registration = stamp;
    else if (field.startsWith('p:')) provenance.ratings[field.slice(2)] = stamp;
  }
  return provenance;
}

export function serializeProvenance(provenance: ChapterProvenance): string {
  const out: Record<string, StoredStamp> = {};
  const put = (field: string, stamp: Stamp | null | undefined) => {
    if (stamp) out[field] = [stamp.at, stamp.key, stamp.kind];
  };
  put('m', provenance.members);
  for (const [period, stamp] of Object.entries(provenance.ratings).sort(([a], [b]) => a.localeCompare(b))) put(`p:${period}`, stamp);
  put('r', provenance.registration);
  return Object.keys(out).length ? JSON.stringify(out) : '';
}

/**
 * The stamps of a row as recorded, completed for what has no stamp of its own (a workbook made
 * before stamps were kept, or a value the office typed): every value present counts as received
 * at the row's `Cập nhật` from the row's `Nguồn`. Empty cells need no stamp.
 */
export function withFallback(
  provenance: ChapterProvenance,
  present: { members: boolean; ratings: readonly PeriodCode[]; registration: boolean },
  fallback: Stamp | null,
): ChapterProvenance {
  if (!fallback) return provenance;
  const ratings = { ...provenance.ratings };
  for (const period of present.ratings) ratings[period] ??= fallback;
  return {
    members: provenance.members ?? (present.members ? fallback : null),
    ratings,
    registration: provenance.registration ?? (present.registration ? fallback : null),
  };
}
