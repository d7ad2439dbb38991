// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { registerFonts, type PdfFonts } from './fonts';
import { PdfWriter } from './pdfLayout';
import { createPdfTexts } from './pdfTexts';

const root = resolve(import.meta.dirname, '../../..');
function fontFile(path: string): ArrayBuffer {
  const bytes = readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const fonts: PdfFonts = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

describe('wrapping text in the embedded font', () => {
  it('breaks at spaces, keeps blank lines, and breaks a too long word with a hyphen at a syllable of the hyphenation patterns', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    const w = new PdfWriter(doc, await createPdfTexts('nl'), registerFonts(doc, fonts));
    w.use({ size: 8 });
    expect(w.wrap('Meer betekenisvol werk', 100)).toEqual(['Meer betekenisvol werk']);
    expect(w.wrap('Meer betekenisvol werk', doc.getTextWidth('Meer betekenisvol') + 0.1)).toEqual(['Meer betekenisvol', 'werk']);
    expect(w.wrap('eerst\n\ndan', 100)).toEqual(['eerst', '', 'dan']);

    const word = 'ontwikkelingsmogelijkheden';
    const width = doc.getTextWidth('ontwikkelingsmogelijkh-') + 0.1;
    const lines = w.wrap(`1.4 Betere ${word}`, width);
    expect(lines).toEqual(['1.4 Betere', 'ontwikkelingsmogelijk-', 'heden']);
    for (const line of lines) expect(doc.getTextWidth(line)).toBeLessThanOrEqual(width);
  });
});
