import { evaluateInstallation, recipientsPerRound } from '../../../src/app/setup/installationCheck';
import { KNOWN_INSTANT_TEXT, type InstallationFacts, type ProbeFailure } from '../../../src/app/setup/installationFacts';
import { formatReport, type CheckId, type CheckResult } from '../../../src/app/setup/installationReport';
import { probeVietnameseText, textProblems } from '../../../src/app/setup/installationText';
import { DEFAULT_CAMPAIGN } from '../../../src/domain/defaultCampaign';
import { probeFailure } from '../../../src/gas/installation';

const OFFICE = 'vanphong.huyendoan@example.org';
const CLERK = 'vanthu@example.org';
const SS_ID = 'ss-1';
const FORM_ID = 'form-1';
const CADRE_FORM_ID = 'form-2';

/** An installation where everything works, as the office account sees it. */
function healthy(): InstallationFacts {
  return {
    runner: OFFICE,
    checkedAt: '01/09/2016 08:00',
    today: '2016-09-01',
    authorization: { ok: true, value: 'NOT_REQUIRED' },
    spreadsheet: { ok: true, value: { id: SS_ID, timeZone: 'Asia/Ho_Chi_Minh', formRef: FORM_ID } },
    campaign: { ok: true, campaign: SIGNED },
    triggerOwner: OFFICE,
    triggers: {
      ok: true,
      value: [
        { handler: 'pollMailbox', eventType: 'CLOCK', sourceId: 'script' },
        { handler: 'checkDeadlines', eventType: 'CLOCK', sourceId: 'script' },
        { handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: FORM_ID },
        { handler: 'onCadreFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: CADRE_FORM_ID },
      ],
    },
    form: { ok: true, value: { id: FORM_ID, destinationId: '', accepting: true } },
    cadreFormId: CADRE_FORM_ID,
    mailQuota: { ok: true, value: 100 },
    labelSearch: {
      kind: 'ran',
      labelsCreated: [],
      arrived: true,
      foundByCandidates: true,
      labels: [
        { label: 'Đi cơ sở/Đã xử lý', foundByLabel: true, excludedFromCandidates: true },
        { label: 'Đi cơ sở/Cần xem', foundByLabel: true, excludedFromCandidates: true },
      ],
      trashed: true,
      token: 'dcskt0123456789ab',
    },
    scriptTimeZone: 'Asia/Ho_Chi_Minh',
    knownInstant: KNOWN_INSTANT_TEXT,
    text: probeVietnameseText(),
  };
}

const denied = (call: string, scope: string): ProbeFailure =>
  probeFailure(call, new Error(`You do not have permission to call ${call}. Required permissions: ${scope}`));

function check(facts: InstallationFacts, id: CheckId): CheckResult {
  const found = evaluateInstallation(facts).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

/** The built-in campaign with a real signer (its own is a sample, which the check warns about). */
const SIGNED = { ...DEFAULT_CAMPAIGN, signer: { title: 'Phó Bí thư Thường trực', name: 'Phan Thị Hoa' } };

describe('the self-check judges the facts', () => {
  test('a healthy installation is all green, one line per check with its mark', () => {
    const report = evaluateInstallation(healthy());
    expect(report.status).toBe('ok');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['permissions', 'ok'],
      ['triggers', 'ok'],
      ['form', 'ok'],
      ['gmail', 'ok'],
      ['quota', 'ok'],
      ['timeZones', 'ok'],
      ['text', 'ok'],
      ['signature', 'ok'],
    ]);
    const text = formatReport(report);
    expect(text).toContain('Mọi mục đều ổn.');
    expect(text.split('\n').filter((l) => l.startsWith('✓ '))).toHaveLength(8);
    expect(text).toContain('✓ Chữ ký thư: Thư gửi đơn vị ký: Phó Bí thư Thường trực Phan Thị Hoa.');
  });

  test('letters without a signer, or signed with the sample name, are a warning saying where to type the name', () => {
    const unsigned = check({ ...healthy(), campaign: { ok: true, campaign: { ...SIGNED, signer: { title: 'Phó Bí thư', name: ' ' } } } }, 'signature');
    expect(unsigned.status).toBe('warning');
    expect(unsigned.summary).toContain('không có chữ ký');
    expect(unsigned.summary).toContain('Đề nghị nhập họ tên người ký');
    const none = check({ ...healthy(), campaign: { ok: true, campaign: { ...SIGNED, signer: undefined } } }, 'signature');
    expect(none.status).toBe('warning');
    const sample = check({ ...healthy(), campaign: { ok: true, campaign: DEFAULT_CAMPAIGN } }, 'signature');
    expect(sample.status).toBe('warning');
    expect(sample.summary).toContain('Nguyễn Văn Bình (mẫu)');
    expect(sample.summary).toContain('tên mẫu');
  });

  test('the platform permission text is recognised exactly, with the call and scopes it names', () => {
    const failure = denied('FormApp.openByUrl', 'https://www.googleapis.com/auth/forms');
    expect(failure).toMatchObject({ denied: true, call: 'FormApp.openByUrl', requiredScopes: ['https://www.googleapis.com/auth/forms'] });
    expect(probeFailure('GmailApp.search', new Error("We're sorry, a server error occurred. Please wait a bit and try again."))).toMatchObject({
      denied: false,
    });
    // The forms the platform also uses: alternatives in parentheses, a trailing link, the manifest's variant.
    const alternatives = probeFailure(
      'x',
      new Error(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets). For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is-required',
      ),
    );
    expect(alternatives).toMatchObject({
      denied: true,
      call: 'SpreadsheetApp.getActiveSpreadsheet',
      requiredScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/spreadsheets'],
    });
    const manifest = probeFailure('x', new Error('Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)'));
    expect(manifest).toMatchObject({ denied: true, call: 'DriveApp.getRootFolder' });
    expect(probeFailure('x', new Error('Exception: You do not have permission to call MailApp.sendEmail'))).toMatchObject({ denied: true, call: 'MailApp.sendEmail', requiredScopes: [] });
  });

  test('a missing permission names the service and says how to re-authorize; the checks that needed it say so', () => {
    const facts = { ...healthy(), form: denied('FormApp.openByUrl', 'https://www.googleapis.com/auth/forms'), mailQuota: denied('MailApp.getRemainingDailyQuota', 'https://www.googleapis.com/auth/script.send_mail') };
    const permissions = check(facts, 'permissions');
    expect(permissions.status).toBe('failed');
    expect(permissions.summary).toBe('Thiếu quyền: Google Biểu mẫu, gửi thư. Các việc cần quyền đó sẽ không chạy được.');
    expect(permissions.advice[0]).toContain('đánh dấu chọn tất cả các quyền');
    expect(permissions.advice[1]).toContain('appsscript.json');
    expect(check(facts, 'form')).toMatchObject({ status: 'warning', summary: expect.stringContaining('thiếu quyền Google Biểu mẫu') });
    expect(check(facts, 'quota')).toMatchObject({ status: 'warning', summary: expect.stringContaining('thiếu quyền gửi thư') });
  });

  test('authorization still required is a failure with the re-authorization advice', () => {
    const result = check({ ...healthy(), authorization: { ok: true, value: 'REQUIRED' } }, 'permissions');
    expect(result.status).toBe('failed');
    expect(result.summary).toContain('chưa cấp đủ quyền');
  });

  test('a deleted trigger is named in Vietnamese with the menu item that installs it again', () => {
    const facts = healthy();
    if (!facts.triggers.ok) throw new Error('fixture');
    const withoutPoll = { ...facts, triggers: { ok: true as const, value: facts.triggers.value.filter((t) => t.handler !== 'pollMailbox') } };
    expect(check(withoutPoll, 'triggers')).toEqual(
      expect.objectContaining({
        status: 'failed',
        summary: 'Thiếu: đọc hộp thư mỗi 10 phút.',
        advice: ['Chọn Đi cơ sở > Thiết lập / bổ sung bảng tính (cài lại việc đọc hộp thư và kiểm tra hạn nộp).'],
      }),
    );
    const withoutSubmit = { ...facts, triggers: { ok: true as const, value: facts.triggers.value.filter((t) => t.handler !== 'onFormSubmit') } };
    expect(check(withoutSubmit, 'triggers').advice).toEqual([expect.stringContaining('Cập nhật biểu mẫu cho các đơn vị')]);
    expect(check(withoutSubmit, 'form')).toMatchObject({ status: 'failed', summary: expect.stringContaining('Chưa có trình kích hoạt nhận bài nộp') });
  });

  test('the cadres’ form’s trigger: missing, or on another form than the one setup recorded, says to run setup again', () => {
    const facts = healthy();
    if (!facts.triggers.ok) throw new Error('fixture');
    const without = { ...facts, triggers: { ok: true as const, value: facts.triggers.value.filter((t) => t.handler !== 'onCadreFormSubmit') } };
    expect(check(without, 'triggers')).toEqual(
      expect.objectContaining({
        status: 'failed',
        summary: 'Thiếu: nhận báo cáo kết quả đi cơ sở qua biểu mẫu của cán bộ.',
        advice: [expect.stringContaining('tạo biểu mẫu báo cáo của cán bộ nếu chưa có')],
      }),
    );
    const elsewhere = { ...facts, cadreFormId: 'form-3' };
    expect(check(elsewhere, 'triggers').summary).toBe('Thiếu: nhận báo cáo kết quả đi cơ sở qua biểu mẫu của cán bộ.');
    expect(check(healthy(), 'triggers').summary).toContain('nhận báo cáo kết quả đi cơ sở qua biểu mẫu của cán bộ');
  });

  test('a trigger installed twice, or one left on an old form, is a failure saying what to delete', () => {
    const facts = healthy();
    if (!facts.triggers.ok) throw new Error('fixture');
    const twice = { ...facts, triggers: { ok: true as const, value: [...facts.triggers.value, facts.triggers.value[1]!] } };
    expect(check(twice, 'triggers')).toMatchObject({ status: 'failed', summary: 'Bị trùng: kiểm tra hạn nộp hằng ngày; mỗi việc sẽ chạy nhiều lần.' });
    expect(check(twice, 'triggers').advice[0]).toContain('checkDeadlines');
    const oldForm = { ...facts, triggers: { ok: true as const, value: [...facts.triggers.value, { handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: 'old' }] } };
    expect(check(oldForm, 'triggers')).toMatchObject({ status: 'failed', summary: expect.stringContaining('biểu mẫu khác') });
  });

  test('run by another editor: their list cannot show the owner’s triggers, and the owner is told what to run', () => {
    const facts = { ...healthy(), runner: CLERK, triggers: { ok: true as const, value: [] } };
    const triggers = check(facts, 'triggers');
    expect(triggers.status).toBe('warning');
    expect(triggers.summary).toContain(`thuộc tài khoản ${OFFICE}`);
    expect(triggers.summary).toContain('không hiển thị trình kích hoạt của tài khoản khác');
    expect(triggers.advice).toEqual([`Đề nghị tài khoản ${OFFICE} mở bảng tính và chọn Đi cơ sở > Kiểm tra cài đặt.`]);
    expect(check(facts, 'form').status).toBe('warning');
    expect(check(facts, 'quota')).toMatchObject({ status: 'warning', summary: expect.stringContaining(`thư của hệ thống gửi từ tài khoản ${OFFICE}`) });
  });

  test('another editor holding a second set of triggers is told to delete theirs', () => {
    const facts = { ...healthy(), runner: CLERK };
    const triggers = check(facts, 'triggers');
    expect(triggers.status).toBe('failed');
    expect(triggers.summary).toContain('cũng có trình kích hoạt');
    expect(triggers.advice[0]).toContain('xóa các trình kích hoạt của tài khoản này');
  });

  test('no owner recorded: the runner’s own complete set is a warning asking to record it', () => {
    const result = check({ ...healthy(), triggerOwner: null }, 'triggers');
    expect(result.status).toBe('warning');
    expect(result.advice).toEqual([expect.stringContaining('để ghi nhận tài khoản này')]);
  });

  test('the form: none, closed, writing responses to a sheet', () => {
    const base = healthy();
    if (!base.spreadsheet.ok) throw new Error('fixture');
    const unlinked = { ...base, spreadsheet: { ok: true as const, value: { ...base.spreadsheet.value, formRef: null } }, form: null };
    expect(check(unlinked, 'form')).toMatchObject({ status: 'failed', advice: ['Chọn Đi cơ sở > Cập nhật biểu mẫu cho các đơn vị.'] });
    expect(check(unlinked, 'permissions').summary).toContain('chưa thử được quyền Google Biểu mẫu');
    const closed = { ...base, form: { ok: true as const, value: { id: FORM_ID, destinationId: '', accepting: false } } };
    expect(check(closed, 'form')).toMatchObject({ status: 'failed', advice: [expect.stringContaining('Chấp nhận câu trả lời')] });
    expect(check({ ...closed, today: '2016-09-13' }, 'form').status).toBe('warning');
    const elsewhere = { ...base, form: { ok: true as const, value: { id: FORM_ID, destinationId: 'other', accepting: true } } };
    expect(check(elsewhere, 'form')).toMatchObject({ status: 'failed', summary: expect.stringContaining('bảng tính khác'), advice: [expect.stringContaining('Hủy liên kết biểu mẫu')] });
    // A response sheet in this workbook: one column per chapter row, past the cell limit at 170 units.
    const here = { ...base, form: { ok: true as const, value: { id: FORM_ID, destinationId: SS_ID, accepting: true } } };
    expect(check(here, 'form')).toMatchObject({ status: 'failed', summary: expect.stringContaining('10 triệu ô'), advice: [expect.stringContaining('Hủy liên kết biểu mẫu')] });
    const gone = { ...base, form: probeFailure('FormApp.openById', new Error('No item with the given ID could be found.')) };
    expect(check(gone, 'form')).toMatchObject({ status: 'failed', advice: [expect.stringContaining('Thùng rác')] });
  });

  test('Gmail: a label that does not find, or does not exclude, the test message fails', () => {
    const base = healthy();
    if (base.labelSearch.kind !== 'ran') throw new Error('fixture');
    const labels = [{ ...base.labelSearch.labels[0]!, foundByLabel: false, excludedFromCandidates: false }, base.labelSearch.labels[1]!];
    const result = check({ ...base, labelSearch: { ...base.labelSearch, labels } }, 'gmail');
    expect(result.status).toBe('failed');
    expect(result.summary).toContain('Tìm theo nhãn "Đi cơ sở/Đã xử lý" không thấy thư đã gắn nhãn đó.');
    expect(result.summary).toContain('thư đã xử lý sẽ bị đọc lại');
    expect(result.advice).toEqual([expect.stringContaining('người phụ trách kỹ thuật')]);
    const missed = check({ ...base, labelSearch: { ...base.labelSearch, foundByCandidates: false } }, 'gmail');
    expect(missed.summary).toContain('không thấy một thư chưa gắn nhãn');
  });

  test('Gmail: no arrival, not trashed, no quota', () => {
    const base = healthy();
    if (base.labelSearch.kind !== 'ran') throw new Error('fixture');
    const lost = check({ ...base, labelSearch: { ...base.labelSearch, arrived: false, labels: [], trashed: false } }, 'gmail');
    expect(lost.status).toBe('failed');
    expect(lost.advice).toEqual([expect.stringContaining('bộ lọc'), expect.stringContaining('dcskt0123456789ab')]);
    const kept = check({ ...base, labelSearch: { ...base.labelSearch, trashed: false } }, 'gmail');
    expect(kept).toMatchObject({ status: 'warning', advice: [expect.stringContaining('đề nghị tự xóa thư')] });
    expect(check({ ...base, labelSearch: { kind: 'skipped', reason: 'noQuota' } }, 'gmail')).toMatchObject({ status: 'warning', advice: [expect.stringContaining('ngày mai')] });
  });

  test('mail quota against one round of reminders', () => {
    const needed = recipientsPerRound(DEFAULT_CAMPAIGN);
    // Each unit's addresses and its cadre in Cc, the office's digest, and one digest per cadre standing for a unit.
    const standing = DEFAULT_CAMPAIGN.cadres.filter((c) => DEFAULT_CAMPAIGN.units.some((u) => u.cadre === c.id)).length;
    expect(standing).toBeGreaterThan(0);
    expect(needed).toBe(DEFAULT_CAMPAIGN.units.reduce((n, u) => n + u.emails.length, 0) + DEFAULT_CAMPAIGN.units.filter((u) => u.cadre).length + 1 + standing);
    expect(recipientsPerRound({ ...DEFAULT_CAMPAIGN, cadres: [...DEFAULT_CAMPAIGN.cadres, { id: 'cb-99', name: 'Không đứng điểm', role: 'Ủy viên', email: 'x@example.org' }] })).toBe(needed);
    expect(check({ ...healthy(), mailQuota: { ok: true, value: needed } }, 'quota').status).toBe('ok');
    const short = check({ ...healthy(), mailQuota: { ok: true, value: needed - 1 } }, 'quota');
    expect(short).toMatchObject({ status: 'warning', advice: [expect.stringContaining('Google Workspace')] });
    expect(short.summary).toContain(`cần khoảng ${needed}`);
    expect(check({ ...healthy(), mailQuota: { ok: true, value: 0 } }, 'quota')).toMatchObject({ status: 'failed', summary: expect.stringContaining('đã hết hạn mức') });
  });

  test('time zones: a mismatch names each place and where to change it; a wrong format fails', () => {
    const base = healthy();
    if (!base.spreadsheet.ok) throw new Error('fixture');
    const mismatch = { ...base, spreadsheet: { ok: true as const, value: { ...base.spreadsheet.value, timeZone: 'America/Los_Angeles' } } };
    const result = check(mismatch, 'timeZones');
    expect(result.status).toBe('failed');
    expect(result.summary).toContain('bảng tính America/Los_Angeles');
    expect(result.advice).toEqual(['Múi giờ của bảng tính: Tệp > Cài đặt > Múi giờ.', expect.stringContaining('Asia/Ho_Chi_Minh')]);
    const elsewhere = { ...mismatch, scriptTimeZone: 'America/Los_Angeles', campaign: { ok: true as const, campaign: { ...DEFAULT_CAMPAIGN, timeZone: 'America/Los_Angeles' } } };
    expect(check(elsewhere, 'timeZones').status).toBe('warning');
    expect(check({ ...base, knownInstant: '12/09/2016 16:59' }, 'timeZones')).toMatchObject({
      status: 'failed',
      summary: expect.stringContaining('"12/09/2016 16:59" thay vì "12/09/2016 23:59"'),
    });
  });

  test('Vietnamese text: the engine’s NFD/NFC and the product’s folding give the expected keys', () => {
    const facts = probeVietnameseText();
    expect(facts.nfd).not.toBe(facts.sample);
    expect(textProblems(facts)).toEqual([]);
    expect(textProblems({ ...facts, nfcOfNfd: facts.nfd })).toEqual(['normalize']);
    expect(textProblems({ ...facts, matchKeys: { ...facts.matchKeys, nfd: 'đoan xa tam hoa' } })).toEqual(['folding']);
    expect(textProblems({ ...facts, exactKeys: { newTone: 'a', oldTone: 'b' } })).toEqual(['tonePlacement']);
    const broken = check({ ...healthy(), text: { ...facts, nfcOfNfd: facts.nfd } }, 'text');
    expect(broken).toMatchObject({ status: 'failed', summary: expect.stringContaining('NFD/NFC') });
  });
});
