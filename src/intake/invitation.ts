import { cleanText, foldAligned } from '../domain/text';
import type { InvitationFields } from '../domain/visits';

/**
 * A unit's invitation to its cadre ("Giấy mời … Kính mời đồng chí … dự sinh hoạt Chi đoàn thôn
 * Xuân Thọ vào lúc 19 giờ 30 ngày 15/9/2016 tại Nhà văn hóa thôn …"), read from plain text: the
 * body of an email or the paragraphs of a Word file. Pure: what it means for the unit (its
 * chapters, today's date) is decided in domain/visits.ts.
 */
export type InvitationReading = InvitationFields;

/** Words that make a text an invitation, folded (no diacritics, lower case). */
const INVITATION_MARKS = [/giay moi/, /thu moi/, /kinh moi\b[\s\S]{0,200}?\bdu\b/, /\bmoi\b[\s\S]{0,80}?\bdu\b[\s\S]{0,40}?sinh hoat/];
/** A cancellation without the word "mời": "Thông báo hoãn sinh hoạt Chi đoàn …". */
const CANCELLATION_NOTICE = /\b(hoan|huy)\b[\s\S]{0,60}?\b(sinh hoat|buoi|cuoc hop|lich)/;

/** Whether the text is an invitation (or the cancellation of one) rather than a classification. */
export function looksLikeInvitation(text: string): boolean {
  const folded = foldAligned(cleanText(text));
  if (!/\bsinh hoat\b|\bchi doan\b|\bhop\b/.test(folded)) return false;
  return INVITATION_MARKS.some((mark) => mark.test(folded)) || (CANCELLATION_NOTICE.test(folded) && isCancellation(text, folded));
}

export function readInvitation(text: string): InvitationReading {
  const original = text.normalize('NFC').replace(/[\u00a0\u200b\ufeff]/g, ' ').replace(/\r\n?/g, '\n');
  const folded = foldAligned(original);
  const time = findTime(folded);
  return {
    chapter: findChapter(original, folded),
    date: findDate(folded, time?.at ?? -1),
    time: time ? { hour: time.hour, minute: time.minute } : null,
    place: findAfter(original, folded, /(?:^|[^a-z])(?:tai|dia diem)\s*:?\s+/g, time?.at ?? 0),
    agenda: findAgenda(original, folded),
    cancelled: isCancellation(original, folded),
  };
}

const CHAPTER_END = /(?=\s+(?:vao|luc|ngay|tai|to chuc|thoi gian|dia diem|noi dung|vi ly do|do)\b|\s+\d|[,.;:()\n]|$)/;

/** The chapter the meeting is of: the first "Chi đoàn …" after "sinh hoạt", or the first at all. */
function findChapter(original: string, folded: string): string | null {
  const meeting = folded.search(/sinh hoat/);
  // "Chi đoàn …", or its short form "CĐ …", its name on the same line: a subject ending in "Chi đoàn"
  // ("Giấy mời dự sinh hoạt Chi đoàn") is not named by the next line ("GIẤY MỜI").
  const pattern = new RegExp(`(?:chi doan|(?<![a-z])c\\.?d\\.?(?![a-z]))[ \\t]+(.+?)${CHAPTER_END.source}`, 'g');
  let first: RegExpExecArray | null = null;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    // "Chi đoàn cơ sở", "sinh hoạt Chi đoàn tháng 9 của Chi đoàn …": words about chapters, not one's name.
    if (/^(co so|truc thuoc|cac|xa|thi tran|truong|thang|dinh ky|hang thang|quy|mau|manh)\b/.test(m[1])) continue;
    if (!first) first = m;
    if (meeting >= 0 && m.index > meeting) {
      first = m;
      break;
    }
  }
  if (!first) return null;
  return cleanText(original.slice(first.index, first.index + first[0].length));
}

interface FoundTime {
  hour: number;
  minute: number;
  at: number;
}

