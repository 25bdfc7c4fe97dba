import * as z from 'zod/mini';
import type { Campaign, Unit } from '../../domain/campaign';
import { findChapter } from '../../domain/chapterNames';
import type { ChapterResolution, HeldChapter, IncomingChapter } from '../../domain/mergeSubmission';
import type { Stamp } from '../../domain/provenance';
import { parseStored, parseStringRecord } from '../../domain/storedJson';
import { matchKey } from '../../domain/text';
import type { KeyValueStore } from '../../gas/properties';
import { applySubmission } from '../../workbook/applySubmission';
import type { WorkbookSheets } from '../../workbook/sheets';
import { readUnitChapters } from '../../workbook/unitChapters';
import { chapterDecisionMessages } from './chapterDecisionMessages';
import { openIntakeWorkbook } from './intakeWorkbook';

/**
 * Reported chapters that look like one of the unit's (chapterMatch.ts) wait here for the office,
 * with everything the submission said of them, instead of becoming a new chapter. Script
 * properties, per unit: `pendingChapters.<unitId>` (the newest 20, under the 9 kB a value),
 * `chapterAliases.<unitId>` (reported name → chapter the office mapped it to) and
 * `pendingChapters` (the units with something waiting, so the sidebar reads only those). They are
 * read only for a name no chapter matches, and written only when one is held or decided, under
 * the script lock of the run that applies the submission.
 */

export interface PendingChapter {
  /** The submission's key and the reported name: holding the same again (a retry) keeps one. */
  id: string;
  reported: IncomingChapter;
  suggestion: string;
  /** The submission's stamp: the values are applied later as received then (newer wins). */
  at: number;
  key: string;
  kind: string;
  /** The submission stated a registration: the chapter's is part of it. */
  registrationStated: boolean;
}

const PENDING_PREFIX = 'pendingChapters.';
const ALIASES_PREFIX = 'chapterAliases.';
const INDEX_KEY = 'pendingChapters';
export const PENDING_PER_UNIT = 20;
/** A property value holds 9 kB; stay a little under it. */
const VALUE_LIMIT_BYTES = 8_800;

const incomingSchema = z.object({
  name: z.string(),
  members: z.nullable(z.number()),
  ratings: z.record(z.string(), z.string()),
  registration: z.nullable(z.enum(['BUILD_STRONG', 'SUPPORT'])),
});
const pendingSchema = z.array(
  z.object({ id: z.string(), reported: incomingSchema, suggestion: z.string(), at: z.number(), key: z.string(), kind: z.string(), registrationStated: z.boolean() }),
);

/** Bytes of `text` in UTF-8, as the property store counts its 9 kB. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export interface ChapterBookPort {
  /**
   * How reported names are resolved for a unit: what the office mapped, read on first need.
   * `officeSaysNew`: the office itself typed the names (a paper entry marks its new chapters), so a
   * look-alike it calls new is added, not held.
   */
  resolution(unitId: string, officeSaysNew: boolean): ChapterResolution;
  /** Keeps the held chapters of a submission for the office. */
  hold(unitId: string, held: readonly HeldChapter[], stamp: Stamp, registrationStated: boolean): void;
}

export function chapterBook(store: KeyValueStore): ChapterBookPort {
  return {
    resolution(unitId, officeSaysNew) {
      let aliases: Record<string, string> | null = null;
      return {
        aliasOf: (name) => (aliases ??= parseStringRecord(store.get(ALIASES_PREFIX + unitId)))[matchKey(name)] ?? null,
        acceptsNew: () => officeSaysNew,
      };
    },
    hold(unitId, held, stamp, registrationStated) {
      if (held.length === 0) return;
      const pending = readPending(store, unitId);
      for (const chapter of held) {
        const id = `${stamp.key}|${matchKey(chapter.reported.name)}`;
        const entry: PendingChapter = { id, reported: chapter.reported, suggestion: chapter.suggestion, at: stamp.at, key: stamp.key, kind: stamp.kind, registrationStated };
        const at = pending.findIndex((p) => p.id === id);
        if (at >= 0) pending[at] = entry;
        else pending.push(entry);
      }
      writePending(store, unitId, pending);
    },
  };
}

function readPending(store: KeyValueStore, unitId: string): PendingChapter[] {
  return (parseStored(pendingSchema, store.get(PENDING_PREFIX + unitId)) ?? []) as PendingChapter[];
}

