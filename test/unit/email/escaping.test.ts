import fc from 'fast-check';
import { assessUnit, type ChapterRecord, type MissingItems } from '../../../src/domain/unitStatus';
import {
  digestEmail,
  escapeHtml,
  isHttpUrl,
  overdueEmail,
  receiptEmail,
  rejectionEmail,
  reminderEmail,
  type Email,
  type LetterCampaign,
} from '../../../src/ui/email';
import { CAMPAIGN, MISSING, TAM_TRA } from './fixtures';

const EVIL = '<img src=x onerror=alert(1)>';

describe('escapeHtml', () => {
  test('the five characters that matter, between tags and in double-quoted attributes', () => {
    expect(escapeHtml(EVIL)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`Tom & "Jerry" 'x'`)).toBe('Tom &amp; &quot;Jerry&quot; &#39;x&#39;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Đoàn xã Tam Trà')).toBe('Đoàn xã Tam Trà');
  });

  test('only absolute http(s) addresses become links', () => {
    expect(isHttpUrl('https://docs.google.com/forms/d/e/x/viewform?entry.1=a&entry.2=b')).toBe(true);
    expect(isHttpUrl('HTTP://example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'mailto:a@b.c', '//evil.example', 'https://', 'https:///x', ' https://x.y', 'https://x.y/a b', 'https://x.y/\u0000', 'ftp://x.y', 'https:\\\\x.y']) {
      expect([bad, isHttpUrl(bad)]).toEqual([bad, false]);
    }
  });
});

describe('outside values in the HTML body', () => {
  const chapters = (name: string): ChapterRecord[] => [
    { name, members: null, ratings: { '2015': 'KHA', '2016-H1': null }, registration: 'BUILD_STRONG' },
    { name: 'Chi đoàn B', members: null, ratings: { '2015': 'YEU', '2016-H1': 'YEU' }, registration: 'SUPPORT' },
  ];

  test('a chapter named like a tag is shown as text in the receipt and the reminders', () => {
    const missing: MissingItems = { periods: [{ code: '2016-H1', rated: 1, total: 2, missing: [EVIL] }], registration: null };
    const receipt = receiptEmail({
      campaign: CAMPAIGN,
      unit: TAM_TRA,
      reference: '<a@b>',
      channel: 'Email',
      receivedDay: null,
      today: '2016-09-01',
      merge: { recorded: [{ name: EVIL, isNew: true, members: 3, ratings: { '2015': 'KHA' }, registration: 'BUILD_STRONG' }], ignoredPeriods: [], wrongScale: [[EVIL, '2016-H1', 'HTNV']] },
      warnings: [`Không đọc được dòng "${EVIL}"`],
      progress: assessUnit(chapters(EVIL), ['2015', '2016-H1']),
      formLink: null,
    });
    const reminder = reminderEmail({ campaign: CAMPAIGN, unit: TAM_TRA, missing, formLink: null, cadre: null, today: '2016-09-09' });
    for (const email of [receipt, reminder]) {
      expect(email.html).not.toContain('<img');
      expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(email.text).toContain(EVIL);
    }
    expect(receipt.html).toContain('&lt;img src=x onerror=alert(1)&gt; (Chi đoàn mới, đã thêm vào danh sách)');
    expect(receipt.html).toContain('Không đọc được dòng &quot;&lt;img');
    expect(receipt.html).toContain('&lt;a@b&gt;');
  });

  test('names with &, quotes and apostrophes', () => {
    const unit = { name: `Đoàn "Tam" & 'Trà'` };
    const email = overdueEmail({ campaign: CAMPAIGN, unit, missing: MISSING, formLink: null, cadre: { name: `O'Brien & "Co"` }, today: '2016-09-13' });
    expect(email.html).toContain('Ban Thường vụ Đoàn &quot;Tam&quot; &amp; &#39;Trà&#39;');
    expect(email.html).toContain('đồng chí O&#39;Brien &amp; &quot;Co&quot;');
    expect(email.subject).toBe(`[Đi cơ sở] Quá hạn nộp bảng xếp loại Chi đoàn – Đoàn "Tam" & 'Trà' (hạn 12/09/2016)`);
    expect(email.text).toContain(`Kính gửi: Ban Thường vụ Đoàn "Tam" & 'Trà'`);
  });

  test('a link that is not http(s) is shown as text, never as a link; a quote cannot leave the href', () => {
    const bad = reminderEmail({ campaign: CAMPAIGN, unit: TAM_TRA, missing: MISSING, formLink: 'javascript:alert(1)', cadre: null, today: '2016-09-09' });
    expect(bad.html).not.toContain('<a ');
    expect(bad.html).toContain('javascript:alert(1)');
    const quoted = reminderEmail({ campaign: CAMPAIGN, unit: TAM_TRA, missing: MISSING, formLink: 'https://x.example/"onmouseover="alert(1)"<b>', cadre: null, today: '2016-09-09' });
    expect(quoted.html).toContain('<a href="https://x.example/&quot;onmouseover=&quot;alert(1)&quot;&lt;b&gt;" style="color:#1a56b0">');
  });

  test('a subject is one line, and NFD text from a sheet goes out NFC', () => {
    const nfd = 'Đoàn xã Tam Trà'.normalize('NFD');
    const email = reminderEmail({ campaign: CAMPAIGN, unit: { name: `${nfd}\r\nBcc: x@y.z` }, missing: MISSING, formLink: null, cadre: null, today: '2016-09-09' });
    expect(email.subject).toBe('[Đi cơ sở] Nhắc hạn nộp bảng xếp loại Chi đoàn – Đoàn xã Tam Trà Bcc: x@y.z (hạn 12/09/2016)');
    expect(email.text).toContain('Kính gửi: Ban Thường vụ Đoàn xã Tam Trà');
    expect(email.html).toContain('Ban Thường vụ Đoàn xã Tam Trà');
  });
});

