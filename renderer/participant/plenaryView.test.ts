import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plenaryMap, writePlenary } from '../../shared/room/plenaryDoc';
import { facilitatorTheme, inLanguage, participantsForTable, plenaryView } from './plenaryView';

describe('the plenary document as the page shows it', () => {
  it('is not loaded before the host wrote the workshop and teams', () => {
    expect(plenaryView(new Y.Doc())).toMatchObject({ loaded: false, themes: [], teams: [], facilitation: { voting: null, focus: 'all' } });
  });

  it('leaves out what is malformed', () => {
    const doc = new Y.Doc();
    const map = plenaryMap(doc);
    map.set('workshop', { id: 'w', title: 'Werkplaats', language: 'fr' });
    map.set('teams', [
      { id: 't1', name: 'Tafel 1', colour: 'red' },
      { id: 't1', name: 'dubbel' },
      { name: 'zonder id' },
      'x',
      { id: 't2', name: '', colour: '#0f766e' },
    ]);
    map.set('participants', [
      { id: 'p1', name: '  ' },
      { id: 'p2', name: 'Ñúñez', teamId: 42 },
    ]);
    map.set('themes', [{ id: 'th', title: { nl: 'Thema' }, elements: [{ id: 'e', title: 'geen object' }, null] }]);
    map.set('facilitation', {
      phase: { kind: 5 },
      focus: -1,
      timer: { durationMs: 'lang' },
      voting: { round: 1, voters: 'iedereen', dotsPerVoter: 3 },
    });
    const view = plenaryView(doc);
    expect(view).toMatchObject({ loaded: true, title: 'Werkplaats', language: 'nl' });
    expect(view.teams).toEqual([
      { id: 't1', name: 'Tafel 1' },
      { id: 't2', name: 't2', colour: '#0f766e' },
    ]);
    expect(view.participants).toEqual([{ id: 'p2', name: 'Ñúñez' }]);
    expect(view.themes[0]!.elements).toEqual([{ id: 'e', title: { nl: '', en: '' }, questions: { nl: '', en: '' } }]);
    expect(view.facilitation).toEqual({
      phase: null,
      focus: 'all',
      timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
      hostNow: 0,
      voting: null,
    });
  });

  it('finds the facilitator’s theme: the phase’s, else the projector’s', () => {
    const doc = new Y.Doc();
    const theme = (id: string) => ({ id, title: { nl: id, en: id }, question: { nl: '', en: '' }, elements: [] });
    writePlenary(doc, {
      themes: [theme('a'), theme('b')],
      facilitation: { phase: null, focus: 1, timer: { durationMs: 0, startedAt: null, elapsedMs: 0 }, hostNow: 1, voting: null },
    });
    expect(facilitatorTheme(plenaryView(doc))).toBe('b');
    writePlenary(doc, {
      facilitation: {
        phase: { kind: 'thema', themeId: 'a' },
        focus: 1,
        timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
        hostNow: 1,
        voting: null,
      },
    });
    expect(facilitatorTheme(plenaryView(doc))).toBe('a');
  });

  it('lists the table’s participants first', () => {
    const people = [
      { id: '1', name: 'Zoë', teamId: 't1' },
      { id: '2', name: 'Anne' },
      { id: '3', name: 'Bram', teamId: 't1' },
    ];
    const { atTable, others } = participantsForTable(people, 't1');
    expect(atTable.map((person) => person.name)).toEqual(['Bram', 'Zoë']);
    expect(others.map((person) => person.name)).toEqual(['Anne']);
  });

  it('falls back to the other language for an empty text', () => {
    expect(inLanguage({ nl: 'Maatwerk', en: '' }, 'en')).toBe('Maatwerk');
    expect(inLanguage({ nl: '', en: 'Tailoring' }, 'nl')).toBe('Tailoring');
  });
});
