import type { AnswerInput, Emulator, FormItemInfo } from '../../local/emulator';
import { unitsFormId } from './cadreFormHarness';

/** A unit's section of the form: its page break and the items after it, up to the next page. */
export function sectionOf(emu: Emulator, unitName: string): FormItemInfo[] {
  const items = emu.forms.items(unitsFormId(emu));
  const start = items.findIndex((i) => i.type === 'PAGE_BREAK' && i.title === unitName);
  if (start < 0) throw new Error(`no section ${unitName}`);
  const end = items.findIndex((i, n) => n > start && i.type === 'PAGE_BREAK');
  return items.slice(start, end < 0 ? items.length : end);
}

export interface Answers {
  /** Rating label per chapter row, per period grid (in grid order); default all "Khá". */
  ratings?: (rows: string[], period: number) => string[];
  registration?: (rows: string[]) => string[][];
  members?: string;
  newChapters?: string;
}

/** Submits a unit's section as a respondent; the first chapter built, the last supported by default. */
export function answerFor(emu: Emulator, unitName: string, email: string, answers: Answers = {}): string {
  const [unitList] = emu.forms.items(unitsFormId(emu));
  const section = sectionOf(emu, unitName);
  const grids = section.filter((i) => i.type === 'GRID');
  const registration = section.find((i) => i.type === 'CHECKBOX_GRID');
  const paragraphs = section.filter((i) => i.type === 'PARAGRAPH_TEXT');
  const rows = grids[0]?.rows ?? [];
  const all: Record<string, unknown> = { [String(unitList.id)]: unitName };
  grids.forEach((g, p) => (all[String(g.id)] = answers.ratings ? answers.ratings(rows, p) : rows.map(() => 'Khá')));
  if (registration) {
    all[String(registration.id)] = answers.registration
      ? answers.registration(rows)
      : rows.map((_, i) => (i === 0 ? ['Xây dựng Chi đoàn mạnh'] : i === rows.length - 1 ? ['Hỗ trợ'] : []));
  }
  if (answers.members) all[String(paragraphs[0].id)] = answers.members;
  if (answers.newChapters) all[String(paragraphs[1].id)] = answers.newChapters;
  return emu.forms.submit({ formId: unitsFormId(emu), email, answers: all as Record<string, AnswerInput> }).responseId;
}

export interface InvitationAnswers {
  unitId: string;
  chapter: string;
  /** `YYYY-MM-DD`, as the date item takes it. */
  day: string;
  /** `HH:MM`, as the time item takes it; '' leaves it empty (a cancellation needs none). */
  time: string;
  place: string;
  agenda: string;
  cancelled?: boolean;
  /** The respondent; the unit's first address in `Đơn vị` by default. */
  email?: string;
  /** When the unit submits (the emulator's clock moves there first). */
  at?: Date | string | number;
}

/**
 * A unit sends an invitation through the form's invitation page: the unit list's last choice
 * (which leads there), then the page's fields, its name chosen in the page's own unit list. The unit's name and address
 * are read from `Đơn vị`, so any campaign works. Returns the response id.
 */
export function submitInvitationResponse(emu: Emulator, answers: InvitationAnswers): string {
  const [header, ...rows] = emu.values('Đơn vị');
  const row = rows.find((r) => r[0] === answers.unitId);
  if (!row) throw new Error(`no unit ${answers.unitId} in Đơn vị`);
  const name = String(row[header.indexOf('Tên đơn vị')]);
  const email = answers.email ?? String(row[header.indexOf('Email')]).split(/[,;\s]+/)[0];
  const items = emu.forms.items(unitsFormId(emu));
  const id = (type: string, title: string) => {
    const item = items.find((i) => i.type === type && i.title === title);
    if (!item) throw new Error(`no ${type} "${title}" in the form`);
    return String(item.id);
  };
  const all: Record<string, AnswerInput> = {
    [String(items[0].id)]: '— Gửi giấy mời cán bộ dự sinh hoạt Chi đoàn —',
    [id('LIST', 'Đơn vị gửi giấy mời')]: name,
    [id('TEXT', 'Chi đoàn')]: answers.chapter,
    [id('DATE', 'Ngày sinh hoạt')]: answers.day,
  };
  if (answers.time) all[id('TIME', 'Giờ bắt đầu')] = answers.time;
  if (answers.place) all[id('TEXT', 'Địa điểm')] = answers.place;
  if (answers.agenda) all[id('PARAGRAPH_TEXT', 'Nội dung sinh hoạt')] = answers.agenda;
  if (answers.cancelled) all[id('CHECKBOX', 'Hoãn/hủy')] = ['Hoãn/hủy buổi sinh hoạt này'];
  return emu.forms.submit({ formId: unitsFormId(emu), email, answers: all, ...(answers.at === undefined ? {} : { at: answers.at }) }).responseId;
}
