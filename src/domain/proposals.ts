import type { Visit } from './visits';

/** The office's follow-up of a reported difficulty or proposal, as `Xử lý` starts. */
export type ProposalStatus = 'Mới' | 'Đã chuyển BTV' | 'Đang giải quyết' | 'Đã giải quyết';
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['Mới', 'Đã chuyển BTV', 'Đang giải quyết', 'Đã giải quyết'];
/** The longest note the office may add. */
export const PROPOSAL_NOTE_LIMIT = 500;

/** `Xử lý` read back: its status (`Mới` when empty) and the office's note. */
export function readHandling(handling: string): { status: ProposalStatus; note: string } {
  const text = handling.trim();
  const status = [...PROPOSAL_STATUSES].sort((a, b) => b.length - a.length).find((s) => text.startsWith(s));
  if (!status) return { status: 'Mới', note: text };
  const rest = text.slice(status.length).replace(/\s*\(\d{2}\/\d{2}\/\d{4}\)\s*$/, '');
  return { status, note: rest.replace(/^\s*[—–-]\s*/, '').trim() };
}

/** `Đang giải quyết — <note> (dd/MM/yyyy)`: what `Xử lý` holds after the office sets a status. */
export function handlingText(status: ProposalStatus, note: string, day: string): string {
  const clean = note.replace(/\s+/g, ' ').trim();
  return `${status}${clean ? ` — ${clean}` : ''} (${day})`;
}

/** A visit whose report carries difficulties or proposals: the office's list to follow up. */
export function hasProposal(visit: Pick<Visit, 'status' | 'difficulties'>): boolean {
  return visit.status === 'Đã báo cáo' && visit.difficulties.trim() !== '';
}

/** The status the cadre must now hear of, or null (nothing new, or back to `Mới`). */
export function proposalToTell(visit: Pick<Visit, 'status' | 'difficulties' | 'handling' | 'proposalTold'>): ProposalStatus | null {
  if (!hasProposal(visit)) return null;
  const { status } = readHandling(visit.handling);
  return status !== 'Mới' && status !== visit.proposalTold ? status : null;
}

/** The outbox key of the letter telling the cadre of a status. */
export function proposalKey(id: string, status: ProposalStatus): string {
  return `Kiến nghị|${id}|${status}`;
}
