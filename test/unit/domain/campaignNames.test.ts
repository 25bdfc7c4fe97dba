import { EMAIL_LIMIT, ID_LIMIT, RESERVED_SHEET_NAMES, SHEET_NAME_LIMIT, TEXT_LIMIT, validateCampaign, type Campaign } from '../../../src/domain/campaign';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { SHEET } from '../../../src/workbook/layout';
import { campaignFromSheets } from '../../../src/workbook/readCampaign';
import { SHEET_UNDER_CONSTRUCTION } from '../../../src/workbook/sheetBuilder';
import { SETUP_STAGING_SHEET } from '../../../src/workbook/sheets';
import { UNIT_TEMPLATE_SHEET } from '../../../src/workbook/unitTabTemplate';
import { CADRE_HEADERS, CONFIG_HEADERS, unitSheetHeaders } from '../../../src/workbook/layout';
import { configRows } from '../../../src/workbook/configSheet';
import { cadreRow, unitRow } from '../../../src/workbook/unitsSheet';

/** Issue 14, item 10: every name the platform would refuse is refused first, in Vietnamese, naming the unit and the field. */
const clone = (): Campaign => JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN)) as Campaign;

function errorsOf(campaign: unknown): string[] {
  const result = validateCampaign(campaign);
  if (result.ok) throw new Error('expected the campaign to be refused');
  return result.errors;
}

describe('unit short names (the tab names)', () => {
  test.each(['[', ']', '*', '?', '/', '\\', ':'])('%s anywhere in a short name is refused', (ch) => {
    const campaign = clone();
    campaign.units[5].short = `Tam${ch}Anh`;
    expect(errorsOf(campaign)).toEqual([
      `units[5].short (đơn vị "Đoàn xã Tam Anh Nam", tên viết tắt): tên viết tắt "Tam${ch}Anh" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó`,
    ]);
  });

  test('a line break or tab pasted into a short name is refused', () => {
    const campaign = clone();
    campaign.units[5].short = 'Tam Anh\tNam';
    expect(errorsOf(campaign)).toEqual([
      'units[5].short (đơn vị "Đoàn xã Tam Anh Nam", tên viết tắt): tên viết tắt "Tam Anh\tNam" chứa ký tự điều khiển (xuống dòng, tab…), tên trang tính không chứa được: đề nghị gõ lại tên trên một dòng',
    ]);
  });

  test(`a short name of ${SHEET_NAME_LIMIT} characters is a tab name; one more is refused, with its length and how to fix it`, () => {
    const campaign = clone();
    campaign.units[5].short = 'T'.repeat(SHEET_NAME_LIMIT);
    expect(validateCampaign(campaign).ok).toBe(true);
    campaign.units[5].short = 'T'.repeat(SHEET_NAME_LIMIT + 1);
    expect(errorsOf(campaign)).toEqual([
      'units[5].short (đơn vị "Đoàn xã Tam Anh Nam", tên viết tắt): dài 101 ký tự, quá 100 ký tự: đề nghị rút gọn còn tối đa 100 ký tự',
    ]);
  });

  test.each(['Đơn vị', 'don vi', 'TỔNG HỢP', 'Nhat ky nhan', 'mẫu trang đơn vị (tạm)', 'Thiết lập đang chạy (tạm)', '~ đang tạo ~', 'CAN BO'])(
    'a short name that is one of the product’s own sheets, whatever its accents or case, is refused: %s',
    (short) => {
      const campaign = clone();
      campaign.units[5].short = short;
      expect(errorsOf(campaign)).toEqual([
        `units[5].short (đơn vị "Đoàn xã Tam Anh Nam", tên viết tắt): tên viết tắt "${short}" trùng tên một trang tính của hệ thống (kể cả khác dấu, khác chữ hoa, chữ thường): đề nghị đặt tên khác`,
      ]);
    },
  );

  test('every sheet the workbook makes, the temporary ones included, is a reserved name', () => {
    const made = [...Object.values(SHEET), SETUP_STAGING_SHEET, UNIT_TEMPLATE_SHEET, SHEET_UNDER_CONSTRUCTION];
    expect([...RESERVED_SHEET_NAMES].sort()).toEqual([...made].sort());
  });
});

