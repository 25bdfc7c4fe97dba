import { matchKey } from './text';

export type Registration = 'BUILD_STRONG' | 'SUPPORT';

export const REGISTRATION_LABELS: Readonly<Record<Registration, string>> = {
  BUILD_STRONG: 'Xây dựng Chi đoàn mạnh',
  SUPPORT: 'Hỗ trợ',
};

export function registrationLabel(registration: Registration): string {
  return REGISTRATION_LABELS[registration];
}

/** Reads a registration cell of the workbook (the labels above, or how a clerk abbreviates them). */
export function parseRegistrationLabel(text: string): Registration | null {
  const key = matchKey(text);
  if (!key) return null;
  if (/^(xay dung )?(chi doan|cd) manh$|^xay dung/.test(key)) return 'BUILD_STRONG';
  if (/^(ho tro|giup do|ho tro,? giup do)$/.test(key)) return 'SUPPORT';
  return null;
}
