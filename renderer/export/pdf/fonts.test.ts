// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n';
import { FONT_FAMILY, printable, registerFonts, type PdfFonts } from './fonts';

const root = resolve(import.meta.dirname, '../../..');
function fontFile(path: string): ArrayBuffer {
  const bytes = readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const fonts: PdfFonts = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

function leaves(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(leaves);
}

describe('printable text', () => {
  const everything = () => true;
  it('composes accents typed as two characters', () => {
    expect(printable('Zoe\u0308 N\u0303u\u0301n\u0303ez', everything)).toBe('Zoë Ñúñez');
  });
  it('unifies line ends and turns other control characters into spaces', () => {
    expect(printable('a\r\nb\rc\td\u0007e\u0085', everything)).toBe('a\nb\nc d e ');
  });
  it('marks characters the font has no glyph for, emoji included, instead of dropping them', () => {
    expect(printable('⚠ ok 👍', (code) => code !== 0x26a0)).toBe('\uFFFD ok \uFFFD');
  });
  it('leaves plain ASCII alone', () => {
    expect(printable('Pilot met 20 hybride docenten (ASML)', () => false)).toBe('Pilot met 20 hybride docenten (ASML)');
  });
});

describe('Noto Sans, as embedded in the action plan', () => {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const clean = registerFonts(doc, fonts);

  it('registers a regular and a bold weight under one family', () => {
    expect(doc.getFontList()[FONT_FAMILY]?.sort()).toEqual(['bold', 'normal']);
  });

  it('has a glyph for every character of every text the plan prints, in both languages', () => {
    for (const catalog of Object.values(catalogs)) {
      const texts = [
        ...leaves(catalog.pdf),
        ...leaves(catalog.scoring),
        ...leaves(catalog.actions.status),
        ...leaves(catalog.organisationKind),
        catalog.app.name,
      ];
      for (const text of texts) expect(clean(text), text).toBe(text);
    }
  });

  it('covers the scripts names come in: Latin with diacritics, Greek and Cyrillic', () => {
    const names =
      'Łukasz Wróbel, Şahin Yılmaz, Zoë Ñúñez, Dagný Þórsdóttir, Søren Højgaard, Œuvre, Ζωή Παπαδοπούλου, Мария Иванова, Ірина Коваленко, Ґанна';
    expect(clean(names)).toBe(names);
  });
});
