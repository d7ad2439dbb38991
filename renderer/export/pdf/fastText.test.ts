// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { speedUpText } from './fastText';
import { FONT_FAMILY, registerFonts, type PdfFonts } from './fonts';

const root = resolve(import.meta.dirname, '../../..');
function fontFile(path: string): ArrayBuffer {
  const bytes = readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const fonts: PdfFonts = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

function documentWithFonts(): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  registerFonts(doc, fonts);
  return doc;
}

describe('faster text for the action plan', () => {
  const samples = ['Łukasz Wróbel', 'Ζωή Παπαδοπούλου · Мария', 'Terugdringen van personeelstekorten', '12,0 · veel', ''];

  it('measures exactly as jsPDF does, in both weights and any size', () => {
    const plain = documentWithFonts();
    const fast = documentWithFonts();
    speedUpText(fast);
    for (const [style, size] of [
      ['normal', 8],
      ['bold', 12.5],
    ] as const) {
      for (const doc of [plain, fast]) {
        doc.setFont(FONT_FAMILY, style);
        doc.setFontSize(size);
      }
      for (const text of samples) expect(fast.getTextWidth(text)).toBeCloseTo(plain.getTextWidth(text), 9);
    }
  });

  it("no longer runs every text through jsPDF's Arabic shaper", () => {
    const doc = documentWithFonts();
    const shaper = (jsPDF.API as { processArabic?: unknown }).processArabic;
    const subscribed = () => Object.values(doc.internal.events.getTopics()['preProcessText'] ?? {}).map(([callback]) => callback);
    expect(subscribed()).toContain(shaper);
    speedUpText(doc);
    expect(subscribed()).not.toContain(shaper);
  });
});
