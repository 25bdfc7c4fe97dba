/**
 * The season `npm start` shows by default (sample data): most units of the built-in 2016 campaign
 * send their table, through every channel the office meets — the form, email with an attachment
 * (Excel, Word, CSV, and the Office 97–2003 .xls and .doc that Drive converts), a table typed in
 * the body, a paper table the office types in the sidebar —; some after the deadline, some wrong
 * then corrected, a few waiting for review (an unknown sender, a message that failed Gmail's
 * sender authentication). The files are built with the same builders the parsers are tested
 * against (test/fixtures), so what the demo shows is what the tests pin down.
 */
import { DEFAULT_CAMPAIGN } from '../src/domain/defaultCampaign';
import type { Unit } from '../src/domain/campaign';
import type { PaperEntry } from '../src/domain/paperEntry';
import { buildCsv } from '../test/fixtures/csv';
import { buildDoc } from '../test/fixtures/doc';
import { buildDocx } from '../test/fixtures/docx';
import { buildEmlText, type EmlAttachment } from '../test/fixtures/eml';
import { buildXls } from '../test/fixtures/xls';
import { buildXlsx } from '../test/fixtures/xlsx';
import { answerFor } from '../test/integration/formHarness';
import { rfc5322Date, type Emulator } from './emulator';
import { demoMail, type Delivery } from './mailDrop';
import { visitActions, visitMail } from './demoVisits';

/** Something a person does during the season, at its time: a form response, a paper entry typed in the sidebar. */
export interface SeasonAction {
  at: Date;
  /** What it is, for the season's summary: a unit's table, or the office's work on the cadres' visits. */
  channel: 'form' | 'paper' | 'visit';
  unitId: string;
  run(emu: Emulator): void;
}

export interface DemoSeason {
  mail: Delivery[];
  actions: SeasonAction[];
}

const campaign = DEFAULT_CAMPAIGN;
const OFFICE = `Huyện đoàn Núi Thành <${campaign.officeEmail}>`;
/** The office account that runs setup in the simulation, and types the paper entries. */
export const OFFICE_ACCOUNT = 'vanphong.huyendoan@example.org';
const LEGACY = ['Vững mạnh', 'Khá', 'Trung bình', 'Yếu'];
const BUILD = 'Xây dựng Chi đoàn mạnh';
const SUPPORT = 'Hỗ trợ';

const unit = (id: string): Unit => {
  const found = campaign.units.find((u) => u.id === id);
  if (!found) throw new Error(`demo season: no unit ${id} in the built-in campaign`);
  return found;
};

const at = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

interface Rated {
  chapter: string;
  members: number;
  ratings: [string, string];
  registration: string;
}

/** A plausible table for a unit: every chapter rated, the best one to build, the lowest one supported. */
function ratedChapters(u: Unit, seed: number): Rated[] {
  const rated = u.chapters.map((chapter, i): Rated => {
    const a = (i * 7 + seed) % 4;
    const b = Math.max(0, a - ((i + seed) % 2));
    return { chapter, members: 12 + ((i * 5 + seed * 3) % 25), ratings: [LEGACY[Math.min(a, 3)], LEGACY[Math.min(b, 3)]], registration: '' };
  });
  const order = rated.map((r, i) => ({ i, score: LEGACY.indexOf(r.ratings[1]) })).sort((x, y) => x.score - y.score || x.i - y.i);
  rated[order[0].i].registration = BUILD;
  rated[order[order.length - 1].i].registration = SUPPORT;
  return rated;
}

const tableRows = (rated: readonly Rated[]): string[][] => [
  ['STT', 'Tên Chi đoàn', 'Số đoàn viên', 'Xếp loại năm 2015', 'Xếp loại 6 tháng đầu năm 2016', 'Đăng ký'],
  ...rated.map((r, i) => [String(i + 1), r.chapter, String(r.members), r.ratings[0], r.ratings[1], r.registration]),
];

function email(u: Unit, id: string, when: string, subject: string, text: string, attachments: EmlAttachment[] = [], authentication?: string): Delivery {
  const date = at(when);
  const raw = buildEmlText({
    from: `${u.name} <${u.emails[0]}>`,
    to: OFFICE,
    subject,
    date: rfc5322Date(date, campaign.timeZone),
    messageId: `<${id}@demo.example.org>`,
    text,
    attachments,
  });
  return { name: `${id}.eml`, raw: new Uint8Array(Buffer.from(raw, 'latin1')), at: date, authentication };
}

