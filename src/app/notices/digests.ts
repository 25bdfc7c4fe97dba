import { digestCadres, type DueNotice } from '../../domain/deadlines';
import type { OutgoingMail } from '../../gas/mail';
import { monthShown, pilotStatus } from '../../domain/pilots';
import { cadreDigestEmail, digestEmail, type DigestInput, type DigestPilot, type DigestUnit } from '../../ui/email';
import { pollReportMessages } from '../../ui/email/messages';
import { pollView } from '../sidebar/dashboard';
import type { NoticeContext } from './notices';
import { DEFAULT_REPORT_DAYS, reportDueDay } from '../../domain/visitReport';
import { keyDay } from '../../domain/visits';
import { monthToDate } from '../../domain/visitsMonthly';
import { viDate } from '../../ui/email/letter';
import type { DigestVisits } from '../../ui/email/visitDigest';

/** Every unit as `Đơn vị` says now, with its chapters' ratings as `Tổng hợp` counts them. */
function digestUnits(ctx: NoticeContext): DigestUnit[] {
  const ratings = ctx.ratingCounts();
  return ctx.campaign.units.map((unit) => {
    const status = ctx.statusOf.get(unit.id);
    return { unit, complete: status?.complete ?? false, missing: status?.missing ?? { periods: [], registration: null }, ratings: ratings.get(unit.name) };
  });
}

/** The digest a `Tổng hợp` notice stands for: the office's, or a cadre's own (null when that cadre gets none any more). */
export function digestLetter(ctx: NoticeContext, notice: DueNotice): OutgoingMail | null {
  return notice.cadreId ? cadreDigest(ctx, notice.cadreId) : officeDigest(ctx);
}

/** The `Tổng hợp` digest to the office: every unit, complete or not, as `Đơn vị` says now. */
export function officeDigest(ctx: NoticeContext): OutgoingMail {
  return {
    to: [ctx.campaign.officeEmail],
    cc: [],
    email: digestEmail({ campaign: ctx.campaign, cadres: ctx.campaign.cadres, units: digestUnits(ctx), today: ctx.today, attention: digestAttention(ctx), visits: digestVisits(ctx), pilots: digestPilots(ctx) }),
    senderName: ctx.campaign.office,
    replyTo: ctx.campaign.officeEmail,
  };
}

/** A cadre's own `Tổng hợp`: only the units they stand for; null for a cadre with no email or no unit (the sheet changed since the plan). */
export function cadreDigest(ctx: NoticeContext, cadreId: string): OutgoingMail | null {
  const cadre = digestCadres(ctx.campaign).find((c) => c.id === cadreId);
  if (!cadre) return null;
  const units = digestUnits(ctx).filter((u) => u.unit.cadre === cadre.id);
  return {
    to: [cadre.email.trim()],
    cc: [],
    email: cadreDigestEmail({ campaign: ctx.campaign, cadre, units, today: ctx.today }),
    senderName: ctx.campaign.office,
    replyTo: ctx.campaign.officeEmail,
  };
}

/** This month's visits so far (domain/visitsMonthly.ts); nothing while `Đi cơ sở` holds no visit. */
function digestVisits(ctx: NoticeContext): DigestVisits | undefined {
  const visits = ctx.visits().filter((visit) => visit.status !== 'Dự kiến');
  if (visits.length === 0) return undefined;
  const reportDays = ctx.campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS;
  const got = monthToDate(visits, { now: ctx.now().getTime(), today: ctx.today, reportDays });
  return {
    month: `${got.month.slice(5, 7)}/${got.month.slice(0, 4)}`,
    meetings: got.counts.invited,
    ahead: got.ahead,
    attended: got.counts.attended,
    reported: got.counts.reported,
    newProposals: got.newProposals,
    goodPractices: got.counts.goodPractices,
    overdue: got.overdue.map((v) => ({ chapter: v.chapter, unit: v.unitName, cadre: v.cadreName, when: viDate(keyDay(v.key)), due: viDate(reportDueDay(v, reportDays)) })),
  };
}

/** Each pilot with its status, from `Đi cơ sở` read once (not at all for a campaign without pilots). */
function digestPilots(ctx: NoticeContext): DigestPilot[] {
  const { pilots, units, timeZone } = ctx.campaign;
  if (pilots.length === 0) return [];
  const visits = ctx.visits();
  const now = ctx.now();
  const localDay = (date: Date) => ctx.localDay(date, timeZone);
  // A pilot of a unit no longer in `Đơn vị` is left out: the office reads names, never ids.
  return pilots.flatMap((pilot) => {
    const unit = units.find((u) => u.id === pilot.unit);
    if (!unit) return [];
    return [{ chapter: pilot.chapter, unit: unit.name, month: monthShown(pilot.month), status: pilotStatus(pilot, visits, now.getTime(), ctx.today, localDay).text }];
  });
}

function digestAttention(ctx: NoticeContext): DigestInput['attention'] {
  const report = ctx.pollReport?.read() ?? null;
  if (!report || !ctx.pollReport) return undefined;
  const view = pollView(report, { now: ctx.now, format: ctx.pollReport.format }, ctx.campaign.timeZone);
  return {
    lastPoll: view.lastPoll,
    parkedCount: view.parked.count,
    parkedLines: view.parked.items.map((item) => pollReportMessages.parkedLine(item.source, item.unit, item.reason, item.code)),
  };
}
