import { defaultPeriodLabel, findPeriodMentions, findPeriods, type PeriodCode } from '../../domain/periods';
import { ratingLabel, scaleOf, type RatingCode } from '../../domain/ratings';
import type { Registration } from '../../domain/registration';
import { cleanText } from '../../domain/text';
import { intakeWarnings as warn } from '../messages';
import { wordKey } from './keys';
import type { ChapterReading, TextLine } from './model';
import { isCountLine } from './counts';
import { isRatingLegend } from './matrix';
import { chapterKey, stripNumbering } from './names';
import { AMBIGUOUS_HT, isChatText, isSlotRating, shortRegistration, slotRating, spaceGluedYears, takeMembers, trimRatingVerb, type SlotRating } from './phoneText';
import { registrationInNote, splitNames } from './registration';

/**
 * Reads chapters written one per line, as people type them in a mail body:
 *   "1. Chi đoàn thôn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá"
 *   "Chi đoàn Xuân Thọ - VM - K"   (the periods named in a line above, or in the title)
 *   "Chi đoàn Xuân Thọ: 2015 - VM; 6T/2016 - K"
 *   "cd xuan tho: 2015 vm, 6t 2016 k", "xuan tho vm k 24dv"   (typed on a phone)
 */
export interface ListReading {
  readonly chapters: ChapterReading[];
  readonly periods: PeriodCode[];
  readonly warnings: string[];
  readonly firstLine: number;
  readonly lastLine: number;
  /** Ratings were found that no period could be given to. */
  readonly periodless: boolean;
}

const SEPARATOR = /\s*(?:\t|\||\s[-–—=]\s|[–—;:,])\s*/;
const CHAPTER_LIKE = /^(chi doan|cd|c d|lien chi doan|thon|khoi|lop|to|xom|ap|doi|ban|phong|khu|tieu khu)\b/;
const NOT_A_NAME = /^(kinh gui|dang ky|dang ki|dk|dky|dki|ho tro|giup do|(?:xd|xay dung) (?:cd|chi doan)|cd manh|chi doan manh|xl|xep loai|ket qua|bang|tong|cong|ghi chu|nguoi|ngay|doan xa|doan truong|bch|ban chap hanh|tm|tran trong|thoi gian|noi dung|tieu de|chu de|re|fw|fwd)\b/;
const RATING_WORDS_MAX = 6;

type Slots = Partial<Record<PeriodCode, SlotRating>>;

interface Item {
  readonly name: string;
  readonly members: number | null;
  readonly ratings: Slots;
  readonly positional: { rating: SlotRating | null; text: string }[];
  readonly registration: Registration | null;
  readonly problems: ((line: number, name: string) => string)[];
  readonly mentioned: PeriodCode[];
}

interface ReadItem {
  readonly chapter: ChapterReading;
  readonly slots: Slots;
  readonly problems: string[];
}

export function readList(lines: readonly TextLine[], initialPeriods: readonly PeriodCode[]): ListReading | null {
  let context: PeriodCode[] = [...initialPeriods];
  const read: ReadItem[] = [];
  const periods = new Set<PeriodCode>();
  const seen = new Map<string, ReadItem>();
  const conflicts = new Set<string>();
  let firstLine = -1;
  let lastLine = -1;
  let periodless = false;
  lines.forEach(({ text, line }, index) => {
    const clean = spaceGluedYears(cleanText(text));
    if (!clean || isRatingLegend(clean)) return;
    // A count ("có 5 Chi đoàn vững mạnh") is not a chapter; the period it names still sets the context.
    const items = isCountLine(clean) ? [] : lineItems(clean, context);
    if (items.length === 0) {
      const named = findPeriods(clean);
      if (named.length) context = named;
      return;
    }
    for (const item of items) {
      const placed = placeRatings(item, context);
      if (placed.periodless) periodless = true;
      for (const period of placed.periods) periods.add(period);
      const hasRating = Object.keys(placed.slots).length > 0;
      if (!hasRating && !item.registration && item.problems.length === 0 && item.positional.length === 0) continue;
      const problems = placed.problems.map((problem) => problem(line, item.name));
      const key = chapterKey(item.name);
      const earlier = seen.get(key);
      if (earlier) {
        // "2015 vm: cd a" then "6t 2016 k: cd a": a later line may add periods, never overwrite one.
        // Two lines giving one period different ratings leave it unrated, with a warning.
        for (const [period, rating] of Object.entries(placed.slots)) {
          const slot = `${key}\u0000${period}`;
          const had = earlier.slots[period];
          if (conflicts.has(slot)) continue;
          if (had === undefined) earlier.slots[period] = rating;
          else if (rating && had !== rating && had !== AMBIGUOUS_HT && rating !== AMBIGUOUS_HT) {
            conflicts.add(slot);
            delete earlier.slots[period];
            earlier.problems.push(warn.longConflict(line, earlier.chapter.name, defaultPeriodLabel(period), ratingLabel(had), ratingLabel(rating), earlier.chapter.line));
          }
        }
        earlier.problems.push(...problems);
        continue;
      }
      const chapter: ChapterReading = { name: item.name, line, members: item.members, ratings: {}, registration: item.registration };
      const entry = { chapter, slots: placed.slots, problems };
      seen.set(key, entry);
      read.push(entry);
      if (firstLine < 0) firstLine = index;
      lastLine = index;
    }
  });
  const { chapters, warnings } = settleRatings(read);
  if (chapters.length === 0) return periodless ? { chapters, periods: [], warnings, firstLine, lastLine, periodless } : null;
  return { chapters, periods: [...periods], warnings, firstLine, lastLine, periodless };
}

