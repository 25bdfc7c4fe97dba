import type { Campaign, Unit } from '../../domain/campaign';
import { formatViDate } from '../../domain/calendarDays';
import { ratingLabel } from '../../domain/ratings';
import { registrationLabel } from '../../domain/registration';
import { foldAccents, upperVi } from '../../domain/text';
import type { ChapterRecord } from '../../domain/unitStatus';
import { periodsPhrase } from '../email/letter';
import { reportText } from './messages';
import { xlsxFile, type XlsxCell } from './xlsxFile';

type TableCampaign = Pick<Campaign, 'office' | 'periods' | 'units'>;

/** `tong-hop-huyen-doan-nui-thanh.xlsx`: the attachment's name, plain ASCII as every mail client keeps it. */
export function summaryFileName(office: string): string {
  const slug = foldAccents(office).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `tong-hop-${slug || 'van-phong'}.xlsx`;
}

const TITLE_ROWS = 4;

/**
 * The machine-readable table sent with the report (DESIGN.md "Reports and roll-up"): the office
 * named first, as a unit heads its own table, then every chapter of every unit with its members,
 * its rating per period and its registration. An upper office running the product reads it as
 * this office's classification table, like any unit's.
 */
export function summaryTableRows(campaign: TableCampaign, chaptersOf: (unit: Unit) => readonly ChapterRecord[], today: string): XlsxCell[][] {
  const header: XlsxCell[] = [
    reportText.tableNumber,
    reportText.tableChapter,
    reportText.unitColumn,
    reportText.tableMembers,
    ...campaign.periods.map((p) => reportText.tableRating(p.label)),
    reportText.tableRegistration,
  ];
  const rows: XlsxCell[][] = [];
  for (const unit of campaign.units) {
    for (const chapter of chaptersOf(unit)) {
      rows.push([
        rows.length + 1,
        chapter.name,
        unit.name,
        chapter.members,
        ...campaign.periods.map((p) => {
          const rating = chapter.ratings[p.code];
          return rating ? ratingLabel(rating) : null;
        }),
        chapter.registration ? registrationLabel(chapter.registration) : null,
      ]);
    }
  }
  return [
    [upperVi(campaign.office)],
    [reportText.tableTitle(periodsPhrase(campaign))],
    [reportText.tableDate(formatViDate(today))],
    [],
    header,
    ...rows,
  ];
}

export function summaryXlsx(campaign: TableCampaign, chaptersOf: (unit: Unit) => readonly ChapterRecord[], today: string): Uint8Array {
  const rows = summaryTableRows(campaign, chaptersOf, today);
  return xlsxFile({
    name: reportText.tableSheet,
    rows,
    boldRows: [0, 1, TITLE_ROWS],
    widths: [6, 36, 36, 12, ...campaign.periods.map(() => 22), 24],
  });
}
