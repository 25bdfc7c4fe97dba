import type { MissingItems, PeriodProgress, RegistrationCheck, RegistrationProblem } from '../../domain/unitStatus';
import { digestText, duesText } from './messages';
import { periodLabel } from './letter';
import { numberedList, paragraph, type Block, type Inline } from './render';
import type { LetterCampaign } from './types';

/**
 * What a unit still owes, in words: one line per incomplete period and one for the
 * registration. A period's chapter list may be unknown (the `Đơn vị` status cells do not name
 * the chapters of a period nobody has rated yet), so each case says only what is known.
 */
export function missingLines(campaign: Pick<LetterCampaign, 'periods'>, missing: MissingItems, withRegistration = true): Inline[][] {
  const lines: Inline[][] = missing.periods.map((p) => [periodLine(periodLabel(campaign, p.code), p)]);
  if (withRegistration && missing.registration) lines.push([registrationLine(missing.registration)]);
  return lines;
}

function periodLine(label: string, p: PeriodProgress): string {
  if (p.total === 0) return duesText.periodNoChapters(label);
  if (p.rated === 0) return duesText.periodNone(label, p.total);
  if (p.missing.length === 0) return duesText.periodPartialUnknown(label, p.rated, p.total);
  return duesText.periodMissingChapters(label, p.total - p.rated, p.total, p.missing.join(', '));
}

export function registrationLine(check: RegistrationCheck): string {
  if (check.state === 'missing') return duesText.registrationNone;
  return duesText.registrationInvalid(problemsPhrase(check));
}

export function problemsPhrase(check: RegistrationCheck): string {
  const phrase: Record<RegistrationProblem, string> = {
    noBuild: duesText.problemNoBuild,
    noSupport: duesText.problemNoSupport,
    tooManySupport: duesText.problemTooManySupport(check.support),
  };
  return check.problems.map((problem) => phrase[problem]).join('; ');
}

/** One line for the digest: "năm 2015 còn thiếu 2/5 Chi đoàn; chưa đăng ký xây dựng, hỗ trợ". */
export function missingSummary(campaign: Pick<LetterCampaign, 'periods'>, missing: MissingItems): string {
  const parts = missing.periods.map((p) => {
    const label = periodLabel(campaign, p.code);
    if (p.total === 0) return digestText.shortPeriodNoChapters(label);
    if (p.rated === 0) return digestText.shortPeriodNone(label);
    return digestText.shortPeriodMissing(label, p.total - p.rated, p.total);
  });
  if (missing.registration) {
    parts.push(missing.registration.state === 'missing' ? digestText.shortRegistrationNone : digestText.shortRegistrationInvalid);
  }
  return parts.join('; ');
}

/**
 * How to send what is missing: the unit's own form when it has one, and always a reply to the
 * letter (the office address is the one the plan gives). After the deadline the wording urges
 * instead of naming a date that has passed.
 */
export function howToSend(campaign: Pick<LetterCampaign, 'officeEmail'>, deadlineText: string, formLink: string | null, afterDeadline: boolean): Block[] {
  const office = campaign.officeEmail;
  if (!formLink) {
    return [paragraph(afterDeadline ? duesText.howReplyOnlyAfter(office) : duesText.howReplyOnlyBefore(deadlineText, office))];
  }
  return [
    paragraph(afterDeadline ? duesText.howIntroAfter : duesText.howIntroBefore(deadlineText)),
    numberedList([[duesText.howForm, { href: formLink, label: duesText.formLinkLabel }], [duesText.howReply(office)]]),
  ];
}
