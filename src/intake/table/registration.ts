import type { Registration } from '../../domain/registration';
import { cleanText, foldAligned } from '../../domain/text';
import { wordKey } from './keys';
import { foldPhone, registrationClauses } from './phoneText';
import { stripNumbering } from './names';

/** "Xây dựng Chi đoàn mạnh", "CĐ mạnh", "XD CĐM" → BUILD_STRONG; "Hỗ trợ", "Giúp đỡ" → SUPPORT. */
export function parseRegistrationText(text: string): Registration | null {
  const key = wordKey(text);
  if (!key) return null;
  if (/\b(ho tro|giup do|can ho tro|duoc ho tro)\b/.test(key) || /^(ht|htgd|ht gd)$/.test(key)) return 'SUPPORT';
  if (/\bmanh\b|\bxay dung\b/.test(key) || /^(xd|xdcdm|cdm|xd cdm|xd cd manh)$/.test(key)) return 'BUILD_STRONG';
  return null;
}

/** Whether a cell under a "Chi đoàn mạnh" / "Hỗ trợ" column marks the row ("x", "✓", "có"). */
export function isMarked(text: string): boolean {
  const key = wordKey(text);
  if (/[x✓✔☑√]/i.test(text.trim()) && text.trim().length <= 3) return true;
  if (!key) return false;
  return !/^(khong|ko|0|no|chua)$/.test(key);
}

/** Registration phrases that may sit in a "Ghi chú" cell: only explicit ones count there. */
export function registrationInNote(text: string): Registration | null {
  const key = wordKey(text);
  if (!/\b(dang ky|dk|chi doan manh|cd manh|ho tro|giup do)\b/.test(key)) return null;
  return parseRegistrationText(text);
}

export interface RegistrationSentence {
  readonly registration: Registration;
  readonly names: string[];
  readonly line: number;
}

/**
 * The phrase that opens a registration sentence, on folded text, and what it registers.
 * "Đăng ký xây dựng Chi đoàn mạnh: …", "Đăng ký hỗ trợ, giúp đỡ: …", "Chi đoàn mạnh: …".
 */
const OPENERS: ReadonlyArray<readonly [RegExp, Registration]> = [
  [/^(?:\S+(?:\s+\S+){0,6}\s+)?(?:dang ky|dk)\s+(?:dam nhan\s+)?(?:(?:xay dung|xd)\s+)?(?:it nhat\s+)?(?:\d+\s+|mot\s+|01\s+)?(?:(?:chi doan|cd|c\/d)\s+manh|cdm)\b/, 'BUILD_STRONG'],
  // After "đăng ký", a phone's "ht" and "gd" are "hỗ trợ" and "giúp đỡ", never a rating.
  [/^(?:\S+(?:\s+\S+){0,6}\s+)?(?:dang ky|dk)\s+(?:phoi hop\s+)?(?:ho tro|giup do|ht|gd)(?:\s*(?:,|va|\/)?\s*(?:ho tro|giup do|gd)\b)?\b/, 'SUPPORT'],
  [/^(?:(?:xay dung|xd)\s+)?(?:(?:chi doan|cd|c\/d)\s+manh|cdm)\b/, 'BUILD_STRONG'],
  [/^(?:ho tro|giup do)(?:\s*(?:,|va|\/)\s*(?:ho tro|giup do))?\b/, 'SUPPORT'],
];

/** What may stand between the opener and the names: ":", "-", "là", "gồm", "cho", "(2 Chi đoàn)". */
const GLUE = /^\s*(?:(?:\d+|01|02|mot|hai)\s+(?:chi doan|cd)\s*)?(?:\([^)]*\)\s*)?(?:[:\-–—=]|\bla\b|\bgom\b|\bcho\b|\bcac\b|\bvoi\b)*\s*/;

/**
 * Reads "Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ" and "Đăng ký hỗ trợ: Chi đoàn A,
 * Chi đoàn B" out of free text, one sentence at a time, with or without diacritics; and a
 * heading ("Đăng ký hỗ trợ:") followed by one chapter per line ("- Chi đoàn Hòa Bình").
 */
export function findRegistrationSentences(lines: readonly { text: string; line: number }[]): RegistrationSentence[] {
  const found: RegistrationSentence[] = [];
  let heading: Registration | null = null;
  for (const { text, line } of lines) {
    const clean = cleanText(text);
    if (!clean) continue;
    const parsed: Omit<RegistrationSentence, 'line'>[] = [];
    for (const sentence of splitSentences(clean)) {
      for (const clause of registrationClauses(sentence)) {
        parsed.push(...(clause.registration ? withNames(clause.registration, clause.text) : parseSentence(clause.text)));
      }
    }
    found.push(...parsed.map((p) => ({ ...p, line })));
    const item = heading && !parsed.length ? listItem(clean) : null;
    if (item) found.push({ registration: heading as Registration, names: item, line });
    else heading = parsed.length ? null : registrationHeading(clean);
  }
  return found;
}