/** "19 giờ 30", "19g30", "19h30", "19:30", "7 giờ 30 phút tối", "lúc 7 giờ". */
function findTime(folded: string): FoundTime | null {
  const pattern = /(?:^|[^\d/.])(\d{1,2})\s*(?:gio\b|g(?=\d)|h(?=\d|\b)|:(?=\d))\s*(\d{1,2})?(?:\s*(?:phut|p)\b)?(?:\s*(sang|trua|chieu|toi|dem))?(?![\d/])/g;
  const found: FoundTime[] = [];
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if ((m[3] === 'chieu' || m[3] === 'toi' || m[3] === 'dem') && hour < 12) hour += 12;
    found.push({ hour, minute, at: m.index });
  }
  if (found.length === 0) return null;
  // The meeting's time follows "lúc" / "vào"; otherwise the first time written.
  return found.find((t) => /(luc|vao|tu)\s*$/.test(folded.slice(Math.max(0, t.at - 8), t.at + 1))) ?? found[0];
}

interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  at: number;
}

/**
 * The meeting's day: the date nearest its time. The letter's own date ("Tam Trà, ngày 10 tháng
 * 9 năm 2016", after a comma) is left out when another date is given.
 */
function findDate(folded: string, timeAt: number): InvitationReading['date'] {
  const dates: (FoundDate & { heading: boolean })[] = [];
  const numeric = /(?:^|[^\d])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d])/g;
  for (let m = numeric.exec(folded); m; m = numeric.exec(folded)) {
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: yearOf(m[3]), at: m.index, heading: false });
  }
  const words = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
  for (let m = words.exec(folded); m; m = words.exec(folded)) {
    const heading = /,\s*$/.test(folded.slice(Math.max(0, m.index - 3), m.index));
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: yearOf(m[3]), at: m.index, heading });
  }
  const candidates = dates.some((d) => !d.heading) ? dates.filter((d) => !d.heading) : dates;
  if (candidates.length === 0) return null;
  const best = timeAt < 0 ? candidates.sort((a, b) => a.at - b.at)[0] : candidates.sort((a, b) => Math.abs(a.at - timeAt) - Math.abs(b.at - timeAt))[0];
  return { year: best.year, month: best.month, day: best.day };
}

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

const FIELD_END = /\n|;|\.(?:\s|$)|\s+(?:noi dung|thoi gian|vao luc|luc \d)/;

/** The text after the first match of `lead` at or after `from` (the place after "tại"), to the end of its clause. */
function findAfter(original: string, folded: string, lead: RegExp, from: number): string | null {
  lead.lastIndex = 0;
  let m = lead.exec(folded);
  const all: RegExpExecArray[] = [];
  for (; m; m = lead.exec(folded)) all.push(m);
  const chosen = all.find((x) => x.index >= from) ?? all[0];
  if (!chosen) return null;
  const start = chosen.index + chosen[0].length;
  const end = folded.slice(start).search(FIELD_END);
  const value = cleanText(original.slice(start, end < 0 ? undefined : start + end)).replace(/[,:\-–]+$/, '').trim();
  return value || null;
}

/** "Nội dung: …", "Nội dung sinh hoạt: …", "với nội dung …". */
function findAgenda(original: string, folded: string): string | null {
  const m = /noi dung(?:\s+sinh hoat)?\s*[:\-–]?\s*/.exec(folded);
  if (!m) return null;
  const start = m.index + m[0].length;
  const end = folded.slice(start).search(/\n\s*\n|\n\s*(?:thoi gian|dia diem|rat mong|tran trong|kinh mong)/);
  const value = cleanText(original.slice(start, end < 0 ? undefined : start + end)).replace(/[.;,]+$/, '');
  return value || null;
}

/**
 * "hoãn", "hủy"/"huỷ" when the text has diacritics; without them, "hoan"/"huy" only where they
 * cannot be "hoàn thành", "phát huy", "chỉ huy", "huy động".
 */
function isCancellation(original: string, folded: string): boolean {
  const hasDiacritics = /[^\x00-\x7f]/.test(original.replace(/[\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/g, ''));
  if (hasDiacritics) return /(^|[^\p{L}])(hoãn|hủy|huỷ)(?![\p{L}])/iu.test(original.normalize('NFC'));
  return /(^|[^a-z])(?<!phat |chi )(hoan|huy)(?![a-z])(?!\s+(thanh|tat|chinh|dong|chuong|hieu|toan))/.test(folded);
}
