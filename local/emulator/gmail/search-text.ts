/**
 * How Gmail search compares text, addresses and label names. Sources (and the readings chosen
 * where they are silent — always the stricter one, listed in COVERAGE notes and the report):
 * - Words are whole words, never substrings: Gmail has no stemming and `joh` does not find
 *   `john.smith@…`; words split on everything but letters, digits and `_`, so `john.smith` or
 *   `john-smith` is the phrase "john smith" (sensefulsolutions.com "How Gmail filter email
 *   matching works", 2010). Case-insensitive. Diacritics are significant (undocumented; stricter):
 *   `tháng` does not find `thang`, nor the reverse.
 * - `to:` covers To, Cc and Bcc; a full address must be the whole address (the words of a partial
 *   one are a phrase: `to:example` finds `example@gmail.com`) — Gmail API Filter criteria, `to`.
 * - `label:` takes the label's name in lower case with spaces written as `-` (support.google.com/
 *   mail/answer/7190 `label:`; "use - for a space", wiki.l2g.to GmailCribSheet), a nested label's
 *   `/` too, and the punctuation Gmail treats as the same character as `-` in label names
 *   (`" & ( ) - / { } |`, same crib sheet). One `-` per character, no collapsing, no prefix
 *   match of a parent (`label:foo` does not find `Foo/Bar`, mbrt/gmailctl#324), diacritics kept
 *   (undocumented; stricter): `label:đã-xử-lý` finds "Đã xử lý", `label:da-xu-ly` does not.
 */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/** The words of a text, in order, lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether `needle` occurs as consecutive whole words in `haystack`. An empty needle matches. */
export function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g;

/** The bare addresses a header names (`"A" <a@x.org>, b@y.org` → `a@x.org`, `b@y.org`), lower case. */
export function addressesIn(header: string): string[] {
  return (header.toLowerCase().match(ADDRESS) ?? []).map((a) => a.replace(/\.$/, ''));
}

const FULL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whether an address operator's value (`from:`, `to:`, `cc:`, `bcc:`, `deliveredto:`) names one
 * of the header's recipients: a full address must equal one of them; anything else is a phrase
 * of words in the header (display names and addresses).
 */
export function addressMatches(header: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (FULL_ADDRESS.test(v)) return addressesIn(header).includes(v);
  const needle = words(v);
  return needle.length > 0 && containsPhrase(words(header), needle);
}

const LABEL_SEPARATORS = /[\s"&(){}|/]/gu;

/** A user label's name as `label:` writes it. */
export function labelSearchName(name: string): string {
  return name.toLowerCase().replace(LABEL_SEPARATORS, '-');
}
