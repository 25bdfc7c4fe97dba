import { formatViDate } from '../../domain/calendarDays';
import type { VisitFigures } from '../../domain/report/visitFigures';
import type { MonthlyCounts } from '../../domain/visitsMonthly';
import type { ReportBlock } from './model';

/** What the report says of the cadres' visits, in the words of a Đoàn report. */
export const visitReportText = {
  heading: 'KẾT QUẢ CÁN BỘ ĐI CƠ SỞ',
  none: 'Chưa có buổi sinh hoạt Chi đoàn nào cán bộ được mời dự trong đợt.',
  summary: (c: MonthlyCounts) =>
    `Các cơ sở Đoàn đã mời cán bộ Huyện đoàn đứng điểm dự ${c.invited} buổi sinh hoạt Chi đoàn; cán bộ đã dự ${c.attended} buổi, ` +
    `không dự ${c.absent} buổi; đã nhận ${c.reported} báo cáo kết quả${c.overdue ? `, còn ${c.overdue} báo cáo quá hạn` : ''}; ` +
    `phát hiện ${c.goodPractices} mô hình mới, cách làm hay; ${c.openProposals} khó khăn, kiến nghị chưa giải quyết xong.`,
  byMonth: 'Theo tháng:',
  byCadre: 'Theo cán bộ đứng điểm:',
  monthColumn: 'Tháng',
  cadreColumn: 'Cán bộ',
  unitsColumn: 'Số đơn vị đã đến',
  columns: ['Buổi được mời', 'Đã dự', 'Không dự', 'Đã báo cáo', 'Báo cáo quá hạn', 'Mô hình hay', 'Kiến nghị chưa giải quyết'],
  totalRow: 'Tổng cộng',
  month: (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`,
  practicesIntro: (n: number) => `Mô hình mới, cách làm hay cán bộ báo cáo (${n}), để Ban Thường vụ lựa chọn nhân rộng:`,
  practiceLine: (practice: string, chapter: string, unit: string, day: string, cadre: string) => `${practice.replace(/[\s.;,]+$/, '')} (${chapter}, ${unit}; đồng chí ${cadre} báo cáo, buổi sinh hoạt ngày ${day}).`,
  proposalsIntro: (n: number) => `Khó khăn, kiến nghị chưa giải quyết xong (${n}):`,
  proposalsNone: 'Các khó khăn, kiến nghị cán bộ báo cáo đã được giải quyết.',
  proposalColumns: ['Đơn vị', 'Chi đoàn', 'Khó khăn, kiến nghị', 'Tình trạng xử lý'],
} as const;

const t = visitReportText;
const figures = (c: MonthlyCounts) => [c.invited, c.attended, c.absent, c.reported, c.overdue, c.goodPractices, c.openProposals].map(String);

export function visitBlocks(f: VisitFigures): ReportBlock[] {
  if (f.total.invited === 0) return [{ kind: 'paragraph', text: t.none }];
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.summary(f.total) },
    { kind: 'paragraph', text: t.byMonth },
    { kind: 'table', head: [t.monthColumn, ...t.columns], rows: f.months.map((m) => [t.month(m.month), ...figures(m.counts)]), total: [t.totalRow, ...figures(f.total)] },
    { kind: 'paragraph', text: t.byCadre },
    {
      kind: 'table',
      head: [t.cadreColumn, t.unitsColumn, ...t.columns.slice(0, 5)],
      rows: f.cadres.map((c) => [c.cadre, String(c.units), ...figures(c.counts).slice(0, 5)]),
    },
  ];
  if (f.goodPractices.length) {
    blocks.push(
      { kind: 'paragraph', text: t.practicesIntro(f.goodPractices.length) },
      { kind: 'bullets', items: f.goodPractices.map((g) => t.practiceLine(g.practice, g.chapter, g.unit, formatViDate(g.day), g.cadre)) },
    );
  }
  if (f.openProposals.length === 0) return [...blocks, { kind: 'paragraph', text: t.proposalsNone }];
  return [
    ...blocks,
    { kind: 'paragraph', text: t.proposalsIntro(f.openProposals.length) },
    // A table, one call for all of them (as the units that owe).
    { kind: 'table', head: [...t.proposalColumns], rows: f.openProposals.map((p) => [p.unit, p.chapter, p.difficulties, p.status]) },
  ];
}
