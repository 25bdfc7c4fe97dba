import { assessUnit, type ChapterRecord } from '../../../src/domain/unitStatus';
import { cadreDigestEmail, digestEmail, overdueEmail, receiptEmail, rejectionEmail, reminderEmail } from '../../../src/ui/email';
import { percent } from '../../../src/ui/email/ratingTotals';
import { CAMPAIGN, FORM_LINK, MISSING, SIGNATURE_AND_FOOTER, TAM_TRA } from './fixtures';

const PLAN =
  'Thực hiện Kế hoạch “Đi cơ sở xây dựng phong trào năm 2016” của Ban Thường vụ Huyện đoàn Núi Thành, các cơ sở Đoàn nộp bảng xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016, đồng thời đăng ký đảm nhận xây dựng “Chi đoàn mạnh”, hỗ trợ, giúp đỡ Chi đoàn, về Văn phòng Huyện đoàn chậm nhất ngày 12/09/2016.';
const REPLY =
  'Trả lời thư này (gửi về địa chỉ huyendoannuithanh09@gmail.com), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.';

const lines = (...parts: string[]) => [...parts, ...SIGNATURE_AND_FOOTER].join('\n');

describe('Nhắc hạn', () => {
  test('before the deadline: còn N ngày, exactly what is missing, the form link and the office address', () => {
    const email = reminderEmail({ campaign: CAMPAIGN, unit: TAM_TRA, missing: MISSING, formLink: FORM_LINK, cadre: { name: 'Phạm Thị Kim Oanh' }, today: '2016-09-09' });
    expect(email.subject).toEqual('[Đi cơ sở] Nhắc hạn nộp bảng xếp loại Chi đoàn – Đoàn xã Tam Trà (hạn 12/09/2016)');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Ban Thường vụ Đoàn xã Tam Trà',
        '',
        PLAN,
        '',
        'Đến ngày 09/09/2016, còn 3 ngày đến hạn nộp, Văn phòng Huyện đoàn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:',
        '',
        '1. Xếp loại năm 2015: còn thiếu 02/05 Chi đoàn: Chi đoàn thôn Đồng Làng, Chi đoàn thôn Tú Nghĩa.',
        '2. Xếp loại 6 tháng đầu năm 2016: chưa nộp (chưa có Chi đoàn nào trong 05 Chi đoàn được xếp loại).',
        '3. Đăng ký: đơn vị chưa đăng ký đảm nhận xây dựng ít nhất 01 “Chi đoàn mạnh” và hỗ trợ, giúp đỡ 01–02 Chi đoàn có kết quả xếp loại thấp nhất.',
        '',
        'Đề nghị đơn vị bổ sung các nội dung trên chậm nhất ngày 12/09/2016, theo một trong hai cách sau:',
        '',
        `1. Điền biểu mẫu trực tuyến dành riêng cho đơn vị: ${FORM_LINK}`,
        `2. ${REPLY}`,
        '',
        'Trường hợp đơn vị đã gửi trong ngày hôm nay, đề nghị bỏ qua thư này.',
        '',
      ),
    );
    expect(email.html).toContain(`<a href="${FORM_LINK}" style="color:#1a56b0">Mở biểu mẫu của đơn vị</a>`);
  });

  test('on the deadline day itself', () => {
    const email = reminderEmail({ campaign: CAMPAIGN, unit: TAM_TRA, missing: MISSING, formLink: null, cadre: null, today: '2016-09-12' });
    expect(email.text).toContain(
      'Hôm nay (12/09/2016) là ngày cuối cùng của hạn nộp, Văn phòng Huyện đoàn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:',
    );
    expect(email.text).toContain(
      'Đề nghị đơn vị bổ sung các nội dung trên chậm nhất ngày 12/09/2016: trả lời thư này (gửi về địa chỉ huyendoannuithanh09@gmail.com), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.',
    );
    expect(email.html).not.toContain('<a ');
  });

  test('a Chi đoàn trực thuộc is addressed to its Ban Chấp hành', () => {
    const email = reminderEmail({ campaign: CAMPAIGN, unit: { name: 'Chi đoàn Cơ quan Khối Dân - Chính - Đảng huyện' }, missing: MISSING, formLink: null, cadre: null, today: '2016-09-09' });
    expect(email.text.split('\n')[0]).toBe('Kính gửi: Ban Chấp hành Chi đoàn Cơ quan Khối Dân - Chính - Đảng huyện');
  });
});

