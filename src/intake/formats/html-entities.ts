/** HTML character references: numeric ones and the named ones Word and mail clients write. */
const LATIN1_NAMES =
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig';

function buildNamed(): Map<string, string> {
  const named = new Map<string, string>([
    ['nbsp', '\u00a0'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
    ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'],
    ['rdquo', '”'], ['bull', '•'], ['laquo', '«'], ['raquo', '»'], ['copy', '©'], ['reg', '®'],
    ['deg', '°'], ['middot', '·'], ['shy', '\u00ad'], ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '], ['zwnj', ''], ['zwj', ''],
  ]);
  // À (0xC0) … ß (0xDF), then à … ÿ with the lower-case names (÷ for ×, ÿ for ß's slot).
  LATIN1_NAMES.split(' ').forEach((name, i) => {
    named.set(name, String.fromCharCode(0xc0 + i));
    const lower = name === 'times' ? 'divide' : name === 'szlig' ? 'yuml' : name === 'ETH' ? 'eth' : name === 'THORN' ? 'thorn' : name.charAt(0).toLowerCase() + name.slice(1);
    named.set(lower, String.fromCharCode(0xe0 + i));
  });
  return named;
}

const NAMED = buildNamed();

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const codePoint = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return whole;
      return String.fromCodePoint(codePoint);
    }
    return NAMED.get(ref) ?? whole;
  });
}
