/**
 * Is a word a well-formed Vietnamese syllable? Used only to tell which reading of an ambiguous
 * 8-bit text (Unicode as is, TCVN3 or VNI) is Vietnamese: the wrong readings produce tone marks on
 * the wrong vowel ("Khaù"), impossible vowel clusters ("Yõu") or stray symbols ("Chi ®oµn").
 */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const OTHER_MARK = /[\u0300-\u036f]/;
const SHAPE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|nh|ng|[cmnpt])?$/;

/**
 * Vowel clusters, each with the positions its tone may take: [without a final consonant, with one].
 * Both tone placements of oa/oe/uy ("hòa", "hoà") are accepted.
 */
const CLUSTERS: Readonly<Record<string, readonly [readonly number[], readonly number[]]>> = {
  ...single('aăâeêioôơuưy'),
  ...cluster('ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa', [0], []),
  ...cluster('iê yê uô ươ uâ uê uơ oă', [1], [1]),
  ...cluster('oa oe uy', [0, 1], [1]),
  ...cluster('oo', [], [0, 1]),
  ...cluster('iêu yêu uôi ươi ươu oai oay uây oeo uyu', [1], []),
  ...cluster('uyê', [], [2]),
  ...cluster('uya', [1], []),
};

function single(vowels: string): Record<string, readonly [readonly number[], readonly number[]]> {
  const entries: Record<string, readonly [readonly number[], readonly number[]]> = {};
  for (const vowel of vowels) entries[vowel] = [[0], [0]];
  return entries;
}

function cluster(names: string, open: number[], closed: number[]): Record<string, readonly [readonly number[], readonly number[]]> {
  const entries: Record<string, readonly [readonly number[], readonly number[]]> = {};
  for (const name of names.split(' ')) entries[name] = [open, closed];
  return entries;
}

/** `word` lower-case; true when it reads as one Vietnamese syllable with its tone in place. */
export function isVietnameseSyllable(word: string): boolean {
  let toneIndex = -1;
  const letters: string[] = [];
  for (const char of word.normalize('NFD')) {
    if (TONE_MARK.test(char)) {
      if (toneIndex >= 0 || letters.length === 0) return false;
      toneIndex = letters.length - 1;
    } else if (OTHER_MARK.test(char) && letters.length > 0) {
      letters[letters.length - 1] = (letters[letters.length - 1] + char).normalize('NFC');
    } else {
      letters.push(char);
    }
  }
  const shape = SHAPE.exec(letters.join(''));
  if (!shape) return false;
  const [, onset = '', nucleus, coda] = shape;
  const allowed = CLUSTERS[nucleus];
  if (!allowed) return false;
  return toneIndex < 0 || allowed[coda ? 1 : 0].includes(toneIndex - onset.length);
}
