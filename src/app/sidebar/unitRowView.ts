import type { Cadre, UnitKind } from '../../domain/campaign';
import { cellText, columnIndex } from '../../workbook/cells';
import { FORM_LINK_HEADER, ratingHeader, UNIT_HEADERS, UNIT_KIND_LABELS, unitStatusHeaders } from '../../workbook/layout';
import { REGISTRATION_STATE, statusMessages } from '../../workbook/messages';
import { parsePeriodStatus, parseRegistrationStatus } from '../../workbook/unitStatusCells';
import { cadreIdColumn, likelyCadreId, storedCadreId } from '../../workbook/unitCadres';
import { readUnitRows } from '../../workbook/unitsSheet';
import { formatCellTime, periodShortLabel, type SidebarClock, type SidebarSettings } from './sidebarApi';

export type PeriodState = 'complete' | 'partial' | 'none';

/** One period of a unit's progress, read back from the status text (`Còn thiếu (4/6): A; B`). */
export interface PeriodProgressView {
  label: string;
  short: string;
  state: PeriodState;
  rated: number;
  total: number;
  missing: string[];
}

export interface RegistrationView {
  state: 'valid' | 'missing' | 'invalid';
  /** The status text of `Đơn vị`: `Hợp lệ`, `Chưa đăng ký`, `Chưa hợp lệ: …`. */
  text: string;
}

/** A row of `Đơn vị` as the sidebar shows it; plain strings and numbers only. */
export interface UnitRowView {
  id: string;
  name: string;
  short: string;
  kind: UnitKind | '';
  kindLabel: string;
  cluster: string;
  emails: string[];
  secretary: string;
  /** The cadre's id, resolved from the name `Đơn vị` shows (see readUnitRowViews). */
  cadre: string;
  periods: PeriodProgressView[];
  registration: RegistrationView;
  complete: boolean;
  /** `dd/MM/yyyy HH:mm` of the last submission received, '' when none. */
  lastContact: string;
  /** The unit's pre-filled form link, '' when `Đơn vị` has no `Biểu mẫu` column or the cell is empty. */
  formUrl: string;
  /** Its chapters the plan names as pilots (Chi đoàn làm điểm, campaign `pilots`), `month` as `MM/yyyy`. */
  pilots: PilotView[];
}

export interface PilotView {
  chapter: string;
  month: string;
  /** What became of its planned visit (domain/pilots.ts), '' where the view does not read `Đi cơ sở`. */
  status: string;
}

/** `2016-09` → `09/2016`, as every date the office reads; the status is filled by the views that show it (pilotStatus.ts). */
export function pilotsOf(settings: Pick<SidebarSettings, 'pilots'>, unitId: string): PilotView[] {
  return settings.pilots.filter((pilot) => pilot.unit === unitId).map((pilot) => ({ chapter: pilot.chapter, month: pilot.month.split('-').reverse().join('/'), status: '' }));
}

interface StatusColumns {
  periods: number[];
  registration: number;
  complete: number;
  lastReceived: number;
  form: number;
}

/** Status columns found by their headers, so a column added later (`Biểu mẫu`) moves nothing. */
function statusColumns(header: readonly unknown[], settings: Pick<SidebarSettings, 'periods'>): StatusColumns {
  const status = header.slice(UNIT_HEADERS.length);
  const at = (name: string) => {
    const index = columnIndex(status, name);
    return index < 0 ? -1 : index + UNIT_HEADERS.length;
  };
  const [registration, complete, lastReceived] = unitStatusHeaders({ periods: [] });
  return {
    periods: settings.periods.map((period) => at(ratingHeader(period.label))),
    registration: at(registration),
    complete: at(complete),
    lastReceived: at(lastReceived),
    form: at(FORM_LINK_HEADER),
  };
}

function periodState(rated: number, total: number): PeriodState {
  if (total > 0 && rated === total) return 'complete';
  return rated === 0 ? 'none' : 'partial';
}

const HTTPS_URL = /^https:\/\/[^\s"'<>]+$/;

/**
 * Reads the unit rows of `Đơn vị` values (header included). Each cadre's name is resolved to its
 * id with the cadres given, which may be those last read (likelyCadreId, unitCadres.ts).
 */
export function readUnitRowViews(
  values: readonly (readonly unknown[])[],
  settings: SidebarSettings,
  clock: SidebarClock,
  cadres: readonly Pick<Cadre, 'id' | 'name'>[] = [],
): UnitRowView[] {
  if (values.length === 0) return [];
  const columns = statusColumns(values[0], settings);
  const cadreColumn = cadreIdColumn(values[0]);
  const cadreOf = (row: readonly unknown[], shown: string) => likelyCadreId(shown, storedCadreId(row, cadreColumn), cadres);
  const cell = (row: readonly unknown[], index: number) => (index < 0 ? '' : cellText(row[index]));
  return values
    .slice(1)
    .filter((row) => cellText(row[0]) !== '')
    .map((row) => {
      const [unit] = readUnitRows([row]);
      const periods = settings.periods.map((period, i) => {
        const progress = parsePeriodStatus(period.code, cell(row, columns.periods[i]));
        return {
          label: period.label,
          short: periodShortLabel(period),
          state: periodState(progress.rated, progress.total),
          rated: progress.rated,
          total: progress.total,
          missing: progress.missing,
        };
      });
      const registrationText = cell(row, columns.registration);
      const formUrl = cell(row, columns.form);
      const kind = unit.kind in UNIT_KIND_LABELS ? (unit.kind as UnitKind) : '';
      return {
        id: unit.id,
        name: unit.name,
        short: unit.short,
        kind,
        kindLabel: kind ? UNIT_KIND_LABELS[kind] : cellText(row[3]),
        cluster: unit.cluster,
        emails: unit.emails,
        secretary: unit.secretary,
        cadre: cadreOf(row, unit.cadre),
        periods,
        registration: { state: parseRegistrationStatus(registrationText).state, text: registrationText || REGISTRATION_STATE.missing },
        complete: cell(row, columns.complete) === statusMessages.complete,
        lastContact: columns.lastReceived < 0 ? '' : formatCellTime(row[columns.lastReceived], settings.timeZone, clock),
        formUrl: HTTPS_URL.test(formUrl) ? formUrl : '',
        pilots: pilotsOf(settings, unit.id),
      };
    });
}
