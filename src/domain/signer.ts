import type { Campaign } from './campaign';

/** Marks a signer's name as sample data (the built-in campaign's): letters must not go out so signed. */
export const SAMPLE_MARK = '(mẫu)';

/**
 * What is wrong with the letters' signature: `missing` when no name is configured (every letter
 * ends with the committee's line and title alone, unsigned), `sample` when the name is the
 * built-in campaign's sample; null when a real name signs.
 */
export function signerProblem(signer: Campaign['signer']): 'missing' | 'sample' | null {
  const name = signer?.name.trim() ?? '';
  if (name === '') return 'missing';
  return name.includes(SAMPLE_MARK) ? 'sample' : null;
}
