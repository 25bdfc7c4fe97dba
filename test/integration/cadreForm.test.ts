import type { Emulator } from '../../local/emulator';
import { cadreFormText } from '../../src/form/cadreForm';
import { cadreFormId, submitCadreReport } from './cadreFormHarness';
import { CADRE, invited, OTHER } from './visitsScenario';

/**
 * Issue 17, the report back by the cadres' form "Báo cáo kết quả đi cơ sở": setup makes it once,
 * `Nhắc báo cáo` carries a link pre-filled with the visit's `Mã`, a response is logged first and
 * read like a reply (the visit's own cadre only), confirmed exactly once.
 */
const ID = 'DCS-160915-01';
const visits = (emu: Emulator) => emu.values('Đi cơ sở').slice(1).filter((row) => row[0] !== '');
const intake = (emu: Emulator) => emu.values('Nhật ký nhận').slice(1).filter((row) => String(row[3]).startsWith('BC:')).map((row) => [row[2], row[4], row[5], String(row[6])]);
const receipts = (emu: Emulator) => emu.mail.sent.filter((m) => /Văn phòng đã (nhận và ghi báo cáo|ghi nhận đồng chí không dự)/.test(m.body));
const chases = (emu: Emulator) => emu.mail.sent.filter((m) => m.to.includes(CADRE) && m.subject.includes(`báo cáo kết quả đi cơ sở ${ID}`) && !m.subject.includes('Đã nhận'));
const link = (body: string) => /https:\/\/docs\.google\.com\/forms\/d\/e\/[^\s"<>)]+/.exec(body)?.[0] ?? '';

const REPORT = { visitId: ID, attended: true, result: 'Chi đoàn sinh hoạt đông đủ, kết nạp 3 đoàn viên.', practice: 'Tủ sách thanh niên ở nhà văn hóa thôn.', difficulties: 'Thiếu kinh phí sinh hoạt.', proposal: 'Huyện đoàn hỗ trợ tài liệu.' };
const AFTER = '2016-09-16T07:00:00+07:00';

describe('the cadres’ form made by setup', () => {
  test('one short page collecting the respondent’s address, its submit trigger installed; setup again makes no second', () => {
    const emu = invited();
    const id = cadreFormId(emu);
    const form = emu.forms.list().find((f) => f.id === id)!;
    expect(form.title).toBe('Báo cáo kết quả đi cơ sở');
    expect(form.collectsEmail).toBe(true);
    expect(form.destinationId).toBeNull();
    expect(emu.forms.items(id).map((i) => [i.type, i.title, i.required])).toEqual([
      ['TEXT', 'Mã buổi', true],
      ['MULTIPLE_CHOICE', 'Đồng chí có dự không', true],
      ['PARAGRAPH_TEXT', 'Lý do không dự', false],
      ['PARAGRAPH_TEXT', 'Kết quả', false],
      ['PARAGRAPH_TEXT', 'Mô hình mới, cách làm hay', false],
      ['PARAGRAPH_TEXT', 'Khó khăn, vướng mắc', false],
      ['PARAGRAPH_TEXT', 'Kiến nghị / đề xuất với Văn phòng', false],
    ]);
    expect(emu.triggers().filter((t) => t.handler === 'onCadreFormSubmit')).toHaveLength(1);
    emu.run('setupFromCampaign_', '');
    expect(emu.forms.list()).toHaveLength(2);
    expect(emu.triggers().filter((t) => t.handler === 'onCadreFormSubmit')).toHaveLength(1);
  });
});

describe('Nhắc báo cáo carries the pre-filled link', () => {
  test('both letters link to the form with the visit’s Mã filled in, beside “hoặc trả lời thư này”', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    emu.clock.advanceTo('2016-09-19T09:00:00+07:00');
    expect(chases(emu)).toHaveLength(2);
    for (const letter of chases(emu)) {
      expect(letter.body).toContain('hoặc trả lời thư này');
      const prefilled = emu.forms.prefilled(link(letter.body));
      expect(prefilled.formId).toBe(cadreFormId(emu));
      const idItem = emu.forms.items(prefilled.formId).find((i) => i.title === cadreFormText.id)!;
      expect(prefilled.answers[idItem.id]).toBe(ID);
    }
  });
});

