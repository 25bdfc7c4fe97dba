import type { Registration } from '../../domain/registration';
import { cleanText, foldAligned } from '../../domain/text';
import { wordKey } from './keys';
import { foldPhone, registrationClauses } from './phoneText';

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
 * Chi đoàn B" out of free text, one sentence at a time, with or without diacritics.
 */
export function findRegistrationSentences(lines: readonly { text: string; line: number }[]): RegistrationSentence[] {
  const found: RegistrationSentence[] = [];
  for (const { text, line } of lines) {
    for (const sentence of splitSentences(cleanText(text))) {
      for (const clause of registrationClauses(sentence)) {
        const names = clause.registration ? splitNames(clause.text) : [];
        const parsed = clause.registration ? (names.length ? { registration: clause.registration, names } : null) : parseSentence(clause.text);
        if (parsed) found.push({ ...parsed, line });
      }
    }
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

function parseSentence(sentence: string): Omit<RegistrationSentence, 'line'> | null {
  const stripped = sentence.replace(/^\s*(?:[-+*•–]\s*|\d{1,2}[.)]\s*|[a-z][.)]\s+)/i, '');
  const folded = foldPhone(stripped);
  for (const [pattern, registration] of NAMES_FIRST) {
    const match = pattern.exec(folded);
    if (match) return { registration, names: splitNames(stripped.slice(0, match[1].length)) };
  }
  for (const [opener, registration] of OPENERS) {
    const match = opener.exec(folded);
    if (!match) continue;
    let rest = folded.slice(match[0].length);
    const glue = GLUE.exec(rest);
    const start = match[0].length + (glue ? glue[0].length : 0);
    rest = stripped.slice(start);
    const names = splitNames(rest);
    if (names.length) return { registration, names };
  }
  return null;
}

/** "Chi đoàn A, Chi đoàn B và Chi đoàn C." → three names. */
export function splitNames(text: string): string[] {
  return text
    .replace(/[.;!]+\s*$/, '')
    .split(/\s*[,;+&]\s*|\s+(?:và|va|với|voi)\s+/i)
    .map((name) => name.replace(/^[\s"“'‘(-]+|[\s"”'’).:-]+$/g, '').trim())
    .filter((name) => name && !/^(\.{2,}|…)$/.test(name) && name.length <= 80);
}
