/**
 * Every Vietnamese phrase of the emails, in one place so the office can review the wording.
 * Style: formal administrative Vietnamese ("Kính gửi", "Đề nghị", "TM. BAN THƯỜNG VỤ"), as in
 * Kế hoạch 160-KH/ĐTN; each letter says what happened and what the unit should do next.
 * Values arrive already formatted (dates as dd/MM/yyyy); HTML escaping is the renderer's job.
 */

/** "a", "a và b", "a, b và c". */
export function listPhrase(items: readonly string[], conjunction: 'và' | 'hoặc' = 'và'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Counts in letters are written with two digits ("01 Chi đoàn"), as the plan does. */
export function count2(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

export const letterText = {
  subjectPrefix: '[Đi cơ sở]',
  salutation: 'Kính gửi:',
  /** A Chi đoàn has an executive committee (Ban Chấp hành), not a standing committee. */
  unitRecipient: (unitName: string) => (/^chi (đoàn|doan)\b/i.test(unitName.normalize('NFC')) ? `Ban Chấp hành ${unitName}` : `Ban Thường vụ ${unitName}`),
  officeRecipient: 'Văn phòng Huyện đoàn',
  closing: 'Trân trọng./.',
  footer: (campaign: string, district: string, office: string) =>
    `Thư gửi tự động theo Kế hoạch “${campaign}” của ${district}. Mọi trao đổi xin gửi về Văn phòng Huyện đoàn: ${office}.`,
} as const;

/** Shared sentences about what a unit owes and how to send it. */
export const duesText = {
  plan: (campaign: string, district: string, periods: string, deadline: string) =>
    `Thực hiện Kế hoạch “${campaign}” của Ban Thường vụ ${district}, các cơ sở Đoàn nộp bảng xếp loại Chi đoàn ${periods}, ` +
    `đồng thời đăng ký đảm nhận xây dựng “Chi đoàn mạnh”, hỗ trợ, giúp đỡ Chi đoàn, về Văn phòng Huyện đoàn chậm nhất ngày ${deadline}.`,
  periodMissingChapters: (label: string, missing: number, total: number, names: string) =>
    `Xếp loại ${label}: còn thiếu ${count2(missing)}/${count2(total)} Chi đoàn: ${names}.`,
  periodPartialUnknown: (label: string, rated: number, total: number) =>
    `Xếp loại ${label}: mới có ${count2(rated)}/${count2(total)} Chi đoàn được xếp loại.`,
  periodNone: (label: string, total: number) => `Xếp loại ${label}: chưa nộp (chưa có Chi đoàn nào trong ${count2(total)} Chi đoàn được xếp loại).`,
  periodNoChapters: (label: string) =>
    `Xếp loại ${label}: Văn phòng Huyện đoàn chưa có danh sách Chi đoàn của đơn vị; đề nghị gửi bảng xếp loại đủ tất cả các Chi đoàn.`,
  registrationNone:
    'Đăng ký: đơn vị chưa đăng ký đảm nhận xây dựng ít nhất 01 “Chi đoàn mạnh” và hỗ trợ, giúp đỡ 01–02 Chi đoàn có kết quả xếp loại thấp nhất.',
  registrationInvalid: (problems: string) => `Đăng ký chưa hợp lệ: ${problems}.`,
  registrationSeeAboveMissing: (section: string) => `Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa đăng ký (xem mục ${section}).`,
  registrationSeeAboveInvalid: (section: string) => `Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa hợp lệ (xem mục ${section}).`,
  problemNoBuild: 'chưa chọn Chi đoàn đảm nhận xây dựng “Chi đoàn mạnh” (cần ít nhất 01 Chi đoàn)',
  problemNoSupport: 'chưa chọn Chi đoàn hỗ trợ, giúp đỡ (cần 01–02 Chi đoàn)',
  problemTooManySupport: (names: readonly string[]) =>
    names.length > 2
      ? `đăng ký hỗ trợ ${count2(names.length)} Chi đoàn (${names.join(', ')}), nhiều hơn 02 Chi đoàn theo kế hoạch`
      : 'đăng ký hỗ trợ nhiều hơn 02 Chi đoàn theo kế hoạch',
  howIntroBefore: (deadline: string) => `Đề nghị đơn vị bổ sung các nội dung trên chậm nhất ngày ${deadline}, theo một trong hai cách sau:`,
  howIntroAfter: 'Đề nghị đơn vị khẩn trương bổ sung các nội dung trên, theo một trong hai cách sau:',
  howForm: 'Điền biểu mẫu trực tuyến dành riêng cho đơn vị: ',
  formLinkLabel: 'Mở biểu mẫu của đơn vị',
  howReply: (office: string) =>
    `Trả lời thư này (gửi về địa chỉ ${office}), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.`,
  howReplyOnlyBefore: (deadline: string, office: string) =>
    `Đề nghị đơn vị bổ sung các nội dung trên chậm nhất ngày ${deadline}: trả lời thư này (gửi về địa chỉ ${office}), ` +
    'đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.',
  howReplyOnlyAfter: (office: string) =>
    `Đề nghị đơn vị khẩn trương bổ sung các nội dung trên: trả lời thư này (gửi về địa chỉ ${office}), ` +
    'đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.',
} as const;

export const reminderText = {
  subject: (unit: string, deadline: string) => `Nhắc hạn nộp bảng xếp loại Chi đoàn – ${unit} (hạn ${deadline})`,
  status: (today: string, daysLeft: number) =>
    daysLeft > 0
      ? `Đến ngày ${today}, còn ${daysLeft} ngày đến hạn nộp, Văn phòng Huyện đoàn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:`
      : `Hôm nay (${today}) là ngày cuối cùng của hạn nộp, Văn phòng Huyện đoàn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:`,
  alreadySent: 'Trường hợp đơn vị đã gửi trong ngày hôm nay, đề nghị bỏ qua thư này.',
} as const;

export const overdueText = {
  subject: (unit: string, deadline: string) => `Quá hạn nộp bảng xếp loại Chi đoàn – ${unit} (hạn ${deadline})`,
  status: (today: string, daysOverdue: number, deadline: string) =>
    `Đến ngày ${today}, đơn vị đã quá hạn nộp ${daysOverdue} ngày (hạn nộp ngày ${deadline}), ` +
    'Văn phòng Huyện đoàn vẫn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:',
  contactCadre: (cadre: string) =>
    `Trường hợp có khó khăn, vướng mắc, đề nghị đơn vị liên hệ đồng chí ${cadre}, cán bộ Huyện đoàn đứng điểm tại đơn vị, hoặc Văn phòng Huyện đoàn.`,
  contactOffice: 'Trường hợp có khó khăn, vướng mắc, đề nghị đơn vị liên hệ Văn phòng Huyện đoàn.',
} as const;

export const digestText = {
  subject: (today: string, complete: number, total: number) =>
    `Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày ${today} (${complete}/${total} đơn vị đã nộp đủ)`,
  intro: (campaign: string, periods: string, deadline: string, today: string, overdue: number) =>
    `Tình hình các cơ sở Đoàn nộp bảng xếp loại Chi đoàn ${periods}, đăng ký xây dựng, hỗ trợ Chi đoàn theo Kế hoạch “${campaign}” ` +
    `(hạn nộp ngày ${deadline}) đến ngày ${today}${overdue > 0 ? `, đã quá hạn ${overdue} ngày` : ''}, như sau:`,
  // The digest is read as figures (0/5), not as an official letter's 01, 02.
  completeCount: (complete: number, total: number) => `Đã nộp đủ: ${complete}/${total} đơn vị.`,
  lateCount: (late: number, total: number) => `Chưa nộp đủ: ${late}/${total} đơn vị.`,
  // Sections are numbered as shown (numberedSections).
  byCluster: 'Theo cụm thi đua',
  byCadre: 'Theo cán bộ đứng điểm',
  pilots: 'Chi đoàn làm điểm',
  pilotLine: (chapter: string, unit: string, month: string) => `${chapter} (${unit}), làm điểm tháng ${month}: `,
  clusterHeading: (cluster: string, complete: number, total: number) => `${cluster}: đã nộp đủ ${complete}/${total} đơn vị`,
  noCluster: '(Chưa phân cụm)',
  unknownCadre: (id: string) => `(Cán bộ mã “${id}” không có trong danh sách)`,
  columnUnit: 'Đơn vị',
  columnState: 'Tình trạng',
  stateComplete: 'Đã nộp đủ',
  stateLate: (summary: string) => `Chưa đủ: ${summary}`,
  stateLateUnknown: 'Chưa đủ',
  cadreLine: (late: readonly string[], complete: readonly string[]) =>
    [
      late.length ? `chưa đủ ${late.length} đơn vị (${late.join(', ')})` : 'không có đơn vị chưa nộp đủ',
      complete.length ? `đã đủ ${complete.length} đơn vị (${complete.join(', ')})` : 'chưa có đơn vị nộp đủ',
    ].join('; ') + '.',
  urge: 'Đề nghị các đồng chí cán bộ đứng điểm đôn đốc các đơn vị chưa nộp đủ hoàn thành trong thời gian sớm nhất.',
  allComplete: 'Tất cả các đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ.',
  // One-line summaries of what a late unit owes.
  shortPeriodMissing: (label: string, missing: number, total: number) => `${label} còn thiếu ${missing}/${total} Chi đoàn`,
  shortPeriodNone: (label: string) => `${label} chưa nộp`,
  shortPeriodNoChapters: (label: string) => `${label} chưa có danh sách Chi đoàn`,
  shortRegistrationNone: 'chưa đăng ký xây dựng, hỗ trợ',
  shortRegistrationInvalid: 'đăng ký chưa hợp lệ',
  // Rating totals per period (both digests).
  ratingsHeading: 'Kết quả xếp loại Chi đoàn theo từng kỳ',
  ratingsIntro: (chapters: number) => `Số Chi đoàn theo từng mức xếp loại trên tổng số ${chapters} Chi đoàn, theo số liệu đã nhận:`,
  columnRating: 'Mức xếp loại',
  unrated: 'Chưa xếp loại',
  ratingShare: (count: number, of: number, percent: string) => `${count}/${of} (${percent})`,
  // The digest to one cadre: the units they stand for.
  cadreRecipient: (name: string) => `Đồng chí ${name}, cán bộ đứng điểm`,
  cadreSubject: (today: string, complete: number, total: number) =>
    `Tổng hợp tình hình nộp bảng xếp loại Chi đoàn của các đơn vị đồng chí đứng điểm đến ngày ${today} (${complete}/${total} đơn vị đã nộp đủ)`,
  cadreIntro: (campaign: string, periods: string, deadline: string, today: string, overdue: number) =>
    `Tình hình các đơn vị đồng chí đứng điểm nộp bảng xếp loại Chi đoàn ${periods}, đăng ký xây dựng, hỗ trợ Chi đoàn theo Kế hoạch “${campaign}” ` +
    `(hạn nộp ngày ${deadline}) đến ngày ${today}${overdue > 0 ? `, đã quá hạn ${overdue} ngày` : ''}, như sau:`,
  cadreUnitsHeading: 'Tình hình từng đơn vị',
  cadreUrge: 'Đề nghị đồng chí đôn đốc các đơn vị chưa nộp đủ hoàn thành trong thời gian sớm nhất.',
  cadreAllComplete: 'Tất cả các đơn vị đồng chí đứng điểm đã nộp đủ bảng xếp loại và đăng ký hợp lệ.',
} as const;

/** The first words of an answer's subject, by its outbox kind: what the unit sees in its inbox. */
export const ANSWER_TAG = { 'Xác nhận': '[Đã nhận]', 'Báo lỗi': '[Chưa ghi nhận]' } as const;

/** The sentence that cites a submission by its short code (`Số hiệu` of its log row); none without one. */
const citation = (code: string) => (code ? ` Số hiệu: ${code}.` : '');

export const receiptText = {
  subject: (unit: string) => `Xác nhận đã nhận bảng xếp loại Chi đoàn – ${unit}`,
  received: (channel: string, day: string | null, code: string) =>
    `Văn phòng Huyện đoàn đã nhận bảng xếp loại Chi đoàn của đơn vị ${channel}${day ? ` ngày ${day}` : ''}.${citation(code)}`,
  channel: {
    Form: 'gửi qua biểu mẫu trực tuyến',
    Email: 'gửi qua email',
    'Thủ công': 'gửi bằng văn bản (Văn phòng Huyện đoàn nhập vào bảng theo dõi)',
  },
  recordedHeading: 'Nội dung đã ghi nhận',
  recordedIntro: (n: number) => `Đã ghi vào bảng theo dõi ${count2(n)} Chi đoàn như sau:`,
  nothingRecorded: 'Chưa ghi nhận được Chi đoàn nào từ nội dung đơn vị gửi.',
  columnChapter: 'Chi đoàn',
  columnMembers: 'Số đoàn viên',
  columnRating: (label: string) => `Xếp loại ${label}`,
  columnRegistration: 'Đăng ký',
  noValue: '—',
  newChapter: (name: string) => `${name} (Chi đoàn mới, đã thêm vào danh sách)`,
  overrideNote: 'Nếu cần sửa, đơn vị chỉ cần gửi lại các Chi đoàn cần sửa; nội dung gửi sau sẽ thay nội dung gửi trước.',
  notUnderstoodHeading: 'Nội dung chưa ghi nhận được',
  ignoredPeriod: (label: string, collected: string) =>
    `Xếp loại ${label}: không thuộc các kỳ cần báo cáo đợt này (${collected}), không ghi.`,
  wrongScale: (chapter: string, period: string, rating: string, scale: string) =>
    `${chapter}, xếp loại ${period}: “${rating}” thuộc thang xếp loại khác, chưa ghi; đợt này xếp loại theo các mức ${scale}.`,
  notUnderstoodClosing: 'Đề nghị đơn vị kiểm tra và gửi lại các nội dung trên.',
  /** `time` HH:mm, `day` dd/MM/yyyy, `channel` as keptChannel words it (null when the tab does not say). */
  keptWhen: (what: 'kết quả' | 'đăng ký', time: string, day: string, channel: string | null, sameTime: boolean) =>
    `đã có ${what} ${sameTime ? 'khác nhận cùng thời điểm' : 'mới hơn nhận'} lúc ${time} ngày ${day}${channel ? ` ${channel}` : ''}`,
  keptChannel: { Form: 'qua biểu mẫu trực tuyến', Email: 'qua email', 'Thủ công': 'bằng văn bản' } as Readonly<Record<string, string>>,
  keptRating: (chapter: string, period: string, current: string | null, when: string) =>
    `${chapter}, xếp loại ${period}: chưa thay đổi (giữ ${current ? `“${current}”` : 'nội dung đã ghi'}), vì ${when}.`,
  keptMembers: (chapter: string, current: string | null, when: string) =>
    `${chapter}, số đoàn viên: chưa thay đổi (giữ ${current ?? 'nội dung đã ghi'}), vì ${when}.`,
  keptRegistration: (when: string) => `Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa thay đổi (giữ đăng ký đã ghi), vì ${when}.`,
  heldChapter: (reported: string, suggestion: string) =>
    `“${reported}”: chưa ghi, vì tên này không có trong danh sách Chi đoàn của đơn vị và gần giống ${suggestion}; ` +
    `Văn phòng Huyện đoàn sẽ kiểm tra, đối chiếu với ${suggestion} rồi ghi nội dung đơn vị đã gửi.`,
  heldClosing: 'Nếu đây là một Chi đoàn mới của đơn vị, đề nghị đơn vị báo để Văn phòng Huyện đoàn bổ sung vào danh sách.',
  keptClosing:
    'Các nội dung “chưa thay đổi” nêu trên được giữ theo kết quả Văn phòng Huyện đoàn đã nhận của đơn vị vào thời điểm sau (hoặc cùng lúc). Nếu kết quả đã ghi chưa đúng, đề nghị đơn vị gửi lại các Chi đoàn cần sửa.',
  registrationHeading: 'Đăng ký xây dựng và hỗ trợ Chi đoàn',
  registrationValid: 'Đăng ký hợp lệ.',
  registrationBuild: (names: readonly string[]) => `Đảm nhận xây dựng “Chi đoàn mạnh”: ${names.join(', ')}.`,
  registrationSupport: (names: readonly string[]) => `Hỗ trợ, giúp đỡ: ${names.join(', ')}.`,
  registrationMissing:
    'Đơn vị chưa đăng ký. Theo kế hoạch, mỗi cơ sở Đoàn đăng ký đảm nhận xây dựng ít nhất 01 “Chi đoàn mạnh” và hỗ trợ, giúp đỡ 01–02 Chi đoàn có kết quả xếp loại thấp nhất.',
  registrationInvalid: (problems: string) => `Đăng ký chưa hợp lệ: ${problems}.`,
  notLowest: (names: readonly string[]) =>
    `Lưu ý: ${listPhrase(names)} không thuộc nhóm Chi đoàn có kết quả xếp loại thấp nhất của đơn vị. ` +
    'Kế hoạch đề nghị hỗ trợ các Chi đoàn xếp loại thấp nhất; đăng ký vẫn được ghi nhận, đề nghị đơn vị xem xét lại.',
  statusHeading: 'Tình hình nộp của đơn vị',
  complete: (periods: string) =>
    `Đơn vị đã nộp đủ bảng xếp loại Chi đoàn ${periods} và đăng ký hợp lệ. Văn phòng Huyện đoàn ghi nhận và cảm ơn đơn vị.`,
  stillMissing: 'Đơn vị còn thiếu:',
} as const;

export const rejectionText = {
  subject: (unit: string) => `Chưa ghi nhận được bảng xếp loại Chi đoàn – ${unit}`,
  received: (subject: string | null, day: string | null, code: string) =>
    `Văn phòng Huyện đoàn đã nhận thư của đơn vị${subject ? ` (tiêu đề “${subject}”)` : ''}${day ? ` ngày ${day}` : ''} ` +
    `nhưng chưa ghi nhận được nội dung.${citation(code)}`,
  receivedForm: (day: string | null, code: string) =>
    `Văn phòng Huyện đoàn đã nhận phiếu trả lời biểu mẫu của đơn vị${day ? ` ngày ${day}` : ''} nhưng chưa ghi nhận được, ` +
    `vì phiếu cần được sửa như dưới đây.${citation(code)}`,
  reason: 'Lý do: ',
  howIntro: (deadline: string, choices: number) => `Đề nghị đơn vị gửi lại chậm nhất ngày ${deadline}, ${choices > 1 ? 'theo một trong hai cách sau' : 'theo cách sau'}:`,
  howIntroAfter: (choices: number) => `Đề nghị đơn vị khẩn trương gửi lại, ${choices > 1 ? 'theo một trong hai cách sau' : 'theo cách sau'}:`,
  howTable: (office: string) =>
    `Trả lời thư này (gửi về địa chỉ ${office}), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư, theo mẫu dưới đây.`,
  templateIntro:
    'Mẫu bảng (mỗi Chi đoàn một dòng; các dòng dưới đây chỉ minh họa cách ghi): Văn phòng chưa có danh sách Chi đoàn của đơn vị, đề nghị ghi tên, số đoàn viên, xếp loại và đăng ký của từng Chi đoàn:',
  unitTableIntro:
    'Bảng các Chi đoàn của đơn vị theo danh sách Văn phòng đang theo dõi (mỗi Chi đoàn một dòng): đề nghị ghi xếp loại của từng Chi đoàn theo tên, bổ sung Chi đoàn còn thiếu nếu có:',
  unitTableIntroLong: (total: number, shown: number) =>
    `Bảng gồm tất cả ${total} Chi đoàn của đơn vị (mỗi Chi đoàn một dòng); dưới đây là ${shown} dòng đầu theo danh sách Văn phòng đang theo dõi, đề nghị ghi tiếp các Chi đoàn còn lại theo cùng mẫu:`,
  columnChapter: 'Tên Chi đoàn',
  columnMembers: 'Số đoàn viên',
  columnRating: (label: string) => `Xếp loại ${label}`,
  columnRegistration: 'Đăng ký',
  exampleChapter: (n: number) => `(Tên Chi đoàn thứ ${n})`,
  noAttachment: 'Thư của đơn vị có nêu gửi kèm tệp, nhưng Văn phòng Huyện đoàn không nhận được tệp đính kèm nào.',
  noAttachmentAsk: (hasForm: boolean) =>
    hasForm
      ? 'Đề nghị đơn vị gửi lại thư và đính kèm tệp bảng xếp loại, hoặc điền biểu mẫu trực tuyến dành riêng cho đơn vị (đường dẫn dưới đây).'
      : 'Đề nghị đơn vị gửi lại thư và đính kèm tệp bảng xếp loại, hoặc ghi trực tiếp bảng xếp loại vào nội dung thư.',
  ratingNote: (levels: string) => `Cột xếp loại ghi một trong các mức: ${levels}.`,
  registrationNote: (build: string, support: string) =>
    `Cột Đăng ký ghi “${build}” (ít nhất 01 Chi đoàn) hoặc “${support}” (01–02 Chi đoàn có kết quả xếp loại thấp nhất); các Chi đoàn khác để trống.`,
} as const;

/** The office's answer to a message it reviewed and chose not to record. */
export const reviewRejectionText = {
  subject: 'Thư gửi Văn phòng Huyện đoàn chưa được ghi nhận',
  senderRecipient: (address: string) => `Người gửi thư từ địa chỉ ${address}`,
  received: (subject: string | null, day: string | null, code: string) =>
    `Văn phòng Huyện đoàn đã nhận thư${subject ? ` (tiêu đề “${subject}”)` : ''}${day ? ` ngày ${day}` : ''}. ` +
    `Sau khi xem xét, Văn phòng Huyện đoàn không ghi nhận nội dung thư vào bảng theo dõi.${citation(code)}`,
  reason: 'Lý do: ',
  howToResend: (office: string) =>
    'Trường hợp thư được gửi thay cho một cơ sở Đoàn trong huyện, đề nghị cơ sở Đoàn gửi lại từ địa chỉ email đã đăng ký với ' +
    `Văn phòng Huyện đoàn, hoặc liên hệ Văn phòng Huyện đoàn (${office}) để bổ sung địa chỉ email của đơn vị.`,
} as const;

/** How the last mailbox poll ended and what waits parked, as the dashboard and the digest say it. */
export const pollReportMessages = {
  unfinished: (at: string, left: number, reason: 'time' | 'lock') =>
    left > 0
      ? `Lần kiểm tra thư lúc ${at} chưa xong: còn ${left} thư, phiếu${reason === 'lock' ? ' (hệ thống đang ghi dữ liệu khác)' : ''}, sẽ tiếp tục ở lần sau.`
      : `Lần kiểm tra thư lúc ${at} chưa xong${reason === 'lock' ? ' vì hệ thống đang ghi dữ liệu khác' : ''}, sẽ tiếp tục ở lần sau.`,
  parkedHeading: (count: number) => `${count} thư, phiếu chưa ghi được sau 3 lần thử (Lỗi xử lý), cần Văn phòng xem:`,
  parkedLine: (source: string, unit: string, reason: string, code = '') => `${source}${code ? ` số hiệu ${code}` : ''}${unit ? ` của ${unit}` : ''}: ${reason}`,
  parkedMore: (more: number) => `và ${more} thư, phiếu khác (xem trang Nhật ký nhận, trạng thái "Lỗi xử lý").`,
  parkedAdvice: 'Đề nghị khắc phục nguyên nhân rồi bấm "Xử lý lại" trong bảng điều khiển.',
  sourceName: (source: string) => (source === 'Email' ? 'Thư' : source === 'Form' ? 'Phiếu biểu mẫu' : 'Phiếu giấy'),
} as const;
