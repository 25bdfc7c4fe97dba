import type { Campaign } from '../../domain/campaign';
import { formatViDate, parseIsoDay } from '../../domain/calendarDays';
import type { PeriodFigures, ReportFigures } from '../../domain/report/figures';
import { upperVi } from '../../domain/text';
import { periodsPhrase, signatureLines } from '../email/letter';
import { missingSummary } from '../email/missing';
import { romanNumeral } from '../email/render';
import { reportText, viPercent } from './messages';
import type { ReportBlock, ReportDocument, ReportSection } from './model';
import type { VisitFigures } from '../../domain/report/visitFigures';
import { visitBlocks, visitReportText } from './visitSection';

export type ReportCampaign = Pick<Campaign, 'name' | 'office' | 'parent' | 'deadline' | 'periods' | 'scale' | 'signer'>;

/** Words that name the body rather than the place ("Huyện đoàn", "Đoàn xã", "Thành Đoàn"…): the place is what follows. */
const BODY_WORDS = /^(?:(?:huyện|thành|tỉnh|quận|thị)\s+đoàn|đoàn\s+(?:xã|phường|thị\s+trấn|đặc\s+khu|trường|khối)|đoàn)\s+/iu;

/** "Núi Thành" from "Huyện đoàn Núi Thành", "Đà Nẵng" from "Thành Đoàn Đà Nẵng": the place a document is dated at. */
export function placeOf(office: string): string {
  const place = office.trim().replace(BODY_WORDS, '').trim();
  return place || office.trim();
}

/**
 * The report's content from the figures: the frame (header, title, Nơi nhận, signature) and the
 * sections, numbered as shown (the visits' section only with `visits`). Only `data` sections are rewritten when the report is made again.
 */
export function reportDocument(campaign: ReportCampaign, figures: ReportFigures, today: string, visits?: VisitFigures): ReportDocument {
  const day = parseIsoDay(today);
  if (!day) throw new Error(`reportDocument: bad day ${today}`);
  const sections: ReportSection[] = [
    { id: 'submission', heading: reportText.headings.submission, data: true, blocks: submissionBlocks(figures) },
    { id: 'ratings', heading: reportText.headings.ratings, data: true, blocks: ratingBlocks(figures) },
    { id: 'clusters', heading: reportText.headings.clusters, data: true, blocks: clusterBlocks(figures) },
    { id: 'registrations', heading: reportText.headings.registrations, data: true, blocks: registrationBlocks(figures) },
    { id: 'owed', heading: reportText.headings.owed, data: true, blocks: owedBlocks(campaign, figures) },
    // The cadres' visits (issue 17), when the workbook has a `Đi cơ sở` sheet to count from.
    ...(visits ? [{ id: 'visits' as const, heading: visitReportText.heading, data: true, blocks: visitBlocks(visits) }] : []),
    { id: 'assessment', heading: reportText.headings.assessment, data: false, blocks: [{ kind: 'paragraph', text: reportText.assessment(campaign.office, figures.owed.length) }] },
  ];
  return {
    name: reportText.fileName(campaign.name, formatViDate(today)),
    header: {
      parent: upperVi(campaign.parent),
      office: upperVi(`BCH ${campaign.office}`),
      number: reportText.number,
      union: reportText.union,
      placeDate: reportText.placeDate(placeOf(campaign.office), day.day, day.month, day.year),
    },
    title: [reportText.title, reportText.subtitle, reportText.campaignLine(campaign.name), reportText.rule],
    intro: reportText.intro(campaign.office, campaign.name, periodsPhrase(campaign), formatViDate(campaign.deadline), formatViDate(today)),
    sections: sections.map((section, i) => ({ ...section, heading: numberedHeading(i + 1, section.heading) })),
    closing: reportText.closing(campaign.office),
    recipients: {
      heading: reportText.recipientsHeading,
      lines: [...(campaign.parent.trim() ? [reportText.recipientParent(campaign.parent.trim())] : []), reportText.recipientArchive],
    },
    signature: signatureLines(campaign),
  };
}

export function numberedHeading(n: number, heading: string): string {
  return `${romanNumeral(n)}. ${heading}`;
}

