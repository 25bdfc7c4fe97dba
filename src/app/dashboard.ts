import { cellDate, cellText } from '../workbook/cells';
import { SHEET, UNIT_HEADERS, unitStatusHeaders } from '../workbook/layout';
import { statusMessages } from '../workbook/messages';
import { readSheet } from '../workbook/sheets';
import { accessMessages } from './messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar shows for one unit; plain strings only (google.script.run cannot carry Dates). */
export interface DashboardUnit {
  id: string;
  name: string;
  short: string;
  cluster: string;
  cadre: string;
  /** One status text per period, as in `Đơn vị` ("Đủ (6/6)", "Còn thiếu (2/6)"). */
  periods: { header: string; status: string }[];
  registration: string;
  complete: boolean;
  lastReceived: string;
}

export interface Dashboard {
  complete: number;
  total: number;
  units: DashboardUnit[];
}

/** Reads `Đơn vị` once: the status columns already hold every unit's progress. */
export function loadDashboard(ss: Spreadsheet, formatDateTime: (date: Date) => string): Dashboard {
  const values = readSheet(ss.getSheetByName(SHEET.units) ?? undefined);
  if (values.length === 0) throw new Error(accessMessages.notSetUp);
  const header = values[0].map(cellText);
  const first = UNIT_HEADERS.length;
  const statusHeaders = header.slice(first);
  const periodCount = Math.max(0, statusHeaders.length - (unitStatusHeaders({ periods: [] }).length));
  const units = values
    .slice(1)
    .filter((row) => cellText(row[0]))
    .map((row) => {
      const status = row.slice(first);
      const received = cellDate(status[periodCount + 2]);
      return {
        id: cellText(row[0]),
        name: cellText(row[1]),
        short: cellText(row[2]),
        cluster: cellText(row[4]),
        cadre: cellText(row[7]),
        periods: statusHeaders.slice(0, periodCount).map((h, i) => ({ header: h, status: cellText(status[i]) })),
        registration: cellText(status[periodCount]),
        complete: cellText(status[periodCount + 1]) === statusMessages.complete,
        lastReceived: received ? formatDateTime(received) : '',
      };
    });
  return { complete: units.filter((u) => u.complete).length, total: units.length, units };
}
