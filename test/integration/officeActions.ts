import type { Emulator } from '../../local/emulator';
import { DEFAULT_USER } from '../../local/emulator';
import type { PaperChapter, PaperEntry } from '../../src/domain/paperEntry';
import { buildEmlText } from '../fixtures/eml';
import { setUpEmulator } from './harness';

/** The office account (the emulator's owner, who ran setup), a clerk and a cadre with accounts of their own. */
export const OFFICE_ACCOUNT = DEFAULT_USER;
export const CLERK = { user: 'thuky@example.org' };
export const CADRE = { user: 'canbo.tamson@example.org' };
export const OFFICE_ADDRESS = 'huyendoannuithanh09@gmail.com';
export const SON_EMAIL = 'doan.tamson@example.org';

/** A table naming Tam Trà's chapters, as an unregistered address might send it. */
export const TABLE = [
  'ĐOÀN XÃ TAM TRÀ',
  '1. Chi đoàn Xuân Thọ: năm 2015 Vững mạnh; 6 tháng đầu năm 2016 Khá',
  '2. Chi đoàn thôn Mới: năm 2015 Khá; 6 tháng đầu năm 2016 Yếu',
  'Đăng ký xây dựng Chi đoàn mạnh: Chi đoàn Xuân Thọ',
  'Đăng ký hỗ trợ: Chi đoàn thôn Mới',
].join('\n');

/**
 * Set up by the office account on 06/09/2016 at 10:00 with a clerk and a cadre as editors; two
 * messages from unregistered addresses wait for review after the office's first poll.
 */
export function officeWithTwoToReview(): Emulator {
  const emu = setUpEmulator('', { editors: [CLERK.user, CADRE.user], now: '2016-09-06T10:00:00+07:00' });
  for (const [from, id] of [['bithu.moi@gmail.com', '<v1@x>'], ['la@gmail.com', '<v2@x>']]) {
    emu.gmail.deliver(buildEmlText({ from, to: OFFICE_ADDRESS, messageId: id, text: TABLE }));
  }
  emu.run('pollMailbox');
  emu.calls.reset();
  return emu;
}

const chapter = (name: string, y2015: string, h2016: string, registration = ''): PaperChapter => ({ name, isNew: false, ratings: { '2015': y2015, '2016-H1': h2016 }, registration, members: null });

/** Tam Sơn's table handed in on paper on 05/09/2016, with a receipt asked for. */
export function sonEntry(): PaperEntry {
  return {
    entryId: 'a1b2c3d4e5f6',
    receivedOn: '2016-09-05',
    note: '',
    notify: true,
    chapters: [
      chapter('Chi đoàn Thuận Yên Đông', 'Khá', 'Vững mạnh', 'Xây dựng Chi đoàn mạnh'),
      chapter('Chi đoàn thôn Thuận Yên Tây', 'Trung bình', 'Khá'),
      chapter('Chi đoàn thôn Đồng Sơn', 'Yếu', 'Trung bình', 'Hỗ trợ'),
      chapter('Chi đoàn thôn Tân Sơn', 'Khá', 'Khá'),
    ],
  };
}

/**
 * Everything a person can see, without times (which move with the runs) and without the order in
 * which letters went out (the office carries requests out in the order they were recorded, and a
 * request that failed once is recorded when the clerk clicks again).
 */
export function observable(emu: Emulator) {
  // Instants differ between runs retried at other times: date cells, and those in `Ghi nhận` and in a logged paper entry.
  const timeless = (text: string) => text.replace(/\[\d{12,13},/g, '[time,').replace(/"recordedAt":"[^"]+"/, '"recordedAt":"time"');
  const withoutTimes = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell instanceof Date ? 'time' : typeof cell === 'string' ? timeless(cell) : cell)));
  const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const [outboxHeader, ...outboxRows] = withoutTimes(emu.values('Nhật ký gửi'));
  return {
    intake: withoutTimes(emu.values('Nhật ký nhận')),
    outbox: [outboxHeader, ...sorted(outboxRows)],
    tamTra: withoutTimes(emu.values('Tam Trà')),
    tamSon: withoutTimes(emu.values('Tam Sơn')),
    sent: sorted(emu.mail.sent.map((m) => ({ from: m.from, to: m.to, subject: m.subject, body: m.body }))),
    labels: emu.gmail.messages().filter((m) => !m.isSent).map((m) => [m.messageId, [...m.labels].sort()]),
  };
}

/** The office's next poll, as its trigger fires it: ten minutes on. */
export function nextPoll(emu: Emulator): void {
  emu.clock.advanceBy(10 * 60 * 1000);
}
