import type { jsPDF } from 'jspdf';

/** The TrueType files of Noto Sans (OFL), embedded in every action plan: Latin, Greek and Cyrillic. */
export interface PdfFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

/** The family name every text and table of the plan uses; the standard 14 fonts are never used. */
export const FONT_FAMILY = 'NotoSans';

/** What a character the font has no glyph for is printed as, rather than silently disappearing. */
const REPLACEMENT = '\uFFFD';

/**
 * Fetches the font files the build placed next to the renderer (same origin, so the CSP allows it).
 * The URLs are imported here, not at the top, so that Node (tests, scripts) can load this module.
 */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const [{ default: regularUrl }, { default: boldUrl }] = await Promise.all([
    import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'),
    import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url'),
  ]);
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  return { regular, bold };
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Registers both weights with Identity-H encoding, so jsPDF embeds a subset of each with a ToUnicode
 * map (selectable, searchable text), and returns a function that makes any text printable in them.
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): (text: string) => string {
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT_FAMILY, 'normal', undefined, 'Identity-H');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT_FAMILY, 'bold', undefined, 'Identity-H');
  nameSubsetsWhenBuilt(doc);
  const covered = coverage([glyphMap(doc, 'normal'), glyphMap(doc, 'bold')]);
  return (text) => printable(text, (code) => covered[code] === 1);
}

/** 1 for every BMP code point that all the given character maps give a real glyph. */
function coverage(maps: readonly Record<number, number | undefined>[]): Uint8Array {
  const covered = new Uint8Array(0x10000);
  for (const key of Object.keys(maps[0]!)) {
    const code = Number(key);
    if (code < 0x10000 && maps.every((map) => (map[code] ?? 0) !== 0)) covered[code] = 1;
  }
  return covered;
}

/**
 * Text as the font can show it: composed (NFC, so "e" + combining diaeresis becomes "ë"), line ends
 * unified, other control characters as spaces, and characters without a glyph (emoji, CJK) as "�"
 * instead of being dropped without a trace.
 */
export function printable(text: string, hasGlyph: (code: number) => boolean): string {
  // Most texts are plain ASCII, which every font has: nothing to do.
  if (/^[\n\x20-\x7e]*$/.test(text)) return text;
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0)!;
    if (char === '\n') out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code > 0xffff || !hasGlyph(code)) out += REPLACEMENT;
    else out += char;
  }
  return out;
}

/**
 * jsPDF names both weights after the family ("NotoSans"). Just before the file is written, give each
 * its PostScript name with a subset tag ("QWERTY+NotoSans-Bold", PDF 32000 §9.6.4), so that viewers
 * and printers never take one weight for the other.
 */
function nameSubsetsWhenBuilt(doc: jsPDF): void {
  doc.internal.events.subscribe('buildDocument', () => {
    for (const [style, postScriptName] of [
      ['normal', 'NotoSans-Regular'],
      ['bold', 'NotoSans-Bold'],
    ] as const) {
      const font = getFont(doc, style);
      const glyphs = [...new Set(font.metadata?.glyIdsUsed)].sort((a, b) => a - b);
      font.fontName = `${subsetTag(`${postScriptName}:${glyphs.join(',')}`)}+${postScriptName}`;
    }
  });
}

/** Six capital letters that differ between different subsets. */
function subsetTag(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

/** What this module reads of jsPDF's parsed TrueType font. */
interface ParsedFont {
  fontName: string;
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } }; glyIdsUsed?: number[] };
}

function getFont(doc: jsPDF, style: 'normal' | 'bold'): ParsedFont {
  // jsPDF's typings declare getFont() without arguments; it takes a family and a style.
  const get = doc.getFont.bind(doc) as unknown as (family: string, style: string) => ParsedFont;
  return get(FONT_FAMILY, style);
}

/** Unicode code point → glyph id of a registered TrueType font, as jsPDF parsed it. */
function glyphMap(doc: jsPDF, style: 'normal' | 'bold'): Record<number, number | undefined> {
  const map = getFont(doc, style).metadata?.cmap?.unicode?.codeMap;
  if (!map) throw new Error(`font ${FONT_FAMILY} ${style} has no Unicode character map`);
  return map;
}

/** jsPDF's virtual file system takes fonts as "binary strings", one character per byte. */
function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const chunks: string[] = [];
  // Small chunks: far faster than spreading large ones into fromCharCode, and within every engine's argument limit.
  const size = 4096;
  for (let i = 0; i < bytes.length; i += size)
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + size) as unknown as number[]));
  return chunks.join('');
}
