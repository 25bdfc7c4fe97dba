import { SAMPLE_MARK } from './signer';
import type { Campaign, Unit } from './campaign';

/**
 * The built-in campaign: Kế hoạch 160-KH/ĐTN of Huyện đoàn Núi Thành (26/8/2016).
 *
 * From the plan: the district, the office address, the dates, the two periods, the scale in
 * force in 2016, the town and 16 communes, THPT Núi Thành and the pilot chapters
 * (Xuân Thọ – Tam Trà, Thuận Yên Đông – Tam Sơn, tháng 9/2016).
 *
 * SAMPLE DATA, not from the plan: every chapter list except the two pilot chapters, the other
 * two schools, the three units trực thuộc, the cadres, clusters, secretaries and every email
 * address except the office's (they use the reserved example.org domain). Replace them with the
 * real lists in the `Đơn vị` and `Cán bộ` sheets after setup.
 */

const SAMPLE_DOMAIN = 'example.org';

type UnitSeed = [id: string, name: string, short: string, kind: Unit['kind'], cluster: string, cadre: string, secretary: string, chapters: string[]];

const villages = (...names: string[]) => names.map((name) => `Chi đoàn ${name}`);

const UNIT_SEEDS: UnitSeed[] = [
  ['tt-nui-thanh', 'Đoàn thị trấn Núi Thành', 'TT Núi Thành', 'town', 'Cụm 1', 'cb-01', 'Trần Văn Hùng', villages('Khối phố 1', 'Khối phố 2', 'Khối phố 3', 'Khối phố 4', 'Khối phố 5', 'Khối phố 6')],
  ['tam-xuan-1', 'Đoàn xã Tam Xuân I', 'Tam Xuân I', 'commune', 'Cụm 1', 'cb-01', 'Nguyễn Thị Mỹ', villages('thôn Xuân Bình', 'thôn Long Phú', 'thôn Trung Hòa', 'thôn Thạnh Mỹ', 'thôn Mỹ Sơn')],
  ['tam-xuan-2', 'Đoàn xã Tam Xuân II', 'Tam Xuân II', 'commune', 'Cụm 1', 'cb-01', 'Lê Văn Tâm', villages('thôn Tịnh Đông', 'thôn Tịnh Sơn', 'thôn Xuân Thọ Tây', 'thôn Đồng Trì')],
  ['tam-tien', 'Đoàn xã Tam Tiến', 'Tam Tiến', 'commune', 'Cụm 1', 'cb-01', 'Phạm Thị Hoa', villages('thôn Tiến Đông', 'thôn Tiến Tây', 'thôn Bích An', 'thôn Lâm Môn', 'thôn Long Thạnh')],
  ['tam-anh-bac', 'Đoàn xã Tam Anh Bắc', 'Tam Anh Bắc', 'commune', 'Cụm 1', 'cb-01', 'Võ Văn Lực', villages('thôn Hòa Vân', 'thôn Thuận An', 'thôn Phú Quý', 'thôn Long Bình')],
  ['tam-anh-nam', 'Đoàn xã Tam Anh Nam', 'Tam Anh Nam', 'commune', 'Cụm 2', 'cb-02', 'Huỳnh Thị Ngọc', villages('thôn An Hòa', 'thôn Phú Mỹ', 'thôn Tân Phong', 'thôn Thái Xuân', 'thôn Tân An')],
  ['tam-hoa', 'Đoàn xã Tam Hòa', 'Tam Hòa', 'commune', 'Cụm 2', 'cb-02', 'Đặng Văn Quang', villages('thôn Đông Tây Yên', 'thôn Bích Ngọc', 'thôn Nam Định', 'thôn Hòa Bình')],
  ['tam-hiep', 'Đoàn xã Tam Hiệp', 'Tam Hiệp', 'commune', 'Cụm 2', 'cb-02', 'Bùi Thị Lan', villages('thôn Thuận Phước', 'thôn Đông Mỹ', 'thôn Tú Mỹ', 'thôn Khánh Thọ', 'thôn Nhơn Hòa')],
  ['tam-hai', 'Đoàn xã Tam Hải', 'Tam Hải', 'commune', 'Cụm 2', 'cb-02', 'Ngô Văn Biển', villages('thôn Thuận An', 'thôn Đông Xuân', 'thôn Tân Lập', 'thôn Bình Trung')],
  ['tam-giang', 'Đoàn xã Tam Giang', 'Tam Giang', 'commune', 'Cụm 2', 'cb-02', 'Trương Thị Thu', villages('thôn Trường Thạnh', 'thôn Đông Trung', 'thôn Long Đức', 'thôn Hòa Bình')],
  ['tam-quang', 'Đoàn xã Tam Quang', 'Tam Quang', 'commune', 'Cụm 3', 'cb-03', 'Phan Văn Hải', villages('thôn Hòa Đông', 'thôn Tân Thạnh', 'thôn Tân Lập', 'thôn Xuân Mỹ', 'thôn Đông An')],
  ['tam-nghia', 'Đoàn xã Tam Nghĩa', 'Tam Nghĩa', 'commune', 'Cụm 3', 'cb-03', 'Đỗ Thị Hạnh', villages('thôn Đông Thạnh', 'thôn Đức Phú', 'thôn Long Phú', 'thôn Tây Nghĩa', 'thôn Vĩnh Sơn')],
  ['tam-thanh', 'Đoàn xã Tam Thạnh', 'Tam Thạnh', 'commune', 'Cụm 3', 'cb-03', 'Hồ Văn Thành', villages('thôn Thạnh Đông', 'thôn Thạnh Tây', 'thôn Hòa Xuân', 'thôn Thạnh Bình')],
  ['tam-son', 'Đoàn xã Tam Sơn', 'Tam Sơn', 'commune', 'Cụm 3', 'cb-03', 'Lương Thị Sương', villages('Thuận Yên Đông', 'thôn Thuận Yên Tây', 'thôn Đồng Sơn', 'thôn Tân Sơn')],
  ['tam-my-tay', 'Đoàn xã Tam Mỹ Tây', 'Tam Mỹ Tây', 'commune', 'Cụm 4', 'cb-04', 'Nguyễn Văn Mỹ', villages('thôn Hiệp Phố', 'thôn Trường Hòa', 'thôn Phú Mỹ', 'thôn Tây Sơn')],
  ['tam-my-dong', 'Đoàn xã Tam Mỹ Đông', 'Tam Mỹ Đông', 'commune', 'Cụm 4', 'cb-04', 'Trần Thị Đông', villages('thôn Thượng Mỹ', 'thôn Trường Thạnh', 'thôn Phước Lộc', 'thôn Đông Lâm')],
  ['tam-tra', 'Đoàn xã Tam Trà', 'Tam Trà', 'commune', 'Cụm 4', 'cb-04', 'Hồ Văn Trà', villages('Xuân Thọ', 'thôn Đồng Làng', 'thôn Tú Nghĩa', 'thôn Phước Trà', 'thôn Dương Trà')],
  ['thpt-nui-thanh', 'Đoàn trường THPT Núi Thành', 'THPT Núi Thành', 'school', 'Khối trường học', 'cb-04', 'Lê Thị Hồng', villages('10/1', '10/2', '11/1', '11/2', '12/1', '12/2')],
  ['thpt-cao-ba-quat', 'Đoàn trường THPT Cao Bá Quát', 'THPT Cao Bá Quát', 'school', 'Khối trường học', 'cb-03', 'Phạm Văn Quát', villages('10A1', '10A2', '11A1', '11A2', '12A1', '12A2')],
  ['thpt-nguyen-hue', 'Đoàn trường THPT Nguyễn Huệ', 'THPT Nguyễn Huệ', 'school', 'Khối trường học', 'cb-02', 'Võ Thị Huệ', villages('10/1', '10/2', '11/1', '11/2', '12/1')],
  ['ca-huyen', 'Đoàn cơ sở Công an huyện', 'Công an huyện', 'direct', 'Khối trực thuộc', 'cb-01', 'Nguyễn Văn An', villages('Đội Cảnh sát giao thông', 'Đội Cảnh sát hình sự', 'Đội Tham mưu tổng hợp')],
  ['qs-huyen', 'Đoàn cơ sở Ban Chỉ huy Quân sự huyện', 'Quân sự huyện', 'direct', 'Khối trực thuộc', 'cb-02', 'Trần Văn Quân', villages('Cơ quan Quân sự', 'Đại đội Bộ binh')],
  ['cq-huyen', 'Chi đoàn Cơ quan Khối Dân - Chính - Đảng huyện', 'Khối Dân Chính Đảng', 'direct', 'Khối trực thuộc', 'cb-03', 'Lê Thị Dân', villages('Cơ quan Khối Dân - Chính - Đảng huyện')],
];

