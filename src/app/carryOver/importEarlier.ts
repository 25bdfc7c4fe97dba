import { carryOver, contentId, localTimeToInstant } from '../../domain/carryOver';
import type { Campaign } from '../../domain/campaign';
import { cleanText, matchKey } from '../../domain/text';
import { readEarlierWorkbook } from '../../intake/earlierWorkbook';
import { LIMITS } from '../../intake/limits';
import { applyToUnitTab, writeAppliedUnits, type AppliedUnit } from '../../workbook/applySubmission';
import { cellText } from '../../workbook/cells';
import { FORMERLY_HEADER } from '../../workbook/layout';
import { appendIntakeRows } from '../../workbook/intakeCodes';
import { finishIntakeRows, intakeRow } from '../../workbook/logs';
import { openIntakeWorkbook } from '../intake/intakeWorkbook';
import { carryOverMessages as msg } from './carryOverMessages';

export interface ImportEarlierDeps {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  now: () => Date;
  /** The office member importing (the log's `Người gửi`). */
  clerk: string;
}

export type ImportEarlierOutcome = { ok: true; message: string; notes: string[] } | { ok: false; problems: string[] };

/** Asia/Ho_Chi_Minh keeps +07:00 all year: the earlier workbook's `Cập nhật` is read in it. */
const OFFICE_OFFSET_MINUTES = 7 * 60;

/**
 * "Nhập kết quả sổ cũ": the chapters of the earlier units each merged unit names are carried into
 * its tab for the periods both workbooks collect, with their source. One `Nhật ký nhận` row per
 * unit is written first (its `Mã` from the file's content and the unit, so the same file imported
 * again is found and not applied twice), then each earlier unit's chapters go through the
 * submission path, stamped with the earlier workbook's `Cập nhật`: what the unit sent later wins.
 */
export function importEarlierWorkbookIn(deps: ImportEarlierDeps, fileName: string, bytes: Uint8Array): ImportEarlierOutcome {
  if (bytes.length > LIMITS.maxInputBytes) return { ok: false, problems: [msg.tooBig] };
  const earlier = readEarlierWorkbook(bytes);
  if (!earlier.ok) return { ok: false, problems: [earlier.problem === 'notXlsx' ? msg.notXlsx : msg.notWorkbook] };
  const workbook = openIntakeWorkbook(deps.ss);
  if ('errors' in workbook) return { ok: false, problems: workbook.errors };
  const { campaign, intakeSheet, intake } = workbook;
  const units = withFormerly(campaign, workbook.unitsValues);
  if (!units.some((u) => u.formerly.length)) return { ok: false, problems: [msg.noFormerly] };
  const plan = carryOver(units, campaign.periods.map((p) => p.code), earlier.units);
  const notes = plan.warnings.map(msg.warning);
  const now = deps.now();
  const file = cleanText(fileName) || 'không tên';
  const hash = contentId(bytes);

  const fresh = plan.units.flatMap((carried) => {
    const unit = campaign.units.find((u) => u.id === carried.unitId);
    if (!unit) return [];
    const id = `SC-${hash}-${unit.id}`;
    const logged = intake.byId.get(id);
    if (logged && logged.status !== 'Đang xử lý') {
      notes.push(msg.alreadyImported(unit.name, logged.row));
      return [];
    }
    return [{ unit, carried, id, logged }];
  });
  const toLog = fresh.filter((f) => !f.logged);
  const firstRow = toLog.length
    ? appendIntakeRows(
        intakeSheet,
        intake,
        toLog.map(({ unit, carried, id }) =>
          intakeRow({
            time: now,
            source: 'Thủ công',
            sender: deps.clerk,
            id,
            unit: unit.name,
            status: 'Đang xử lý',
            detail: msg.logDetail(file, carried.parts.map((p) => p.from)),
            raw: JSON.stringify({ file, unit: unit.id, parts: carried.parts }),
            code: intake.codes.next(now),
          }),
        ),
      )
    : 0;
  const rows = new Map(toLog.map((f, i) => [f.id, firstRow + i]));

  const applied: AppliedUnit[] = [];
  const finished: { row: number; unit: string; status: 'Đã ghi'; detail: string }[] = [];
  let chapters = 0;
  for (const { unit, carried, id, logged } of fresh) {
    const names = new Set<string>();
    let kept = 0;
    let wrongScale = 0;
    let last: AppliedUnit | null = null;
    for (const part of carried.parts) {
      const at = (part.updated && localTimeToInstant(part.updated, OFFICE_OFFSET_MINUTES)) || now;
      const source = { kind: msg.source(part.from), id, at };
      const result = applyToUnitTab(workbook.sheets, campaign, unit, { chapters: part.chapters, hasRegistration: false }, source, null);
      for (const r of result.merge.recorded) if (Object.keys(r.ratings).length) names.add(r.name);
      // The same value from an earlier import of the same workbook is kept at its own (equal) time: not news.
      kept += result.merge.kept.filter((value) => !value.sameTime).length;
      wrongScale += result.merge.wrongScale.length;
      last = { ...result.applied, at: now };
    }
    if (last) applied.push(last);
    chapters += names.size;
    const line = msg.carried(unit.name, names.size, carried.parts.map((p) => p.from));
    notes.push(line, ...(kept ? [msg.kept(unit.name, kept)] : []), ...(wrongScale ? [msg.wrongScale(unit.name, wrongScale)] : []));
    finished.push({ row: logged?.row ?? rows.get(id) ?? 0, unit: unit.name, status: 'Đã ghi', detail: `${msg.logDetail(file, carried.parts.map((p) => p.from))}. ${line}` });
  }
  writeAppliedUnits(workbook.sheets, campaign, applied, workbook.unitsValues);
  finishIntakeRows(intakeSheet, finished.filter((f) => f.row > 0));
  return { ok: true, message: msg.summary(applied.length, chapters), notes };
}

/** Each unit with its earlier units: what `Sáp nhập từ` of `Đơn vị` names (setup writes the campaign's `formerly` there; the office may edit it). */
function withFormerly(campaign: Campaign, unitsValues: readonly (readonly unknown[])[]): { id: string; name: string; formerly: string[] }[] {
  const column = (unitsValues[0] ?? []).findIndex((cell) => matchKey(cellText(cell)) === matchKey(FORMERLY_HEADER));
  const byId = new Map(unitsValues.slice(1).map((row) => [cellText(row[0]), row]));
  return campaign.units.map((unit) => {
    const typed = column >= 0 ? cellText(byId.get(unit.id)?.[column]) : '';
    const named = typed ? typed.split(/[;\n]/).map(cleanText).filter(Boolean) : [];
    return { id: unit.id, name: unit.name, formerly: column >= 0 ? named : [...(unit.formerly ?? [])] };
  });
}
