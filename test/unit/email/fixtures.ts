import type { LetterCampaign } from '../../../src/ui/email';
import type { MissingItems } from '../../../src/domain/unitStatus';

/** The 2016 campaign as the letters see it; the signer's name is sample data. */
export const CAMPAIGN: LetterCampaign = {
  name: 'Đi cơ sở xây dựng phong trào năm 2016',
  office: 'Huyện đoàn Núi Thành',
  officeEmail: 'huyendoannuithanh09@gmail.com',
  deadline: '2016-09-12',
  scale: 'legacy',
  periods: [
    { code: '2015', label: 'năm 2015' },
    { code: '2016-H1', label: '6 tháng đầu năm 2016' },
  ],
  signer: { title: 'Phó Bí thư Thường trực', name: 'Nguyễn Văn Bình' },
};

export const TAM_TRA = { name: 'Đoàn xã Tam Trà' };

export const FORM_LINK = 'https://docs.google.com/forms/d/e/1FAIpQLSc/viewform?entry.1=Tam+Tr%C3%A0';

/** Two chapters unrated for 2015, 2016-H1 not sent at all, no registration. */
export const MISSING: MissingItems = {
  periods: [
    { code: '2015', rated: 3, total: 5, missing: ['Chi đoàn thôn Đồng Làng', 'Chi đoàn thôn Tú Nghĩa'] },
    { code: '2016-H1', rated: 0, total: 5, missing: [] },
  ],
  registration: { state: 'missing', build: [], support: [], problems: ['noBuild', 'noSupport'], notLowest: [] },
};

export const SIGNATURE_AND_FOOTER = [
  'Trân trọng./.',
  '',
  'TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN',
  'PHÓ BÍ THƯ THƯỜNG TRỰC',
  'Nguyễn Văn Bình',
  '',
  '--',
  'Thư gửi tự động theo Kế hoạch “Đi cơ sở xây dựng phong trào năm 2016” của Huyện đoàn Núi Thành. Mọi trao đổi xin gửi về Văn phòng Huyện đoàn: huyendoannuithanh09@gmail.com.',
  '',
];