/** The newest 20 (by received time), fewer if the value would pass the limit; the index kept in step. */
function writePending(store: KeyValueStore, unitId: string, pending: readonly PendingChapter[]): void {
  let kept = [...pending].sort((a, b) => a.at - b.at).slice(-PENDING_PER_UNIT);
  while (kept.length > 0 && utf8Bytes(JSON.stringify(kept)) > VALUE_LIMIT_BYTES) kept = kept.slice(1);
  store.set(PENDING_PREFIX + unitId, JSON.stringify(kept));
  const units = pendingUnits(store);
  const listed = units.includes(unitId);
  if (kept.length > 0 && !listed) store.set(INDEX_KEY, JSON.stringify([...units, unitId]));
  if (kept.length === 0 && listed) store.set(INDEX_KEY, JSON.stringify(units.filter((id) => id !== unitId)));
}

export function pendingUnits(store: KeyValueStore): string[] {
  return parseStored(z.array(z.string()), store.get(INDEX_KEY)) ?? [];
}

export function pendingChaptersOf(store: KeyValueStore, unitId: string): PendingChapter[] {
  return readPending(store, unitId);
}

export interface ChapterDecisionDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  store: KeyValueStore;
}

export type ChapterDecision = { map: string } | { add: true };

const decisionSchema = z.union([z.strictObject({ map: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)) }), z.strictObject({ add: z.literal(true) })]);
const pendingIdSchema = z.string().check(z.minLength(1), z.maxLength(1300));

/** The page's arguments, checked (google.script.run hands over whatever it sent). */
export function validChapterDecision(pendingId: unknown, decision: unknown): { pendingId: string; decision: ChapterDecision } {
  const id = pendingIdSchema.safeParse(pendingId);
  const chosen = decisionSchema.safeParse(decision);
  if (!id.success || !chosen.success) throw new Error(chapterDecisionMessages.badDecision);
  return { pendingId: id.data, decision: chosen.data };
}

export type ChapterDecisionOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * The office's decision on a held chapter, under the script lock: mapped to one of the unit's
 * chapters (its values applied there, newer wins, and the name remembered for the unit's later
 * submissions), or added as a new chapter. Applied as the submission that reported it, at its
 * time: a later value recorded meanwhile stays. Deciding twice finds nothing left to decide.
 */
export function decideChapterIn(deps: ChapterDecisionDeps, unitId: string, pendingId: string, decision: ChapterDecision): ChapterDecisionOutcome {
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, error: workbook.errors.join('\n') };
  const unit = workbook.campaign.units.find((u) => u.id === unitId);
  if (!unit) return { ok: false, error: chapterDecisionMessages.unknownUnit };
  const pending = readPending(deps.store, unitId);
  const item = pending.find((p) => p.id === pendingId);
  if (!item) return { ok: false, error: chapterDecisionMessages.alreadyDecided };
  const target = 'map' in decision ? chapterOf(workbook.sheets, workbook.campaign, unit, decision.map) : item.reported.name;
  if (target === null) return { ok: false, error: chapterDecisionMessages.unknownChapter(unit.name) };
  const submission = { hasRegistration: false, registrationPart: item.registrationStated, chapters: [{ ...item.reported, name: target }] };
  const source = { kind: item.kind, id: item.key, at: new Date(item.at), code: workbook.intake.byId.get(item.key)?.code ?? '' };
  const accept: ChapterResolution = { aliasOf: () => null, acceptsNew: () => true };
  const result = applySubmission(workbook.sheets, workbook.campaign, unit, submission, source, workbook.unitsValues, accept);
  if ('map' in decision) {
    const aliases = parseStringRecord(deps.store.get(ALIASES_PREFIX + unitId));
    aliases[matchKey(item.reported.name)] = target;
    deps.store.set(ALIASES_PREFIX + unitId, JSON.stringify(aliases));
  }
  writePending(deps.store, unitId, pending.filter((p) => p.id !== pendingId));
  const kept = result.merge.kept.length;
  return {
    ok: true,
    message: 'map' in decision ? chapterDecisionMessages.mapped(item.reported.name, target, kept) : chapterDecisionMessages.added(item.reported.name, kept),
  };
}

/** The unit's chapter the office chose, as its tab names it; null when the tab has no such chapter. */
function chapterOf(sheets: WorkbookSheets, campaign: Campaign, unit: Unit, name: string): string | null {
  const names = readUnitChapters(sheets, campaign, unit);
  const index = findChapter(names, name);
  return index < 0 ? null : names[index];
}