/** A heading as written, without its numeral: how a regenerated report finds its sections again. */
export function headingKey(text: string): string {
  return text.trim().replace(/^[IVXLC]+\.\s*/, '');
}

function submissionBlocks(f: ReportFigures): ReportBlock[] {
  return [
    { kind: 'paragraph', text: reportText.submission(f.units, f.submitted, f.onTime, f.late, f.complete) },
    { kind: 'paragraph', text: reportText.chapters(f.chapters, f.members) },
  ];
}

function ratingBlocks(f: ReportFigures): ReportBlock[] {
  if (f.periods.every((p) => p.rated === 0)) return [{ kind: 'paragraph', text: reportText.noChapters }];
  const head = [reportText.ratingColumn, ...f.periods.flatMap((p) => [reportText.countColumn(p.label), reportText.shareColumn])];
  const levels = f.periods[0].levels.map((level, l) => [level.label, ...f.periods.flatMap((p) => [String(p.levels[l].count), viPercent(p.levels[l].share)])]);
  const unrated = [reportText.unratedRow, ...f.periods.flatMap((p) => [String(p.unrated), ''])];
  const total = [reportText.totalRow, ...f.periods.flatMap((p) => [String(p.chapters), ''])];
  const changes = f.changes.flatMap((change) =>
    change.levels.map((level) => reportText.change(change.from, change.to, level.label, level.count, level.share)),
  );
  return [{ kind: 'table', head, rows: [...levels, unrated], total }, ...(changes.length ? [{ kind: 'bullets' as const, items: changes }] : [])];
}

function clusterBlocks(f: ReportFigures): ReportBlock[] {
  const latest = f.periods.length - 1;
  const last: PeriodFigures = f.periods[latest];
  const head = [reportText.clusterColumn, reportText.unitsColumn, reportText.completeColumn, reportText.chaptersColumn, ...last.levels.map((l) => `${l.label} (${last.label})`)];
  const rows = f.clusters.map((c) => [
    c.cluster || reportText.noCluster,
    String(c.units),
    String(c.complete),
    String(c.chapters),
    ...c.periods[latest].levels.map((l) => `${l.count} (${viPercent(l.share)})`),
  ]);
  const total = [reportText.totalRow, String(f.units), String(f.complete), String(f.chapters), ...last.levels.map((l) => `${l.count} (${viPercent(l.share)})`)];
  return [{ kind: 'table', head, rows, total }];
}

function registrationBlocks(f: ReportFigures): ReportBlock[] {
  if (f.build.length === 0 && f.support.length === 0) return [{ kind: 'paragraph', text: reportText.noRegistration }];
  const units = [...new Set([...f.build, ...f.support].map((line) => line.unit))];
  const namesOf = (lines: ReportFigures['build'], unit: string) => lines.filter((l) => l.unit === unit).map((l) => l.chapter).join('; ');
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: reportText.registrationCounts(f.build.length, f.support.length) },
    { kind: 'table', head: [reportText.unitColumn, reportText.buildColumn, reportText.supportColumn], rows: units.map((unit) => [unit, namesOf(f.build, unit), namesOf(f.support, unit)]) },
  ];
  if (f.supportNotLowest.length) {
    blocks.push({ kind: 'paragraph', text: reportText.notLowestIntro }, { kind: 'bullets', items: f.supportNotLowest.map((l) => reportText.notLowestLine(l.unit, l.chapter)) });
  }
  return blocks;
}

function owedBlocks(campaign: ReportCampaign, f: ReportFigures): ReportBlock[] {
  if (f.owed.length === 0) return [{ kind: 'paragraph', text: reportText.allComplete }];
  return [
    { kind: 'paragraph', text: reportText.owedIntro(f.owed.length) },
    // A table, not a list: one call for 170 units where a list would take two a line.
    {
      kind: 'table',
      head: [reportText.unitColumn, reportText.owedColumn],
      rows: f.owed.map((o) => [o.unit, o.nothing ? reportText.owedNothing : capitalized(missingSummary(campaign, o.missing))]),
    },
  ];
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
