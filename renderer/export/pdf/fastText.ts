import { jsPDF } from 'jspdf';

/** What this module reads of jsPDF's parsed TrueType font. */
interface GlyphMetrics {
  characterToGlyph(code: number): number;
  /** Advance width in thousandths of an em. */
  widthOfGlyph(glyph: number): number;
}

type Topics = Record<string, Record<string, [unknown, boolean]> | undefined>;

/**
 * jsPDF spends most of a big plan's time on work this plan never needs: it runs every string it
 * measures or draws through its Arabic shaper, and measures text glyph by glyph through several
 * layers. For one document: drop the shaper (Noto Sans here has no Arabic glyphs, such text prints
 * as "�" anyway), measure from a table of advance widths per font, and keep the font list, which no
 * longer changes once the fonts are registered. Widths stay exactly jsPDF's own.
 */
export function speedUpText(doc: jsPDF): void {
  const shaper = (jsPDF.API as { processArabic?: unknown }).processArabic;
  const preProcessors = (doc.internal.events.getTopics() as Topics)['preProcessText'] ?? {};
  for (const [token, [callback]] of Object.entries(preProcessors)) {
    if (callback === shaper) doc.internal.events.unsubscribe(token);
  }

  const jspdfWidth = doc.getTextWidth.bind(doc);
  const advances = new Map<string, Float64Array>();
  doc.getTextWidth = (text: string): number => {
    const font = doc.getFont() as { fontName: string; fontStyle: string; metadata?: Partial<GlyphMetrics> };
    const metrics = font.metadata;
    if (typeof metrics?.widthOfGlyph !== 'function' || typeof metrics.characterToGlyph !== 'function') return jspdfWidth(text);
    const key = `${font.fontName}\u0000${font.fontStyle}`;
    let table = advances.get(key);
    if (!table) advances.set(key, (table = new Float64Array(0x10000).fill(-1)));
    let width = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let advance = table[code]!;
      if (advance < 0) advance = table[code] = metrics.widthOfGlyph(metrics.characterToGlyph(code)) || 0;
      width += advance;
    }
    return ((width / 1000) * doc.getFontSize()) / doc.internal.scaleFactor;
  };

  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
}
