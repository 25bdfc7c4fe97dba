import type { Unit } from './campaign';
import { matchKey } from './text';

/** `"Đoàn xã Tam Trà" <Doan.TamTra+bc@Gmail.com>` → `doan.tamtra@gmail.com` (case and `+tag` ignored). */
export function normalizeAddress(address: string): string {
  const angle = /<([^>]+)>/.exec(address);
  const bare = (angle ? angle[1] : address).trim().toLowerCase();
  const at = bare.lastIndexOf('@');
  if (at < 0) return bare;
  const local = bare.slice(0, at).replace(/\+.*$/, '');
  return `${local}@${bare.slice(at + 1)}`;
}

/** The unit whose registered emails include the sender, or null. */
export function unitOfSender<U extends Pick<Unit, 'emails'>>(units: readonly U[], from: string): U | null {
  const sender = normalizeAddress(from);
  if (!sender.includes('@')) return null;
  return units.find((unit) => unit.emails.some((email) => normalizeAddress(email) === sender)) ?? null;
}

/**
 * The unit a document's title names ("ĐOÀN XÃ TAM TRÀ" → Tam Trà): the unit whose name or short
 * name is the longest one contained in it, so "Tam Xuân II" wins over "Tam Xuân I". Null when the
 * title names none of the campaign's units.
 */
export function unitNamedIn(units: readonly Unit[], title: string | null): Unit | null {
  if (!title) return null;
  const key = ` ${matchKey(title).replace(/[^a-z0-9]+/g, ' ')} `;
  let best: { unit: Unit; length: number } | null = null;
  for (const unit of units) {
    for (const name of [unit.name, unit.short]) {
      const needle = ` ${matchKey(name).replace(/[^a-z0-9]+/g, ' ').trim()} `;
      if (needle.trim() && key.includes(needle) && (!best || needle.length > best.length)) best = { unit, length: needle.length };
    }
  }
  return best?.unit ?? null;
}
