import type { Visit, VisitStatus } from '../../domain/visits';
import { unitIdOfVisit } from '../visits/visitCadre';
import { DATE_TIME_PATTERN, type SidebarClock } from './sidebarApi';

/** A visit as the unit's view shows it: when, which chapter, the cadre, its status and a short result. */
export interface UnitVisit {
  /** `Mã` (`DCS-160915-01`), which the cadre's letters quote. */
  id: string;
  /** `dd/MM/yyyy HH:mm` in the campaign's time zone. */
  when: string;
  chapter: string;
  cadre: string;
  status: VisitStatus;
  /** The report's result, cut to a line or two ('' before one). */
  result: string;
}

/** What the view shows of a result: the first part, ending on a word. */
export const RESULT_LIMIT = 140;

export function shortResult(text: string, limit = RESULT_LIMIT): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The unit's meetings in `Đi cơ sở`, the latest first (a pilot's planned row is no meeting: the unit's pilots show its status). */
export function unitVisits(visits: readonly Visit[], unitId: string, timeZone: string, clock: Pick<SidebarClock, 'format'>): UnitVisit[] {
  return visits
    .filter((visit) => visit.status !== 'Dự kiến' && unitIdOfVisit(visit) === unitId)
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .map((visit) => ({
      id: visit.id,
      when: visit.start.getTime() > 0 ? clock.format(visit.start, timeZone, DATE_TIME_PATTERN) : '',
      chapter: visit.chapter,
      cadre: visit.cadreName,
      status: visit.status,
      result: shortResult(visit.result),
    }));
}
