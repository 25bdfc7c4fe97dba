import type { Campaign } from '../src/domain/campaign';
import type { Emulator } from './emulator';
import { startOfDay } from './simulation';

/**
 * What `npm start` prints about the simulated season, read back from the workbook it left (the
 * logs and `Đơn vị`), so the figures are the workbook's, whatever mail or campaign was given.
 */
export interface SeasonFigures {
  units: number;
  complete: number;
  recorded: { form: number; attachment: number; body: number; paper: number; late: number };
  refused: number;
  /** Units whose refused submission was followed by a recorded one. */
  corrected: number;
  inReview: number;
  letters: [kind: string, count: number][];
  visits: VisitFigures;
}

/** The cadres' visits, read from `Đi cơ sở`. */
export interface VisitFigures {
  invited: { email: number; form: number; office: number };
  /** Reports recorded (`Đã báo cáo`), and those saying the cadre did not attend (`Không dự`). */
  reported: number;
  absent: number;
  cancelled: number;
  /** Visits whose report the office had to chase a second time (with itself in copy). */
  chasedTwice: number;
  proposals: number;
  solved: number;
}

type Row = readonly unknown[];

function columns(rows: readonly Row[], names: readonly string[]): number[] {
  return names.map((name) => {
    const index = rows[0]?.indexOf(name) ?? -1;
    if (index < 0) throw new Error(`season summary: no column "${name}"`);
    return index;
  });
}

const instant = (value: unknown) => (value instanceof Date ? value.getTime() : new Date(String(value)).getTime());

export function seasonFigures(emu: Emulator, campaign: Campaign): SeasonFigures {
  const units = emu.values('Đơn vị');
  const [status] = columns(units, ['Tình trạng']);
  const intake = emu.values('Nhật ký nhận');
  const [time, source, unit, state, raw] = columns(intake, ['Thời gian', 'Nguồn', 'Đơn vị', 'Trạng thái', 'Nội dung gốc']);
  const deadlineEnd = startOfDay(campaign.deadline, campaign.timeZone).getTime() + 24 * 3600_000;
  const [detail] = columns(intake, ['Chi tiết']);
  const recorded = { form: 0, attachment: 0, body: 0, paper: 0, late: 0 };
  const refusedUnits = new Set<string>();
  const corrected = new Set<string>();
  let refused = 0;
  let inReview = 0;
  for (const row of intake.slice(1)) {
    const name = String(row[unit]);
    // Invitations and cadres' reports are logged with the tables; they are counted with the visits.
    if (row[state] !== 'Chờ xem xét' && isVisitDetail(String(row[detail]))) continue;
    if (row[state] === 'Lỗi') {
      refused++;
      refusedUnits.add(name);
    } else if (row[state] === 'Chờ xem xét') inReview++;
    if (row[state] !== 'Đã ghi') continue;
    if (refusedUnits.has(name)) corrected.add(name);
    if (instant(row[time]) >= deadlineEnd) recorded.late++;
    if (row[source] === 'Form') recorded.form++;
    else if (row[source] === 'Thủ công') recorded.paper++;
    else if (/^Tệp đính kèm: không có$/m.test(String(row[raw]))) recorded.body++;
    else recorded.attachment++;
  }
  const sent = emu.values('Nhật ký gửi');
  const [kind, sentState, sentKey] = columns(sent, ['Loại', 'Trạng thái', 'Khóa']);
  const letters = new Map<string, number>();
  for (const row of sent.slice(1)) if (row[sentState] === 'Đã gửi') letters.set(String(row[kind]), (letters.get(String(row[kind])) ?? 0) + 1);
  return {
    units: units.length - 1,
    complete: units.slice(1).filter((row) => row[status] === 'Đã nộp đủ').length,
    recorded,
    refused,
    corrected: corrected.size,
    inReview,
    letters: [...letters],
    visits: visitFigures(emu, new Set(sent.slice(1).map((row) => String(row[sentKey])))),
  };
}

/**
 * What `Nhật ký nhận` says of an invitation or a cadre's report (app/visits/visitMessages.ts,
 * visitReportMessages.ts): each names the `Đi cơ sở` sheet, or starts as an invitation.
 */
function isVisitDetail(detail: string): boolean {
  return detail.includes('trang “Đi cơ sở”') || /^(Giấy mời|Thư báo cáo kết quả đi cơ sở)/.test(detail);
}

function visitFigures(emu: Emulator, outboxKeys: ReadonlySet<string>): VisitFigures {
  const figures: VisitFigures = { invited: { email: 0, form: 0, office: 0 }, reported: 0, absent: 0, cancelled: 0, chasedTwice: 0, proposals: 0, solved: 0 };
  if (!emu.spreadsheet.getSheetByName('Đi cơ sở')) return figures;
  const rows = emu.values('Đi cơ sở');
  const [id, source, status, difficulties, handling] = columns(rows, ['Mã', 'Nguồn', 'Trạng thái', 'Khó khăn, kiến nghị', 'Xử lý']);
  for (const row of rows.slice(1)) {
    if (row[id] === '') continue;
    if (row[source] === 'Email') figures.invited.email++;
    else if (row[source] === 'Form') figures.invited.form++;
    else figures.invited.office++;
    if (row[status] === 'Đã báo cáo') figures.reported++;
    if (row[status] === 'Không dự') figures.absent++;
    if (row[status] === 'Hủy') figures.cancelled++;
    if (String(row[difficulties]).trim()) figures.proposals++;
    if (String(row[handling]).startsWith('Đã giải quyết')) figures.solved++;
    if (outboxKeys.has(`Nhắc báo cáo|${String(row[id])}|2`)) figures.chasedTwice++;
  }
  return figures;
}

/** dd/MM/yyyy of an ISO day. */
const day = (iso: string) => iso.split('-').reverse().join('/');

/** The figures as lines of Vietnamese text (the README quotes them). */
export function formatSeasonFigures(figures: SeasonFigures, campaign: Campaign, until: string): string[] {
  const r = figures.recorded;
  const total = r.form + r.attachment + r.body + r.paper;
  return [
    `Mô phỏng "${campaign.name}" từ ${day(campaign.start)} đến hết ${day(until)} (hạn nộp ${day(campaign.deadline)}):`,
    `  Đơn vị đã nộp đủ: ${figures.complete}/${figures.units}`,
    `  Bài nộp đã ghi: ${total} (biểu mẫu ${r.form}, thư có tệp đính kèm ${r.attachment}, bảng gõ trong thư ${r.body}, phiếu giấy ${r.paper}); sau hạn: ${r.late}`,
    `  Bài nộp bị báo lỗi: ${figures.refused} (đơn vị đã gửi lại và được ghi: ${figures.corrected})`,
    `  Thư chờ Văn phòng xem xét: ${figures.inReview}`,
    `  Thư đã gửi: ${figures.letters.reduce((sum, [, n]) => sum + n, 0)} (${figures.letters.map(([kind, n]) => `${kind} ${n}`).join(', ')})`,
    visitLine(figures.visits),
  ];
}

function visitLine(v: VisitFigures): string {
  const invited = v.invited.email + v.invited.form + v.invited.office;
  return (
    `  Đi cơ sở: ${invited} buổi được mời (thư ${v.invited.email}, biểu mẫu ${v.invited.form}, Văn phòng nhập ${v.invited.office}), ${v.cancelled} buổi hủy; ` +
    `${v.reported + v.absent} báo cáo của cán bộ (${v.absent} không dự), ${v.chasedTwice} phải nhắc lần 2; kiến nghị đã giải quyết: ${v.solved}/${v.proposals}`
  );
}
