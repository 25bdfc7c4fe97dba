import { monthShown, pilotStatus, type Pilot } from '../../domain/pilots';
import { localDayKey } from '../../domain/submissionCode';
import type { Visit } from '../../domain/visits';
import type { WorkbookSheets } from '../../workbook/sheets';
import { readVisitList } from '../../workbook/visitsSheet';
import type { SidebarClock, SidebarSettings } from './sidebarApi';
import type { PilotView } from './unitRowView';

/** A unit's pilots as the sidebar shows them, each with its status (`Đã có lịch 15/09/2016`). */
export type PilotStatusOf = (unitId: string) => PilotView[];

/**
 * Reads `Đi cơ sở` once (by A1 notation, no sheet lookup) when the campaign has pilots, and gives
 * each pilot its status from the rows of its month (domain/pilots.ts). No read without pilots.
 */
export function readPilotStatuses(sheets: WorkbookSheets, settings: Pick<SidebarSettings, 'pilots' | 'timeZone'>, clock: SidebarClock): PilotStatusOf {
  if (settings.pilots.length === 0) return () => [];
  return pilotStatusesOf(readVisitList(sheets), settings, clock);
}

/** Each pilot's status from the visits already read; local days computed in the script, not a Utilities call a visit. */
export function pilotStatusesOf(visits: readonly Visit[], settings: Pick<SidebarSettings, 'pilots' | 'timeZone'>, clock: Pick<SidebarClock, 'now'>): PilotStatusOf {
  const now = clock.now();
  const localDay = (date: Date) => localDayKey(date, settings.timeZone);
  const today = localDay(now);
  return (unitId) =>
    settings.pilots
      .filter((pilot: Pilot) => pilot.unit === unitId)
      .map((pilot) => ({ chapter: pilot.chapter, month: monthShown(pilot.month), status: pilotStatus(pilot, visits, now.getTime(), today, localDay).text }));
}
