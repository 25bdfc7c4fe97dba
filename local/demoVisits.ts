/**
 * The cadres' visits of the demo season (issue 17, sample data), in September 2016: units invite
 * their cadre to a chapter's meeting by email (typed in the body, or a Word file) or on the units'
 * form, the office types one it got by phone, a unit moves its meeting's time and another calls its meeting off ("hoãn");
 * after the meetings the cadres reply with their reports or answer the cadres' form (one did not
 * attend, one only after the second reminder), and the office follows one proposal to `Đã giải quyết`.
 */
import { DEFAULT_CAMPAIGN } from '../src/domain/defaultCampaign';
import type { Cadre, Unit } from '../src/domain/campaign';
import type { VisitEntry } from '../src/domain/visitEntry';
import { buildDocxBody } from '../test/fixtures/docx';
import { submitCadreReport } from '../test/integration/cadreFormHarness';
import { submitInvitationResponse } from '../test/integration/formHarness';
import { buildEmlText, type EmlAttachment } from '../test/fixtures/eml';
import { rfc5322Date, type Emulator } from './emulator';
import type { Delivery } from './mailDrop';

const campaign = DEFAULT_CAMPAIGN;
const OFFICE = `${campaign.office} <${campaign.officeEmail}>`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Something the office does in the sidebar during the season, at its time. */
export interface VisitAction {
  at: Date;
  unitId: string;
  run(emu: Emulator, officeAccount: string): void;
}

const at = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

const unit = (id: string): Unit => {
  const found = campaign.units.find((u) => u.id === id);
  if (!found) throw new Error(`demo visits: no unit ${id} in the built-in campaign`);
  return found;
};

const cadreOf = (u: Unit): Cadre => {
  const found = campaign.cadres.find((c) => c.id === u.cadre);
  if (!found?.email) throw new Error(`demo visits: unit ${u.id} has no cadre with an email`);
  return found;
};

function message(from: string, id: string, when: string, subject: string, text: string, attachments: EmlAttachment[] = []): Delivery {
  const date = at(when);
  const raw = buildEmlText({ from, to: OFFICE, subject, date: rfc5322Date(date, campaign.timeZone), messageId: `<${id}@demo.example.org>`, text, attachments });
  return { name: `${id}.eml`, raw: new Uint8Array(Buffer.from(raw, 'latin1')), at: date };
}

const fromUnit = (u: Unit) => `${u.name} <${u.emails[0]}>`;
const fromCadre = (u: Unit) => `${cadreOf(u).name} <${cadreOf(u).email}>`;

/** A typed giấy mời, as units write them. */
function invitationText(u: Unit, chapter: string, clock: string, day: string, place: string, agenda: string): string {
  return [
    'GIẤY MỜI',
    `Ban Thường vụ ${u.name} trân trọng kính mời đồng chí ${cadreOf(u).name} dự sinh hoạt ${chapter} vào lúc ${clock} ngày ${day} tại ${place}.`,
    `Nội dung: ${agenda}.`,
    'Rất mong đồng chí sắp xếp thời gian đến dự.',
  ].join('\n');
}

/** The subject of the `Nhắc báo cáo` the cadre replies to (the visit's `Mã` is what the mailbox reads). */
const chaseSubject = (id: string, chapter: string, u: Unit) => `Re: Đề nghị báo cáo kết quả đi cơ sở ${id} – ${chapter}, ${u.name}`;

