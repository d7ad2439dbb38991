import { describe, expect, it } from 'vitest';
import { attentionLevel, attentionScore, importanceLevel } from './scoring';

describe('attentionScore = belang × (5 − stand)', () => {
  it.each([
    [1, 3, 12],
    [1, 1, 4],
    [3, 2, 4],
    [4, 3, 3],
    [5, 3, 0],
    [5, 1, 0],
    [2, 2, 6],
  ] as const)('stand %i, belang %i → %i', (maturity, importance, expected) => {
    expect(attentionScore({ maturity, importance, notApplicable: false })).toBe(expected);
  });
  it('is null when the element is not applicable, even if scored', () => {
    expect(attentionScore({ maturity: 1, importance: 3, notApplicable: true })).toBeNull();
  });
  it('is null until both scores are given', () => {
    expect(attentionScore({ maturity: null, importance: 3, notApplicable: false })).toBeNull();
    expect(attentionScore({ maturity: 2, importance: null, notApplicable: false })).toBeNull();
    expect(attentionScore(undefined)).toBeNull();
  });
  it('bands the score for the visual cue', () => {
    expect([null, 0, 1, 3, 4, 7, 8, 12].map(attentionLevel)).toEqual([null, 'none', 'low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});

describe('importanceLevel', () => {
  it('names a score or a mean by the nearest belang level, 1 laag to 3 hoog', () => {
    expect([null, 1, 1.4, 1.5, 2, 2.49, 2.5, 3].map(importanceLevel)).toEqual([null, 1, 1, 2, 2, 2, 3, 3]);
  });
});
