/**
 * The Vietnamese-text part of the self-check: what the platform's JavaScript engine (its ICU data)
 * and the product's own folding make of one name, and what they must make of it.
 */
import { exactKey, matchKey } from '../../domain/text';
import type { TextFacts } from './installationFacts';

/** "Đoàn xã Tam Hòa" written with code points, so no editor or bundler can normalise the sample. */
const SAMPLE_OLD_TONE = '\u0110o\u00e0n x\u00e3 Tam H\u00f2a';
/** The same name with the tone on the second vowel ("Hoà"), as newer keyboards write it. */
const SAMPLE_NEW_TONE = '\u0110o\u00e0n x\u00e3 Tam Ho\u00e0';

/** What every check of the sample must give: accents and đ folded, case and spacing ignored. */
export const EXPECTED_MATCH_KEY = 'doan xa tam hoa';

export function probeVietnameseText(): TextFacts {
  const nfd = SAMPLE_NEW_TONE.normalize('NFD');
  return {
    sample: SAMPLE_NEW_TONE,
    nfd,
    nfcOfNfd: nfd.normalize('NFC'),
    matchKeys: { sample: matchKey(SAMPLE_NEW_TONE), nfd: matchKey(nfd), oldTone: matchKey(SAMPLE_OLD_TONE) },
    exactKeys: { newTone: exactKey(SAMPLE_NEW_TONE), oldTone: exactKey(SAMPLE_OLD_TONE) },
  };
}

export type TextProblem = 'normalize' | 'folding' | 'tonePlacement';

/** The problems the facts show; [] when the engine and the product agree with the expected keys. */
export function textProblems(facts: TextFacts): TextProblem[] {
  const problems: TextProblem[] = [];
  // NFD must really decompose (more code points) and NFC must give back the very same text.
  if (facts.nfd === facts.sample || facts.nfd.length <= facts.sample.length || facts.nfcOfNfd !== facts.sample) {
    problems.push('normalize');
  }
  const keys = facts.matchKeys;
  if (keys.sample !== EXPECTED_MATCH_KEY || keys.nfd !== EXPECTED_MATCH_KEY || keys.oldTone !== EXPECTED_MATCH_KEY) {
    problems.push('folding');
  }
  if (facts.exactKeys.newTone !== facts.exactKeys.oldTone) problems.push('tonePlacement');
  return problems;
}
