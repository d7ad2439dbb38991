import { describe, expect, it } from 'vitest';
import { steadyMap } from './steady';

describe('steadyMap', () => {
  it('keeps the objects whose content did not change, so that their cards are not drawn again', () => {
    const previous = new Map([
      ['a', { notes: 1, actions: 0 }],
      ['b', { notes: 2, actions: 1 }],
    ]);
    const next = new Map([
      ['a', { notes: 1, actions: 0 }],
      ['b', { notes: 3, actions: 1 }],
    ]);
    const steady = steadyMap(previous, next);
    expect(steady).toBe(next);
    expect(steady.get('a')).toBe(previous.get('a'));
    expect(steady.get('b')).toEqual({ notes: 3, actions: 1 });
    expect(steady.get('b')).not.toBe(previous.get('b'));
  });

  it('is the previous map itself when nothing changed, and the new one when a key came or went', () => {
    const previous = new Map([['a', { maturity: 2 }]]);
    expect(steadyMap(previous, new Map([['a', { maturity: 2 }]]))).toBe(previous);
    const grown = new Map([
      ['a', { maturity: 2 }],
      ['b', { maturity: 1 }],
    ]);
    expect(steadyMap(previous, grown)).toBe(grown);
    const shrunk = new Map<string, { maturity: number }>();
    expect(steadyMap(previous, shrunk)).toBe(shrunk);
    expect(steadyMap(undefined, shrunk)).toBe(shrunk);
  });
});