function sampleEmail(unitId: string): string {
  return `doan.${unitId.replace(/-/g, '')}@${SAMPLE_DOMAIN}`;
}

export const DEFAULT_CAMPAIGN: Campaign = {
  name: 'Đi cơ sở xây dựng phong trào năm 2016',
  office: 'Huyện đoàn Núi Thành',
  parent: 'Tỉnh đoàn Quảng Nam',
  officeEmail: 'huyendoannuithanh09@gmail.com',
  timeZone: 'Asia/Ho_Chi_Minh',
  start: '2016-08-26',
  deadline: '2016-09-12',
  scale: 'legacy',
  periods: [
    { code: '2015', label: 'năm 2015' },
    { code: '2016-H1', label: '6 tháng đầu năm 2016' },
  ],
  reminders: { before: [3, 1], after: [1, 3, 7], hour: 7 },
  // A sample name, marked so (setup and the self-check warn until the office types the real one).
  signer: { title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: `Nguyễn Văn Bình ${SAMPLE_MARK}` },
  cadres: [
    { id: 'cb-01', name: 'Nguyễn Văn Bình', role: 'Phó Bí thư Thường trực', email: `nguyenvanbinh.hd@${SAMPLE_DOMAIN}` },
    { id: 'cb-02', name: 'Trần Thị Thanh Hà', role: 'Phó Bí thư', email: `tranthithanhha.hd@${SAMPLE_DOMAIN}` },
    { id: 'cb-03', name: 'Lê Minh Tuấn', role: 'Ủy viên Ban Thường vụ', email: `leminhtuan.hd@${SAMPLE_DOMAIN}` },
    { id: 'cb-04', name: 'Phạm Thị Kim Oanh', role: 'Cán bộ cơ quan Huyện đoàn', email: `phamthikimoanh.hd@${SAMPLE_DOMAIN}` },
  ],
  units: UNIT_SEEDS.map(([id, name, short, kind, cluster, cadre, secretary, chapters]) => ({
    id,
    name,
    short,
    kind,
    cluster,
    emails: [sampleEmail(id)],
    secretary,
    cadre,
    chapters,
  })),
  pilots: [
    { unit: 'tam-tra', chapter: 'Chi đoàn Xuân Thọ', month: '2016-09' },
    { unit: 'tam-son', chapter: 'Chi đoàn Thuận Yên Đông', month: '2016-09' },
  ],
};
