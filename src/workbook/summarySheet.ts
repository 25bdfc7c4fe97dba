import type { Campaign } from '../domain/campaign';
import { SCALES } from '../domain/ratings';
import type { DistrictSummary, UnitSummary } from '../domain/summary';
import { safeText, type Row } from './cells';
import { ratingHeader } from './layout';
import { statusMessages } from './messages';

export const SUMMARY_HEADER_ROWS = 2;
const UNRATED = 'Chưa xếp loại';

/** Two header rows: period groups over rating labels. */
export function summaryHeaderRows(campaign: Campaign): Row[] {
  const levels = SCALES[campaign.scale].levels;
  const top: Row = ['Đơn vị', 'Cụm', 'Số Chi đoàn'];
  const bottom: Row = ['', '', ''];
  for (const period of campaign.periods) {
    levels.forEach((level, i) => {
      top.push(i === 0 ? ratingHeader(period.label) : '');
      bottom.push(level.label);
    });
    top.push('');
    bottom.push(UNRATED);
  }
  top.push('Xây dựng Chi đoàn mạnh', 'Hỗ trợ', 'Tình trạng');
  bottom.push('', '', '');
  return [top, bottom];
}

/** Column ranges (1-based start, width) of the merged period headers. */
export function summaryPeriodGroups(campaign: Campaign): { column: number; width: number }[] {
  const width = SCALES[campaign.scale].levels.length + 1;
  return campaign.periods.map((_, i) => ({ column: 4 + i * width, width }));
}

function countCells(campaign: Campaign, counts: UnitSummary['counts']): number[] {
  const levels = SCALES[campaign.scale].levels;
  return campaign.periods.flatMap((period) => [...levels.map((level) => counts[period.code][level.code]), counts[period.code].NONE]);
}

export function summaryRows(campaign: Campaign, summary: DistrictSummary): Row[] {
  const rows: Row[] = summary.units.map((unit) => [
    safeText(unit.unit.name),
    safeText(unit.unit.cluster),
    unit.chapters,
    ...countCells(campaign, unit.counts),
    safeText(unit.build.join(', ')),
    safeText(unit.support.join(', ')),
    unit.complete ? statusMessages.complete : statusMessages.incomplete,
  ]);
  const totals = summary.totals;
  rows.push([
    'Toàn huyện',
    '',
    totals.chapters,
    ...countCells(campaign, totals.counts),
    totals.build,
    totals.support,
    `${totals.complete}/${summary.units.length} đơn vị đã nộp đủ`,
  ]);
  return rows;
}
