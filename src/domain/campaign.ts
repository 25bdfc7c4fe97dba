import * as z from 'zod/mini';
import { isPeriodCode } from './periods';
import { matchKey } from './text';
import { describeCustom, describeIssue, fieldSubject, campaignMessages as msg } from './messages';

/**
 * Names of the workbook's own sheets, the temporary ones setup makes included (the staging sheet,
 * the unit-tab template, the sheet under construction); a unit's tab may not take one of them, even
 * with other accents or case. test/unit/domain/campaignNames.test.ts checks the workbook uses no other.
 */
export const RESERVED_SHEET_NAMES = [
  'Cấu hình',
  'Đơn vị',
  'Cán bộ',
  'Tổng hợp',
  'Nhật ký nhận',
  'Nhật ký gửi',
  'Đi cơ sở',
  'Đi cơ sở theo tháng',
  'Thiết lập đang chạy (tạm)',
  'Mẫu trang đơn vị (tạm)',
  '~ Đang tạo ~',
] as const;

/** Sheets refuses a tab name over 100 characters. */
export const SHEET_NAME_LIMIT = 100;
/** An id is typed by the office and written in cells and keys; far shorter than any cell. */
export const ID_LIMIT = 60;
/** The longest address RFC 5321 allows. */
export const EMAIL_LIMIT = 254;

/** `ward` (phường) and `special` (đặc khu) are the commune-level kinds since 1/7/2025. */
export const UNIT_KINDS = ['commune', 'town', 'school', 'direct', 'ward', 'special'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]{2,}$/;

/** Whether a bare address would pass the campaign's own check (an address the office adds later must). */
export function isEmailAddress(address: string): boolean {
  return address.length <= EMAIL_LIMIT && EMAIL.test(address);
}
/** What a machine id looks like (units, cadres): lower-case letters without accents, digits and hyphens. */
export const ID = /^[a-z0-9][a-z0-9-]*$/;
const TIME_ZONE = /^(UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The longest name or text a campaign field may hold: every one is written to a cell (50,000
 * characters at most) and most become a form title or a grid row; a longer one is a paste gone
 * wrong, refused before anything is written.
 */
export const TEXT_LIMIT = 300;
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMIT));
const optionalText = z.string().check(z.trim(), z.maxLength(TEXT_LIMIT));
const email = z.string().check(z.trim(), z.maxLength(EMAIL_LIMIT), z.regex(EMAIL, { error: msg.badEmail }));
const isoDate = z.string().check(z.refine(isRealDate, { error: msg.badDate }));
const id = z.string().check(z.maxLength(ID_LIMIT), z.regex(ID, { error: msg.badId }));
const dayOffsets = z.array(z.int().check(z.gte(1), z.lte(60)));

export const cadreSchema = z.strictObject({
  id,
  name: text,
  role: text,
  email,
});

export const unitSchema = z.strictObject({
  id,
  name: text,
  short: z.string().check(z.trim(), z.minLength(1), z.maxLength(SHEET_NAME_LIMIT)),
  kind: z.enum(UNIT_KINDS),
  cluster: optionalText,
  emails: z.array(email),
  secretary: optionalText,
  cadre: id,
  chapters: z.array(text),
  /** Ids or names of the earlier units merged into this one in 2025, whose ratings carry over. */
  formerly: z.optional(z.array(text)),
});

export const periodSchema = z.strictObject({
  code: z.string().check(z.refine(isPeriodCode, { error: msg.badPeriod })),
  label: text,
});

/**
 * The campaign as a file or the workbook gives it. The collecting office is `office`, or
 * `district` in a 2016 file; the body it reports to is `parent`, or `province`.
 */
export const campaignInputSchema = z.strictObject({
  name: text,
  office: z.optional(text),
  district: z.optional(text),
  parent: z.optional(text),
  province: z.optional(text),
  parentEmail: z.optional(email),
  officeEmail: email,
  timeZone: z.string().check(z.maxLength(ID_LIMIT), z.regex(TIME_ZONE, { error: msg.badTimeZone })),
  start: isoDate,
  deadline: isoDate,
  scale: z.enum(['legacy', 'current']),
  periods: z.array(periodSchema).check(z.minLength(1)),
  reminders: z.strictObject({
    before: dayOffsets,
    after: dayOffsets,
    hour: z.int().check(z.gte(0), z.lte(23)),
  }),
  signer: z.optional(z.strictObject({ title: text, name: optionalText })),
  cadres: z.array(cadreSchema).check(z.minLength(1)),
  units: z.array(unitSchema).check(z.minLength(1)),
  pilots: z.array(
    z.strictObject({
      unit: id,
      chapter: text,
      month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: msg.badMonth })),
    }),
  ),
  visits: z.optional(z.strictObject({ reportDays: z.int().check(z.gte(1), z.lte(30)) })),
});

type CampaignInput = z.infer<typeof campaignInputSchema>;

/**
 * The campaign the code works with: one name for the office and one for its parent, whichever
 * of the two spellings the file used (the 2016 names are not kept beside them).
 */
export type Campaign = Omit<CampaignInput, 'office' | 'district' | 'parent' | 'province'> & {
  /** The collecting office, e.g. "Huyện đoàn Núi Thành", "Thành Đoàn Đà Nẵng", "Đoàn xã Núi Thành". */
  office: string;
  /** The body the office reports to; empty when the campaign names none. */
  parent: string;
};

