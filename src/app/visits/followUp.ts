import { handlingText, hasProposal, readHandling, PROPOSAL_NOTE_LIMIT, PROPOSAL_STATUSES, type ProposalStatus } from '../../domain/proposals';
import { awaitsReport, DEFAULT_REPORT_DAYS, reportDueDay } from '../../domain/visitReport';
import { keyDay, type Visit } from '../../domain/visits';
import { loadCampaign, type WorkbookSheets } from '../../workbook/sheets';
import { readVisits, writeVisits, VISITS_SHEET } from '../../workbook/visitsSheet';
import type { VisitClock } from './recordInvitation';
import { unitIdOfVisit } from './visitCadre';
import { followUpMessages as m } from './followUpMessages';

const viDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export interface BoardVisit {
  id: string;
  unit: string;
  chapter: string;
  when: string;
}

export interface CadreBoardRow {
  name: string;
  units: string[];
  ahead: BoardVisit[];
  /** This month: meetings held (attended or reported) and reports received. */
  made: number;
  reported: number;
  overdue: (BoardVisit & { due: string })[];
  /** Units with no visit held since the campaign's start. */
  notVisited: string[];
}

export interface CadreBoard {
  readAt: string;
  month: string;
  since: string;
  cadres: CadreBoardRow[];
}

function visitsOf(sheets: WorkbookSheets): Visit[] {
  const sheet = sheets.get(VISITS_SHEET);
  return sheet ? readVisits(sheet).visits.filter((v) => v.key) : [];
}

function campaignOf(sheets: WorkbookSheets) {
  const result = loadCampaign(sheets);
  if (!result.ok) throw new Error(m.campaignErrors(result.errors));
  return result.campaign;
}

/** The Cán bộ view: one read of `Đi cơ sở` and of the campaign's sheets (`Đơn vị`, `Cán bộ`). */
export function loadCadreBoard(sheets: WorkbookSheets, clock: Pick<VisitClock, 'now' | 'format'>): CadreBoard {
  const campaign = campaignOf(sheets);
  const visits = visitsOf(sheets);
  const now = clock.now();
  const tz = campaign.timeZone;
  const today = clock.format(now, tz, 'yyyy-MM-dd');
  const month = today.slice(0, 7);
  const reportDays = campaign.visits?.reportDays ?? DEFAULT_REPORT_DAYS;
  const show = (v: Visit): BoardVisit => ({ id: v.id, unit: v.unitName, chapter: v.chapter, when: clock.format(v.start, tz, 'dd/MM/yyyy HH:mm') });
  const held = (v: Visit) => v.status === 'Đã dự' || v.status === 'Đã báo cáo';
  const cadres = campaign.cadres.map((cadre): CadreBoardRow => {
    const units = campaign.units.filter((u) => u.cadre === cadre.id);
    const ids = new Set(units.map((u) => u.id));
    const mine = visits.filter((v) => ids.has(unitIdOfVisit(v)));
    const thisMonth = mine.filter((v) => keyDay(v.key).startsWith(month));
    const visited = new Set(mine.filter((v) => held(v) && keyDay(v.key) >= campaign.start).map(unitIdOfVisit));
    return {
      name: cadre.name,
      units: units.map((u) => u.name),
      ahead: mine.filter((v) => v.status === 'Đã mời' && v.start.getTime() > now.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime()).map(show),
      made: thisMonth.filter(held).length,
      reported: thisMonth.filter((v) => v.status === 'Đã báo cáo').length,
      overdue: mine.filter((v) => awaitsReport(v, now.getTime()) && today > reportDueDay(v, reportDays)).map((v) => ({ ...show(v), due: viDay(reportDueDay(v, reportDays)) })),
      notVisited: units.filter((u) => !visited.has(u.id)).map((u) => u.name),
    };
  });
  return { readAt: clock.format(now, tz, 'dd/MM/yyyy HH:mm'), month: `${month.slice(5, 7)}/${month.slice(0, 4)}`, since: viDay(campaign.start), cadres };
}