const covering = (u: Unit) => `Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành\n\n${u.name} gửi bảng xếp loại Chi đoàn và đăng ký xây dựng Chi đoàn mạnh (tệp đính kèm).\n\nTrân trọng.`;

function attachmentMails(): Delivery[] {
  const xuan1 = unit('tam-xuan-1');
  const anhBac = unit('tam-anh-bac');
  const thanh = unit('tam-thanh');
  const hiep = unit('tam-hiep');
  const quang = unit('tam-quang');
  const tien = unit('tam-tien');
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return [
    email(xuan1, 'demo-tam-xuan-1', '2016-09-06T08:15:00', `Bảng xếp loại Chi đoàn - ${xuan1.name}`, covering(xuan1), [
      { name: 'Xep loai Chi doan - Tam Xuan I.xlsx', contentType: xlsx, bytes: buildXlsx([[xuan1.name.toUpperCase()], [], ...tableRows(ratedChapters(xuan1, 1))]) },
    ]),
    email(anhBac, 'demo-tam-anh-bac', '2016-09-07T14:30:00', `Báo cáo xếp loại Chi đoàn - ${anhBac.name}`, covering(anhBac), [
      { name: 'Bảng xếp loại Chi đoàn Tam Anh Bắc.docx', contentType: docx, bytes: buildDocx(tableRows(ratedChapters(anhBac, 2)), { before: [anhBac.name.toUpperCase(), 'BẢNG XẾP LOẠI CHI ĐOÀN'] }) },
    ]),
    // Vietnamese Excel saves CSV in Windows-1258.
    email(thanh, 'demo-tam-thanh', '2016-09-09T10:05:00', 'Gui bang xep loai', covering(thanh), [
      { name: 'xeploai_tamthanh.csv', contentType: 'text/csv', bytes: buildCsv(tableRows(ratedChapters(thanh, 3)), { encoding: 'windows-1258' }) },
    ]),
    email(hiep, 'demo-tam-hiep', '2016-09-11T16:20:00', `Bảng xếp loại - ${hiep.name}`, covering(hiep), [
      { name: 'XepLoai_TamHiep.xls', contentType: 'application/vnd.ms-excel', bytes: buildXls({ 'Xếp loại': tableRows(ratedChapters(hiep, 4)) }) },
    ]),
    // Two days late, a Word 97–2003 document.
    email(quang, 'demo-tam-quang', '2016-09-14T09:45:00', `Bảng xếp loại Chi đoàn (gửi chậm) - ${quang.name}`, covering(quang), [
      { name: 'Bang xep loai Tam Quang.doc', contentType: 'application/msword', bytes: buildDoc([quang.name.toUpperCase(), 'BẢNG XẾP LOẠI CHI ĐOÀN', { table: tableRows(ratedChapters(quang, 5)) }]) },
    ]),
    // Tam Tiến's first letter had no table (the built-in demo mail): the next day it sends the file.
    email(tien, 'demo-tam-tien-2', '2016-09-10T08:05:00', 'Re: Báo cáo', `${tien.name} xin gửi lại bảng xếp loại (tệp đính kèm).`, [
      { name: 'Bang xep loai Tam Tien.xlsx', contentType: xlsx, bytes: buildXlsx(tableRows(ratedChapters(tien, 6))) },
    ]),
  ];
}

