import { describe, expect, it } from 'vitest';
import { templateSchema } from '../model/template';
import { templateElements } from '../model/order';
import { defaultTemplate, themeIds } from './defaultTemplate';

/** The ids of shared/docs/CANVAS.md, in order: stable, never reused. */
const canvasIds = [
  'meerwaarde.betekenisvol-werk',
  'meerwaarde.kwaliteit-diensten',
  'meerwaarde.personeelstekorten',
  'meerwaarde.ontwikkeling',
  'meerwaarde.aantrekkelijke-werkgever',
  'maatwerk.beschikbaarheid',
  'maatwerk.arbeidsvoorwaarden',
  'maatwerk.opleiding',
  'maatwerk.takenpakket',
  'maatwerk.begeleiding',
  'mogelijkheden.detachering',
  'mogelijkheden.hybride-baan',
  'mogelijkheden.reservepool',
  'mogelijkheden.samen-opleiden',
  'mogelijkheden.kaders',
  'matching.vraag',
  'matching.aanbod',
  'matching.beschikbaarheid-plannen',
  'matching.kwalificaties',
  'matching.verbinder',
];

describe('the default template', () => {
  const elements = templateElements(defaultTemplate);

  it('passes its own validator', () => {
    expect(templateSchema.safeParse(defaultTemplate).success).toBe(true);
  });
  it('has exactly the twenty element ids of the canvas, each once', () => {
    expect(elements.map((element) => element.id)).toEqual(canvasIds);
    expect(new Set(canvasIds).size).toBe(20);
  });
  it('has the four themes in order, five elements each, every id prefixed by its theme', () => {
    expect(defaultTemplate.themes.map((theme) => theme.id)).toEqual([...themeIds]);
    for (const theme of defaultTemplate.themes) {
      expect(theme.elements).toHaveLength(5);
      for (const element of theme.elements) expect(element.id.startsWith(`${theme.id}.`)).toBe(true);
    }
  });
  it('is complete in Dutch and English: titles, questions, theme questions', () => {
    for (const theme of defaultTemplate.themes) {
      for (const text of [theme.title, theme.question]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      for (const element of theme.elements) {
        for (const text of [element.title, element.questions]) {
          expect(text.nl.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
        }
      }
    }
  });
  it('marks the nine texts of the published plate and the eleven working versions', () => {
    const withSource = (source: string) => elements.filter((element) => element.source === source).map((element) => element.id);
    expect(withSource('plaat')).toEqual(canvasIds.slice(0, 9));
    expect(withSource('werkversie')).toEqual(canvasIds.slice(9));
  });
  it('uses the Dutch titles of the canvas', () => {
    expect(elements.find((element) => element.id === 'maatwerk.arbeidsvoorwaarden')?.title).toEqual({
      nl: 'Salaris en arbeidsvoorwaarden',
      en: 'Pay and terms of employment',
    });
  });
});