export interface ProposalItem extends BoardVisit {
  cadre: string;
  difficulties: string;
  status: ProposalStatus;
  note: string;
  handling: string;
}

export interface ProposalList {
  readAt: string;
  statuses: readonly ProposalStatus[];
  items: ProposalItem[];
}

function proposalOf(v: Visit, when: string): ProposalItem {
  const { status, note } = readHandling(v.handling);
  return { id: v.id, unit: v.unitName, chapter: v.chapter, when, cadre: v.cadreName, difficulties: v.difficulties, status, note, handling: v.handling };
}

/** The Kiến nghị list: the difficulties and proposals of reported visits, with the office's status. */
export function loadProposals(sheets: WorkbookSheets, clock: Pick<VisitClock, 'now' | 'format'>): ProposalList {
  const { timeZone } = campaignOf(sheets);
  const items = visitsOf(sheets)
    .filter(hasProposal)
    .map((v) => proposalOf(v, clock.format(v.start, timeZone, 'dd/MM/yyyy HH:mm')));
  return { readAt: clock.format(clock.now(), timeZone, 'dd/MM/yyyy HH:mm'), statuses: PROPOSAL_STATUSES, items };
}

export interface GoodPractice extends BoardVisit {
  cadre: string;
  practice: string;
}

/** The Mô hình hay list, by unit then cadre (read-only). */
export function loadGoodPractices(sheets: WorkbookSheets, clock: Pick<VisitClock, 'format'>): GoodPractice[] {
  const { timeZone } = campaignOf(sheets);
  return visitsOf(sheets)
    .filter((v) => v.goodPractice.trim() !== '')
    .map((v) => ({ id: v.id, unit: v.unitName, chapter: v.chapter, when: clock.format(v.start, timeZone, 'dd/MM/yyyy HH:mm'), cadre: v.cadreName, practice: v.goodPractice }))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'vi') || a.cadre.localeCompare(b.cadre, 'vi') || a.id.localeCompare(b.id));
}

/** A status change as the sidebar sends it, checked before anything is read. */
export function validProposalChange(id: unknown, status: unknown, note: unknown): { id: string; status: ProposalStatus; note: string } {
  if (typeof id !== 'string' || !/^DCS-\d{6}-\d{2,3}$/.test(id)) throw new Error(m.badId);
  if (typeof status !== 'string' || !(PROPOSAL_STATUSES as readonly string[]).includes(status)) throw new Error(m.badStatus);
  const text = note === undefined || note === null ? '' : note;
  if (typeof text !== 'string') throw new Error(m.badNote);
  if (text.length > PROPOSAL_NOTE_LIMIT) throw new Error(m.noteTooLong(PROPOSAL_NOTE_LIMIT));
  return { id, status: status as ProposalStatus, note: text };
}

/**
 * Sets a proposal's status and note in `Xử lý` (one read, one write, under the caller's lock);
 * the cadre's letter goes with the visits pass (at once at the office's keyboard, else the next poll).
 */
export function setProposalStatusIn(sheets: WorkbookSheets, clock: Pick<VisitClock, 'now' | 'format'>, change: { id: string; status: ProposalStatus; note: string }): ProposalItem {
  const campaign = campaignOf(sheets);
  const sheet = sheets.get(VISITS_SHEET);
  if (!sheet) throw new Error(m.noSheet);
  const book = readVisits(sheet);
  const index = book.visits.findIndex((v) => v.id === change.id);
  if (index < 0 || !hasProposal(book.visits[index])) throw new Error(m.unknown(change.id));
  const visit = book.visits[index];
  const day = clock.format(clock.now(), campaign.timeZone, 'dd/MM/yyyy');
  const current = readHandling(visit.handling);
  if (current.status !== change.status || current.note !== change.note.replace(/\s+/g, ' ').trim()) {
    book.visits[index] = { ...visit, handling: handlingText(change.status, change.note, day) };
    writeVisits(book, new Set([index]));
  }
  return proposalOf(book.visits[index], clock.format(visit.start, campaign.timeZone, 'dd/MM/yyyy HH:mm'));
}

