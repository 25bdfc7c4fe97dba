import { findChapter } from './chapterNames';
import { keyDay, nextVisitId, visitKey, type Visit } from './visits';

/** A pilot chapter of the campaign (`pilots`, Chi đoàn làm điểm): `month` as `YYYY-MM`. */
export interface Pilot {
  unit: string;
  chapter: string;
  month: string;
}

/** What became of a pilot's planned visit, as the office follows it (derived, never stored). */
export type PilotState = 'unscheduled' | 'scheduled' | 'awaitingReport' | 'reported' | 'absent' | 'cancelled' | 'missed';

export interface PilotStatus {
  state: PilotState;
  /** The words the dashboard, the unit and the digest show: `Đã có lịch 15/09/2016`. */
  text: string;
  /** The `Mã` of the visit the status comes from ('' when the pilot has no row yet). */
  id: string;
}

export const pilotStatusText = {
  unscheduled: 'Chưa có lịch',
  scheduled: (day: string) => `Đã có lịch ${day}`,
  awaitingReport: 'Đã dự, chờ báo cáo',
  reported: 'Đã báo cáo',
  absent: 'Không dự',
  cancelled: 'Hủy',
  missed: 'Quá tháng, chưa đi',
  /** `Nội dung` of the planned row, until the unit's invitation gives the agenda. */
  plannedAgenda: (month: string) => `Chi đoàn làm điểm tháng ${monthShown(month)}`,
} as const;

/** `2016-09` → `09/2016`. */
export function monthShown(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

const shownDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The key of a planned row: the month where a meeting's key has its day (`tam-tra|chi doan xuan tho|2016-09`),
 * so a key's last part always says when, and a month key never equals a day's.
 */
export function pilotKey(unitId: string, chapter: string, month: string): string {
  return visitKey(unitId, chapter, month);
}

/** Whether a row of `Đi cơ sở` is a visit to this pilot: its unit, its chapter (as units write it), its month. */
export function isPilotVisit(pilot: Pilot, visit: Pick<Visit, 'key' | 'chapter'>): boolean {
  return visit.key.startsWith(`${pilot.unit}|`) && keyDay(visit.key).slice(0, 7) === pilot.month && findChapter([visit.chapter], pilot.chapter) === 0;
}

/** The order in which a pilot's rows tell what happened: a report beats a visit, a visit a date ahead, and so on. */
const RANK: Record<PilotState, number> = { reported: 0, awaitingReport: 1, scheduled: 2, absent: 3, cancelled: 4, unscheduled: 5, missed: 5 };

/**
 * A pilot's status from every row of `Đi cơ sở` (read once by the caller): the most advanced of
 * its month's visits; with none held or ahead, `Chưa có lịch` while the month lasts and
 * `Quá tháng, chưa đi` after. A meeting invited to and past is held until a report says otherwise
 * (the row stays `Đã mời` until the cadre reports). `localDay` gives an instant's local `YYYY-MM-DD`.
 */
export function pilotStatus(pilot: Pilot, visits: readonly Visit[], now: number, today: string, localDay: (date: Date) => string): PilotStatus {
  const candidates = visits.filter((visit) => isPilotVisit(pilot, visit)).map((visit) => ({ visit, state: stateOf(visit, now) }));
  const live = candidates.filter(({ state }) => state !== 'unscheduled');
  const best = live.sort((a, b) => RANK[a.state] - RANK[b.state] || a.visit.start.getTime() - b.visit.start.getTime())[0];
  if (best) {
    const { visit, state } = best;
    const text = state === 'scheduled' ? pilotStatusText.scheduled(shownDay(localDay(visit.start))) : pilotStatusText[state];
    return { state, text, id: visit.id };
  }
  const id = candidates[0]?.visit.id ?? '';
  return today.slice(0, 7) > pilot.month ? { state: 'missed', text: pilotStatusText.missed, id } : { state: 'unscheduled', text: pilotStatusText.unscheduled, id };
}

function stateOf(visit: Visit, now: number): Exclude<PilotState, 'missed'> {
  switch (visit.status) {
    case 'Đã báo cáo':
      return 'reported';
    case 'Đã dự':
      return 'awaitingReport';
    case 'Đã mời':
      return visit.start.getTime() > now ? 'scheduled' : 'awaitingReport';
    case 'Không dự':
      return 'absent';
    case 'Hủy':
      return 'cancelled';
    case 'Dự kiến':
      return 'unscheduled';
  }
}

export interface PilotUnit {
  id: string;
  name: string;
  /** The unit's chapters as its tab (or the campaign) lists them, to name the chapter as the sheet does. */
  chapters: readonly string[];
  cadreName: string;
}

/**
 * The planned rows (`Dự kiến`, Nguồn `Kế hoạch`) the pilots lack: one per pilot that has no row
 * of its month yet, whatever its status (a cancelled or adopted visit is the pilot's row). Version 0:
 * nothing for the cadre to hear of until a unit's invitation adopts the row (planInvitation).
 */
export function missingPilotRows(pilots: readonly Pilot[], units: readonly PilotUnit[], visits: readonly Visit[]): Visit[] {
  const made: Visit[] = [];
  for (const pilot of pilots) {
    const unit = units.find((u) => u.id === pilot.unit);
    if (!unit || [...visits, ...made].some((visit) => isPilotVisit(pilot, visit))) continue;
    const index = findChapter(unit.chapters, pilot.chapter);
    const chapter = index >= 0 ? unit.chapters[index] : pilot.chapter;
    made.push({
      // Day `00`: a Mã of the same shape as a meeting's (reports quote it), which no real day takes.
      id: nextVisitId([...visits, ...made].map((visit) => visit.id), `${pilot.month}-00`),
      unitName: unit.name,
      chapter,
      agenda: pilotStatusText.plannedAgenda(pilot.month),
      start: new Date(0),
      place: '',
      cadreName: unit.cadreName,
      source: 'Kế hoạch',
      status: 'Dự kiến',
      result: '',
      goodPractice: '',
      difficulties: '',
      handling: '',
      key: pilotKey(pilot.unit, chapter, pilot.month),
      version: 0,
      eventId: '',
      syncedVersion: 0,
      receivedAt: 0,
      words: '',
      reportChased: 0,
      reporter: '',
      proposalTold: '',
    });
  }
  return made;
}