/** Typed in the body: one wrong (a chapter both built and supported, refused whole), then corrected. */
function bodyMails(): Delivery[] {
  const anhNam = unit('tam-anh-nam');
  const rated = ratedChapters(anhNam, 7);
  const lines = (registration: string[]) => [
    anhNam.name.toUpperCase(),
    'Kính gửi: Ban Thường vụ Huyện đoàn Núi Thành',
    ...rated.map((r, i) => `${i + 1}. ${r.chapter}: năm 2015 ${r.ratings[0]}; 6 tháng đầu năm 2016 ${r.ratings[1]}`),
    ...registration,
  ];
  const build = rated.find((r) => r.registration === BUILD)!.chapter;
  const support = rated.find((r) => r.registration === SUPPORT)!.chapter;
  const giang = unit('tam-giang');
  const giangRated = ratedChapters(giang, 8);
  return [
    email(anhNam, 'demo-tam-anh-nam', '2016-09-08T20:10:00', 'Bảng xếp loại Chi đoàn', lines([`Đăng ký xây dựng Chi đoàn mạnh: ${build}`, `Đăng ký hỗ trợ: ${build}`]).join('\n')),
    email(anhNam, 'demo-tam-anh-nam-2', '2016-09-09T07:40:00', 'Re: Bảng xếp loại Chi đoàn', lines([`Đăng ký xây dựng Chi đoàn mạnh: ${build}`, `Đăng ký hỗ trợ: ${support}`]).join('\n')),
    // Sent through a forwarding service that breaks DMARC: it waits for the office to look.
    email(
      giang,
      'demo-tam-giang',
      '2016-09-12T11:30:00',
      'Bảng xếp loại Chi đoàn',
      [giang.name.toUpperCase(), ...giangRated.map((r) => `${r.chapter}: năm 2015 ${r.ratings[0]}; 6 tháng đầu năm 2016 ${r.ratings[1]}`)].join('\n'),
      [],
      `mx.google.com; dkim=none; spf=pass (google.com: domain of bounce@relay.example.net designates 203.0.113.7 as permitted sender) smtp.mailfrom=bounce@relay.example.net; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${giang.emails[0].split('@')[1]}`,
    ),
  ];
}

/** The units' form responses: by the deadline, and one three days late. */
function formActions(): SeasonAction[] {
  const responses: [id: string, when: string, seed: number][] = [
    ['tt-nui-thanh', '2016-09-05T09:12:00', 9],
    ['tam-xuan-2', '2016-09-07T10:40:00', 10],
    ['tam-hoa', '2016-09-08T15:02:00', 11],
    ['tam-nghia', '2016-09-10T21:18:00', 12],
    ['thpt-nui-thanh', '2016-09-12T16:45:00', 13],
    ['thpt-cao-ba-quat', '2016-09-12T22:50:00', 14],
    ['tam-my-tay', '2016-09-15T08:30:00', 15],
  ];
  return responses.map(([id, when, seed]) => {
    const u = unit(id);
    const rated = ratedChapters(u, seed);
    const byName = new Map(rated.map((r) => [r.chapter, r]));
    return {
      at: at(when),
      channel: 'form',
      unitId: id,
      run: (emu) =>
        void answerFor(emu, u.name, u.emails[0], {
          ratings: (rows, period) => rows.map((row) => byName.get(row)?.ratings[period] ?? 'Khá'),
          registration: (rows) => rows.map((row) => (byName.get(row)?.registration ? [byName.get(row)!.registration] : [])),
        }),
    };
  });
}

/** Tables that came on paper or by phone, typed by the office in the sidebar the day they arrived. */
function paperActions(): SeasonAction[] {
  const entries: [id: string, when: string, seed: number, note: string][] = [
    ['tam-my-dong', '2016-09-09T14:20:00', 16, 'Công văn số 12/ĐTN, anh Bí thư mang đến'],
    ['ca-huyen', '2016-09-13T09:00:00', 17, 'Đồng chí Bí thư đọc qua điện thoại'],
  ];
  return entries.map(([id, when, seed, note]) => {
    const u = unit(id);
    const entry: PaperEntry = {
      entryId: `demo-paper-${id}`,
      receivedOn: when.slice(0, 10),
      note,
      notify: true,
      chapters: ratedChapters(u, seed).map((r) => ({
        name: r.chapter,
        isNew: false,
        ratings: { '2015': r.ratings[0], '2016-H1': r.ratings[1] },
        registration: r.registration,
        members: r.members,
      })),
    };
    return { at: at(when), channel: 'paper', unitId: id, run: (emu) => void emu.runAs({ user: OFFICE_ACCOUNT }, 'submitPaperEntry', id, entry) };
  });
}

/** The default season of `npm start`: the built-in demo mail, then everything above, and the cadres' visits (demoVisits.ts). */
export function demoSeason(): DemoSeason {
  const mail = [...demoMail(), ...attachmentMails(), ...bodyMails(), ...visitMail()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.name.localeCompare(b.name));
  const visits = visitActions().map((a): SeasonAction => ({ at: a.at, channel: 'visit', unitId: a.unitId, run: (emu) => a.run(emu, OFFICE_ACCOUNT) }));
  const actions = [...formActions(), ...paperActions(), ...visits].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { mail, actions };
}
