import { fontHint, NO_HINT, type FontHint } from '../encoding/legacy';
import { attribute, childElements, findElement, firstChild, parseXml, type XmlNode } from '../xml';

/**
 * The fonts a Word run inherits: its own w:rFonts, else its character style, else its
 * paragraph's style (following w:basedOn), else the document defaults. Only the font name
 * matters here: it tells TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) text apart.
 */
export interface DocxStyles {
  runFont(runProperties: XmlNode | null, paragraphStyle: string | null): FontHint;
}

interface StyleEntry {
  readonly basedOn: string | null;
  /** undefined: the style sets no font; null: it sets a theme font (never legacy). */
  readonly font: string | null | undefined;
}

/** The font named by a w:rFonts element; null for theme fonts, undefined when it names none. */
function fontOf(properties: XmlNode | null | undefined): string | null | undefined {
  const fonts = properties ? firstChild(properties, 'w:rFonts') : undefined;
  if (!fonts) return undefined;
  const name = attribute(fonts, 'w:hAnsi') ?? attribute(fonts, 'w:ascii') ?? attribute(fonts, 'w:cs');
  if (name) return name;
  return attribute(fonts, 'w:asciiTheme') || attribute(fonts, 'w:hAnsiTheme') ? null : undefined;
}

export function readDocxStyles(xml: string | null): DocxStyles {
  const styles = new Map<string, StyleEntry>();
  let defaultFont: string | null | undefined;
  let defaultParagraphStyle: string | null = null;
  if (xml) {
    const root = parseXml(xml);
    const defaults = findElement(root, 'w:rPrDefault');
    defaultFont = fontOf(defaults ? firstChild(defaults, 'w:rPr') : undefined);
    const stylesNode = findElement(root, 'w:styles');
    for (const style of stylesNode ? childElements(stylesNode, 'w:style') : []) {
      const id = attribute(style, 'w:styleId');
      if (!id) continue;
      styles.set(id, {
        basedOn: attribute(firstChild(style, 'w:basedOn'), 'w:val') ?? null,
        font: fontOf(firstChild(style, 'w:rPr')),
      });
      if (attribute(style, 'w:type') === 'paragraph' && /^(1|true)$/.test(attribute(style, 'w:default') ?? '')) defaultParagraphStyle = id;
    }
  }

  const styleFont = (id: string | null): string | null | undefined => {
    for (let depth = 0, current = id; current && depth < 20; depth++) {
      const entry = styles.get(current);
      if (!entry) return undefined;
      if (entry.font !== undefined) return entry.font;
      current = entry.basedOn;
    }
    return undefined;
  };

  return {
    runFont(runProperties, paragraphStyle) {
      const direct = fontOf(runProperties);
      const characterStyle = runProperties ? attribute(firstChild(runProperties, 'w:rStyle'), 'w:val') ?? null : null;
      const chain = [direct, styleFont(characterStyle), styleFont(paragraphStyle ?? defaultParagraphStyle), defaultFont];
      const font = chain.find((candidate) => candidate !== undefined);
      return font ? fontHint(font) : NO_HINT;
    },
  };
}
