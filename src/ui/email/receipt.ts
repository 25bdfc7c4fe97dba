import type { KeptValue, MergeResult, RecordedChapter } from '../../domain/mergeSubmission';
import { daysBetween } from '../../domain/calendarDays';
import { defaultPeriodLabel } from '../../domain/periods';
import { ratingLabel, SCALES } from '../../domain/ratings';
import { registrationLabel } from '../../domain/registration';
import { missingItems, type RegistrationCheck, type UnitProgress } from '../../domain/unitStatus';
import { composeLetter, periodLabel, periodsPhrase, viDate } from './letter';
import { duesText, letterText, receiptText } from './messages';
import { howToSend, missingLines, problemsPhrase } from './missing';
import { bulletList, heading, numberedList, numberedSections, paragraph, romanNumeral, sectionCount, type Block, type Inline } from './render';
import type { Email, LetterCampaign, LetterUnit, SubmissionChannel } from './types';

/** What the `Xác nhận` reply needs, once the submission has been applied. */
export interface ReceiptInput {
  campaign: LetterCampaign;
  unit: LetterUnit;
  /** The submission's short code (`Số hiệu` of its log row, `TT-0912-03`), quoted so the office can find the row; never a machine id. */
  reference: string;
  channel: SubmissionChannel;
  /** Local `YYYY-MM-DD` the submission arrived, or null to leave the day out. */
  receivedDay: string | null;
  /** Local `YYYY-MM-DD` of the reply: decides whether the deadline is still ahead. */
  today: string;
  /** `held`: reported chapters that look like one of the unit's, left for the office to check. */
  merge: Pick<MergeResult, 'recorded' | 'ignoredPeriods' | 'wrongScale'> & Partial<Pick<MergeResult, 'held'>>;
  /** Values the submission did not change because a later one is recorded, with when that came (local time). */
  kept?: readonly KeptLine[];
  /** The parser's warnings (Vietnamese), said back as "not understood". */
  warnings: readonly string[];
  /** The unit assessed after the submission was applied (`assessUnit`). */
  progress: UnitProgress;
  formLink: string | null;
}

/** A value kept as recorded, and when (local `HH:mm` and `YYYY-MM-DD`) what stays was received. */
export interface KeptLine {
  value: KeptValue;
  time: string;
  day: string;
}

/**
 * `Xác nhận`: exactly what was recorded, what was not understood, the registration check (a
 * support chapter that is not among the lowest rated is a warning, not a rejection) and what
 * the unit still owes, or that it is complete.
 */
export function receiptEmail(input: ReceiptInput): Email {
  const { campaign, unit } = input;
  const before = [...recordedBlocks(campaign, input.merge.recorded), ...notUnderstoodBlocks(input)];
  const blocks: Block[] = numberedSections([
    paragraph(receiptText.received(receiptText.channel[input.channel], input.receivedDay && viDate(input.receivedDay), input.reference)),
    ...before,
    ...registrationBlocks(input.progress.registration),
    ...statusBlocks(input, romanNumeral(sectionCount(before) + 1)),
  ]);
  return composeLetter(campaign, letterText.unitRecipient(unit.name), receiptText.subject(unit.name), blocks);
}

function recordedBlocks(campaign: LetterCampaign, recorded: readonly RecordedChapter[]): Block[] {
  if (recorded.length === 0) return [heading(receiptText.recordedHeading), paragraph(receiptText.nothingRecorded)];
  const withMembers = recorded.some((c) => c.members !== null);
  const none = receiptText.noValue;
  const head = [
    receiptText.columnChapter,
    ...(withMembers ? [receiptText.columnMembers] : []),
    ...campaign.periods.map((p) => receiptText.columnRating(p.label)),
    receiptText.columnRegistration,
  ];
  const rows = recorded.map((c) => [
    c.isNew ? receiptText.newChapter(c.name) : c.name,
    ...(withMembers ? [c.members === null ? none : String(c.members)] : []),
    ...campaign.periods.map((p) => {
      const code = c.ratings[p.code];
      return code ? ratingLabel(code) : none;
    }),
    c.registration ? registrationLabel(c.registration) : none,
  ]);
  return [
    heading(receiptText.recordedHeading),
    paragraph(receiptText.recordedIntro(recorded.length)),
    { kind: 'table', head, rows, text: 'records' },
    paragraph(receiptText.overrideNote),
  ];
}

