import type { Unit } from '../../domain/campaign';
import type { Submission } from '../../domain/mergeSubmission';
import { senderAuthentication } from '../../domain/senderAuth';
import { unitNamedIn, unitOfSender } from '../../domain/senders';
import type { ParseReport } from '../../intake';
import { failureMessages, triageMessages } from '../messages';

/**
 * More chapters than any unit has (a Đà Nẵng ward reported 146 grassroots units): a document
 * listing more is a wrong file or a merged list, refused with its reason rather than written as
 * hundreds of new chapters.
 */
export const MAX_REPORTED_CHAPTERS = 500;

/** What the mailbox does with one message, decided before anything is written. */
export type Triage =
  | { action: 'apply'; unit: Unit; submission: Submission; warnings: string[] }
  /** `unit`: the one it seems to come from (the sender's, or for an unknown sender the one its document names), a suggestion for the office. */
  | { action: 'review'; unit: Unit | null; reason: string }
  | { action: 'reject'; unit: Unit; reason: string };

export interface TriageInput {
  from: string;
  /** Every Authentication-Results field of the message, top first. */
  authenticationResults: readonly string[];
  report: ParseReport;
}

/**
 * Unknown senders, mail not authenticated as its From domain's (senderAuth.ts) and documents naming another unit go to review:
 * nothing is applied and no automatic reply goes out. A registered sender whose message cannot be
 * read gets a `Báo lỗi`. Everything else is applied to the sender's unit.
 */
export function triageMessage(units: readonly Unit[], input: TriageInput): Triage {
  const unit = unitOfSender(units, input.from);
  if (!unit) {
    const named = input.report.ok ? unitNamedIn(units, input.report.unit) : null;
    return { action: 'review', unit: named, reason: triageMessages.unknownSender(input.from) };
  }
  const auth = senderAuthentication(input.authenticationResults, input.from);
  if (auth.verdict !== 'pass') return { action: 'review', unit, reason: triageMessages.authenticationFailed(input.from, auth) };
  const { report } = input;
  if (!report.ok) return { action: 'reject', unit, reason: report.error };
  if (report.chapters.length > MAX_REPORTED_CHAPTERS) {
    return { action: 'reject', unit, reason: failureMessages.tooManyChapters(report.chapters.length, MAX_REPORTED_CHAPTERS) };
  }
  const named = unitNamedIn(units, report.unit);
  if (named && named.id !== unit.id) {
    return { action: 'review', unit, reason: triageMessages.otherUnit(report.unit ?? named.name, unit.name) };
  }
  return { action: 'apply', unit, submission: submissionOf(report), warnings: report.warnings };
}

/** A parse report as a submission: a registration stated for any chapter replaces the unit's previous one. */
export function submissionOf(report: Extract<ParseReport, { ok: true }>): Submission {
  return {
    chapters: report.chapters.map((chapter) => ({
      name: chapter.name,
      members: chapter.members,
      ratings: chapter.ratings,
      registration: chapter.registration,
    })),
    hasRegistration: report.chapters.some((chapter) => chapter.registration !== null),
  };
}
