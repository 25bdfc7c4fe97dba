import type { ReportFields } from '../domain/visitReport';
import { visitCodesIn } from '../intake/visitReport';
import { encodeQueryValue } from './prefill';

/**
 * The cadres' form "Báo cáo kết quả đi cơ sở": one short page (usable on a phone), the respondent's
 * address collected (only the visit's own cadre may report it). Items are found by their titles,
 * so a run that died while adding them adds only the missing ones.
 */
export const cadreFormText = {
  title: 'Báo cáo kết quả đi cơ sở',
  description:
    'Đồng chí cán bộ đứng điểm báo cáo kết quả buổi sinh hoạt Chi đoàn đã được mời dự. ' +
    'Mã buổi đã được điền sẵn theo thư nhắc báo cáo; đề nghị đồng chí không sửa mã. ' +
    '“Đi báo việc, về báo cáo kết quả và tham mưu hiệu quả hơn.”',
  confirmation: 'Văn phòng đã nhận báo cáo của đồng chí; thư xác nhận sẽ gửi đến địa chỉ email của đồng chí.',
  id: 'Mã buổi',
  idHelp: 'Mã ghi trong thư mời, dạng DCS-160915-01.',
  attended: 'Đồng chí có dự không',
  yes: 'Có',
  no: 'Không',
  reason: 'Lý do không dự',
  reasonHelp: 'Chỉ ghi khi đồng chí không dự được.',
  result: 'Kết quả',
  resultHelp: 'Chi đoàn đã làm được gì trong buổi sinh hoạt.',
  practice: 'Mô hình mới, cách làm hay',
  difficulties: 'Khó khăn, vướng mắc',
  proposal: 'Kiến nghị / đề xuất với Văn phòng',
} as const;

const t = cadreFormText;

/** The form's questions in order: what the build adds when a title is missing. */
export const CADRE_FORM_ITEMS: readonly { title: string; kind: 'text' | 'choice' | 'paragraph'; required: boolean; help: string }[] = [
  { title: t.id, kind: 'text', required: true, help: t.idHelp },
  { title: t.attended, kind: 'choice', required: true, help: '' },
  { title: t.reason, kind: 'paragraph', required: false, help: t.reasonHelp },
  { title: t.result, kind: 'paragraph', required: false, help: t.resultHelp },
  { title: t.practice, kind: 'paragraph', required: false, help: '' },
  { title: t.difficulties, kind: 'paragraph', required: false, help: '' },
  { title: t.proposal, kind: 'paragraph', required: false, help: '' },
];

/** Script properties: the form's id (found by it: it has no destination), and its pre-filled link with the placeholder. */
export const CADRE_FORM_ID_KEY = 'cadreFormId';
export const CADRE_FORM_LINK_KEY = 'cadreFormLink';
/** The watermark of the poll's catch-up of this form's responses (formReconcile.ts keeps the units' form's). */
export const CADRE_FORM_WATERMARK_KEY = 'CADRE_FORM_LOGGED_UNTIL';
/** What the template link carries in place of a visit's `Mã` (a code no visit has). */
export const CADRE_FORM_PLACEHOLDER = 'DCS-000000-00';

/**
 * A visit's pre-filled link from the template FormApp made once: the placeholder's parameter is
 * given the visit's `Mã` instead, so no letter costs a FormApp call. Null without a template, or
 * when the template does not carry the placeholder (better no link than a wrong one).
 */
export function cadreReportLink(template: string | null, visitId: string): string | null {
  if (!template) return null;
  const [base, query = ''] = template.split('?', 2);
  const params = query.split('&');
  const placeholder = encodeQueryValue(CADRE_FORM_PLACEHOLDER);
  const at = params.findIndex((p) => p.startsWith('entry.') && p.slice(p.indexOf('=') + 1) === placeholder);
  if (at < 0) return null;
  params[at] = `${params[at].slice(0, params[at].indexOf('='))}=${encodeQueryValue(visitId)}`;
  return `${base}?${params.join('&')}`;
}

/** A cadre's response as read from the form: plain values by item title (what `Nhật ký nhận` keeps). */
export interface CadreFormSubmission {
  responseId: string;
  email: string;
  timestamp: Date;
  answers: Record<string, string>;
}

/** The visit's `Mã` and the report, as the mail path reads a reply (intake/visitReport.ts). */
export function cadreReportOf(submission: Pick<CadreFormSubmission, 'answers'>): { id: string; report: ReportFields } {
  const a = (title: string) => (submission.answers[title] ?? '').trim();
  const typed = a(t.id);
  const id = visitCodesIn(typed)[0] ?? typed.toUpperCase();
  const absent = a(t.attended) === t.no;
  return {
    id,
    report: {
      result: a(t.result),
      goodPractice: a(t.practice),
      difficulties: a(t.difficulties),
      proposal: a(t.proposal),
      absentReason: absent ? a(t.reason) : null,
    },
  };
}

/** The log's `Mã` of a response of this form: kept apart from the units' form's (the poll resumes those from that form). */
export const CADRE_RESPONSE_PREFIX = 'BC:';
export const cadreLogId = (responseId: string): string => `${CADRE_RESPONSE_PREFIX}${responseId}`;
export const isCadreLogId = (id: string): boolean => id.startsWith(CADRE_RESPONSE_PREFIX);

/** A logged response (`Nội dung gốc`: its answers as JSON) as the office reads it, one question a line in the form's order. */
export function cadreAnswersText(raw: string): string {
  let answers: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'answers' in parsed && parsed.answers && typeof parsed.answers === 'object') answers = parsed.answers as Record<string, unknown>;
  } catch {
    return raw;
  }
  return CADRE_FORM_ITEMS.filter((item) => typeof answers[item.title] === 'string' && answers[item.title] !== '')
    .map((item) => `${item.title}: ${String(answers[item.title])}`)
    .join('\n');
}
