/** Options of `npm start` (DESIGN.md's CLI contract). */
export interface StartOptions {
  campaign: string | null;
  mail: string | null;
  until: string | null;
  out: string;
  serve: boolean;
  port: number;
  /** `--help`: print the options and stop. */
  help: boolean;
}

export class UsageError extends Error {}

const USAGE =
  'Cách dùng: npm start -- [--campaign TỆP.json] [--mail THƯ_MỤC_EML] [--until YYYY-MM-DD] [--out THƯ_MỤC] [--no-serve] [--port SỐ] [--help]';

/** What `npm start -- --help` prints: DESIGN.md's CLI contract, option by option. */
export const HELP = [
  'Đi cơ sở — chạy thử một đợt thu nhận trên máy (mô phỏng Apps Script), không cần tài khoản Google.',
  '',
  USAGE,
  '',
  'Tùy chọn:',
  '  --campaign TỆP.json   kế hoạch (chiến dịch) cần chạy; mặc định: kế hoạch mẫu năm 2016 của Huyện đoàn Núi Thành.',
  '                        Ví dụ: examples/campaign-2016.json, examples/campaign-2026.json.',
  '  --mail THƯ_MỤC        giao từng tệp .eml trong thư mục vào hộp thư của văn phòng, đúng giờ ở tiêu đề Date:;',
  '                        mặc định: bộ thư mẫu (biểu mẫu, tệp đính kèm, thư gõ tay, phiếu giấy).',
  '  --until YYYY-MM-DD    ngày cuối cùng được mô phỏng (tính cả ngày đó); mặc định: hạn nộp + 8 ngày.',
  '  --out THƯ_MỤC         nơi ghi workbook.xlsx và outbox/*.eml (mọi thư hệ thống đã gửi); mặc định: out.',
  '  --no-serve            không mở trang xem trước thanh bên (cũng bỏ qua khi biến môi trường CI được đặt).',
  '  --port SỐ             cổng của trang xem trước http://127.0.0.1:SỐ/; mặc định: 8080 (hoặc biến PORT).',
  '  --help, -h            in hướng dẫn này rồi thoát.',
].join('\n');

export function parseStartArgs(argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  const options: StartOptions = {
    campaign: null,
    mail: null,
    until: null,
    out: 'out',
    serve: !env.CI,
    port: Number(env.PORT ?? 8080),
    help: false,
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
      case '--help':
      case '-h':
        options.help = true;
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