describe('a response of the cadres’ form', () => {
  test('logged first, the row Đã báo cáo with its fields, one Xác nhận; a poll after does nothing twice', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    submitCadreReport(emu, REPORT);
    expect(visits(emu)[0].slice(8, 12)).toEqual(['Đã báo cáo', REPORT.result, REPORT.practice, `${REPORT.difficulties}\nĐề xuất: ${REPORT.proposal}`]);
    expect(intake(emu)).toEqual([[CADRE, 'Đoàn xã Tam Trà', 'Đã ghi', expect.stringContaining('đã ghi vào trang “Đi cơ sở”, trạng thái “Đã báo cáo”')]]);
    expect(receipts(emu)).toHaveLength(1);
    expect(receipts(emu)[0].to).toContain(CADRE);
    const before = { rows: visits(emu), log: intake(emu), receipts: receipts(emu).length };
    emu.run('pollMailbox');
    emu.clock.advanceTo('2016-09-20T09:00:00+07:00');
    expect({ rows: visits(emu), log: intake(emu), receipts: receipts(emu).length }).toEqual(before);
  });

  test('Không dự: the row says Không dự with the reason', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    submitCadreReport(emu, { visitId: ID, attended: false, reason: 'trùng lịch họp của Huyện ủy', result: '', practice: '', difficulties: '', proposal: '' });
    expect(visits(emu)[0].slice(8, 10)).toEqual(['Không dự', 'Không dự vì trùng lịch họp của Huyện ủy']);
    expect(receipts(emu)).toHaveLength(1);
    expect(receipts(emu)[0].body).toContain('lý do: trùng lịch họp của Huyện ủy');
  });

  test('the same report sent twice: the second is Trùng, no second Xác nhận', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    submitCadreReport(emu, REPORT);
    submitCadreReport(emu, REPORT);
    expect(intake(emu).map((r) => r[2])).toEqual(['Đã ghi', 'Trùng']);
    expect(receipts(emu)).toHaveLength(1);
  });

  test('from an address that is not the visit’s cadre: review, nothing written; the office applies it once', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    submitCadreReport(emu, { ...REPORT, email: OTHER });
    expect(visits(emu)[0][8]).toBe('Đã mời');
    expect(intake(emu)).toEqual([[OTHER, 'Đoàn xã Tam Trà', 'Chờ xem xét', expect.stringContaining('không phải người gửi')]]);
    expect(receipts(emu)).toHaveLength(0);
    const queue = emu.run('getReviewQueue') as { items: { messageId: string; visitReport?: boolean }[] };
    const item = queue.items.find((i) => i.messageId.startsWith('BC:'))!;
    expect(item.visitReport).toBe(true);
    expect(emu.run('applyVisitReview', item.messageId)).toEqual({ ok: true, status: 'Đã ghi' });
    expect(visits(emu)[0].slice(8, 10)).toEqual(['Đã báo cáo', REPORT.result]);
    expect(intake(emu)[0][2]).toBe('Đã ghi');
    expect(receipts(emu)).toHaveLength(1);
    expect(receipts(emu)[0].to).toContain(OTHER);
    expect(emu.run('applyVisitReview', item.messageId)).toMatchObject({ ok: false });
    expect(receipts(emu)).toHaveLength(1);
  });

  test('a second cadre’s report of a reported visit waits for review, the first kept', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    submitCadreReport(emu, REPORT);
    submitCadreReport(emu, { ...REPORT, email: OTHER, result: 'Khác' });
    expect(visits(emu)[0][9]).toBe(REPORT.result);
    expect(intake(emu).map((r) => r[2])).toEqual(['Đã ghi', 'Chờ xem xét']);
    expect(receipts(emu)).toHaveLength(1);
  });

  test('a response whose trigger failed is recorded by the next poll', () => {
    const emu = invited();
    emu.clock.advanceTo(AFTER);
    // The trigger's first service call fails: its execution fails before anything is logged.
    emu.faults.failAt(0);
    submitCadreReport(emu, REPORT);
    emu.faults.clear();
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'onCadreFormSubmit' });
    expect(visits(emu)[0][8]).toBe('Đã mời');
    emu.run('pollMailbox');
    expect(visits(emu)[0][8]).toBe('Đã báo cáo');
    expect(intake(emu).map((r) => r[2])).toEqual(['Đã ghi']);
    expect(receipts(emu)).toHaveLength(1);
  });
});

describe('a fault at every call of the submit handler', () => {
  test('then the next poll: the row Đã báo cáo, logged once, exactly one Xác nhận', () => {
    const scenario = () => {
      const emu = invited();
      emu.calls.reset();
      return emu;
    };
    const observable = (emu: Emulator) => ({
      row: visits(emu)[0].slice(8, 12),
      log: intake(emu).map((r) => r.slice(0, 3)),
      receipts: receipts(emu).map((m) => m.to),
      keys: emu.values('Nhật ký gửi').slice(1).map((r) => String(r[5])).filter((k) => k.startsWith('Xác nhận|BC:')).length,
    });
    // A report before the meeting's end is read all the same (the cadre may write early): no clock to run.
    const clean = scenario();
    submitCadreReport(clean, REPORT);
    const calls = clean.calls.total();
    const expected = observable(clean);
    expect(expected).toEqual({ row: ['Đã báo cáo', REPORT.result, REPORT.practice, `${REPORT.difficulties}\nĐề xuất: ${REPORT.proposal}`], log: [[CADRE, 'Đoàn xã Tam Trà', 'Đã ghi']], receipts: [CADRE], keys: 1 });
    const failures: { index: number; call: string; got: unknown }[] = [];
    for (let index = 0; index < calls; index++) {
      const emu = scenario();
      emu.faults.failAt(index);
      submitCadreReport(emu, REPORT);
      emu.faults.clear();
      emu.run('pollMailbox');
      const got = observable(emu);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ index, call: clean.calls.log[index], got });
    }
    expect(failures).toEqual([]);
  });
});
