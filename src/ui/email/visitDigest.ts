import { bulletList, heading, paragraph, type Block } from './render';

/** The office digest's `Đi cơ sở` section: this month's visits so far, and the reports to chase. */
export interface DigestVisits {
  /** `09/2016`. */
  month: string;
  meetings: number;
  /** Meetings later this month. */
  ahead: number;
  attended: number;
  reported: number;
  newProposals: number;
  goodPractices: number;
  /** Every report overdue today, oldest meeting first. */
  overdue: readonly { chapter: string; unit: string; cadre: string; when: string; due: string }[];
}

export const visitDigestText = {
  heading: 'Đi cơ sở',
  intro: (month: string) => `Các buổi cán bộ đi cơ sở trong tháng ${month} đến nay:`,
  meetings: (n: number) => `Buổi sinh hoạt cán bộ được mời dự: ${n}.`,
  ahead: (n: number) => `Buổi sinh hoạt sắp tới trong tháng: ${n}.`,
  attended: (n: number) => `Buổi cán bộ đã dự: ${n}.`,
  reported: (n: number) => `Báo cáo kết quả đã nhận: ${n}.`,
  newProposals: (n: number) => `Khó khăn, kiến nghị mới chưa xử lý: ${n}.`,
  goodPractices: (n: number) => `Mô hình mới, cách làm hay được báo cáo: ${n}.`,
  noOverdue: 'Không có báo cáo kết quả đi cơ sở nào quá hạn.',
  overdueHeading: (n: number) => `Báo cáo kết quả quá hạn: ${n}`,
  overdueLine: (chapter: string, unit: string, when: string, cadre: string, due: string) =>
    `${chapter} (${unit}), sinh hoạt ngày ${when}: đồng chí ${cadre} chưa gửi báo cáo (hạn ${due}).`,
  urge: 'Đề nghị các đồng chí cán bộ đứng điểm gửi báo cáo kết quả đi cơ sở đúng hạn; Văn phòng theo dõi, xử lý các kiến nghị mới.',
} as const;

const t = visitDigestText;

/** The section's blocks; its heading is numbered with the digest's others. */
export function visitDigestBlocks(visits: DigestVisits | undefined): Block[] {
  if (!visits) return [];
  const blocks: Block[] = [
    heading(t.heading),
    paragraph(t.intro(visits.month)),
    bulletList([
      [t.meetings(visits.meetings)],
      [t.ahead(visits.ahead)],
      [t.attended(visits.attended)],
      [t.reported(visits.reported)],
      [t.newProposals(visits.newProposals)],
      [t.goodPractices(visits.goodPractices)],
    ]),
  ];
  if (visits.overdue.length === 0) return [...blocks, paragraph(t.noOverdue)];
  return [
    ...blocks,
    paragraph({ strong: t.overdueHeading(visits.overdue.length) }),
    bulletList(visits.overdue.map((o) => [t.overdueLine(o.chapter, o.unit, o.when, o.cadre, o.due)])),
    paragraph(t.urge),
  ];
}
