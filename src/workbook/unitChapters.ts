import type { Campaign, Unit } from '../domain/campaign';
import { readUnitTab } from './gridRead';
import type { WorkbookSheets } from './sheets';
import { readChapterRows } from './unitTab';

/**
 * One unit's chapter names from its tab (one read, no lookup), as `loadState` reads them: for a
 * use case that needs the chapters of some units only (a form build step lays out a few dozen sections).
 */
export function readUnitChapters(sheets: WorkbookSheets, campaign: Pick<Campaign, 'periods'>, unit: Pick<Unit, 'short'>): string[] {
  return readChapterRows(readUnitTab(sheets, unit.short, campaign).values, campaign).map((row) => row.name);
}
