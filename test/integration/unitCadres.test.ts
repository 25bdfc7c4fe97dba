import { DEFAULT_CAMPAIGN } from '../../src/domain/defaultCampaign';
import type { Emulator } from '../../local/emulator';
import { emulatorWithHands, notices, setUp, smallCampaign } from './deadlineSeason';

/** `Đơn vị` shows each unit's cadre by name, the id kept hidden; `Cấu hình` labels its keys. */
const campaign = smallCampaign();
const cadre = (id: string) => DEFAULT_CAMPAIGN.cadres.find((c) => c.id === id)!;
const units = (emu: Emulator) => emu.spreadsheet.getSheetByName('Đơn vị')!;
const rowOf = (emu: Emulator, id: string) => emu.values('Đơn vị').findIndex((row) => row[0] === id) + 1;
const column = (emu: Emulator, header: string) => emu.values('Đơn vị')[0].indexOf(header) + 1;
const setCadre = (emu: Emulator, id: string, value: string) => units(emu).getRange(rowOf(emu, id), column(emu, 'Cán bộ đứng điểm')).setValue(value);
/** Three days before the deadline: the day of the first reminders. */
const REMINDER_DAY = { now: '2016-09-09T07:30:00+07:00' };
/** The deadline check of that day, as its trigger runs it. */
const firstReminders = (emu: Emulator) => {
  emu.run('checkDeadlines');
  return notices(emu.mail.sent).filter((line) => line.startsWith('09/09 Nhắc hạn'));
};

describe('Đơn vị: the cadre chosen by name', () => {
  test('setup writes the names and, hidden, the ids; the office picks another name and the next deadline check copies that cadre', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    setUp(emu, campaign);
    const header = emu.values('Đơn vị')[0];
    const son = emu.values('Đơn vị')[rowOf(emu, 'tam-son') - 1];
    expect(son[header.indexOf('Cán bộ đứng điểm')]).toBe(cadre('cb-03').name);
    expect(son[header.indexOf('Mã cán bộ')]).toBe('cb-03');
    expect(units(emu).isColumnHiddenByUser(column(emu, 'Mã cán bộ'))).toBe(true);
    // The dropdown lists the names of `Cán bộ`.
    const rule = units(emu).getRange(rowOf(emu, 'tam-son'), column(emu, 'Cán bộ đứng điểm')).getDataValidation()!;
    expect((rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getValues().flat().filter(Boolean)).toEqual(DEFAULT_CAMPAIGN.cadres.map((c) => c.name));

    setCadre(emu, 'tam-son', cadre('cb-04').name);
    expect(firstReminders(emu)).toContain(`09/09 Nhắc hạn → doan.tamson@example.org (cc ${cadre('cb-04').email})`);
  });

  test('a name that is no cadre’s is refused by setup, naming the row', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    setUp(emu, campaign);
    setCadre(emu, 'tam-son', 'Lê Minh Tuân');
    units(emu).getRange(rowOf(emu, 'tam-son'), column(emu, 'Mã cán bộ')).setValue('');
    const outcome = emu.run('setupFromCampaign_', '') as { kind: string; errors: string[] };
    expect(outcome.kind).toBe('invalidWorkbook');
    expect(outcome.errors).toEqual([
      `units[${rowOf(emu, 'tam-son') - 2}].cadre (đơn vị "Đoàn xã Tam Sơn", cán bộ đứng điểm; trang "Đơn vị", dòng ${rowOf(emu, 'tam-son')}, cột "Cán bộ đứng điểm"): ` +
        'không có cán bộ tên "Lê Minh Tuân" trong trang "Cán bộ": đề nghị chọn họ tên cán bộ đứng điểm trong danh sách của ô',
    ]);
  });

  test('a cadre renamed in Cán bộ keeps its units (the hidden id says who)', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    setUp(emu, campaign);
    const cadres = emu.spreadsheet.getSheetByName('Cán bộ')!;
    cadres.getRange(emu.values('Cán bộ').findIndex((row) => row[0] === 'cb-03') + 1, 2).setValue('Lê Minh Tuấn (Ủy viên BTV)');
    expect(firstReminders(emu)).toContain(`09/09 Nhắc hạn → doan.tamson@example.org (cc ${cadre('cb-03').email})`);
  });

  test('two cadres of one name: setup warns, and each unit keeps its own by the hidden id', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    const twins = { ...campaign, cadres: campaign.cadres.map((c) => (c.id === 'cb-04' ? { ...c, name: cadre('cb-03').name } : c)) };
    const outcome = emu.run('setupFromCampaign_', JSON.stringify(twins)) as { kind: string; cadreWarning: string | null };
    expect(outcome.kind).toBe('created');
    expect(outcome.cadreWarning).toContain(`"${cadre('cb-03').name}" (mã cb-03, cb-04)`);
    const reminders = firstReminders(emu);
    expect(reminders).toContain(`09/09 Nhắc hạn → doan.tamson@example.org (cc ${cadre('cb-03').email})`);
    expect(emu.mail.sent.filter((m) => m.to === 'doan.tamtra@example.org' && m.subject.includes('Nhắc hạn')).map((m) => m.cc)).toEqual([cadre('cb-04').email]);
  });

  test('a workbook set up before names and labels (ids in Cán bộ đứng điểm, no Mã cán bộ, Cấu hình as key | value | note) still reads', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    setUp(emu, campaign);
    units(emu).deleteColumn(column(emu, 'Mã cán bộ'));
    for (const unit of campaign.units) setCadre(emu, unit.id, unit.cadre);
    const config = emu.spreadsheet.getSheetByName('Cấu hình')!;
    config.deleteColumn(2);
    expect(emu.values('Cấu hình')[0]).toEqual(['Khóa', 'Giá trị', 'Ghi chú']);
    setCadre(emu, 'tam-son', 'cb-04');
    expect((emu.run('setupFromCampaign_', '') as { kind: string }).kind).toBe('extended');
    const dashboard = emu.run('getDashboard') as { deadline: { date: string }; units: { id: string; cadre: string }[] };
    expect(dashboard.deadline.date).toBe('12/09/2016');
    expect(dashboard.units.find((u) => u.id === 'tam-son')?.cadre).toBe('cb-04');
    expect(firstReminders(emu)).toContain(`09/09 Nhắc hạn → doan.tamson@example.org (cc ${cadre('cb-04').email})`);
  });
});

describe('Cấu hình: each key with its Vietnamese label', () => {
  test('setup writes Khóa | Mục | Giá trị | Ghi chú; a value the office edits in Giá trị is read', () => {
    const emu = emulatorWithHands(REMINDER_DAY);
    setUp(emu, campaign);
    const values = emu.values('Cấu hình');
    expect(values[0]).toEqual(['Khóa', 'Mục', 'Giá trị', 'Ghi chú']);
    expect(values.find((row) => row[0] === 'deadline')?.slice(0, 3)).toEqual(['deadline', 'Hạn nộp', '12/09/2016']);
    const row = values.findIndex((cells) => cells[0] === 'deadline') + 1;
    emu.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 3).setValue('15/09/2016');
    expect((emu.run('getDashboard') as { deadline: { date: string } }).deadline.date).toBe('15/09/2016');
  });
});
