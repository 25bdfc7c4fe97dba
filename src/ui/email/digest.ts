import type { Cadre, Unit } from '../../domain/campaign';
import { daysOverdue } from '../../domain/deadlines';
import type { MissingItems } from '../../domain/unitStatus';
import { composeLetter, periodsPhrase, viDate } from './letter';
import { digestText, letterText, pollReportMessages } from './messages';
import { missingSummary } from './missing';
import { ratingTotalsBlocks, type RatingCounts } from './ratingTotals';
import { bulletList, heading, numberedSections, paragraph, type Block, type Inline } from './render';
import type { Email, LetterCampaign } from './types';
import { visitDigestBlocks, type DigestVisits } from './visitDigest';

export interface DigestUnit {
  unit: Pick<Unit, 'id' | 'name' | 'cluster' | 'cadre'>;
  complete: boolean;
  missing: MissingItems;
  /** Its chapters per rating per period (its row of `Tổng hợp`); the totals section sums the units that have them. */
  ratings?: RatingCounts;
}

/** What the `Tổng hợp` letter to the office needs; `units` in the order of `Đơn vị`. */
export interface DigestInput {
  campaign: LetterCampaign;
  cadres: readonly Pick<Cadre, 'id' | 'name'>[];
  units: readonly DigestUnit[];
  /** Local `YYYY-MM-DD` of the digest. */
  today: string;
  /** What the mailbox poll could not do (pollReport.ts), said first: the office must act on it. */
  attention?: { lastPoll: string | null; parkedCount: number; parkedLines: readonly string[] };
  /** The cadres' visits this month (issue 17); absent while `Đi cơ sở` holds none. */
  visits?: DigestVisits;
  /** The campaign's pilot chapters with what became of their planned visit (domain/pilots.ts); no section when none. */
  pilots?: readonly DigestPilot[];
}

/** A pilot as the digest says it: names as the office reads them, `month` as `MM/yyyy`, `status` as the dashboard shows it. */
export interface DigestPilot {
  chapter: string;
  unit: string;
  month: string;
  status: string;
}

/**
 * `Tổng hợp`: counts, then every unit by cluster (late ones first, each with what it owes) and
 * by cadre, so the office sees both where the gaps are and who should chase them, then the
 * chapters per rating per period over all units.
 */
export function digestEmail(input: DigestInput): Email {
  const { campaign, units, today } = input;
  const complete = units.filter((u) => u.complete).length;
  const late = units.length - complete;
  const blocks: Block[] = [
    paragraph(digestText.intro(campaign.name, periodsPhrase(campaign), viDate(campaign.deadline), viDate(today), daysOverdue(campaign.deadline, today))),
    bulletList([[digestText.completeCount(complete, units.length)], [digestText.lateCount(late, units.length)]]),
    ...attentionBlocks(input.attention),
    heading(digestText.byCluster),
    ...groupBy(units, (u) => u.unit.cluster.trim() || digestText.noCluster).flatMap(([cluster, members]) => clusterBlocks(campaign, cluster, members)),
    heading(digestText.byCadre),
    bulletList(cadreLines(input)),
    ...visitDigestBlocks(input.visits),
    ...pilotBlocks(input.pilots ?? []),
    ...ratingTotalsBlocks(campaign, units.map((u) => u.ratings)),
    paragraph(late > 0 ? digestText.urge : digestText.allComplete),
  ];
  return composeLetter(campaign, letterText.officeRecipient, digestText.subject(viDate(today), complete, units.length), numberedSections(blocks));
}

/** A short section: each pilot chapter and whether its visit happened and was reported. */
function pilotBlocks(pilots: readonly DigestPilot[]): Block[] {
  if (pilots.length === 0) return [];
  return [heading(digestText.pilots), bulletList(pilots.map((p) => [digestText.pilotLine(p.chapter, p.unit, p.month), { strong: p.status }]))];
}

function attentionBlocks(attention: DigestInput['attention']): Block[] {
  if (!attention) return [];
  const blocks: Block[] = [];
  if (attention.lastPoll) blocks.push(paragraph(attention.lastPoll));
  if (attention.parkedCount > 0) {
    const more = attention.parkedCount - attention.parkedLines.length;
    blocks.push(
      paragraph({ strong: pollReportMessages.parkedHeading(attention.parkedCount) }),
      bulletList([...attention.parkedLines.map((line) => [line]), ...(more > 0 ? [[pollReportMessages.parkedMore(more)]] : [])]),
      paragraph(pollReportMessages.parkedAdvice),
    );
  }
  return blocks;
}

function clusterBlocks(campaign: LetterCampaign, cluster: string, members: readonly DigestUnit[]): Block[] {
  return [paragraph({ strong: digestText.clusterHeading(cluster, members.filter((u) => u.complete).length, members.length) }), unitsTable(campaign, members)];
}

/** The units, late ones first (each with what it owes), then the complete ones, in their order. */
export function unitsTable(campaign: LetterCampaign, members: readonly DigestUnit[]): Block {
  const ordered = [...members.filter((u) => !u.complete), ...members.filter((u) => u.complete)];
  const rows = ordered.map((u) => [u.unit.name, u.complete ? digestText.stateComplete : lateState(campaign, u.missing)]);
  return { kind: 'table', head: [digestText.columnUnit, digestText.columnState], rows, text: 'records' };
}

function lateState(campaign: LetterCampaign, missing: MissingItems): string {
  const summary = missingSummary(campaign, missing);
  return summary ? digestText.stateLate(summary) : digestText.stateLateUnknown;
}

/** Cadres in the order of `Cán bộ`, each with the units they stand for; unknown cadre ids last. */
function cadreLines(input: DigestInput): Inline[][] {
  const names = new Map(input.cadres.map((c) => [c.id, c.name]));
  const groups = groupBy(input.units, (u) => u.unit.cadre);
  const rank = (id: string) => {
    const index = input.cadres.findIndex((c) => c.id === id);
    return index < 0 ? input.cadres.length : index;
  };
  return groups
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, members]) => [
      { strong: `${names.get(id) ?? digestText.unknownCadre(id)}: ` },
      digestText.cadreLine(
        members.filter((u) => !u.complete).map((u) => u.unit.name),
        members.filter((u) => u.complete).map((u) => u.unit.name),
      ),
    ]);
}

/** Groups in order of first appearance (the sheet's order), which `Array.sort` keeps stable. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()];
}