describe('Quá hạn', () => {
  test('after the deadline: đã quá hạn N ngày, an unknown chapter list as rated/total, registration problems, the cadre', () => {
    const email = overdueEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      missing: {
        periods: [{ code: '2016-H1', rated: 3, total: 5, missing: [] }],
        registration: { state: 'invalid', build: [], support: ['A', 'B', 'C'], problems: ['noBuild', 'tooManySupport'], notLowest: [] },
      },
      formLink: null,
      cadre: { name: 'Phạm Thị Kim Oanh' },
      today: '2016-09-15',
    });
    expect(email.subject).toEqual('[Đi cơ sở] Quá hạn nộp bảng xếp loại Chi đoàn – Đoàn xã Tam Trà (hạn 12/09/2016)');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Ban Thường vụ Đoàn xã Tam Trà',
        '',
        PLAN,
        '',
        'Đến ngày 15/09/2016, đơn vị đã quá hạn nộp 3 ngày (hạn nộp ngày 12/09/2016), Văn phòng Huyện đoàn vẫn chưa nhận đủ hồ sơ của đơn vị. Cụ thể còn thiếu:',
        '',
        '1. Xếp loại 6 tháng đầu năm 2016: mới có 03/05 Chi đoàn được xếp loại.',
        '2. Đăng ký chưa hợp lệ: chưa chọn Chi đoàn đảm nhận xây dựng “Chi đoàn mạnh” (cần ít nhất 01 Chi đoàn); đăng ký hỗ trợ 03 Chi đoàn (A, B, C), nhiều hơn 02 Chi đoàn theo kế hoạch.',
        '',
        'Đề nghị đơn vị khẩn trương bổ sung các nội dung trên: trả lời thư này (gửi về địa chỉ huyendoannuithanh09@gmail.com), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư.',
        '',
        'Trường hợp có khó khăn, vướng mắc, đề nghị đơn vị liên hệ đồng chí Phạm Thị Kim Oanh, cán bộ Huyện đoàn đứng điểm tại đơn vị, hoặc Văn phòng Huyện đoàn.',
        '',
      ),
    );
  });

  test('each registration problem and a unit without any chapter list', () => {
    const email = overdueEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      missing: {
        periods: [{ code: '2015', rated: 0, total: 0, missing: [] }],
        registration: { state: 'invalid', build: ['A'], support: [], problems: ['noSupport'], notLowest: [] },
      },
      formLink: FORM_LINK,
      cadre: null,
      today: '2016-09-13',
    });
    expect(email.text).toContain(
      '1. Xếp loại năm 2015: Văn phòng Huyện đoàn chưa có danh sách Chi đoàn của đơn vị; đề nghị gửi bảng xếp loại đủ tất cả các Chi đoàn.\n' +
        '2. Đăng ký chưa hợp lệ: chưa chọn Chi đoàn hỗ trợ, giúp đỡ (cần 01–02 Chi đoàn).',
    );
    expect(email.text).toContain('đã quá hạn nộp 1 ngày');
    expect(email.text).toContain('Đề nghị đơn vị khẩn trương bổ sung các nội dung trên, theo một trong hai cách sau:');
    expect(email.text).toContain('Trường hợp có khó khăn, vướng mắc, đề nghị đơn vị liên hệ Văn phòng Huyện đoàn.');
  });
});