/**
 * Property: whatever text comes from outside, the HTML has exactly the markup of the same letter
 * written with harmless text, every outside value appears escaped, and outside the template's
 * own tags there is no `<`, `>`, quote or bare `&` left.
 */
describe('every interpolated value is escaped (property)', () => {
  const TAG = /<\/?(?:div|p|strong|a|ol|ul|li|table|tr|th|td|br)(?:\s+(?:style|href|cellpadding|cellspacing)="[^"<>]*")*\s*>/g;
  const hostile = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'ab <>&"\'=/;'.split('')), maxLength: 12 }),
      fc.constantFrom('<', '>', '&', '"', "'", EVIL, '&amp;', '</p>', '<p>', '"><script>alert(1)</script>', "' onclick='x"),
      fc.string({ maxLength: 6 }),
    )
    .map(([a, b, c]) => `x${a}${b}${c}`);
  const harmless = (value: string) => value.replace(/[<>&"']/g, 'a');
  const link = fc.constantFrom('https://docs.google.com/forms/d/x/viewform?a=1&b="2"<3>', 'javascript:alert(1)', 'https://x.y/\'><b>', null);

  interface Values {
    unit: string;
    chapter: string;
    other: string;
    warning: string;
    reference: string;
    reason: string;
    cadre: string;
    cluster: string;
    campaignName: string;
    office: string;
    label: string;
    signerName: string;
  }
  const values: fc.Arbitrary<Values> = fc.record({
    unit: hostile,
    chapter: hostile,
    other: hostile,
    warning: hostile,
    reference: hostile,
    reason: hostile,
    cadre: hostile,
    cluster: hostile,
    campaignName: hostile,
    office: hostile,
    label: hostile,
    signerName: hostile,
  });

  function letters(v: Values, formLink: string | null): Email[] {
    const campaign: LetterCampaign = {
      ...CAMPAIGN,
      name: v.campaignName,
      office: v.office,
      periods: [
        { code: '2015', label: v.label },
        { code: '2016-H1', label: '6 tháng đầu năm 2016' },
      ],
      signer: { title: 'Phó Bí thư', name: v.signerName },
    };
    const chapters: ChapterRecord[] = [
      { name: v.chapter, members: 5, ratings: { '2015': 'KHA', '2016-H1': null }, registration: 'SUPPORT' },
      { name: v.other, members: null, ratings: { '2015': 'YEU', '2016-H1': 'YEU' }, registration: null },
    ];
    const progress = assessUnit(chapters, ['2015', '2016-H1']);
    const missing: MissingItems = {
      periods: [{ code: '2015', rated: 1, total: 3, missing: [v.chapter, v.other] }],
      registration: { state: 'invalid', build: [], support: [v.chapter, v.other, v.unit], problems: ['noBuild', 'tooManySupport'], notLowest: [] },
    };
    const unit = { name: v.unit };
    const notice = { campaign, unit, missing, formLink, cadre: { name: v.cadre } };
    return [
      reminderEmail({ ...notice, today: '2016-09-09' }),
      overdueEmail({ ...notice, today: '2016-09-13' }),
      digestEmail({
        campaign,
        today: '2016-09-13',
        cadres: [{ id: 'cb-01', name: v.cadre }],
        units: [
          { unit: { id: 'a', name: v.unit, cluster: v.cluster, cadre: 'cb-01' }, complete: false, missing },
          { unit: { id: 'b', name: v.other, cluster: v.cluster, cadre: 'cb-01' }, complete: true, missing: { periods: [], registration: null } },
        ],
      }),
      receiptEmail({
        campaign,
        unit,
        reference: v.reference,
        channel: 'Email',
        receivedDay: '2016-09-08',
        today: '2016-09-08',
        merge: {
          recorded: [
            { name: v.chapter, isNew: true, members: 5, ratings: { '2015': 'KHA' }, registration: 'SUPPORT' },
            { name: v.other, isNew: false, members: null, ratings: {}, registration: null },
          ],
          ignoredPeriods: ['2014'],
          wrongScale: [[v.other, '2016-H1', 'HTTNV']],
        },
        warnings: [v.warning],
        progress,
        formLink,
      }),
      rejectionEmail({ campaign, unit, reference: v.reference, reason: v.reason, subject: v.warning, receivedDay: null, today: '2016-09-08', formLink }),
    ];
  }

  const markup = (html: string) => (html.match(TAG) ?? []).map((tag) => tag.replace(/href="[^"]*"/, 'href'));

  test('hostile names, warnings, reasons, references and links', () => {
    fc.assert(
      fc.property(values, link, (v, formLink) => {
        const safe = Object.fromEntries(Object.entries(v).map(([key, value]) => [key, harmless(value)])) as unknown as Values;
        const hostileLetters = letters(v, formLink);
        const harmlessLetters = letters(safe, formLink);
        hostileLetters.forEach((email, i) => {
          expect(markup(email.html)).toEqual(markup(harmlessLetters[i].html));
          const outside = email.html.replace(TAG, '');
          expect(outside).not.toMatch(/[<>"']/);
          expect(outside.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
          if (formLink && !isHttpUrl(formLink)) expect(email.html).not.toContain('<a ');
        });
        const [reminder, overdue, digest, receipt, rejection] = hostileLetters;
        for (const value of [v.unit, v.chapter, v.other, v.campaignName, v.office, v.label, v.signerName.trim()]) {
          expect(reminder.html).toContain(escapeHtml(value));
          expect(reminder.text).toContain(value);
        }
        expect(overdue.html).toContain(escapeHtml(v.cadre));
        for (const value of [v.unit, v.other, v.cluster.trim(), v.cadre]) expect(digest.html).toContain(escapeHtml(value));
        for (const value of [v.reference, v.warning, v.chapter, v.other]) expect(receipt.html).toContain(escapeHtml(value));
        for (const value of [v.reference, v.reason, v.warning]) expect(rejection.html).toContain(escapeHtml(value));
      }),
      { numRuns: 200 },
    );
  });
});