function splitSentences(text: string): string[] {
  // A full stop ends a sentence; a full stop inside "TP. Hồ Chí Minh" is rare in chapter names.
  return text.split(/(?<=[.!?])\s+(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** "Chi đoàn Xuân Thọ đăng ký xây dựng Chi đoàn mạnh": the names come first. */
const NAMES_FIRST: ReadonlyArray<readonly [RegExp, Registration]> = [
  [/^((?:chi doan|cd)\s.+?)\s+(?:dang ky|dk)\s+(?:(?:xay dung|xd)\s+)?(?:(?:chi doan|cd)\s+manh|cdm)\W*$/, 'BUILD_STRONG'],
  [/^((?:chi doan|cd)\s.+?)\s+(?:dang ky|dk|duoc|can)\s+(?:ho tro|giup do|ht)\W*$/, 'SUPPORT'],
];

/** A second opener inside a sentence ("…: Chi đoàn A; hỗ trợ: Chi đoàn B"), written with its own colon. */
const NEXT_OPENER = /(?:[;.]\s*|,\s*|\s+(?:va|con)\s+)(?=(?:(?:dang ky|dk)\s+)?(?:(?:xay dung|xd)\s+)?(?:ho tro|giup do|(?:chi doan|cd) manh)\b[^:]{0,20}:)/;

function parseSentence(sentence: string): Omit<RegistrationSentence, 'line'>[] {
  const stripped = sentence.replace(/^\s*(?:[-+*•–]\s*|\d{1,2}[.)]\s*|[a-z][.)]\s+)/i, '');
  const folded = foldPhone(stripped);
  for (const [pattern, registration] of NAMES_FIRST) {
    const match = pattern.exec(folded);
    if (match) return withNames(registration, stripped.slice(0, match[1].length));
  }
  for (const [opener, registration] of OPENERS) {
    const match = opener.exec(folded);
    if (!match) continue;
    const glue = GLUE.exec(folded.slice(match[0].length));
    const start = match[0].length + (glue ? glue[0].length : 0);
    const next = NEXT_OPENER.exec(folded.slice(start));
    if (!next) return withNames(registration, stripped.slice(start));
    const end = start + next.index;
    return [...withNames(registration, stripped.slice(start, end)), ...parseSentence(stripped.slice(end + next[0].length))];
  }
  return [];
}

function withNames(registration: Registration, text: string): Omit<RegistrationSentence, 'line'>[] {
  const names = splitNames(text);
  // One name that reads as prose ("và hỗ trợ các Chi đoàn yếu theo danh sách") makes the whole sentence prose.
  return names.length && names.every(isChapterName) ? [{ registration, names }] : [];
}

/** "Đăng ký xây dựng Chi đoàn mạnh:" or "Đăng ký hỗ trợ các Chi đoàn sau:" alone: the chapters follow, one per line. */
export function registrationHeading(text: string): Registration | null {
  const folded = foldAligned(text.replace(/^\s*(?:[-+*•–]\s*|\d{1,2}[.)]\s*|[IVX]{1,4}[.)]\s*)/i, ''));
  for (const [opener, registration] of OPENERS) {
    const match = opener.exec(folded);
    if (match && /^\s*(?:(?:\d+|cac|nhung)\s+)?(?:(?:chi doan|cd)\s+)?(?:\([^)]*\)\s*)?(?:(?:sau|nhu sau|gom)\s*)?[:\-–]?\s*$/.test(folded.slice(match[0].length))) return registration;
  }
  return null;
}

/** A line under a heading: "- Chi đoàn Hòa Bình", "2. Thôn 3", "Chi đoàn A, Chi đoàn B"; anything else ends the list. */
function listItem(text: string): string[] | null {
  const bulleted = /^\s*(?:[-+*•–]|\d{1,2}[.)])\s*\S/.test(text);
  // "Chi đoàn A: Vững mạnh" is a row of ratings, not a name.
  if (/[:\t|=]|\s[-–—]\s/.test(text)) return null;
  const names = splitNames(stripNumbering(text));
  if (!names.length || !names.every(isChapterName)) return null;
  return bulleted || names.every((name) => CHAPTER_START.test(wordKey(name))) ? names : null;
}

const CHAPTER_START = /^(chi doan|cd|lien chi doan|thon|khoi|lop|xom|ap|to dan pho|khu pho)\b/;
/** Words of a sentence, never of a chapter's name: "các Chi đoàn yếu", "theo danh sách kèm theo", "hỗ trợ". */
const PROSE_IN_NAME = /\b(cac|theo|kem theo|dinh kem|danh sach|dang ky|dk|ho tro|giup do|duoc|nham|tat ca|con lai|bao cao|ke hoach|cong van|xep loai)\b|^(xay dung|xd)\b|^((\d+|mot|hai|ba) )?(chi doan|cd)( (manh|yeu|kem|vung manh|kha|trung binh|sau|nhu sau|duoi day)\b.*)?$/;
/** Small words that open a clause; compared with their accents, as "Hải", "Bà", "Chợ" open place names. */
const CLAUSE_START = /^(và|với|cho|của|là|để|tại|ở|những|một|hai|ba|các)\s/;

/** Whether a text cut out of a sentence can be a chapter's name (short, and no word of a sentence in it). */
export function isChapterName(name: string): boolean {
  const key = wordKey(name);
  return key !== '' && key.split(' ').length <= 10 && !PROSE_IN_NAME.test(key) && !CLAUSE_START.test(cleanText(name).toLowerCase());
}

/** "Chi đoàn A, Chi đoàn B và Chi đoàn C." → three names. */
export function splitNames(text: string): string[] {
  return text
    .replace(/[.;!]+\s*$/, '')
    .split(/\s*[,;+&]\s*|\s+(?:và|va|với|voi)\s+/i)
    .map((name) => name.replace(/^[\s"“'‘(-]+|[\s"”'’).:-]+$/g, '').trim())
    .filter((name) => name && !/^(\.{2,}|…)$/.test(name) && name.length <= 80);
}