/** Both spellings accepted; `office` and `parent` win over their 2016 names. */
function normalized(input: CampaignInput): Campaign {
  const { office, district, parent, province, ...rest } = input;
  return { ...rest, office: office ?? district ?? '', parent: parent ?? province ?? '' };
}

/** The fields of the normalized campaign, for readers that pick some (the sidebar's settings). */
export const campaignSchema = z.strictObject({
  ...campaignInputSchema.shape,
  office: text,
  parent: optionalText,
});

interface CrossIssue {
  path: (string | number)[];
  message: string;
}

/** Characters Sheets refuses in a tab's name (the tab is titled with the unit's short name). */
const FORBIDDEN_SHEET_CHARACTERS = /[[\]*?/\\:]/;
/** Sheets refuses a tab name that begins or ends with an apostrophe (A1 notation quotes names with it). */
const APOSTROPHE_AT_EDGE = /^'|'$/;
/** A line break or tab pasted into a name: no tab name holds one. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Rules across fields, checked once every field is well formed. */

function crossCheck(campaign: Campaign): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (!campaign.office) add(['office'], msg.officeMissing);
  if (campaign.deadline < campaign.start) add(['deadline'], msg.deadlineBeforeStart(campaign.deadline, campaign.start));
  reportDuplicates(campaign.periods.map((p) => p.code), (i, value) => add(['periods', i, 'code'], msg.duplicate('mã kỳ', value)));
  reportDuplicates(campaign.cadres.map((c) => c.id), (i, value) => add(['cadres', i, 'id'], msg.duplicate('mã cán bộ', value)));
  // Sheets, Gmail and the office's eye take two names that differ only by accents or case for one.
  for (const [field, what] of [['id', 'mã đơn vị'], ['name', 'tên đơn vị'], ['short', 'tên viết tắt (tên trang tính)']] as const) {
    reportFoldedDuplicates(campaign.units.map((u) => u[field]), (i, first) => add(['units', i, field], duplicateMessage(what, campaign.units[i][field], first)));
  }
  const cadreIds = new Set(campaign.cadres.map((c) => c.id));
  const reserved = new Set(RESERVED_SHEET_NAMES.map(matchKey));
  campaign.units.forEach((unit, i) => {
    if (!cadreIds.has(unit.cadre)) add(['units', i, 'cadre'], msg.unknownCadre(unit.cadre));
    if (reserved.has(matchKey(unit.short))) add(['units', i, 'short'], msg.reservedSheetName(unit.short));
    if (FORBIDDEN_SHEET_CHARACTERS.test(unit.short)) add(['units', i, 'short'], msg.forbiddenSheetCharacters(unit.short));
    if (APOSTROPHE_AT_EDGE.test(unit.short)) add(['units', i, 'short'], msg.apostropheAtEdge(unit.short));
    if (CONTROL_CHARACTERS.test(unit.short)) add(['units', i, 'short'], msg.controlCharacters(unit.short));
    reportDuplicates(unit.chapters.map(matchKey), (j) => add(['units', i, 'chapters', j], msg.duplicate('tên Chi đoàn', unit.chapters[j])));
  });
  campaign.pilots.forEach((pilot, i) => {
    const unit = campaign.units.find((u) => u.id === pilot.unit);
    if (!unit) add(['pilots', i, 'unit'], msg.unknownUnit(pilot.unit));
    // Chapters are listed in the unit tabs once the workbook exists; check them only when known.
    else if (unit.chapters.length > 0 && !unit.chapters.some((c) => matchKey(c) === matchKey(pilot.chapter))) {
      add(['pilots', i, 'chapter'], msg.unknownChapter(pilot.chapter, unit.name));
    }
  });
  return issues;
}

export type Unit = z.infer<typeof unitSchema>;
export type Cadre = z.infer<typeof cadreSchema>;
export type Period = z.infer<typeof periodSchema>;

/** Each value whose folded form (matchKey) an earlier one has, with that earlier value. */
function reportFoldedDuplicates(values: readonly string[], report: (index: number, first: string) => void): void {
  const seen = new Map<string, string>();
  values.forEach((value, index) => {
    const key = matchKey(value);
    const first = seen.get(key);
    if (first !== undefined) report(index, first);
    else seen.set(key, value);
  });
}

function duplicateMessage(what: string, value: string, first: string): string {
  return value === first ? msg.duplicate(what, value) : msg.duplicateFolded(what, value, first);
}

function reportDuplicates(values: string[], report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) report(index, value);
    seen.add(value);
  });
}

export type CampaignResult = { ok: true; campaign: Campaign } | { ok: false; errors: string[] };

/**
 * Validates a campaign object; every error names its field, in Vietnamese. `locate` may add
 * where the field lives for the reader (a sheet and row when the campaign came from the workbook).
 */
export function validateCampaign(input: unknown, locate?: (path: readonly PropertyKey[]) => string | null): CampaignResult {
  const parsed = campaignInputSchema.safeParse(input);
  const where = (path: readonly PropertyKey[]) => locate?.(path) ?? null;
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, input, where(issue.path))) };
  const campaign = normalized(parsed.data);
  const cross = crossCheck(campaign);
  if (cross.length) {
    return { ok: false, errors: cross.map((issue) => describeCustom(issue.path, issue.message, where(issue.path), fieldSubject(issue.path, campaign))) };
  }
  return { ok: true, campaign };
}

/** Parses campaign JSON text (as pasted into the setup dialog or read by the CLI). */
export function parseCampaignJson(json: string): CampaignResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [msg.notJson(error instanceof Error ? error.message : String(error))] };
  }
  return validateCampaign(data);
}