function notUnderstoodBlocks(input: ReceiptInput): Block[] {
  const { campaign, merge } = input;
  const collected = periodsPhrase(campaign);
  const scale = SCALES[campaign.scale].levels.map((level) => level.label).join(', ');
  const lines: Inline[][] = [
    ...input.warnings.map((warning) => [warning]),
    ...merge.ignoredPeriods.map((code) => [receiptText.ignoredPeriod(defaultLabel(code), collected)]),
    ...merge.wrongScale.map(([chapter, code, rating]) => [receiptText.wrongScale(chapter, periodLabel(campaign, code), ratingLabel(rating), scale)]),
  ];
  const held = (merge.held ?? []).map((chapter) => [receiptText.heldChapter(chapter.reported.name, chapter.suggestion)]);
  const kept = (input.kept ?? []).map((line) => [keptSentence(campaign, line)]);
  if (lines.length === 0 && held.length === 0 && kept.length === 0) return [];
  return [
    heading(receiptText.notUnderstoodHeading),
    bulletList([...lines, ...held, ...kept]),
    ...(lines.length ? [paragraph(receiptText.notUnderstoodClosing)] : []),
    ...(held.length ? [paragraph(receiptText.heldClosing)] : []),
    ...(kept.length ? [paragraph(receiptText.keptClosing)] : []),
  ];
}

/** Why a value stays: what is recorded, when it was received and by which channel (never its id). */
function keptSentence(campaign: LetterCampaign, line: KeptLine): string {
  const { value } = line;
  const what = value.field.kind === 'registration' ? 'đăng ký' : 'kết quả';
  const when = receiptText.keptWhen(what, line.time, viDate(line.day), receiptText.keptChannel[value.recorded.kind] ?? null, value.sameTime);
  const current = value.current === null ? null : typeof value.current === 'number' ? String(value.current) : ratingLabel(value.current);
  switch (value.field.kind) {
    case 'registration':
      return receiptText.keptRegistration(when);
    case 'members':
      return receiptText.keptMembers(value.chapter ?? '', current, when);
    case 'rating':
      return receiptText.keptRating(value.chapter ?? '', periodLabel(campaign, value.field.period), current, when);
  }
}

/** A period code the campaign does not collect has no configured label; fall back to the usual wording. */
function defaultLabel(code: string): string {
  try {
    return defaultPeriodLabel(code);
  } catch {
    return code;
  }
}

function registrationBlocks(check: RegistrationCheck): Block[] {
  const blocks: Block[] = [heading(receiptText.registrationHeading)];
  if (check.state === 'missing') blocks.push(paragraph(receiptText.registrationMissing));
  else blocks.push(paragraph(check.state === 'valid' ? receiptText.registrationValid : receiptText.registrationInvalid(problemsPhrase(check))));
  const chosen: Inline[][] = [];
  if (check.build.length) chosen.push([receiptText.registrationBuild(check.build)]);
  if (check.support.length) chosen.push([receiptText.registrationSupport(check.support)]);
  if (chosen.length) blocks.push(bulletList(chosen));
  if (check.notLowest.length) blocks.push(paragraph(receiptText.notLowest(check.notLowest)));
  return blocks;
}

/** `registrationSection`: the number the registration section has in this letter, which the missing list points to. */
function statusBlocks(input: ReceiptInput, registrationSection: string): Block[] {
  const { campaign, progress } = input;
  if (progress.complete) return [heading(receiptText.statusHeading), paragraph(receiptText.complete(periodsPhrase(campaign)))];
  const missing = missingItems(progress);
  const lines = missingLines(campaign, missing, false);
  if (missing.registration) {
    lines.push([(missing.registration.state === 'missing' ? duesText.registrationSeeAboveMissing : duesText.registrationSeeAboveInvalid)(registrationSection)]);
  }
  const afterDeadline = daysBetween(campaign.deadline, input.today) > 0;
  return [
    heading(receiptText.statusHeading),
    paragraph(receiptText.stillMissing),
    numberedList(lines),
    ...howToSend(campaign, viDate(campaign.deadline), input.formLink, afterDeadline),
  ];
}