describe('uniqueness after accent and case folding', () => {
  test('two short names that differ only by accents or case are one tab name', () => {
    const campaign = clone();
    campaign.units[5].short = 'Tam Tra';
    campaign.units[6].short = 'TAM TRÀ';
    const tamTra = campaign.units.findIndex((u) => u.short === 'Tam Trà');
    expect(tamTra).toBeGreaterThan(6);
    expect(errorsOf(campaign)).toEqual([
      'units[6].short (đơn vị "Đoàn xã Tam Hòa", tên viết tắt): tên viết tắt (tên trang tính) "TAM TRÀ" trùng với "Tam Tra" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt tên viết tắt (tên trang tính) khác hẳn',
      `units[${tamTra}].short (đơn vị "Đoàn xã Tam Trà", tên viết tắt): tên viết tắt (tên trang tính) "Tam Trà" trùng với "Tam Tra" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt tên viết tắt (tên trang tính) khác hẳn`,
    ]);
  });

  test('two unit names that differ only by accents are refused (letters, the form and the log name units by name)', () => {
    const campaign = clone();
    campaign.units[5].name = 'Doan xa Tam Tra';
    const tamTra = campaign.units.findIndex((u) => u.name === 'Đoàn xã Tam Trà');
    expect(errorsOf(campaign)).toEqual([
      `units[${tamTra}].name (đơn vị "Đoàn xã Tam Trà", tên đơn vị): tên đơn vị "Đoàn xã Tam Trà" trùng với "Doan xa Tam Tra" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt tên đơn vị khác hẳn`,
    ]);
  });

  test('the same unit id twice is refused; an id with capitals or accents is not an id', () => {
    const campaign = clone();
    campaign.units[6].id = campaign.units[5].id;
    campaign.units[7].id = 'Tam-Hiệp';
    expect(errorsOf(campaign)).toEqual([
      'units[7].id (đơn vị "Đoàn xã Tam Hiệp", mã đơn vị): mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ tam-tra',
    ]);
    campaign.units[7].id = 'tam-hiep';
    expect(errorsOf(campaign)).toEqual([
      'units[6].id (đơn vị "Đoàn xã Tam Hòa", mã đơn vị): mã đơn vị "tam-anh-nam" bị trùng: mỗi mã đơn vị chỉ được dùng một lần',
    ]);
  });
});

describe('lengths a cell, a tab or a form title cannot take', () => {
  const long = 'Đoàn xã Tam Trà '.repeat(3750);

  test('a 60,000-character unit name names the unit by its short name, and says how long it is', () => {
    const campaign = clone();
    campaign.units[5].name = long;
    expect(errorsOf(campaign)).toEqual([
      `units[5].name (đơn vị "Tam Anh Nam", tên đơn vị): dài 59.999 ký tự, quá ${TEXT_LIMIT} ký tự: đề nghị rút gọn còn tối đa ${TEXT_LIMIT} ký tự`,
    ]);
  });

  test('ids, emails and the time zone have limits too (a 60,000-character id would pass the id pattern)', () => {
    const campaign = clone();
    campaign.units[5].id = 'a'.repeat(60_000);
    campaign.units[5].emails = [`${'b'.repeat(EMAIL_LIMIT)}@example.org`];
    campaign.cadres[0].email = `${'c'.repeat(60_000)}@example.org`;
    expect(errorsOf(campaign)).toEqual([
      'cadres[0].email (cán bộ "Nguyễn Văn Bình", email): dài 60.012 ký tự, quá 254 ký tự: đề nghị rút gọn còn tối đa 254 ký tự',
      `units[5].id (đơn vị "Đoàn xã Tam Anh Nam", mã đơn vị): dài 60.000 ký tự, quá ${ID_LIMIT} ký tự: đề nghị rút gọn còn tối đa ${ID_LIMIT} ký tự`,
      'units[5].emails[0] (đơn vị "Đoàn xã Tam Anh Nam", email): dài 266 ký tự, quá 254 ký tự: đề nghị rút gọn còn tối đa 254 ký tự',
    ]);
  });

  test('the cadre fields, the campaign’s own name, the office, the parent body and the signer', () => {
    const campaign = clone();
    campaign.name = long;
    campaign.office = long;
    campaign.parent = long;
    campaign.signer = { title: long, name: long };
    campaign.cadres[1].name = long;
    campaign.cadres[1].role = long;
    const tooLong = `dài 59.999 ký tự, quá ${TEXT_LIMIT} ký tự: đề nghị rút gọn còn tối đa ${TEXT_LIMIT} ký tự`;
    expect(errorsOf(campaign)).toEqual([
      `name (tên chiến dịch): ${tooLong}`,
      `office (tên cơ quan): ${tooLong}`,
      `parent (tên cơ quan cấp trên): ${tooLong}`,
      `signer.title (chức danh người ký): ${tooLong}`,
      `signer.name (họ tên người ký): ${tooLong}`,
      `cadres[1].name (cán bộ "cb-02", họ và tên): ${tooLong}`,
      `cadres[1].role (cán bộ "cb-02", chức vụ): ${tooLong}`,
    ]);
  });
});

describe('the same rules on the campaign the office edits in the workbook', () => {
  test('a short name edited in Đơn vị is refused with the cell to fix', () => {
    const units = [unitSheetHeaders(DEFAULT_CAMPAIGN), ...DEFAULT_CAMPAIGN.units.map((unit) => unitRow(unit))];
    units[6][2] = 'Tam Anh: Nam';
    units[7][1] = 'ĐOÀN XÃ TAM ANH NAM';
    const result = campaignFromSheets(
      { config: [[...CONFIG_HEADERS], ...configRows(DEFAULT_CAMPAIGN)], units, cadres: [[...CADRE_HEADERS], ...DEFAULT_CAMPAIGN.cadres.map(cadreRow)] },
      () => [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'units[6].name (đơn vị "ĐOÀN XÃ TAM ANH NAM", tên đơn vị; trang "Đơn vị", dòng 8, cột "Tên đơn vị"): tên đơn vị "ĐOÀN XÃ TAM ANH NAM" trùng với "Đoàn xã Tam Anh Nam" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt tên đơn vị khác hẳn',
      'units[5].short (đơn vị "Đoàn xã Tam Anh Nam", tên viết tắt; trang "Đơn vị", dòng 7, cột "Tên viết tắt"): tên viết tắt "Tam Anh: Nam" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó',
    ]);
  });
});
