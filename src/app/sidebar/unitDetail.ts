import { findChapter } from '../../domain/chapterNames';
import { ratingLabel, SCALES } from '../../domain/ratings';
import { REGISTRATION_LABELS, registrationLabel } from '../../domain/registration';
import { SHEET } from '../../workbook/layout';
import { noteTabIds, readSheet, type WorkbookSheets } from '../../workbook/sheets';
import { readCadreRows, readUnitRows } from '../../workbook/unitsSheet';
import { readChapterRows } from '../../workbook/unitTab';
import { readFirstColumns, readUnitTab } from '../../workbook/gridRead';
import { cellText } from '../../workbook/cells';
import { CADRE_HEADERS, INTAKE_LOG_HEADERS, OUTBOX_LOG_HEADERS } from '../../workbook/layout';
import { INTAKE_VIEW_WIDTH, intakeRowViews, newestFirst } from '../intake/intakeRows';
import { deadlineInfo, formatCellTime, periodShortLabel, readSettingsAndUnits, type DeadlineInfo, type SidebarClock } from './sidebarApi';
import { sidebarMessages } from './sidebarMessages';
import { pilotStatusesOf } from './pilotStatus';
import { readUnitRowViews, type UnitRowView } from './unitRowView';
import { workbookMessages } from '../../workbook/messages';
import type { KeyValueStore } from '../../gas/properties';
import { rememberCadreNames } from './cadreNames';
import { unitLetters, type LetterEntry } from './unitLetters';
import { unitVisits, type UnitVisit } from './unitVisits';
import { readVisitList } from '../../workbook/visitsSheet';

/** A chapter of the unit's tab; ratings are labels ('' when not rated), one per period. */
export interface ChapterView {
  name: string;
  members: number | null;
  ratings: string[];
  registration: string;
  source: string;
  /** `dd/MM/yyyy HH:mm`, '' when never updated. */
  updated: string;
  /** One of the plan's pilot chapters (Chi đoàn làm điểm). */
  pilot: boolean;
}

/** A row of `Nhật ký nhận` naming this unit. */
export interface HistoryEntry {
  /** The log's `Mã`, for "Xử lý lại" (never shown). */
  id: string;
  /** `Số hiệu`, what the clerk reads and the unit's letters quote. */
  code: string;
  time: string;
  source: string;
  sender: string;
  status: string;
  detail: string;
}

export interface UnitDetail {
  unit: UnitRowView;
  /** The unit's cadre from `Cán bộ`; name, role and email are '' when the id is not listed there. */
  cadre: { id: string; name: string; role: string; email: string };
  deadline: DeadlineInfo;
  periods: { code: string; label: string; short: string }[];
  /** False when the unit's tab (titled with its short name) is missing. */
  tabFound: boolean;
  chapters: ChapterView[];
  /** Newest first, at most `HISTORY_LIMIT`; `historyTotal` counts them all. */
  history: HistoryEntry[];
  historyTotal: number;
  /** Letters sent to the unit (`Nhật ký gửi`), newest first, at most `LETTERS_LIMIT`; `lettersTotal` counts them all. */
  letters: LetterEntry[];
  lettersTotal: number;
  /** The unit's visits (`Đi cơ sở`), the latest meeting first. */
  visits: UnitVisit[];
  /** What the paper entry offers: the campaign's rating labels (best first), the registration labels, today as `YYYY-MM-DD`. */
  entry: { ratings: string[]; registrations: string[]; today: string };
}

export const HISTORY_LIMIT = 30;

