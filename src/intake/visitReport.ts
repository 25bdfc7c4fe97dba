import { foldAccents } from '../domain/text';

/** A cadre's report of a visit as read from their plain words. */
export interface VisitReportText {
  result: string;
  goodPractice: string;
  difficulties: string;
  proposal: string;
  /** The reason given after "Không dự vì …" ('' when none given); null when the cadre attended. */
  absentReason: string | null;
}

type Part = 'result' | 'goodPractice' | 'difficulties' | 'proposal' | 'absent';

/** Labels at the start of a line, accent- and case-folded; longer ones first so "khó khăn, kiến nghị" wins over "khó khăn". */
const LABELS: readonly [RegExp, Part][] = [
  [/^(?:ket qua(?: buoi sinh hoat)?|noi dung chi doan da lam)\s*[:\-–]\s*/, 'result'],
  [/^(?:mo hinh moi,? cach lam hay|mo hinh hay|cach lam hay|mo hinh moi)\s*[:\-–]\s*/, 'goodPractice'],
  [/^(?:kho khan,? vuong mac,? kien nghi|kho khan,? kien nghi|kho khan,? vuong mac|kho khan|kien nghi)\s*[:\-–]\s*/, 'difficulties'],
  [/^(?:de xuat|tham muu)\s*[:\-–]\s*/, 'proposal'],
  [/^khong (?:du|tham du|di du)(?: duoc)?\s*(?:vi|do|:|-|–)\s*/, 'absent'],
];

/** Where the quoted letter starts in a reply: "> …" lines, or the client's "On … wrote:" / "Vào … đã viết:". */
const QUOTE_START = /^(?:on .+ wrote:|vao .+ da viet:|-{2,} ?(?:original message|thu goc|forwarded message) ?-{2,}|from: .+)$/;

/** Greetings and sign-offs, which are no part of the report. */
const COURTESY = /^(?:kinh gui|thua|gui van phong|tran trong|than ai|kinh thu|cam on)\b/;

/** Folds one character at a time, so a position in the folded line is the same in the written one. */
function foldLine(line: string): string {
  return [...line].map((ch) => {
    const folded = foldAccents(ch).toLowerCase();
    return folded.length === 1 ? folded : ch;
  }).join('');
}

/** The cadre's own words of a reply: the quoted letter below them dropped. */
export function ownWords(body: string): string[] {
  const lines = body.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const own: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (QUOTE_START.test(foldLine(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    own.push(trimmed);
  }
  return own;
}

/**
 * Splits a report into its labelled parts ("Kết quả:", "Mô hình hay:", "Khó khăn, kiến nghị:",
 * "Đề xuất:", "Không dự vì …"), written with or without diacritics; text before any label, or a
 * report without labels, is the result.
 */
export function readVisitReport(body: string): VisitReportText {
  const parts: Record<Part, string[]> = { result: [], goodPractice: [], difficulties: [], proposal: [], absent: [] };
  let absent = false;
  let current: Part = 'result';
  for (const line of ownWords(body)) {
    const folded = foldLine(line).replace(/^[-•*+\d.)\s]+(?=\p{L})/u, (lead) => ' '.repeat(lead.length)).trimStart();
    const offset = line.length - folded.length;
    if (COURTESY.test(folded)) continue;
    const label = LABELS.find(([pattern]) => pattern.test(folded));
    if (label) {
      const [pattern, part] = label;
      const rest = line.slice(offset + (folded.match(pattern)?.[0].length ?? 0)).trim();
      current = part;
      if (part === 'absent') absent = true;
      if (rest) parts[part].push(rest);
      continue;
    }
    if (line) parts[current].push(line);
  }
  const join = (lines: string[]) => lines.join('\n').trim();
  return {
    result: join(parts.result),
    goodPractice: join(parts.goodPractice),
    difficulties: join(parts.difficulties),
    proposal: join(parts.proposal),
    absentReason: absent ? join(parts.absent) : null,
  };
}

/** The visit codes (`DCS-160915-01`) a text carries, in order, each once. */
export function visitCodesIn(text: string): string[] {
  const found = text.toUpperCase().match(/\bDCS-\d{6}-\d{2,3}\b/g) ?? [];
  return [...new Set(found)];
}
