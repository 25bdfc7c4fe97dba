import type { Campaign } from '../../domain/campaign';
import { signerProblem } from '../../domain/signer';
import { locateField } from '../../workbook/readCampaign';
import { signerMessages } from '../messages';

/** What setup and the self-check say about the letters' signature; null when a real name signs. */
export function signerWarning(signer: Campaign['signer']): string | null {
  const problem = signerProblem(signer);
  if (problem === null) return null;
  const where = locateField(['signer', 'name']) ?? 'trang "Cấu hình"';
  return problem === 'missing' ? signerMessages.missing(where) : signerMessages.sample(signer?.name.trim() ?? '', where);
}
