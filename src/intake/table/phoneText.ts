import { parseRating, parseRatingPrefix, ratingKey, type RatingCode } from '../../domain/ratings';
import type { Registration } from '../../domain/registration';
import { foldAligned } from '../../domain/text';
import { wordKey } from './keys';

/**
 * What a secretary types on a phone: no diacritics, short forms ("cd" Chi đoàn, "dk" đăng ký,
 * "xd" xây dựng, "ht" hỗ trợ, "24dv" 24 đoàn viên), a whole registration on one line. Names stay
 * as typed; only the words around them are read here.
 */

/**
 * "HT" is both the current scale's "Hoàn thành nhiệm vụ" and a phone's "hỗ trợ". Where a rating
 * is expected it is held as this marker until the whole list is read: a list rated on the old
 * scale (VM/K/TB/Y) cannot hold a current-scale rating, so there it stays unread, with a warning.
 */
export const AMBIGUOUS_HT = 'HT?';
export type SlotRating = RatingCode | typeof AMBIGUOUS_HT;

/** Current-scale forms typed with "ht" for "hoàn thành", and "ko" for "không". */
const PHONE_RATINGS: Readonly<Record<string, RatingCode>> = {
  'ht xs': 'HTXSNV',
  'ht xuat sac': 'HTXSNV',
  'ht tot': 'HTTNV',
  'ht nv': 'HTNV',
  'ko ht': 'KHTNV',
  'ko htnv': 'KHTNV',
  'khong ht': 'KHTNV',
  'ko hoan thanh': 'KHTNV',
};

/** The rating typed where one is expected (after a period, or in a period's place). */
export function slotRating(text: string): SlotRating | null {
  const key = ratingKey(text);
  if (key === 'ht') return AMBIGUOUS_HT;
  return PHONE_RATINGS[key] ?? parseRating(text) ?? parseRatingPrefix(text);
}

/** A whole word that is a rating, for reading ratings off the end of "xuan tho vm k". */
export function isSlotRating(text: string): boolean {
  const key = ratingKey(text);
  return key === 'ht' || key in PHONE_RATINGS || parseRating(text) !== null;
}

const SUPPORT_WORDS = /^(?:ht|ho tro|gd|giup do|htgd|ht gd|ho tro giup do)$/;
const BUILD_WORDS = /^(?:xd|xay dung|cdm|xd cdm|(?:(?:xd|xay dung) )?(?:cd|chi doan) manh)$/;

/**
 * A registration typed short in a list line: "dk ht", "can ht", "dk xd", "xd cd manh", "cdm".
 * A bare "ht" is not one (it may be a rating); it needs the verb before it.
 */
export function shortRegistration(text: string): Registration | null {
  const key = wordKey(text);
  const verb = /^(?:dang ky|dang ki|dk|dky|dki|can|duoc)\s+/.exec(key);
  const rest = verb ? key.slice(verb[0].length) : key;
  if (SUPPORT_WORDS.test(rest) && (verb || !/^(?:ht|gd)$/.test(rest))) return 'SUPPORT';
  if (BUILD_WORDS.test(rest) && (verb || rest !== 'xay dung')) return 'BUILD_STRONG';
  return null;
}

/**
 * `foldAligned` (same length, so names can be cut from the original at the same indices) with
 * the phone's spellings of "đăng ký" ("đky", "dki", "dang ki") turned into the ones matched.
 */
export function foldPhone(text: string): string {
  return foldAligned(text).replace(/\bdk[iy]\b/g, 'dk ').replace(/\bdang ki\b/g, 'dang ky');
}

/** Where a new registration starts inside a line: "…; ho tro: …", "…, dk ht …", "…, ht cd …". */
const CLAUSE_START = /[;,]\s*|\s[-–—]\s+/g;
const CLAUSE_OPENER = /(?:(?:dang ky|dk)\b|(?:ho tro|giup do|ht|gd)\s*(?:[:\-–]|(?=(?:cd|chi doan)\s))|(?:(?:xay dung|xd)\s+)?(?:(?:chi doan|cd)\s+manh|cdm)\s*[:\-–])/y;
const BARE_HT = /^ht\s*[:\-–]?\s*/;