describe('Tổng hợp', () => {
  const none = { periods: [], registration: null };
  test('counts, then units by cluster (late first, with what they owe) and by cadre', () => {
    const email = digestEmail({
      campaign: CAMPAIGN,
      today: '2016-09-13',
      cadres: [
        { id: 'cb-01', name: 'Nguyễn Văn Bình' },
        { id: 'cb-04', name: 'Phạm Thị Kim Oanh' },
      ],
      units: [
        { unit: { id: 'tt-nui-thanh', name: 'Đoàn thị trấn Núi Thành', cluster: 'Cụm 1', cadre: 'cb-01' }, complete: true, missing: none },
        { unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà', cluster: 'Cụm 4', cadre: 'cb-04' }, complete: false, missing: MISSING },
        {
          unit: { id: 'tam-tien', name: 'Đoàn xã Tam Tiến', cluster: 'Cụm 1', cadre: 'cb-01' },
          complete: false,
          missing: {
            periods: [{ code: '2015', rated: 0, total: 0, missing: [] }],
            registration: { state: 'invalid', build: [], support: [], problems: ['noSupport'], notLowest: [] },
          },
        },
        { unit: { id: 'tam-my-tay', name: 'Đoàn xã Tam Mỹ Tây', cluster: 'Cụm 4', cadre: 'cb-04' }, complete: true, missing: none },
        { unit: { id: 'ca-huyen', name: 'Đoàn cơ sở Công an huyện', cluster: '', cadre: 'cb-09' }, complete: true, missing: none },
      ],
    });
    expect(email.subject).toEqual('[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày 13/09/2016 (3/5 đơn vị đã nộp đủ)');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Văn phòng Huyện đoàn',
        '',
        'Tình hình các cơ sở Đoàn nộp bảng xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016, đăng ký xây dựng, hỗ trợ Chi đoàn theo Kế hoạch “Đi cơ sở xây dựng phong trào năm 2016” (hạn nộp ngày 12/09/2016) đến ngày 13/09/2016, đã quá hạn 1 ngày, như sau:',
        '',
        '- Đã nộp đủ: 3/5 đơn vị.',
        '- Chưa nộp đủ: 2/5 đơn vị.',
        '',
        'I. Theo cụm thi đua',
        '',
        'Cụm 1: đã nộp đủ 1/2 đơn vị',
        '',
        '1. Đoàn xã Tam Tiến: Chưa đủ: năm 2015 chưa có danh sách Chi đoàn; đăng ký chưa hợp lệ',
        '2. Đoàn thị trấn Núi Thành: Đã nộp đủ',
        '',
        'Cụm 4: đã nộp đủ 1/2 đơn vị',
        '',
        '1. Đoàn xã Tam Trà: Chưa đủ: năm 2015 còn thiếu 2/5 Chi đoàn; 6 tháng đầu năm 2016 chưa nộp; chưa đăng ký xây dựng, hỗ trợ',
        '2. Đoàn xã Tam Mỹ Tây: Đã nộp đủ',
        '',
        '(Chưa phân cụm): đã nộp đủ 1/1 đơn vị',
        '',
        '1. Đoàn cơ sở Công an huyện: Đã nộp đủ',
        '',
        'II. Theo cán bộ đứng điểm',
        '',
        '- Nguyễn Văn Bình: chưa đủ 1 đơn vị (Đoàn xã Tam Tiến); đã đủ 1 đơn vị (Đoàn thị trấn Núi Thành).',
        '- Phạm Thị Kim Oanh: chưa đủ 1 đơn vị (Đoàn xã Tam Trà); đã đủ 1 đơn vị (Đoàn xã Tam Mỹ Tây).',
        '- (Cán bộ mã “cb-09” không có trong danh sách): không có đơn vị chưa nộp đủ; đã đủ 1 đơn vị (Đoàn cơ sở Công an huyện).',
        '',
        'Đề nghị các đồng chí cán bộ đứng điểm đôn đốc các đơn vị chưa nộp đủ hoàn thành trong thời gian sớm nhất.',
        '',
      ),
    );
    // The HTML lists each cluster as a table, one row per unit.
    expect(email.html.match(/<table /g)).toHaveLength(3);
    expect(email.html).toContain('<strong>Cụm 1: đã nộp đủ 1/2 đơn vị</strong>');
  });

  test('every unit complete', () => {
    const email = digestEmail({
      campaign: CAMPAIGN,
      today: '2016-09-19',
      cadres: [{ id: 'cb-01', name: 'Nguyễn Văn Bình' }],
      units: [{ unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà', cluster: 'Cụm 4', cadre: 'cb-01' }, complete: true, missing: none }],
    });
    expect(email.subject).toBe('[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn đến ngày 19/09/2016 (1/1 đơn vị đã nộp đủ)');
    expect(email.text).toContain('đã quá hạn 7 ngày');
    expect(email.text).toContain('- Nguyễn Văn Bình: không có đơn vị chưa nộp đủ; đã đủ 1 đơn vị (Đoàn xã Tam Trà).');
    expect(email.text).toContain('Tất cả các đơn vị đã nộp đủ bảng xếp loại và đăng ký hợp lệ.');
    // No unit's ratings known: no totals section.
    expect(email.text).not.toContain('Kết quả xếp loại');
  });

  // Per period: Vững mạnh, Khá, Trung bình, Yếu, then unrated.
  const ratings = (a: number[], b: number[]) => [
    { counts: a.slice(0, 4), unrated: a[4] },
    { counts: b.slice(0, 4), unrated: b[4] },
  ];

  test('the office’s totals per period over all units: figures over the chapters, with percentages', () => {
    const email = digestEmail({
      campaign: CAMPAIGN,
      today: '2016-09-13',
      cadres: [{ id: 'cb-01', name: 'Nguyễn Văn Bình' }],
      units: [
        { unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà', cluster: 'Cụm 4', cadre: 'cb-01' }, complete: true, missing: none, ratings: ratings([1, 2, 1, 1, 0], [2, 2, 0, 1, 0]) },
        { unit: { id: 'tam-son', name: 'Đoàn xã Tam Sơn', cluster: 'Cụm 4', cadre: 'cb-01' }, complete: false, missing: MISSING, ratings: ratings([0, 0, 0, 0, 3], [0, 1, 0, 0, 2]) },
      ],
    });
    expect(email.text).toContain(
      [
        'III. Kết quả xếp loại Chi đoàn theo từng kỳ',
        '',
        'Số Chi đoàn theo từng mức xếp loại trên tổng số 8 Chi đoàn, theo số liệu đã nhận:',
        '',
        '1. Vững mạnh: năm 2015: 1/8 (12,5%); 6 tháng đầu năm 2016: 2/8 (25%)',
        '2. Khá: năm 2015: 2/8 (25%); 6 tháng đầu năm 2016: 3/8 (37,5%)',
        '3. Trung bình: năm 2015: 1/8 (12,5%); 6 tháng đầu năm 2016: 0/8 (0%)',
        '4. Yếu: năm 2015: 1/8 (12,5%); 6 tháng đầu năm 2016: 1/8 (12,5%)',
        '5. Chưa xếp loại: năm 2015: 3/8 (37,5%); 6 tháng đầu năm 2016: 2/8 (25%)',
      ].join('\n'),
    );
    expect(email.text).toMatch(/^I\. Theo cụm thi đua$/m);
    expect(email.text).toMatch(/^II\. Theo cán bộ đứng điểm$/m);
    expect(email.html).toContain('<th style="');
    expect(email.html).toContain('>Mức xếp loại</th>');
    expect(percent(1, 3)).toBe('33,3%');
    expect(percent(0, 0)).toBe('0%');
  });

  test('a cadre’s own digest: only their units, late first with what is missing, their chapters’ totals, addressed to them', () => {
    const email = cadreDigestEmail({
      campaign: CAMPAIGN,
      today: '2016-09-15',
      cadre: { name: 'Phạm Thị Kim Oanh' },
      units: [
        { unit: { id: 'tam-my-tay', name: 'Đoàn xã Tam Mỹ Tây', cluster: 'Cụm 4', cadre: 'cb-04' }, complete: true, missing: none, ratings: ratings([2, 1, 0, 0, 0], [1, 2, 0, 0, 0]) },
        { unit: { id: 'tam-tra', name: 'Đoàn xã Tam Trà', cluster: 'Cụm 4', cadre: 'cb-04' }, complete: false, missing: MISSING, ratings: ratings([1, 1, 1, 0, 2], [0, 0, 0, 0, 5]) },
      ],
    });
    expect(email.subject).toBe('[Đi cơ sở] Tổng hợp tình hình nộp bảng xếp loại Chi đoàn của các đơn vị đồng chí đứng điểm đến ngày 15/09/2016 (1/2 đơn vị đã nộp đủ)');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Đồng chí Phạm Thị Kim Oanh, cán bộ đứng điểm',
        '',
        'Tình hình các đơn vị đồng chí đứng điểm nộp bảng xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016, đăng ký xây dựng, hỗ trợ Chi đoàn theo Kế hoạch “Đi cơ sở xây dựng phong trào năm 2016” (hạn nộp ngày 12/09/2016) đến ngày 15/09/2016, đã quá hạn 3 ngày, như sau:',
        '',
        '- Đã nộp đủ: 1/2 đơn vị.',
        '- Chưa nộp đủ: 1/2 đơn vị.',
        '',
        'I. Tình hình từng đơn vị',
        '',
        '1. Đoàn xã Tam Trà: Chưa đủ: năm 2015 còn thiếu 2/5 Chi đoàn; 6 tháng đầu năm 2016 chưa nộp; chưa đăng ký xây dựng, hỗ trợ',
        '2. Đoàn xã Tam Mỹ Tây: Đã nộp đủ',
        '',
        'II. Kết quả xếp loại Chi đoàn theo từng kỳ',
        '',
        'Số Chi đoàn theo từng mức xếp loại trên tổng số 8 Chi đoàn, theo số liệu đã nhận:',
        '',
        '1. Vững mạnh: năm 2015: 3/8 (37,5%); 6 tháng đầu năm 2016: 1/8 (12,5%)',
        '2. Khá: năm 2015: 2/8 (25%); 6 tháng đầu năm 2016: 2/8 (25%)',
        '3. Trung bình: năm 2015: 1/8 (12,5%); 6 tháng đầu năm 2016: 0/8 (0%)',
        '4. Yếu: năm 2015: 0/8 (0%); 6 tháng đầu năm 2016: 0/8 (0%)',
        '5. Chưa xếp loại: năm 2015: 2/8 (25%); 6 tháng đầu năm 2016: 5/8 (62,5%)',
        '',
        'Đề nghị đồng chí đôn đốc các đơn vị chưa nộp đủ hoàn thành trong thời gian sớm nhất.',
        '',
      ),
    );
    expect(email.text).not.toMatch(/\b0\d\/0\d\b/);
  });
});

