import { parseCampaignJson, TEXT_LIMIT, validateCampaign, type Campaign } from '../../../src/domain/campaign';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';

const clone = (): Campaign => JSON.parse(JSON.stringify(DEFAULT_CAMPAIGN)) as Campaign;

function errorsOf(campaign: unknown): string[] {
  const result = validateCampaign(campaign);
  if (result.ok) throw new Error('expected the campaign to be refused');
  return result.errors;
}

describe('campaign file', () => {
  test('the built-in campaign is valid', () => {
    const result = validateCampaign(DEFAULT_CAMPAIGN);
    expect(result.ok).toBe(true);
  });

  test('a short name a tab cannot carry is refused with the character rule', () => {
    const campaign = clone();
    campaign.units[2].short = 'Tam Xuân I/II';
    expect(errorsOf(campaign)).toEqual([
      'units[2].short (đơn vị "Đoàn xã Tam Xuân II", tên viết tắt): tên viết tắt "Tam Xuân I/II" chứa ký tự không dùng được trong tên trang tính ([ ] * ? / \\ :): đề nghị bỏ hoặc thay ký tự đó',
    ]);
  });

  test('a short name that begins or ends with an apostrophe is refused, as Sheets refuses such a tab name', () => {
    const campaign = clone();
    campaign.units[2].short = "'Tam Xuân I";
    campaign.units[3].short = "Tam Tiến'";
    campaign.units[4].short = "Tam Sơn 'cũ'x";
    expect(errorsOf(campaign)).toEqual([
      `units[2].short (đơn vị "Đoàn xã Tam Xuân II", tên viết tắt): tên viết tắt "'Tam Xuân I" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('), tên trang tính không được như vậy: đề nghị bỏ dấu nháy`,
      `units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): tên viết tắt "Tam Tiến'" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('), tên trang tính không được như vậy: đề nghị bỏ dấu nháy`,
    ]);
  });

  test('a name longer than any cell or form title should hold is refused before anything is written', () => {
    const campaign = clone();
    campaign.units[1].name = 'Đoàn xã '.repeat(7500);
    campaign.units[1].chapters[0] = 'x'.repeat(TEXT_LIMIT + 1);
    campaign.units[1].chapters[1] = 'y'.repeat(TEXT_LIMIT);
    expect(errorsOf(campaign)).toEqual([
      `units[1].name (đơn vị "Tam Xuân I", tên đơn vị): dài 59.999 ký tự, quá ${TEXT_LIMIT} ký tự: đề nghị rút gọn còn tối đa ${TEXT_LIMIT} ký tự`,
      `units[1].chapters[0] (đơn vị "Tam Xuân I", tên Chi đoàn): dài 301 ký tự, quá ${TEXT_LIMIT} ký tự: đề nghị rút gọn còn tối đa ${TEXT_LIMIT} ký tự`,
    ]);
  });

  test('a malformed email names its field', () => {
    const campaign = clone();
    campaign.units[3].emails = ['doan.tamtien@@gmail'];
    expect(errorsOf(campaign)).toEqual(['units[3].emails[0] (đơn vị "Đoàn xã Tam Tiến", email): không phải địa chỉ email hợp lệ (ví dụ đúng: doanxa@gmail.com)']);
  });

  test('a duplicate unit id, an unknown cadre and a deadline before the start are all reported', () => {
    const campaign = clone();
    campaign.units[5].id = campaign.units[2].id;
    campaign.units[7].cadre = 'cb-99';
    campaign.deadline = '2016-08-01';
    expect(errorsOf(campaign)).toEqual([
      'deadline (hạn nộp): hạn nộp 2016-08-01 sớm hơn ngày bắt đầu 2016-08-26: hạn nộp phải từ ngày bắt đầu trở đi',
      'units[5].id (đơn vị "Đoàn xã Tam Anh Nam", mã đơn vị): mã đơn vị "tam-xuan-2" bị trùng: mỗi mã đơn vị chỉ được dùng một lần',
      'units[7].cadre (đơn vị "Đoàn xã Tam Hiệp", cán bộ đứng điểm): không có cán bộ mã "cb-99" trong danh sách cán bộ (cadres)',
    ]);
  });

  test('an unknown scale and a bad period code', () => {
    const campaign = clone() as unknown as Record<string, unknown>;
    campaign.scale = 'new';
    campaign.periods = [{ code: '2016-Q1', label: 'quý 1' }];
    expect(errorsOf(campaign)).toEqual([
      'scale (thang xếp loại): chỉ nhận một trong các giá trị: legacy, current',
      'periods[0].code (kỳ xếp loại): mã kỳ xếp loại phải là năm (2015), 6 tháng đầu năm (2016-H1) hoặc 6 tháng cuối năm (2016-H2)',
    ]);
  });

  test('missing fields, wrong types, impossible dates and unknown keys', () => {
    const campaign = clone() as unknown as Record<string, unknown>;
    delete campaign.officeEmail;
    campaign.start = '2016-02-30';
    campaign.reminders = { before: [3], after: [1], hour: '7' };
    campaign.deadLine = '2016-09-12';
    expect(errorsOf(campaign)).toEqual([
      'officeEmail (email của cơ quan): thiếu thông tin bắt buộc',
      'start (ngày bắt đầu): không phải ngày hợp lệ: cần viết theo dạng năm-tháng-ngày, ví dụ 2016-09-12',
      'reminders.hour (lịch nhắc hạn): sai kiểu dữ liệu: cần số',
      'có trường không được hỗ trợ: deadLine (kiểm tra lại chính tả)',
    ]);
  });

  test('two units may not share a tab name, nor take a system sheet name', () => {
    const campaign = clone();
    campaign.units[3].short = 'tam xuân i';
    campaign.units[2].short = 'Tổng hợp';
    const errors = errorsOf(campaign);
    expect(errors).toEqual([
      'units[3].short (đơn vị "Đoàn xã Tam Tiến", tên viết tắt): tên viết tắt (tên trang tính) "tam xuân i" trùng với "Tam Xuân I" (chỉ khác dấu hoặc chữ hoa, chữ thường, hệ thống coi là một): đề nghị đặt tên viết tắt (tên trang tính) khác hẳn',
      'units[2].short (đơn vị "Đoàn xã Tam Xuân II", tên viết tắt): tên viết tắt "Tổng hợp" trùng tên một trang tính của hệ thống (kể cả khác dấu, khác chữ hoa, chữ thường): đề nghị đặt tên khác',
    ]);
  });

  test('a pilot chapter must be one of its unit chapters', () => {
    const campaign = clone();
    campaign.pilots[0].chapter = 'Chi đoàn Không Có';
    expect(errorsOf(campaign)).toEqual(['pilots[0].chapter (điểm chỉ đạo): Đoàn xã Tam Trà không có "Chi đoàn Không Có" trong danh sách Chi đoàn']);
  });

  test('text that is not JSON', () => {
    const result = parseCampaignJson('{ "name": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^nội dung không phải JSON hợp lệ \(.+\): đề nghị dán nguyên văn tệp chiến dịch/);
  });
});

describe('the built-in 2016 Núi Thành campaign', () => {
  const c = DEFAULT_CAMPAIGN;
  test('follows the plan', () => {
    expect(c.officeEmail).toBe('huyendoannuithanh09@gmail.com');
    expect([c.start, c.deadline, c.scale]).toEqual(['2016-08-26', '2016-09-12', 'legacy']);
    expect(c.periods.map((p) => p.code)).toEqual(['2015', '2016-H1']);
    expect(c.cadres).toHaveLength(4);
    const communes = c.units.filter((u) => u.kind === 'commune').map((u) => u.short);
    expect(communes.sort()).toEqual(
      ['Tam Xuân I', 'Tam Xuân II', 'Tam Tiến', 'Tam Sơn', 'Tam Thạnh', 'Tam Anh Bắc', 'Tam Anh Nam', 'Tam Hòa', 'Tam Hiệp', 'Tam Hải', 'Tam Giang', 'Tam Quang', 'Tam Nghĩa', 'Tam Mỹ Tây', 'Tam Mỹ Đông', 'Tam Trà'].sort(),
    );
    expect(c.units.filter((u) => u.kind === 'town').map((u) => u.short)).toEqual(['TT Núi Thành']);
    expect(c.units.filter((u) => u.kind === 'school').map((u) => u.short)).toContain('THPT Núi Thành');
    expect(c.units.filter((u) => u.kind === 'school')).toHaveLength(3);
    expect(c.units.filter((u) => u.kind === 'direct')).toHaveLength(3);
    expect(c.pilots).toEqual([
      { unit: 'tam-tra', chapter: 'Chi đoàn Xuân Thọ', month: '2016-09' },
      { unit: 'tam-son', chapter: 'Chi đoàn Thuận Yên Đông', month: '2016-09' },
    ]);
  });

  test('sample addresses use the reserved example.org domain', () => {
    const addresses = [...c.units.flatMap((u) => u.emails), ...c.cadres.map((x) => x.email)];
    expect(addresses.every((a) => a.endsWith('@example.org'))).toBe(true);
  });
});

describe('any level since 1/7/2025: office and parent, or their 2016 names', () => {
  const { office, parent, ...rest } = DEFAULT_CAMPAIGN;

  test('a 2016 file names the office district and its parent province, and reads the same', () => {
    const result = validateCampaign({ ...rest, district: office, province: parent });
    expect(result).toEqual({ ok: true, campaign: DEFAULT_CAMPAIGN });
  });

  test('office and parent win over their 2016 names; parentEmail, ward, special, formerly and visits are accepted', () => {
    const units = [
      { ...rest.units[0], kind: 'ward', formerly: ['tam-tra', 'Đoàn xã Tam Sơn'] },
      { ...rest.units[1], kind: 'special' },
      ...rest.units.slice(2),
    ];
    const result = validateCampaign({ ...rest, units, office: 'Đoàn xã Núi Thành', district: 'Huyện đoàn Núi Thành', parent: 'Thành Đoàn Đà Nẵng', parentEmail: 'thanhdoan@example.org', visits: { reportDays: 3 } });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.campaign).toMatchObject({ office: 'Đoàn xã Núi Thành', parent: 'Thành Đoàn Đà Nẵng', parentEmail: 'thanhdoan@example.org', visits: { reportDays: 3 } });
    expect(result.campaign).not.toHaveProperty('district');
    expect(result.campaign.units[0]).toMatchObject({ kind: 'ward', formerly: ['tam-tra', 'Đoàn xã Tam Sơn'] });
  });

  test('without the office named either way, the office is told which field to fill', () => {
    const result = validateCampaign(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/office \(tên cơ quan\).*chưa có tên cơ quan tổ chức thu thập/);
  });

  test('without a parent, the campaign is valid and its parent is empty', () => {
    const result = validateCampaign({ ...rest, office });
    expect(result.ok && result.campaign.parent).toBe('');
  });

  test('reportDays outside 1–30 is refused', () => {
    expect(validateCampaign({ ...rest, office, visits: { reportDays: 0 } }).ok).toBe(false);
  });
});