export interface RegistrationClause {
  readonly text: string;
  /** Set when the clause's opener is only a registration because it follows one ("…; ht: …"). */
  readonly registration?: Registration;
}

/**
 * "dk xd cd manh: cd xuan tho; ho tro: cd thuan yen dong, cd tam son" → one clause per
 * registration. Only a sentence that says "đăng ký" is split, so a list of names stays whole.
 */
export function registrationClauses(sentence: string): RegistrationClause[] {
  const folded = foldPhone(sentence);
  if (!/\b(?:dang ky|dk)\b/.test(folded)) return [{ text: sentence }];
  const starts = [0];
  CLAUSE_START.lastIndex = 0;
  for (let match = CLAUSE_START.exec(folded); match; match = CLAUSE_START.exec(folded)) {
    const at = match.index + match[0].length;
    // Sticky at `at`, so a line of many separators is read in linear time.
    CLAUSE_OPENER.lastIndex = at;
    if (CLAUSE_OPENER.test(folded)) starts.push(at);
  }
  return starts.map((start, i) => {
    const text = sentence.slice(start, starts[i + 1] ?? sentence.length).replace(/[\s;,–—-]+$/, '');
    const bare = i > 0 ? BARE_HT.exec(foldAligned(text)) : null;
    return bare ? { text: text.slice(bare[0].length), registration: 'SUPPORT' } : { text };
  });
}

/** "24dv", "24 đv", "(24 đoàn viên)": the chapter's members, typed beside its name. */
const MEMBERS = /(^|\s)\(?(\d{1,5})\s*(?:dv|d\.v|doan vien)\)?(?=$|[\s,;:.])/;

export function takeMembers(text: string): { text: string; members: number | null } {
  const match = MEMBERS.exec(foldAligned(text));
  if (!match) return { text, members: null };
  const start = match.index + match[1].length;
  const rest = `${text.slice(0, start)} ${text.slice(start + match[0].length - match[1].length)}`;
  return { text: rest.replace(/\s+/g, ' ').trim(), members: Number(match[2]) };
}

/** "6t2016", "nam2015": a year glued to its period word, as fast typing leaves it. */
export function spaceGluedYears(text: string): string {
  return text.replace(/(\b6\s?t|\bn[aă]m)((?:19|20)\d{2})\b/gi, '$1 $2');
}

/** Words of a chat, not of a chapter's name: "em gui anh k", "anh xem giup em y". */
const CHAT_START = /^(?:em|anh|toi|chung toi|chung em|minh xin|xin|chao|cam on|ok|oke)\b/;
const CHAT_WORD = /\b(?:gui|xem|giup|nhe|nha|nhen|oi|roi|duoc|dc|khong|ko|biet|gi|vay|cam on|bao cao|xin)\b|\sa$/;
/** "cd minh co 5 cd" (a count of chapters), "cd xuan tho nam nay …": a sentence, not a chapter. */
const NEVER_IN_NAME = /\b(?:co|gom|la|duoc)\s+\d+\s+(?:cd|chi doan)\b|\bnam (?:nay|qua|truoc)\b/;

/**
 * Whether a would-be name reads as a sentence of a chat or a count rather than a chapter's name.
 * A name that starts like one ("cd …", "thon …") is only refused for a sentence: "Tổ A" is a name.
 */
export function isChatText(name: string, chapterLike: boolean): boolean {
  const key = wordKey(name);
  return NEVER_IN_NAME.test(key) || (!chapterLike && (CHAT_START.test(key) || CHAT_WORD.test(key)));
}

/** "cd xuan tho dat vm": the verb between a name and its ratings is not part of the name. */
export function trimRatingVerb(name: string): string {
  const match = /\s+(?:dat|xep loai|xl|la|duoc)$/.exec(foldAligned(name));
  return match ? name.slice(0, match.index) : name;
}