const chapter = (name: string, a: string | null, b: string | null, registration: ChapterRecord['registration'], members: number | null = null) =>
  ({ name, members, ratings: { '2015': a, '2016-H1': b }, registration }) as ChapterRecord;

describe('Xác nhận', () => {
  test('what was recorded, what was not understood, the registration check with its warning, what is still missing', () => {
    const chapters = [
      chapter('Chi đoàn Xuân Thọ', 'VUNG_MANH', 'KHA', 'BUILD_STRONG', 24),
      chapter('Chi đoàn thôn Đồng Làng', 'KHA', 'KHA', 'SUPPORT'),
      chapter('Chi đoàn thôn Tú Nghĩa', 'YEU', 'TRUNG_BINH', null),
      chapter('Chi đoàn thôn Phước Trà Mới', 'YEU', null, null),
    ];
    const email = receiptEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-0809-03',
      channel: 'Email',
      receivedDay: '2016-09-08',
      today: '2016-09-08',
      merge: {
        recorded: [
          { name: 'Chi đoàn Xuân Thọ', isNew: false, members: 24, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'KHA' }, registration: 'BUILD_STRONG' },
          { name: 'Chi đoàn thôn Đồng Làng', isNew: false, members: null, ratings: { '2015': 'KHA', '2016-H1': 'KHA' }, registration: 'SUPPORT' },
          { name: 'Chi đoàn thôn Phước Trà Mới', isNew: true, members: null, ratings: { '2015': 'YEU' }, registration: null },
        ],
        ignoredPeriods: ['2014'],
        wrongScale: [['Chi đoàn thôn Phước Trà Mới', '2016-H1', 'HTTNV']],
      },
      warnings: ['Dòng 6: không đọc được xếp loại “Tốt” của Chi đoàn thôn Dương Trà.'],
      progress: assessUnit(chapters, ['2015', '2016-H1']),
      formLink: FORM_LINK,
    });
    expect(email.subject).toEqual('[Đi cơ sở] Xác nhận đã nhận bảng xếp loại Chi đoàn – Đoàn xã Tam Trà');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Ban Thường vụ Đoàn xã Tam Trà',
        '',
        'Văn phòng Huyện đoàn đã nhận bảng xếp loại Chi đoàn của đơn vị gửi qua email ngày 08/09/2016. Số hiệu: TT-0809-03.',
        '',
        'I. Nội dung đã ghi nhận',
        '',
        'Đã ghi vào bảng theo dõi 03 Chi đoàn như sau:',
        '',
        '1. Chi đoàn Xuân Thọ: Số đoàn viên: 24; Xếp loại năm 2015: Vững mạnh; Xếp loại 6 tháng đầu năm 2016: Khá; Đăng ký: Xây dựng Chi đoàn mạnh',
        '2. Chi đoàn thôn Đồng Làng: Số đoàn viên: —; Xếp loại năm 2015: Khá; Xếp loại 6 tháng đầu năm 2016: Khá; Đăng ký: Hỗ trợ',
        '3. Chi đoàn thôn Phước Trà Mới (Chi đoàn mới, đã thêm vào danh sách): Số đoàn viên: —; Xếp loại năm 2015: Yếu; Xếp loại 6 tháng đầu năm 2016: —; Đăng ký: —',
        '',
        'Nếu cần sửa, đơn vị chỉ cần gửi lại các Chi đoàn cần sửa; nội dung gửi sau sẽ thay nội dung gửi trước.',
        '',
        'II. Nội dung chưa ghi nhận được',
        '',
        '- Dòng 6: không đọc được xếp loại “Tốt” của Chi đoàn thôn Dương Trà.',
        '- Xếp loại năm 2014: không thuộc các kỳ cần báo cáo đợt này (năm 2015 và 6 tháng đầu năm 2016), không ghi.',
        '- Chi đoàn thôn Phước Trà Mới, xếp loại 6 tháng đầu năm 2016: “Hoàn thành tốt nhiệm vụ” thuộc thang xếp loại khác, chưa ghi; đợt này xếp loại theo các mức Vững mạnh, Khá, Trung bình, Yếu.',
        '',
        'Đề nghị đơn vị kiểm tra và gửi lại các nội dung trên.',
        '',
        'III. Đăng ký xây dựng và hỗ trợ Chi đoàn',
        '',
        'Đăng ký hợp lệ.',
        '',
        '- Đảm nhận xây dựng “Chi đoàn mạnh”: Chi đoàn Xuân Thọ.',
        '- Hỗ trợ, giúp đỡ: Chi đoàn thôn Đồng Làng.',
        '',
        'Lưu ý: Chi đoàn thôn Đồng Làng không thuộc nhóm Chi đoàn có kết quả xếp loại thấp nhất của đơn vị. Kế hoạch đề nghị hỗ trợ các Chi đoàn xếp loại thấp nhất; đăng ký vẫn được ghi nhận, đề nghị đơn vị xem xét lại.',
        '',
        'IV. Tình hình nộp của đơn vị',
        '',
        'Đơn vị còn thiếu:',
        '',
        '1. Xếp loại 6 tháng đầu năm 2016: còn thiếu 01/04 Chi đoàn: Chi đoàn thôn Phước Trà Mới.',
        '',
        'Đề nghị đơn vị bổ sung các nội dung trên chậm nhất ngày 12/09/2016, theo một trong hai cách sau:',
        '',
        `1. Điền biểu mẫu trực tuyến dành riêng cho đơn vị: ${FORM_LINK}`,
        `2. ${REPLY}`,
        '',
      ),
    );
    expect(email.html).toContain('Số hiệu: TT-0809-03.');
    expect(email.html).not.toMatch(/&lt;[^&]*@[^&]*&gt;/);
  });

  test('what it did not change because a later value is recorded, and the look-alike chapters left for the office', () => {
    const chapters = [chapter('Chi đoàn Xuân Thọ', 'TRUNG_BINH', 'KHA', 'BUILD_STRONG', 30), chapter('Chi đoàn thôn Đồng Làng', 'YEU', null, 'SUPPORT')];
    const form = { at: Date.UTC(2016, 8, 11, 3, 5), key: '2_ABCDEF', kind: 'Form' };
    const email = receiptEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-0809-01',
      channel: 'Email',
      receivedDay: '2016-09-10',
      today: '2016-09-11',
      merge: {
        recorded: [{ name: 'Chi đoàn thôn Đồng Làng', isNew: false, members: null, ratings: { '2015': 'YEU' }, registration: null }],
        ignoredPeriods: [],
        wrongScale: [],
        held: [{ reported: { name: 'Chi đoàn Xuan Thoo', members: null, ratings: { '2015': 'KHA' }, registration: null }, suggestion: 'Chi đoàn Xuân Thọ' }],
      },
      kept: [
        { value: { chapter: 'Chi đoàn Xuân Thọ', field: { kind: 'rating', period: '2015' }, current: 'TRUNG_BINH', recorded: form, sameTime: false }, time: '10:05', day: '2016-09-11' },
        { value: { chapter: 'Chi đoàn Xuân Thọ', field: { kind: 'members' }, current: 30, recorded: form, sameTime: false }, time: '10:05', day: '2016-09-11' },
        { value: { chapter: null, field: { kind: 'registration' }, current: null, recorded: { ...form, kind: 'Thủ công' }, sameTime: true }, time: '10:05', day: '2016-09-11' },
      ],
      warnings: [],
      progress: assessUnit(chapters, ['2015', '2016-H1']),
      formLink: null,
    });
    const section = email.text.slice(email.text.indexOf('II. Nội dung chưa ghi nhận được'), email.text.indexOf('III. '));
    expect(section).toBe(
      [
        'II. Nội dung chưa ghi nhận được',
        '',
        '- “Chi đoàn Xuan Thoo”: chưa ghi, vì tên này không có trong danh sách Chi đoàn của đơn vị và gần giống Chi đoàn Xuân Thọ; Văn phòng Huyện đoàn sẽ kiểm tra, đối chiếu với Chi đoàn Xuân Thọ rồi ghi nội dung đơn vị đã gửi.',
        '- Chi đoàn Xuân Thọ, xếp loại năm 2015: chưa thay đổi (giữ “Trung bình”), vì đã có kết quả mới hơn nhận lúc 10:05 ngày 11/09/2016 qua biểu mẫu trực tuyến.',
        '- Chi đoàn Xuân Thọ, số đoàn viên: chưa thay đổi (giữ 30), vì đã có kết quả mới hơn nhận lúc 10:05 ngày 11/09/2016 qua biểu mẫu trực tuyến.',
        '- Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa thay đổi (giữ đăng ký đã ghi), vì đã có đăng ký khác nhận cùng thời điểm lúc 10:05 ngày 11/09/2016 bằng văn bản.',
        '',
        'Nếu đây là một Chi đoàn mới của đơn vị, đề nghị đơn vị báo để Văn phòng Huyện đoàn bổ sung vào danh sách.',
        '',
        'Các nội dung “chưa thay đổi” nêu trên được giữ theo kết quả Văn phòng Huyện đoàn đã nhận của đơn vị vào thời điểm sau (hoặc cùng lúc). Nếu kết quả đã ghi chưa đúng, đề nghị đơn vị gửi lại các Chi đoàn cần sửa.',
        '',
        '',
      ].join('\n'),
    );
    expect(section).not.toContain('2_ABCDEF');
  });

  test('a complete unit, from the form: no "not understood" section, thanks instead of a list', () => {
    const chapters = [chapter('Chi đoàn A', 'VUNG_MANH', 'VUNG_MANH', 'BUILD_STRONG'), chapter('Chi đoàn B', 'YEU', 'YEU', 'SUPPORT')];
    const email = receiptEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-0909-02',
      channel: 'Form',
      receivedDay: null,
      today: '2016-09-10',
      merge: {
        recorded: [
          { name: 'Chi đoàn A', isNew: false, members: null, ratings: { '2015': 'VUNG_MANH', '2016-H1': 'VUNG_MANH' }, registration: 'BUILD_STRONG' },
          { name: 'Chi đoàn B', isNew: false, members: null, ratings: { '2015': 'YEU', '2016-H1': 'YEU' }, registration: 'SUPPORT' },
        ],
        ignoredPeriods: [],
        wrongScale: [],
      },
      warnings: [],
      progress: assessUnit(chapters, ['2015', '2016-H1']),
      formLink: FORM_LINK,
    });
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Ban Thường vụ Đoàn xã Tam Trà',
        '',
        'Văn phòng Huyện đoàn đã nhận bảng xếp loại Chi đoàn của đơn vị gửi qua biểu mẫu trực tuyến. Số hiệu: TT-0909-02.',
        '',
        'I. Nội dung đã ghi nhận',
        '',
        'Đã ghi vào bảng theo dõi 02 Chi đoàn như sau:',
        '',
        '1. Chi đoàn A: Xếp loại năm 2015: Vững mạnh; Xếp loại 6 tháng đầu năm 2016: Vững mạnh; Đăng ký: Xây dựng Chi đoàn mạnh',
        '2. Chi đoàn B: Xếp loại năm 2015: Yếu; Xếp loại 6 tháng đầu năm 2016: Yếu; Đăng ký: Hỗ trợ',
        '',
        'Nếu cần sửa, đơn vị chỉ cần gửi lại các Chi đoàn cần sửa; nội dung gửi sau sẽ thay nội dung gửi trước.',
        '',
        'II. Đăng ký xây dựng và hỗ trợ Chi đoàn',
        '',
        'Đăng ký hợp lệ.',
        '',
        '- Đảm nhận xây dựng “Chi đoàn mạnh”: Chi đoàn A.',
        '- Hỗ trợ, giúp đỡ: Chi đoàn B.',
        '',
        'III. Tình hình nộp của đơn vị',
        '',
        'Đơn vị đã nộp đủ bảng xếp loại Chi đoàn năm 2015 và 6 tháng đầu năm 2016 và đăng ký hợp lệ. Văn phòng Huyện đoàn ghi nhận và cảm ơn đơn vị.',
        '',
      ),
    );
  });

  test('paper, nothing recorded, no registration, after the deadline', () => {
    const chapters = [chapter('Chi đoàn A', null, null, null)];
    const email = receiptEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-1409-01',
      channel: 'Thủ công',
      receivedDay: '2016-09-14',
      today: '2016-09-14',
      merge: { recorded: [], ignoredPeriods: [], wrongScale: [] },
      warnings: [],
      progress: assessUnit(chapters, ['2015', '2016-H1']),
      formLink: null,
    });
    expect(email.text).toContain(
      'Văn phòng Huyện đoàn đã nhận bảng xếp loại Chi đoàn của đơn vị gửi bằng văn bản (Văn phòng Huyện đoàn nhập vào bảng theo dõi) ngày 14/09/2016. Số hiệu: TT-1409-01.\n\nI. Nội dung đã ghi nhận\n\nChưa ghi nhận được Chi đoàn nào từ nội dung đơn vị gửi.',
    );
    expect(email.text).toContain(
      'II. Đăng ký xây dựng và hỗ trợ Chi đoàn\n\nĐơn vị chưa đăng ký. Theo kế hoạch, mỗi cơ sở Đoàn đăng ký đảm nhận xây dựng ít nhất 01 “Chi đoàn mạnh” và hỗ trợ, giúp đỡ 01–02 Chi đoàn có kết quả xếp loại thấp nhất.',
    );
    expect(email.text).toContain(
      '1. Xếp loại năm 2015: chưa nộp (chưa có Chi đoàn nào trong 01 Chi đoàn được xếp loại).\n2. Xếp loại 6 tháng đầu năm 2016: chưa nộp (chưa có Chi đoàn nào trong 01 Chi đoàn được xếp loại).\n3. Đăng ký xây dựng, hỗ trợ Chi đoàn: chưa đăng ký (xem mục II).',
    );
    // Sections are numbered as shown: no "not understood" section, so no gap and no section IV.
    expect(email.text.match(/^[IVX]+\. .*$/gm)).toEqual(['I. Nội dung đã ghi nhận', 'II. Đăng ký xây dựng và hỗ trợ Chi đoàn', 'III. Tình hình nộp của đơn vị']);
    expect(email.text).toContain('Đề nghị đơn vị khẩn trương bổ sung các nội dung trên: trả lời thư này');
  });
});

