// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n';
import type { WorkshopData } from '../../../shared/model/workshopData';
import { loadHyphenator, SOFT_HYPHEN, type WordHyphenator } from '../../../shared/text/hyphenate';
import { blankWorkshop } from '../../../tests/support/blankWorkshop';
import { fixedClock, sequentialUuids, testRecordFactory } from '../../../tests/support/recordFactory';
import { actionRecord } from '../../../tests/support/records';
import { buildActionPlanPdf, type PdfFonts } from './actionPlanPdf';

const root = resolve(import.meta.dirname, '../../..');
function fontFile(path: string): ArrayBuffer {
  const bytes = readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const fonts: PdfFonts = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

/** Long Dutch compounds, where narrow table cells and heat-map squares must break words. */
const compounds = [
  'Arbeidsvoorwaardenregeling',
  'Samenwerkingsovereenkomst',
  'detacheringsovereenkomsten',
  'Zorgverzekeringsmaatschappij',
  'verantwoordelijkheidsverdeling',
  'kwalificatiemogelijkheden',
];

/** A workshop whose narrow cells hold nothing but long compounds: actions, owners, first steps. */
function compoundWorkshop(): WorkshopData {
  const factory = testRecordFactory({ newId: sequentialUuids(), now: fixedClock('2026-11-22T09:00:00.000Z') });
  const data = blankWorkshop({ title: 'Ontwikkelingsmogelijkheden' }, factory);
  compounds.forEach((word, index) => {
    data.actions.push(
      actionRecord(factory.newId(), {
        title: `${word} ${compounds[(index + 1) % compounds.length]}`,
        elementIds: ['meerwaarde.ontwikkeling'],
        owner: { name: compounds[(index + 2) % compounds.length]!, organisation: compounds[(index + 3) % compounds.length]! },
        dueDate: '2027-01-15',
        firstStep: compounds[(index + 4) % compounds.length]!,
        createdAt: factory.now(),
        updatedAt: factory.now(),
      }),
    );
  });
  return data;
}

/** A token without the punctuation around it: "(ontwikkelings-" → "ontwikkelings-". */
const letters = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');

/**
 * Words that `pdftotext -raw` output shows broken wrongly across lines: a line ending in a fragment
 * that is no word of `vocabulary` (broken without a hyphen), or a hyphen where the TeX patterns allow
 * none. A word broken over several lines is put back together first.
 */
function wrongBreaks(text: string, vocabulary: Set<string>, hyphenateWord: WordHyphenator): string[] {
  const wrong: string[] = [];
  let carried: { head: string; breaks: number[] } | null = null;
  for (const line of text.split('\n')) {
    const tokens = line
      .trim()
      .split(/\s+/)
      .filter((token) => token !== '');
    if (tokens.length === 0) continue;
    if (carried) {
      tokens[0] = carried.head + tokens[0];
      const word = letters(tokens[0]!);
      const syllables = hyphenateWord(word).split(SOFT_HYPHEN);
      const points = syllables.map((_, i) => syllables.slice(0, i + 1).join('').length);
      for (const at of carried.breaks) if (!points.includes(at)) wrong.push(`${word.slice(0, at)}-|${word.slice(at)}`);
    }
    const breaks: number[] = tokens.length === 1 && carried ? carried.breaks : [];
    carried = null;
    const last = letters(tokens.at(-1)!);
    if (/\p{L}-$/u.test(last) && !vocabulary.has(last.toLowerCase())) {
      carried = { head: last.slice(0, -1), breaks: [...breaks, last.length - 1] };
    } else if (last !== '' && !vocabulary.has(last.toLowerCase())) {
      wrong.push(`${last}|`);
    }
  }
  return wrong;
}

describe('long words in the PDF action plan', () => {
  let text = '';
  let vocabulary: Set<string>;
  let hyphenateWord: WordHyphenator;

  beforeAll(async () => {
    const data = compoundWorkshop();
    const bytes = await buildActionPlanPdf(data, { includeNotes: true, exportedAt: new Date('2026-11-22T12:00:00Z'), fonts });
    const output = join(root, 'test-results', 'pdf');
    mkdirSync(output, { recursive: true });
    const file = join(output, 'hyphenation.pdf');
    writeFileSync(file, bytes);
    text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    const months = Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat('nl', { month: 'long' }).format(new Date(2026, month, 1)),
    );
    const source = JSON.stringify(data) + JSON.stringify(catalogs.nl) + months.join(' ');
    vocabulary = new Set(source.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []);
    hyphenateWord = await loadHyphenator('nl');
  }, 60_000);

  it('breaks them across lines only at a syllable the Dutch patterns allow, always with a hyphen', () => {
    expect(wrongBreaks(text, vocabulary, hyphenateWord)).toEqual([]);
  });

  it('did have to break them: the check above is not empty-handed', () => {
    const broken = text.split('\n').filter((line) => /\p{L}-$/u.test(line.trim()));
    expect(broken.length).toBeGreaterThan(5);
  });
});