/** One unit: `Cấu hình`, `Đơn vị`, `Cán bộ`, its tab, `Nhật ký nhận` (the raw content column left out), `Nhật ký gửi` and `Đi cơ sở` (its visits and its pilots' status): seven reads. */
export function loadUnitDetail(sheets: WorkbookSheets, unitId: string, clock: SidebarClock, names: KeyValueStore): UnitDetail {
  const { settings, unitValues } = readSettingsAndUnits(sheets);
  const cadres = readCadreRows(readFirstColumns(sheets, SHEET.cadres, CADRE_HEADERS.length, (header) => cellText(header[0]) === CADRE_HEADERS[0]).values.slice(1));
  const listed = readUnitRowViews(unitValues, settings, clock, cadres).find((candidate) => candidate.id === unitId);
  if (!listed) throw new Error(sidebarMessages.unknownUnit(unitId));
  // `Đi cơ sở` read once: the unit's visits, and its pilots' status.
  const visits = readVisitList(sheets);
  const unit = listed.pilots.length ? { ...listed, pilots: pilotStatusesOf(visits, settings, clock)(unitId) } : listed;
  rememberCadreNames(names, cadres);
  const cadre = cadres.find((c) => c.id === unit.cadre);
  const tab = readUnitTab(sheets, unit.short, settings);
  const chapters = readChapterRows(tab.values, settings).map((chapter) => ({
    name: chapter.name,
    members: chapter.members,
    ratings: settings.periods.map((period) => {
      const rating = chapter.ratings[period.code];
      return rating ? ratingLabel(rating) : '';
    }),
    registration: chapter.registration ? registrationLabel(chapter.registration) : '',
    source: chapter.source,
    updated: formatCellTime(chapter.updated, settings.timeZone, clock),
    pilot: unit.pilots.some((pilot) => findChapter([pilot.chapter], chapter.name) === 0),
  }));
  const log = readFirstColumns(sheets, SHEET.intakeLog, INTAKE_VIEW_WIDTH, (header) => cellText(header[0]) === INTAKE_LOG_HEADERS[0]).values;
  const rows = intakeRowViews(log, settings.timeZone, clock);
  const history = newestFirst(rows.filter((row) => row.unit === unit.name));
  const outbox = readFirstColumns(sheets, SHEET.outboxLog, OUTBOX_LOG_HEADERS.length, (header) => cellText(header[0]) === OUTBOX_LOG_HEADERS[0]).values;
  const codes = new Map<string, string>();
  for (const row of rows) if (row.id && row.status !== 'Trùng' && !codes.has(row.id)) codes.set(row.id, row.code);
  const sent = unitLetters(outbox, unit, settings.timeZone, clock, codes);
  return {
    unit,
    cadre: cadre ?? { id: unit.cadre, name: '', role: '', email: '' },
    deadline: deadlineInfo(settings, clock),
    periods: settings.periods.map((period) => ({ code: period.code, label: period.label, short: periodShortLabel(period) })),
    tabFound: sheets.peek(unit.short) !== null,
    chapters,
    history: history.slice(0, HISTORY_LIMIT).map(({ id, code, time, source, sender, status, detail }) => ({ id, code, time, source, sender, status, detail })),
    historyTotal: history.length,
    letters: sent.letters,
    lettersTotal: sent.total,
    visits: unitVisits(visits, unit.id, settings.timeZone, clock),
    entry: {
      ratings: SCALES[settings.scale].levels.map((level) => level.label),
      registrations: Object.values(REGISTRATION_LABELS),
      today: clock.format(clock.now(), settings.timeZone, 'yyyy-MM-dd'),
    },
  };
}

/** Shows the unit's tab to the clerk (one read of `Đơn vị` to find its short name). */
export function activateUnitTab(sheets: WorkbookSheets, unitId: string): { sheet: string } {
  const unit = readUnitRows(noteTabIds(sheets, readSheet(sheets.get(SHEET.units))).slice(1)).find((candidate) => candidate.id === unitId);
  if (!unit) throw new Error(sidebarMessages.unknownUnit(unitId));
  const tab = sheets.get(unit.short);
  if (!tab) throw new Error(workbookMessages.missingUnitTab(unit.short));
  sheets.ss.setActiveSheet(tab);
  return { sheet: unit.short };
}
