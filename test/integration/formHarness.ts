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