/** The units' invitations and the cadres' replies, as mail. */
export function visitMail(): Delivery[] {
  const tra = unit('tam-tra');
  const son = unit('tam-son');
  const hai = unit('tam-hai');
  const hoa = unit('tam-hoa');
  const tien = unit('tam-tien');
  const haiText = (clock: string) => invitationText(hai, 'Chi đoàn thôn Đông Xuân', clock, '16/9/2016', 'Hội trường thôn Đông Xuân', 'Sinh hoạt chủ điểm "Tuổi trẻ với biển đảo quê hương"');
  const docx = buildDocxBody([
    'ĐOÀN XÃ TAM SƠN',
    'Tam Sơn, ngày 09 tháng 9 năm 2016',
    'GIẤY MỜI',
    `Kính mời đồng chí ${cadreOf(son).name} về dự sinh hoạt Chi đoàn Thuận Yên Đông`,
    'Thời gian: lúc 19 giờ 00 ngày 14/9/2016',
    'Địa điểm: Nhà sinh hoạt cộng đồng thôn Thuận Yên Đông',
    'Nội dung: Sinh hoạt Chi đoàn làm điểm; bình xét đoàn viên tháng 9',
  ]);
  return [
    message(fromUnit(hai), 'demo-visit-tam-hai', '2016-09-07T09:20:00', 'Giấy mời dự sinh hoạt Chi đoàn', haiText('19 giờ 30')),
    message(fromUnit(son), 'demo-visit-tam-son', '2016-09-09T15:10:00', 'Giay moi sinh hoat Chi doan', 'Doan xa Tam Son gui dong chi giay moi (tep dinh kem).', [
      { name: 'Giay moi Chi doan Thuan Yen Dong.docx', contentType: DOCX, bytes: docx },
    ]),
    message(fromUnit(tra), 'demo-visit-tam-tra', '2016-09-10T08:00:00', 'Giấy mời', invitationText(tra, 'Chi đoàn thôn Xuân Thọ', '19 giờ 30', '15/9/2016', 'Nhà văn hóa thôn Xuân Thọ', 'Triển khai Nghị quyết 04-NQ/ĐTN; kết nạp đoàn viên mới')),
    // The meeting moves by half an hour, the same evening: the event and the row follow, the cadre is told.
    message(fromUnit(hai), 'demo-visit-tam-hai-2', '2016-09-12T16:40:00', 'Giấy mời (thay đổi giờ sinh hoạt)', `${haiText('20 giờ 00')}\nĐoàn xã xin báo lại giờ sinh hoạt do trùng lịch họp thôn.`),
    // The cadre who did not attend says so, without diacritics.
    message(fromCadre(tien), 'demo-visit-report-tam-tien', '2016-09-14T08:30:00', chaseSubject('DCS-160913-01', 'Chi đoàn thôn Bích An', tien), 'Khong du vi trung lich hop Ban Thuong vu Huyen doan.'),
    // Called off ("hoãn") before the day: the event is deleted, the cadre told, never chased.
    message(fromUnit(hoa), 'demo-visit-tam-hoa-2', '2016-09-14T17:15:00', 'Hoãn sinh hoạt', `${hoa.name} xin hoãn buổi sinh hoạt Chi đoàn thôn Bích Ngọc ngày 18/9/2016 do ảnh hưởng của áp thấp nhiệt đới.`),
    message(
      fromCadre(tra),
      'demo-visit-report-tam-tra',
      '2016-09-16T09:10:00',
      chaseSubject('DCS-160915-01', 'Chi đoàn Xuân Thọ', tra),
      'Kính gửi Văn phòng,\nKết quả: Chi đoàn sinh hoạt đông đủ 25/28 đoàn viên, kết nạp 3 đoàn viên mới.\nMô hình hay: Tủ sách thanh niên ở nhà văn hóa thôn.\nKhó khăn, kiến nghị: thiếu kinh phí sinh hoạt.\nĐề xuất: Huyện đoàn hỗ trợ tài liệu sinh hoạt chủ điểm.',
    ),
    // After the second reminder (the office in copy), the late report.
    message(
      fromCadre(son),
      'demo-visit-report-tam-son',
      '2016-09-18T15:30:00',
      chaseSubject('DCS-160914-01', 'Chi đoàn Thuận Yên Đông', son),
      'Kết quả: Chi đoàn làm điểm sinh hoạt đúng nội dung, bình xét đoàn viên tháng 9.\nKhó khăn, kiến nghị: nhà sinh hoạt cộng đồng xuống cấp, thiếu bàn ghế.',
    ),
  ];
}

/** What the office does in the sidebar: an invitation read out on the phone, a proposal followed. */
export function visitActions(): VisitAction[] {
  const entry: VisitEntry = { unitId: 'tam-tien', chapter: 'Chi đoàn thôn Bích An', date: '13/09/2016', time: '19:30', place: 'Nhà văn hóa thôn Bích An', agenda: 'Sinh hoạt chủ điểm tháng 9, phát động phong trào "Thắp sáng đường quê"' };
  return [
    { at: at('2016-09-08T10:30:00'), unitId: 'tam-tien', run: (emu, office) => void emu.runAs({ user: office }, 'submitInvitation', entry) },
    // Tam Hòa answers the invitation page of the units' form (the unit list's last choice).
    {
      at: at('2016-09-11T10:05:00'),
      unitId: 'tam-hoa',
      run: (emu) =>
        void submitInvitationResponse(emu, { unitId: 'tam-hoa', chapter: 'Chi đoàn thôn Bích Ngọc', day: '2016-09-18', time: '07:30', place: 'Sân bóng thôn Bích Ngọc', agenda: 'Ra quân "Ngày Chủ nhật xanh"' }),
    },
    // Tam Hải's cadre reports on the cadres' form, from the link in the Nhắc báo cáo letter.
    {
      at: at('2016-09-17T10:00:00'),
      unitId: 'tam-hai',
      run: (emu) =>
        void submitCadreReport(emu, {
          visitId: 'DCS-160916-01',
          attended: true,
          result: 'Chi đoàn sinh hoạt chủ điểm sôi nổi, có thi tìm hiểu về biển đảo.',
          practice: 'Đội thanh niên tình nguyện giữ vệ sinh bãi biển.',
          difficulties: '',
          proposal: '',
        }),
    },
    { at: at('2016-09-17T09:00:00'), unitId: 'tam-tra', run: (emu, office) => void emu.runAs({ user: office }, 'setProposalStatus', 'DCS-160915-01', 'Đang giải quyết', 'Đã đề nghị Phòng Văn hóa - Thông tin huyện hỗ trợ tài liệu') },
    { at: at('2016-09-19T15:00:00'), unitId: 'tam-tra', run: (emu, office) => void emu.runAs({ user: office }, 'setProposalStatus', 'DCS-160915-01', 'Đã giải quyết', 'Đã gửi 30 bộ tài liệu sinh hoạt chủ điểm') },
  ];
}
