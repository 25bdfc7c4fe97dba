import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Campaign } from '../src/domain/campaign';
import { formatReport, type InstallationReport } from '../src/app/setup/installationReport';
import { createEmulator, toEml, type Emulator } from './emulator';
import { wallToInstant } from './emulator/tz';
import type { SeasonAction } from './demoSeason';
import type { Delivery } from './mailDrop';

export interface SeasonOptions {
  campaign: Campaign;
  /** The campaign JSON as given ('' for the built-in campaign): the bundle validates and applies it. */
  campaignJson: string;
  /** Last simulated day, inclusive (YYYY-MM-DD); default deadline + 8 days. */
  until: string | null;
  bundlePath: string;
  /** Emails delivered to the office's mailbox at their `Date:`; the installed triggers pick them up. */
  mail: Delivery[];
  /** Form responses and sidebar entries, each run at its time (host actions, as people do them). */
  actions?: SeasonAction[];
  /** At 16:00 of the last day the office makes its report to the parent body (what `npm start` writes as report.docx). */
  report?: boolean;
}

export interface Season {
  emu: Emulator;
  endsAt: Date;
  /** The last simulated day (YYYY-MM-DD), inclusive. */
  until: string;
  /** The report the office made at the end of the season (a Google Doc), or null when it could not. */
  reportId: string | null;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Midnight at the start of an ISO day in a time zone. */
export function startOfDay(iso: string, timeZone: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(wallToInstant(timeZone, { year, month, day }));
}

/**
 * Runs a campaign season in the emulator: setup at the start of `start`, then the simulated clock
 * to the end of `until`, delivering the mail at its time and firing the triggers that setup installed.
 */
export function runSeason(options: SeasonOptions): Season {
  const { campaign } = options;
  const emu = createEmulator({
    bundlePath: options.bundlePath,
    now: startOfDay(campaign.start, campaign.timeZone),
    scriptTimeZone: campaign.timeZone,
    spreadsheetName: campaign.name,
  });
  const outcome = emu.run('setupFromCampaign_', options.campaignJson) as { kind: string; errors?: string[] };
  if (outcome.kind !== 'created') {
    throw new Error(`setup: ${outcome.kind}${outcome.errors ? `\n${outcome.errors.join('\n')}` : ''}`);
  }
  const until = options.until ?? addDays(campaign.deadline, 8);
  const endsAt = new Date(startOfDay(addDays(until, 1), campaign.timeZone).getTime() - 1);
  for (const action of options.actions ?? []) if (action.at.getTime() <= endsAt.getTime()) emu.schedule(action.at, () => action.run(emu));
  // The season's last act: at 16:00 of its last day the office makes its report to the parent body.
  let reportId: string | null = null;
  const reportAt = startOfDay(until, campaign.timeZone).getTime() + 16 * 3600_000;
  if (options.report) {
    emu.schedule(Math.max(reportAt, emu.clock.now().getTime()), () => {
      const report = emu.run('makeReport', false) as { kind: string };
      if (report.kind === 'created') reportId = emu.properties.script.reportDocId ?? null;
    });
  }
  for (const delivery of options.mail) {
    if (delivery.at.getTime() > endsAt.getTime()) break;
    if (delivery.at.getTime() > emu.clock.now().getTime()) emu.clock.advanceTo(delivery.at);
    emu.gmail.deliver(delivery.raw, { date: delivery.at, authentication: delivery.authentication });
  }
  if (endsAt.getTime() > emu.clock.now().getTime()) emu.clock.advanceTo(endsAt);
  return { emu, endsAt, until, reportId };
}

/** `workbook.xlsx` and `outbox/*.eml`, as DESIGN.md's CLI contract lays them out. */
export async function writeSeasonOutput(season: Season, campaign: Campaign, outDir: string): Promise<string[]> {
  await mkdir(join(outDir, 'outbox'), { recursive: true });
  const written = [join(outDir, 'workbook.xlsx')];
  await season.emu.exportXlsx(written[0]);
  // The report as the office would download it from Docs (File > Download > .docx).
  if (season.reportId) await writeFile(join(outDir, 'report.docx'), season.emu.docs.docx(season.reportId));
  for (const [i, mail] of season.emu.mail.sent.entries()) {
    const file = join(outDir, 'outbox', `${String(i + 1).padStart(4, '0')}.eml`);
    await writeFile(file, toEml(mail, campaign.officeEmail, campaign.timeZone));
    written.push(file);
  }
  return written;
}

/**
 * The self-check (*Kiểm tra cài đặt*) of the simulated installation, as the office account would
 * run it from the menu once the season is over; plain text, one line per check.
 */
export function seasonSelfCheck(season: Season): { report: InstallationReport; text: string } {
  const report = season.emu.run('checkInstallation_') as InstallationReport;
  return { report, text: formatReport(report) };
}