/** The item's ratings by period: those it names, then the others in the order of the periods in force. */
function placeRatings(item: Item, context: readonly PeriodCode[]) {
  const slots: Slots = { ...item.ratings };
  const problems = [...item.problems];
  const periods = new Set<PeriodCode>(item.mentioned);
  let periodless = false;
  // "cd xuan tho: 2015 vm, k": a rating without a period takes the next period not named on the line.
  const free = context.filter((period) => !item.mentioned.includes(period));
  item.positional.forEach(({ rating, text: value }, position) => {
    const period = free[position];
    if (!period) {
      if (rating) periodless = true;
      problems.push((l, n) => warn.listRatingWithoutPeriod(l, n, value));
      return;
    }
    periods.add(period);
    if (rating) slots[period] = rating;
    else problems.push((l, n) => warn.unknownListRating(l, n, value, defaultPeriodLabel(period)));
  });
  return { slots, problems, periods, periodless };
}

/**
 * Gives each chapter its ratings once the whole list is read, when "HT" can be told apart: the
 * current scale's "Hoàn thành nhiệm vụ", unless other chapters are rated on the old scale for
 * the same period (one period has one scale).
 */
function settleRatings(read: readonly ReadItem[]): { chapters: ChapterReading[]; warnings: string[] } {
  const legacy = new Set<PeriodCode>();
  for (const { slots } of read) {
    for (const [period, rating] of Object.entries(slots)) if (rating && rating !== AMBIGUOUS_HT && scaleOf(rating) === 'legacy') legacy.add(period);
  }
  const warnings: string[] = [];
  for (const { chapter, slots: own, problems } of read) {
    for (const [period, rating] of Object.entries(own)) {
      if (!rating) continue;
      if (rating !== AMBIGUOUS_HT) chapter.ratings[period] = rating;
      else if (!legacy.has(period)) chapter.ratings[period] = 'HTNV';
      else problems.push(warn.ambiguousHt(chapter.line, chapter.name, defaultPeriodLabel(period)));
    }
    warnings.push(...problems);
  }
  return { chapters: read.map((r) => r.chapter), warnings };
}

/**
 * The chapters a line holds: one ("cd xuan tho: 2015 vm, 6t 2016 k"), several typed one after
 * the other ("cd xuan tho vm, cd thon 3 k"), or a rating with its chapters ("vm: cd a, cd b").
 */
function lineItems(text: string, context: readonly PeriodCode[]): Item[] {
  const grouped = groupedItems(text, context);
  if (grouped) return grouped;
  const pieces = stripNumbering(text).split(/[,;]\s*(?=(?:cd|c[đĐ]|chi [đd]oàn|chi doan)\s)/i);
  if (pieces.length > 1 && CHAPTER_LIKE_START.test(wordKey(pieces[0]))) {
    const items = pieces.map((piece) => parseItem(piece, context.length));
    if (items.every((item) => item !== null)) return items as Item[];
  }
  const item = parseItem(text, context.length);
  return item ? [item] : [];
}

const CHAPTER_LIKE_START = /^(?:chi doan|cd)\s/;

/** "vm: cd xuan tho, cd truong thanh" under one period: every name must read as a chapter's. */
function groupedItems(text: string, context: readonly PeriodCode[]): Item[] | null {
  const match = /^([^:]{1,40}?)\s*:\s*(\S.*)$/.exec(stripNumbering(text));
  if (!match) return null;
  const mentions = findPeriodMentions(match[1]);
  const period = mentions.length === 1 ? mentions[0].code : mentions.length === 0 && context.length === 1 ? context[0] : null;
  const ratingText = mentions.length === 1 ? trimGlue(match[1].slice(0, mentions[0].start) + match[1].slice(mentions[0].end)) : match[1];
  const rating = period ? slotRating(ratingText) : null;
  if (!period || !rating || !isSlotRating(ratingText)) return null;
  const names = splitNames(match[2]);
  if (names.length === 0 || !names.every((name) => CHAPTER_LIKE_START.test(wordKey(name)) && !isChatText(name, true))) return null;
  return names.map((name) => ({ name, members: null, ratings: { [period]: rating }, positional: [], registration: null, problems: [], mentioned: [period] }));
}

