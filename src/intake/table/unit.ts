import { cleanText, foldAligned } from '../../domain/text';
import { cellLines } from './keys';

/**
 * Finds the unit that wrote a document in its title lines: "ĐOÀN XÃ TAM TRÀ", "BCH ĐOÀN XÃ TAM
 * TRÀ", "Đoàn trường THPT Núi Thành". Parent bodies ("HUYỆN ĐOÀN NÚI THÀNH", "ĐOÀN TNCS HỒ CHÍ
 * MINH", "TỈNH ĐOÀN …") and the addressee after "Kính gửi" are not the unit.
 */
const PARENT = /^(huyen doan|tinh doan|thanh doan|quan doan|thi doan|trung uong doan|doan tncs|doan thanh nien cong san|(?:bch|ban chap hanh|btv|ban thuong vu) (?:huyen|tinh|thanh|quan|thi|trung uong) doan|uy ban|ubnd|dang bo|dang uy|hoi dong)\b/;
// "bt" is a phone's "Bí thư", signing "bt doan xa tam tra" (a chapter's secretary does not name the unit).
const LEADER = /^(?:(?:t\s*\/\s*m|tm|thay mat)\.?\s+)?(?:(?:bch|ban chap hanh|btv|ban thuong vu)\s+|(?:bt|bi thu|pbt|pho bi thu)\s+(?=doan\s))?/;
const UNIT_WORDS = /^(lien chi doan|chi doan|doan)\s+(\S+)/;
/** "Đoàn các xã" (an addressee), "đoàn viên", "đoàn kết" are not units. */
const NOT_UNIT_AFTER_DOAN = /^(tncs|thanh|vien|ket|cac|cap|the|dang|duoc|da|se|xin|gui|kinh|co|khong|chung)$/;
/** Where a unit's name stops inside a sentence. */
const NAME_END = /\s*[,;:(]|\s[-–—]\s|\s(gui|kinh|xin|bao cao|bc|xl|dk|dang ky|trung|tran trong|thong bao|nop|ve viec|v\/v|xep loai|bang|nam \d{4}|ngay|ho tro|giup do|de nghi|thuc hien|to chuc)\b/;

export function unitFromLine(text: string): string | null {
  const line = cleanText(text);
  if (!line || /^[-+*•]/.test(line)) return null;
  const folded = foldAligned(line);
  if (/^kinh gui\b/.test(folded) || PARENT.test(folded)) return null;
  const leader = LEADER.exec(folded);
  const start = leader ? leader[0].length : 0;
  const unit = UNIT_WORDS.exec(folded.slice(start));
  if (!unit) return null;
  const [, kind, next] = unit;
  if (kind === 'doan' && NOT_UNIT_AFTER_DOAN.test(next)) return null;
  // A chapter only counts as the writer when written as a heading ("CHI ĐOÀN CÔNG AN HUYỆN"):
  // in running text "Chi đoàn Xuân Thọ …" is a chapter being reported.
  if (kind === 'chi doan' && !(leader && leader[0]) && line.slice(start) !== line.slice(start).toUpperCase()) return null;
  const rest = folded.slice(start);
  const end = NAME_END.exec(rest);
  let name = line.slice(start, start + (end ? end.index : rest.length)).replace(/[\s.!]+$/, '');
  // A verb ends the name of a unit written in a sentence ("Đoàn xã sẽ hỗ trợ …"); with its accents, so "Sê San" stays.
  const verb = /\s(sẽ|đã|đang|được|vừa|cũng|có|không)(\s|$)/.exec(name.toLowerCase());
  if (verb) name = name.slice(0, verb.index);
  // "ĐOÀN XÃ" alone (a signature's "TM. BCH ĐOÀN XÃ") names no unit; too long is a sentence.
  const words = name.split(' ').length;
  if (words < 3 || words > 10) return null;
  return name || null;
}

/**
 * The first unit named in the texts, line by line (cells may hold several lines); else, in a
 * letter's running text, the unit that names itself by its committee ("…, Ban Chấp hành Đoàn xã
 * Tam Trà báo cáo …"), never one after "Kính gửi".
 */
export function findUnit(texts: readonly string[]): string | null {
  const lines: string[] = [];
  let afterAddressee = false;
  for (const text of texts) {
    for (const line of cellLines(text)) {
      const folded = foldAligned(line);
      // "Kính gửi:" alone on its line names the addressee on the next line.
      if (/^kinh gui\s*:?\s*$/.test(folded)) {
        afterAddressee = true;
        continue;
      }
      if (afterAddressee) {
        afterAddressee = false;
        continue;
      }
      const unit = unitFromLine(line);
      if (unit) return unit;
      lines.push(line);
    }
  }
  for (const line of lines) {
    const unit = unitInSentence(line, true);
    if (unit) return unit;
  }
  return null;
}

/** "Bảng xếp loại - Đoàn xã Tam Trà" → "Đoàn xã Tam Trà"; with `committee`, only "Ban Chấp hành Đoàn …" / "BCH Đoàn …". */
export function unitInSentence(text: string, committee = false): string | null {
  const folded = foldAligned(text);
  const starts = committee ? /(^|[^a-z])((?:bch|ban chap hanh|btv|ban thuong vu) (?:lien chi doan|chi doan|doan) )/g : /(^|[^a-z])((?:bch |ban chap hanh )?(?:lien chi doan|chi doan|doan) )/g;
  for (let match = starts.exec(folded); match; match = starts.exec(folded)) {
    const before = folded.slice(0, match.index + match[1].length);
    // "Huyện đoàn Núi Thành" is a parent body, and what follows "Kính gửi" the addressee.
    if (/\b(huyen|tinh|thanh|quan|thi|trung uong)\s*$/.test(before) || /\bkinh gui\b/.test(before)) continue;
    const unit = unitFromLine(text.slice(match.index + match[1].length));
    // In running text a unit's own name is capitalised ("Đoàn xã Tam Trà", not "Đoàn xã sẽ").
    if (unit && (!committee || /^\S+\s+\S+\s.*\p{Lu}/u.test(unit))) return unit;
  }
  return null;
}
