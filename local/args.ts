/** Options of `npm start` (DESIGN.md's CLI contract). */
export interface StartOptions {
  campaign: string | null;
  mail: string | null;
  until: string | null;
  out: string;
  serve: boolean;
  port: number;
}

export class UsageError extends Error {}

const USAGE =
  'Cách dùng: npm start -- [--campaign TỆP.json] [--mail THƯ_MỤC_EML] [--until YYYY-MM-DD] [--out THƯ_MỤC] [--no-serve] [--port SỐ]';

export function parseStartArgs(argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  const options: StartOptions = {
    campaign: null,
    mail: null,
    until: null,
    out: 'out',
    serve: !env.CI,
    port: Number(env.PORT ?? 8080),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`Thiếu giá trị sau ${arg}.\n${USAGE}`);
      return next;
    };
    switch (arg) {
      case '--campaign':
        options.campaign = value();
        break;
      case '--mail':
        options.mail = value();
        break;
      case '--until': {
        const until = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new UsageError(`--until cần ngày dạng YYYY-MM-DD, nhận được "${until}".`);
        options.until = until;
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--no-serve':
        options.serve = false;
        break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port cần số cổng từ 0 đến 65535.`);
        options.port = port;
        break;
      }
      default:
        throw new UsageError(`Không hiểu tùy chọn "${arg}".\n${USAGE}`);
    }
  }
  return options;
}
