/**
 * `npm start`: runs the built bundle in the emulator from a campaign file (DESIGN.md's CLI
 * contract), writes the workbook and the outbox, then serves the sidebar preview.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCampaignJson, type Campaign } from '../src/domain/campaign';
import { DEFAULT_CAMPAIGN } from '../src/domain/defaultCampaign';
import { HELP, parseStartArgs, UsageError, type StartOptions } from './args';
import { startPreview } from './preview/server';
import { demoSeason } from './demoSeason';
import { readMailDir } from './mailDrop';
import { formatSeasonFigures, seasonFigures } from './seasonSummary';
import { runSeason, seasonSelfCheck, writeSeasonOutput } from './simulation';
import { formatJavaDate } from './emulator/dateformat';

const DIST = resolve('dist');

async function loadCampaign(options: StartOptions): Promise<{ campaign: Campaign; json: string }> {
  if (!options.campaign) return { campaign: DEFAULT_CAMPAIGN, json: '' };
  let json: string;
  try {
    json = await readFile(options.campaign, 'utf8');
  } catch {
    throw new UsageError(`Không đọc được tệp chiến dịch "${options.campaign}". Đề nghị kiểm tra lại đường dẫn.`);
  }
  const result = parseCampaignJson(json);
  if (!result.ok) {
    throw new UsageError(`Tệp chiến dịch chưa hợp lệ:\n${result.errors.map((e) => `  • ${e}`).join('\n')}`);
  }
  return { campaign: result.campaign, json };
}

async function start(argv: string[]): Promise<void> {
  const options = parseStartArgs(argv, process.env);
  if (options.help) {
    console.log(HELP);
    return;
  }
  const { campaign, json } = await loadCampaign(options);
  // The sample season is written for the built-in campaign; another campaign gets only the mail given.
  const builtIn = isDeepStrictEqual(campaign, DEFAULT_CAMPAIGN);
  const demo = options.mail ? { mail: await readMailDir(options.mail), actions: [] } : builtIn ? demoSeason() : { mail: [], actions: [] };
  if (!options.mail && !builtIn) console.log('Không có thư mẫu cho kế hoạch này. Đề nghị thêm --mail THƯ_MỤC (ví dụ examples/mail-2026) để giao thư của các đơn vị.\n');
  const season = runSeason({ campaign, campaignJson: json, until: options.until, bundlePath: resolve(DIST, 'Code.js'), ...demo, report: true });
  const written = await writeSeasonOutput(season, campaign, options.out);
  const failed = season.emu.executions.filter((e) => e.error);
  console.log(formatSeasonFigures(seasonFigures(season.emu, campaign), campaign, season.until).join('\n'));
  console.log(`\n  Bảng tính: ${written[0]}`);
  console.log(`  ${written.length - 1} thư (.eml) trong ${join(options.out, 'outbox')}`);
  console.log(`  ${season.emu.executions.length} lần chạy của kịch bản, ${failed.length} lỗi`);
  for (const execution of failed) console.log(`    ${execution.fn}: ${execution.error}`);
  // After the output is written: the self-check's test message is not part of the season's outbox.
  console.log(`\nKiểm tra cài đặt:\n${seasonSelfCheck(season).text}`);
  if (!options.serve) return;
  const server = await startPreview(season.emu, DIST, options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  console.log(`Xem trước thanh bên: http://127.0.0.1:${port}/  (Ctrl+C để dừng)`);
  // The preview answers on the simulated clock, which goes on from the end of the season (each call costs its time).
  const at = formatJavaDate(season.emu.clock.now().getTime(), campaign.timeZone, 'HH:mm dd/MM/yyyy');
  console.log(`  Đồng hồ mô phỏng của bản xem trước: ${at}; chân trang thanh bên ghi giờ máy chủ trả lời theo đồng hồ này.`);
}

start(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
