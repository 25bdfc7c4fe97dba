import { archiveMessages } from '../messages';
import { reportFigures } from '../../domain/report/figures';
import { matchKey } from '../../domain/text';
import type { KeyValueStore } from '../../gas/properties';
import { reportDocument } from '../../ui/report/reportDocument';
import type { ReportDocument } from '../../ui/report/model';
import { firstRecordedByUnitName } from '../../workbook/intakeArrivals';
import { loadState, openSheets, type WorkbookSheets } from '../../workbook/sheets';
import type { Campaign } from '../../domain/campaign';
import { visitFigures, type VisitFigures } from '../../domain/report/visitFigures';
import { DEFAULT_REPORT_DAYS } from '../../domain/visitReport';
import { readVisitList, VISITS_SHEET } from '../../workbook/visitsSheet';
import { reportMessages } from './reportMessages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Script properties: the draft report's Doc and when it was made (ms). */
export const REPORT_DOC = 'reportDocId';
export const REPORT_MADE_AT = 'reportMadeAt';

/** The Docs and Drive side of the report (gas/reportDoc.ts and gas/archive.ts), so the use case reads as steps. */
export interface ReportDocs {
  /** A new Doc with the report written, filed in the office's archive folder; its id and address. */
  create(report: ReportDocument, folderName: string): { id: string; url: string };
  /** Rewrites the data sections of the Doc; null when it cannot be opened (deleted, or not this account's). */
  rewrite(id: string, report: ReportDocument): { url: string; rewritten: string[]; notFound: string[] } | null;
}

export interface ReportDeps {
  ss: Spreadsheet;
  store: KeyValueStore;
  docs: ReportDocs;
  now: Date;
  format: (date: Date, timeZone: string, pattern: string) => string;
}

/** The visits' figures from `Đi cơ sở` (one read); undefined for a workbook without the sheet (no section then). */
function visitsOfCampaign(sheets: WorkbookSheets, campaign: Campaign, now: Date, today: string): VisitFigures | undefined {
  if (!sheets.get(VISITS_SHEET)) return undefined;
  const reportDays = campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS;
  // The read-only list (readVisits widens an older sheet: a report must not write to it).
  return visitFigures(readVisitList(sheets), { now: now.getTime(), today, reportDays });
}

export type ReportOutcome =
  | { kind: 'created'; url: string; message: string }
  | { kind: 'updated'; url: string; message: string }
  /** A draft exists: making it again replaces its figures, so the office confirms first. */
  | { kind: 'exists'; message: string }
  | { kind: 'invalid'; errors: string[] };

/**
 * "Lập báo cáo": the report to the parent body, from the workbook as it stands. The first time it
 * makes a draft Doc in the office's `Lưu VT` folder; after that, only with `replace`, it rewrites
 * the draft's data sections and keeps what the office wrote. Read once: the editable sheets, the
 * unit tabs, the intake log's first columns and `Đi cơ sở`.
 */
export function makeReportIn(deps: ReportDeps, replace: boolean): ReportOutcome {
  const existing = deps.store.get(REPORT_DOC);
  const madeAt = Number(deps.store.get(REPORT_MADE_AT));
  const sheets = openSheets(deps.ss);
  const loaded = loadState(sheets);
  if (!loaded.ok) return { kind: 'invalid', errors: loaded.errors };
  const { campaign, chapters } = loaded.state;
  if (existing && !replace) {
    const when = Number.isFinite(madeAt) && madeAt > 0 ? deps.format(new Date(madeAt), campaign.timeZone, 'HH:mm dd/MM/yyyy') : '';
    return { kind: 'exists', message: reportMessages.exists(when) };
  }
  const today = deps.format(deps.now, campaign.timeZone, 'yyyy-MM-dd');
  const byName = firstRecordedByUnitName(sheets);
  const firstReceived = new Map<string, string>();
  const idByName = new Map(campaign.units.map((unit) => [matchKey(unit.name), unit.id]));
  for (const [name, at] of byName) {
    const id = idByName.get(matchKey(name));
    if (id) firstReceived.set(id, deps.format(at, campaign.timeZone, 'yyyy-MM-dd'));
  }
  const figures = reportFigures({ campaign, chaptersOf: (unit) => chapters.get(unit.id) ?? [], firstReceived, deadline: campaign.deadline });
  const report = reportDocument(campaign, figures, today, visitsOfCampaign(sheets, campaign, deps.now, today));
  const stamp = () => deps.store.set(REPORT_MADE_AT, String(deps.now.getTime()));
  if (existing) {
    const rewritten = deps.docs.rewrite(existing, report);
    if (rewritten) {
      stamp();
      const notes = [reportMessages.updated(rewritten.rewritten.length), ...(rewritten.notFound.length ? [reportMessages.notFound(rewritten.notFound)] : [])];
      return { kind: 'updated', url: rewritten.url, message: notes.join(' ') };
    }
  }
  const made = deps.docs.create(report, archiveMessages.folder(campaign.office));
  deps.store.set(REPORT_DOC, made.id);
  stamp();
  const message = existing ? `${reportMessages.missingDoc} ${reportMessages.created(report.name)}` : reportMessages.created(report.name);
  return { kind: 'created', url: made.url, message };
}