describe('Báo lỗi', () => {
  test('a unit with no chapters yet: the reason, the reference, and a neutral table naming no chapter', () => {
    const email = rejectionEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-1309-04',
      reason: 'Thư không có bảng hoặc danh sách Chi đoàn nào kèm xếp loại hay đăng ký.',
      subject: 'Bảng xếp loại Chi đoàn',
      receivedDay: '2016-09-13',
      today: '2016-09-13',
      formLink: null,
    });
    expect(email.subject).toEqual('[Đi cơ sở] Chưa ghi nhận được bảng xếp loại Chi đoàn – Đoàn xã Tam Trà');
    expect(email.text).toEqual(
      lines(
        'Kính gửi: Ban Thường vụ Đoàn xã Tam Trà',
        '',
        'Văn phòng Huyện đoàn đã nhận thư của đơn vị (tiêu đề “Bảng xếp loại Chi đoàn”) ngày 13/09/2016 nhưng chưa ghi nhận được nội dung. Số hiệu: TT-1309-04.',
        '',
        'Lý do: Thư không có bảng hoặc danh sách Chi đoàn nào kèm xếp loại hay đăng ký.',
        '',
        'Đề nghị đơn vị khẩn trương gửi lại, theo cách sau:',
        '',
        '1. Trả lời thư này (gửi về địa chỉ huyendoannuithanh09@gmail.com), đính kèm bảng xếp loại (tệp Excel hoặc Word) hoặc ghi trực tiếp vào nội dung thư, theo mẫu dưới đây.',
        '',
        'Mẫu bảng (mỗi Chi đoàn một dòng; các dòng dưới đây chỉ minh họa cách ghi): Văn phòng chưa có danh sách Chi đoàn của đơn vị, đề nghị ghi tên, số đoàn viên, xếp loại và đăng ký của từng Chi đoàn:',
        '',
        'Tên Chi đoàn | Số đoàn viên | Xếp loại năm 2015 | Xếp loại 6 tháng đầu năm 2016 | Đăng ký',
        '(Tên Chi đoàn thứ 1) | 25 | Vững mạnh | Vững mạnh | Xây dựng Chi đoàn mạnh',
        '(Tên Chi đoàn thứ 2) | 18 | Trung bình | Yếu | Hỗ trợ',
        '(Tên Chi đoàn thứ 3) | 20 | Khá | Khá |',
        '',
        'Cột xếp loại ghi một trong các mức: Vững mạnh, Khá, Trung bình hoặc Yếu.',
        '',
        'Cột Đăng ký ghi “Xây dựng Chi đoàn mạnh” (ít nhất 01 Chi đoàn) hoặc “Hỗ trợ” (01–02 Chi đoàn có kết quả xếp loại thấp nhất); các Chi đoàn khác để trống.',
        '',
      ),
    );
    expect(email.html).toContain('<strong>Thư không có bảng hoặc danh sách Chi đoàn nào kèm xếp loại hay đăng ký.</strong>');
  });

  test('with the unit’s chapters, the table to send back lists them to rate, instead of examples', () => {
    const email = rejectionEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: 'TT-1009-05',
      reason: 'Văn bản chỉ nêu số lượng Chi đoàn.',
      subject: null,
      receivedDay: null,
      today: '2016-09-13',
      formLink: null,
      chapters: ['Chi đoàn Xuân Thọ', 'Chi đoàn thôn Tú Nghĩa'],
    });
    expect(email.text).toContain(
      [
        'Bảng các Chi đoàn của đơn vị theo danh sách Văn phòng đang theo dõi (mỗi Chi đoàn một dòng): đề nghị ghi xếp loại của từng Chi đoàn theo tên, bổ sung Chi đoàn còn thiếu nếu có:',
        '',
        'Tên Chi đoàn | Số đoàn viên | Xếp loại năm 2015 | Xếp loại 6 tháng đầu năm 2016 | Đăng ký',
        'Chi đoàn Xuân Thọ |  |  |  |',
        'Chi đoàn thôn Tú Nghĩa |  |  |  |',
        '',
        'Cột xếp loại ghi một trong các mức: Vững mạnh, Khá, Trung bình hoặc Yếu.',
      ].join('\n'),
    );
    expect(email.text).not.toContain('minh họa');
    expect(email.text).not.toMatch(/thôn [ABC]\b|Tên Chi đoàn thứ/);
  });

  test('a long list shows the unit’s own first chapters, never a generic or another unit’s sample', () => {
    const chapters = Array.from({ length: 75 }, (_, i) => `Chi đoàn thôn Phú ${i + 1}`);
    const email = rejectionEmail({ campaign: CAMPAIGN, unit: TAM_TRA, reference: 'r-3', reason: 'Thư không có bảng.', subject: null, receivedDay: null, today: '2016-09-13', formLink: null, chapters });
    expect(email.text).toContain(
      'Bảng gồm tất cả 75 Chi đoàn của đơn vị (mỗi Chi đoàn một dòng); dưới đây là 3 dòng đầu theo danh sách Văn phòng đang theo dõi, đề nghị ghi tiếp các Chi đoàn còn lại theo cùng mẫu:\n\n' +
        'Tên Chi đoàn | Số đoàn viên | Xếp loại năm 2015 | Xếp loại 6 tháng đầu năm 2016 | Đăng ký\n' +
        'Chi đoàn thôn Phú 1 |  |  |  |\nChi đoàn thôn Phú 2 |  |  |  |\nChi đoàn thôn Phú 3 |  |  |  |\n\n',
    );
    expect(email.text).not.toContain('Chi đoàn thôn Phú 4 ');
  });

  test('a message that said it attached a file but carried none: said plainly, with the form as another way', () => {
    const base = { campaign: CAMPAIGN, unit: TAM_TRA, reference: 'r-4', reason: 'Thư không có bảng.', subject: 'Gửi kèm file xếp loại', receivedDay: '2016-09-10', today: '2016-09-10', chapters: ['Chi đoàn Xuân Thọ'] };
    const withForm = rejectionEmail({ ...base, formLink: FORM_LINK, attachmentMissing: true });
    expect(withForm.text).toContain(
      'Lý do: Thư không có bảng.\n\n' +
        'Thư của đơn vị có nêu gửi kèm tệp, nhưng Văn phòng Huyện đoàn không nhận được tệp đính kèm nào.\n\n' +
        'Đề nghị đơn vị gửi lại thư và đính kèm tệp bảng xếp loại, hoặc điền biểu mẫu trực tuyến dành riêng cho đơn vị (đường dẫn dưới đây).\n\n' +
        'Đề nghị đơn vị gửi lại chậm nhất ngày 12/09/2016, theo một trong hai cách sau:',
    );
    expect(withForm.html).toContain('<strong>Thư của đơn vị có nêu gửi kèm tệp, nhưng Văn phòng Huyện đoàn không nhận được tệp đính kèm nào.</strong>');
    expect(withForm.text).toContain(FORM_LINK);
    const withoutForm = rejectionEmail({ ...base, formLink: null, attachmentMissing: true });
    expect(withoutForm.text).toContain('Đề nghị đơn vị gửi lại thư và đính kèm tệp bảng xếp loại, hoặc ghi trực tiếp bảng xếp loại vào nội dung thư.');
    expect(rejectionEmail({ ...base, formLink: FORM_LINK }).text).not.toContain('không nhận được tệp');
    for (const email of [withForm, withoutForm]) expect(email.text).not.toMatch(/\bHãy\b/i);
  });

  test('before the deadline, with the form, on the current scale', () => {
    const email = rejectionEmail({
      campaign: { ...CAMPAIGN, scale: 'current', periods: [{ code: '2019', label: 'năm 2019' }] },
      unit: TAM_TRA,
      reference: 'TT-1009-06',
      reason: 'Tệp đính kèm bị hỏng.',
      subject: null,
      receivedDay: null,
      today: '2016-09-01',
      formLink: FORM_LINK,
    });
    expect(email.text).toContain(
      'Văn phòng Huyện đoàn đã nhận thư của đơn vị nhưng chưa ghi nhận được nội dung. Số hiệu: TT-1009-06.\n\nLý do: Tệp đính kèm bị hỏng.\n\nĐề nghị đơn vị gửi lại chậm nhất ngày 12/09/2016, theo một trong hai cách sau:',
    );
    expect(email.text).toContain(`1. Điền biểu mẫu trực tuyến dành riêng cho đơn vị: ${FORM_LINK}\n2. Trả lời thư này`);
    expect(email.text).toContain(
      'Tên Chi đoàn | Số đoàn viên | Xếp loại năm 2019 | Đăng ký\n(Tên Chi đoàn thứ 1) | 25 | Hoàn thành xuất sắc nhiệm vụ | Xây dựng Chi đoàn mạnh\n(Tên Chi đoàn thứ 2) | 18 | Hoàn thành nhiệm vụ | Hỗ trợ\n(Tên Chi đoàn thứ 3) | 20 | Hoàn thành tốt nhiệm vụ',
    );
  });
});

describe('the signature block', () => {
  test('without a signer the committee signs alone; a name is optional; the title is printed in capitals', () => {
    const base = { unit: TAM_TRA, missing: MISSING, formLink: null, cadre: null, today: '2016-09-09' };
    const unsigned = reminderEmail({ ...base, campaign: { ...CAMPAIGN, signer: undefined } });
    expect(unsigned.text).toContain('Trân trọng./.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\n\n--\n');
    const titleOnly = reminderEmail({ ...base, campaign: { ...CAMPAIGN, signer: { title: 'Bí thư', name: '' } } });
    expect(titleOnly.text).toContain('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\n--\n');
    expect(titleOnly.html).toContain('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN<br>BÍ THƯ</p>');
  });
});
