import type { RegistrationCheck, RegistrationProblem } from '../domain/unitStatus';

/** Vietnamese text the workbook shows in the status columns kept by the code. */
const problemText: Record<RegistrationProblem, string> = {
  noBuild: 'chưa chọn Chi đoàn xây dựng mạnh',
  noSupport: 'chưa chọn Chi đoàn hỗ trợ',
  tooManySupport: 'chỉ được hỗ trợ 1–2 Chi đoàn',
};

export const statusMessages = {
  periodProgress: (rated: number, total: number) =>
    total > 0 && rated === total ? `Đủ (${rated}/${total})` : rated === 0 ? `Chưa nộp (0/${total})` : `Còn thiếu (${rated}/${total})`,
  registration: (check: RegistrationCheck) =>
    check.state === 'valid'
      ? 'Hợp lệ'
      : check.state === 'missing'
        ? 'Chưa đăng ký'
        : `Chưa hợp lệ: ${check.problems.map((p) => problemText[p]).join('; ')}`,
  complete: 'Đã nộp đủ',
  incomplete: 'Chưa đủ',
  problemText,
};