function parseItem(text: string, periodSlots: number): Item | null {
  const haveContext = periodSlots > 0;
  const marked = /^\s*(?:[-+*•–]\s*|\(?\d{1,5}\s*[.)/:-]\s*)\S/.test(text);
  let members: number | null = null;
  const segments = stripNumbering(text)
    .split(SEPARATOR)
    .map((segment) => {
      const taken = takeMembers(segment);
      members ??= taken.members;
      return taken.text;
    })
    .filter((segment) => segment.trim() !== '');
  if (segments.length === 0) return null;
  let name = segments[0];
  let rest = segments.slice(1);
  // A bare year ending the first segment belongs to the name ("Chi đoàn khóa 2015"); a period
  // phrase ("năm 2015 …") or a year followed by a rating starts the ratings.
  const inName = findPeriodMentions(name).filter((m) => !/^\d{4}$/.test(name.slice(m.start, m.end)) || name.slice(m.end).trim() !== '');
  if (inName.length) {
    rest = [name.slice(inName[0].start), ...rest];
    name = name.slice(0, inName[0].start);
  } else if (haveContext && rest.filter((s) => !noteOf(s)).length < periodSlots && rest.every((s) => isSlotRating(s) || noteOf(s))) {
    // "xuan tho vm k" and "cd xuan tho vm, k": the ratings the periods still want end the name.
    const peeled = peelRatings(name, periodSlots - rest.filter((s) => !noteOf(s)).length);
    if (peeled) [name, rest] = [trimRatingVerb(peeled.name), [...peeled.ratings, ...rest]];
    else if (rest.length === 0) return null;
  }
  name = name.replace(/[\s:,;–—-]+$/, '').trim();
  const nameKey = wordKey(name);
  if (!name || rest.length === 0 || NOT_A_NAME.test(nameKey) || name.split(' ').length > 12) return null;
  const item = readSegments(name, members, rest);
  const usable = Object.keys(item.ratings).length > 0 || item.positional.some((p) => p.rating) || item.registration !== null;
  const chapterLike = CHAPTER_LIKE.test(nameKey);
  if (isChatText(name, chapterLike)) return null;
  if (!usable && !(item.problems.length > 0 && (marked || chapterLike))) return null;
  if (!marked && !chapterLike && !(haveContext && name.split(' ').length <= 6)) {
    if (Object.keys(item.ratings).length === 0) return null;
  }
  return item;
}

function readSegments(name: string, members: number | null, segments: readonly string[]): Item {
  const ratings: Slots = {};
  const positional: { rating: SlotRating | null; text: string }[] = [];
  const problems: ((line: number, name: string) => string)[] = [];
  const mentioned: PeriodCode[] = [];
  let registration: Registration | null = null;
  let pending: { code: PeriodCode; label: string } | null = null;
  const give = (period: { code: PeriodCode; label: string }, value: string) => {
    const rating = slotRating(value);
    mentioned.push(period.code);
    if (rating) ratings[period.code] = rating;
    else problems.push((line, n) => warn.unknownListRating(line, n, value, period.label));
  };
  for (const segment of segments) {
    const note = noteOf(segment);
    if (note) {
      registration = note;
      const withoutNote = segment.replace(/\(.*\)/, '').trim();
      if (withoutNote === segment || !withoutNote) continue;
    }
    const mentions = findPeriodMentions(segment);
    if (mentions.length === 0) {
      const value = segment.replace(/\(.*\)/, '').trim() || segment;
      if (pending) {
        give(pending, value);
        pending = null;
      } else if (value.split(/\s+/).length <= RATING_WORDS_MAX) {
        positional.push({ rating: slotRating(value), text: value });
      }
      continue;
    }
    mentions.forEach((mention, i) => {
      const period = { code: mention.code, label: segment.slice(mention.start, mention.end) };
      const after = trimGlue(segment.slice(mention.end, mentions[i + 1]?.start ?? segment.length));
      const before = i === 0 ? trimGlue(segment.slice(0, mention.start)) : '';
      if (after) give(period, after);
      else if (before) give(period, before);
      else pending = period;
    });
  }
  return { name, members, ratings, positional, registration, problems, mentioned };
}

/** A registration written as one of a line's parts: "dk xd cd manh", "can ht", "(đăng ký hỗ trợ)". */
function noteOf(segment: string): Registration | null {
  return registrationInNote(segment) ?? shortRegistration(segment);
}

function trimGlue(text: string): string {
  return text.replace(/^[\s:=()\-–—,.]+|[\s:=(\-–—,.]+$/g, '').replace(/\)+$/, '').trim();
}

/** "Chi đoàn Xuân Thọ VM K" → name "Chi đoàn Xuân Thọ", ratings ["VM", "K"] (read from the end, at most `most`). */
function peelRatings(text: string, most: number): { name: string; ratings: string[] } | null {
  const words = text.split(' ');
  const ratings: string[] = [];
  let end = words.length;
  while (end > 1 && ratings.length < most) {
    let taken = 0;
    for (let size = Math.min(5, end - 1); size >= 1; size--) {
      const candidate = words.slice(end - size, end).join(' ');
      if (isSlotRating(candidate)) {
        ratings.unshift(candidate);
        taken = size;
        break;
      }
    }
    if (!taken) break;
    end -= taken;
  }
  if (ratings.length === 0) return null;
  return { name: words.slice(0, end).join(' '), ratings };
}
