import type { Emulator } from '../../local/emulator';
import { cadreFormText as t } from '../../src/form/cadreForm';

/** A cadre's report as the form "Báo cáo kết quả đi cơ sở" asks it; `email`: the respondent (default: the visit's cadre, from `Cán bộ`). */
export interface CadreReportInput {
  visitId: string;
  attended: boolean;
  reason?: string;
  result: string;
  practice: string;
  difficulties: string;
  proposal: string;
  email?: string;
  at?: Date | string | number;
}

/** The cadres' form's id (setup made it; the units' form is the other one). */
export function cadreFormId(emu: Emulator): string {
  const form = emu.forms.list().find((f) => f.title === t.title);
  if (!form) throw new Error('no cadres’ form: setup has not made it');
  return form.id;
}

/** The units' form's id, now that the workbook has two forms. */
export function unitsFormId(emu: Emulator): string {
  const recorded = emu.properties.script.formId;
  if (recorded) return recorded;
  const form = emu.forms.list().find((f) => f.title !== t.title);
  if (!form) throw new Error('no units’ form');
  return form.id;
}

/** The address of the cadre `Đi cơ sở` names for a visit, from `Cán bộ`. */
export function visitCadreEmail(emu: Emulator, visitId: string): string {
  const row = emu.values('Đi cơ sở').find((r) => r[0] === visitId);
  if (!row) throw new Error(`no visit ${visitId}`);
  const cadre = emu.values('Cán bộ').find((r) => r[1] === row[6]);
  if (!cadre) throw new Error(`no cadre named ${String(row[6])}`);
  return String(cadre[3]);
}

/** A respondent submits the cadres' form (its submit trigger fires); returns the response id. */
export function submitCadreReport(emu: Emulator, input: CadreReportInput): string {
  const answers: Record<string, string> = {
    [t.id]: input.visitId,
    [t.attended]: input.attended ? t.yes : t.no,
    [t.result]: input.result,
    [t.practice]: input.practice,
    [t.difficulties]: input.difficulties,
    [t.proposal]: input.proposal,
  };
  if (input.reason) answers[t.reason] = input.reason;
  for (const key of Object.keys(answers)) if (answers[key] === '') delete answers[key];
  const email = input.email ?? visitCadreEmail(emu, input.visitId);
  return emu.forms.submit({ formId: cadreFormId(emu), email, answers, ...(input.at !== undefined ? { at: input.at } : {}) }).responseId;
}
