import { composeLetter, periodsPhrase, viDate } from './letter';
import { bulletList, paragraph } from './render';
import type { Email, LetterCampaign } from './types';

/** What goes with the report: the files' names, as the recipient will see them attached. */
export interface ReportLetterInput {
  campaign: LetterCampaign & { parent: string };
  /** The day the figures stand at (`YYYY-MM-DD`). */
  asOf: string;
  files: { pdf: string; docx: string; xlsx: string };
}

const text = {
  subject: (office: string) => `Báo cáo kết quả xếp loại Chi đoàn của ${office}`,
  recipient: (parent: string) => parent || 'cơ quan cấp trên',
  intro: (office: string, campaign: string, periods: string, asOf: string) =>
    `${office} gửi báo cáo kết quả xếp loại Chi đoàn ${periods} và đăng ký xây dựng Chi đoàn mạnh, hỗ trợ Chi đoàn yếu ` +
    `theo kế hoạch "${campaign}", số liệu đến ngày ${asOf}. Kèm theo thư này:`,
  pdf: (name: string) => `Báo cáo (bản PDF): ${name}`,
  docx: (name: string) => `Báo cáo (bản Word): ${name}`,
  xlsx: (name: string) =>
    `Bảng xếp loại từng Chi đoàn (Excel): ${name}. Cơ quan nhận dùng công cụ Đi cơ sở có thể chuyển tiếp thư này đến hộp thư nhận báo cáo để ghi nhận tự động.`,
  closing: 'Đề nghị quý cơ quan xem xét; mọi trao đổi xin trả lời thư này.',
};

/** `Báo cáo`: the report to the parent body, its files attached. */
export function reportLetter(input: ReportLetterInput): Email {
  const { campaign, files } = input;
  return composeLetter(campaign, text.recipient(campaign.parent), text.subject(campaign.office), [
    paragraph(text.intro(campaign.office, campaign.name, periodsPhrase(campaign), viDate(input.asOf))),
    bulletList([[text.pdf(files.pdf)], [text.docx(files.docx)], [text.xlsx(files.xlsx)]]),
    paragraph(text.closing),
  ]);
}
