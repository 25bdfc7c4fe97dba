import { buildDoc } from '../fixtures/doc';
import { buildEmlText } from '../fixtures/eml';
import { buildXls } from '../fixtures/xls';
import type { Emulator } from '../../local/emulator';
import { setUpEmulator } from './harness';

const OFFICE = 'Huyện đoàn Núi Thành <huyendoannuithanh09@gmail.com>';
const TAM_TRA = 'Đoàn xã Tam Trà <doan.tamtra@example.org>';

const TABLE = [
  ['STT', 'Tên Chi đoàn', 'Năm 2015', '6 tháng đầu năm 2016', 'Đăng ký'],
  ['1', 'Chi đoàn Xuân Thọ', 'Vững mạnh', 'Khá', 'Xây dựng Chi đoàn mạnh'],
  ['2', 'Chi đoàn thôn Đồng Làng', 'Yếu', 'Trung bình', 'Hỗ trợ'],
];

function deliver(emu: Emulator, messageId: string, name: string, bytes: Uint8Array): void {
  emu.gmail.deliver(
    buildEmlText({ from: TAM_TRA, to: OFFICE, messageId, text: 'Kính gửi Huyện đoàn bảng xếp loại Chi đoàn.', attachments: [{ name, bytes }] }),
  );
}

describe('Office 97–2003 attachments, converted with Drive', () => {
  test.each([
    ['bang-xep-loai.xls', () => buildXls({ 'Xếp loại': [['ĐOÀN XÃ TAM TRÀ'], ...TABLE] })],
    ['bang-xep-loai.doc', () => buildDoc(['ĐOÀN XÃ TAM TRÀ', 'BẢNG XẾP LOẠI CHI ĐOÀN', { table: TABLE }])],
  ])('%s is applied, and the converted copy is deleted', (name, build) => {
    const emu = setUpEmulator();
    deliver(emu, '<old1@example.org>', name, build());
    emu.run('pollMailbox');
    const log = emu.values('Nhật ký nhận');
    console.log(JSON.stringify(log[1]));
    console.log(JSON.stringify(emu.calls.byMethod()));
  });
});
