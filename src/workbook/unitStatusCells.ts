import type { Campaign } from '../domain/campaign';
import type { MissingItems, PeriodProgress, RegistrationCheck, RegistrationProblem } from '../domain/unitStatus';
import { cellDate, cellText } from './cells';
import { FORM_LINK_HEADER, UNIT_HEADERS } from './layout';
import { REGISTRATION_STATE, statusMessages } from './messages';

/** A unit's row of `Đơn vị` read back: what it still owes, without opening its tab. */
export interface UnitStatusRow {
  unitId: string;
  complete: boolean;
  missing: MissingItems;
  lastReceived: Date | null;
  /** The unit's pre-filled form link, once the form exists; null before. */
  formLink: string | null;
}

const PERIOD_PATTERN = /^(\S.*?) \((\d+)\/(\d+)\)(?:: (.*))?$/;

export function parsePeriodStatus(code: string, text: string): PeriodProgress {
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) return { code, rated: 0, total: 0, missing: [] };
  const [, , rated, total, names] = match;
  return {
    code,
    rated: Number(rated),
    total: Number(total),
    missing: names ? names.split('; ').filter(Boolean) : [],
  };
}

export function parseRegistrationStatus(text: string): RegistrationCheck {
  const trimmed = text.trim();
  const base = { build: [], support: [], notLowest: [] };
  if (trimmed === REGISTRATION_STATE.valid) return { ...base, state: 'valid', problems: [] };
  if (trimmed === REGISTRATION_STATE.missing || trimmed === '') return { ...base, state: 'missing', problems: ['noBuild', 'noSupport'] };
  const problems = (Object.entries(statusMessages.problemText) as [RegistrationProblem, string][])
    .filter(([, phrase]) => trimmed.includes(phrase))
    .map(([problem]) => problem);
  return { ...base, state: 'invalid', problems };
}

/** Reads every unit's status from `Đơn vị` values (header included) — the one read reminders need. */
export function readUnitStatusRows(values: readonly (readonly unknown[])[], campaign: Pick<Campaign, 'periods'>): UnitStatusRow[] {
  const first = UNIT_HEADERS.length;
  const periods = campaign.periods.length;
  const linkColumn = (values[0] ?? []).map(cellText).indexOf(FORM_LINK_HEADER);
  return values
    .slice(1)
    .filter((row) => cellText(row[0]) !== '')
    .map((row) => {
      const periodStatus = campaign.periods.map((p, i) => parsePeriodStatus(p.code, cellText(row[first + i])));
      const registration = parseRegistrationStatus(cellText(row[first + periods]));
      const missing: MissingItems = {
        periods: periodStatus.filter((p) => p.total === 0 || p.rated < p.total),
        registration: registration.state === 'valid' ? null : registration,
      };
      return {
        unitId: cellText(row[0]),
        complete: cellText(row[first + periods + 1]) === statusMessages.complete,
        missing,
        lastReceived: cellDate(row[first + periods + 2]),
        formLink: (linkColumn >= 0 && cellText(row[linkColumn])) || null,
      };
    });
}

