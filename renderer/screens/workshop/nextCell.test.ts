import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../shared/canvas/defaultTemplate';
import type { Template } from '../../../shared/model/template';
import { nextCell } from './Plate';

/** The default plate (4 themes of 5) with one own element added to the second theme, which so has 6. */
const template: Template = structuredClone(defaultTemplate);
template.themes[1]!.elements.push({
  id: 'eigen.kinderopvang',
  title: { nl: 'Kinderopvang', en: 'Childcare' },
  questions: { nl: '', en: '' },
  source: 'eigen',
});

const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

describe('nextCell', () => {
  it('moves up and down within a theme', () => {
    expect(nextCell(template, [0, 0], 'ArrowDown')).toEqual([0, 1]);
    expect(nextCell(template, [2, 3], 'ArrowDown')).toEqual([2, 4]);
    expect(nextCell(template, [0, 2], 'ArrowUp')).toEqual([0, 1]);
    expect(nextCell(template, [1, 5], 'ArrowUp')).toEqual([1, 4]);
  });

  it('moves left and right to the same row of the neighbouring theme', () => {
    expect(nextCell(template, [0, 2], 'ArrowRight')).toEqual([1, 2]);
    expect(nextCell(template, [2, 4], 'ArrowRight')).toEqual([3, 4]);
    expect(nextCell(template, [1, 3], 'ArrowLeft')).toEqual([0, 3]);
  });

  it('reaches the own element at the bottom of the longer theme', () => {
    expect(nextCell(template, [1, 4], 'ArrowDown')).toEqual([1, 5]);
  });

  it('lands on the last element of a shorter theme when coming from a lower row', () => {
    expect(nextCell(template, [1, 5], 'ArrowLeft')).toEqual([0, 4]);
    expect(nextCell(template, [1, 5], 'ArrowRight')).toEqual([2, 4]);
  });

  it('jumps to the first element with Home and to the last with End', () => {
    expect(nextCell(template, [1, 4], 'Home')).toEqual([1, 0]);
    expect(nextCell(template, [1, 0], 'End')).toEqual([1, 5]);
    expect(nextCell(template, [3, 2], 'End')).toEqual([3, 4]);
  });

  it('goes nowhere past an edge of the plate', () => {
    expect(nextCell(template, [0, 0], 'ArrowUp')).toBeUndefined();
    expect(nextCell(template, [0, 3], 'ArrowLeft')).toBeUndefined();
    expect(nextCell(template, [3, 3], 'ArrowRight')).toBeUndefined();
    expect(nextCell(template, [0, 4], 'ArrowDown')).toBeUndefined();
    expect(nextCell(template, [1, 5], 'ArrowDown')).toBeUndefined();
  });

  it('ignores keys that do not move focus', () => {
    for (const key of ['Enter', ' ', 'Tab', 'PageDown', 'a']) expect(nextCell(template, [1, 1], key)).toBeUndefined();
  });

  it('never leads to a cell that does not exist, from any cell with any key', () => {
    template.themes.forEach((theme, themeIndex) =>
      theme.elements.forEach((_, elementIndex) => {
        for (const key of keys) {
          const next = nextCell(template, [themeIndex, elementIndex], key);
          if (next) expect(template.themes[next[0]]?.elements[next[1]], `${key} from ${themeIndex}.${elementIndex}`).toBeDefined();
        }
      }),
    );
  });

  it('brings you back with the opposite arrow between themes of the same length', () => {
    for (let element = 0; element < 5; element += 1) {
      expect(nextCell(template, nextCell(template, [2, element], 'ArrowRight')!, 'ArrowLeft')).toEqual([2, element]);
    }
    for (let element = 0; element < 4; element += 1) {
      expect(nextCell(template, nextCell(template, [3, element], 'ArrowDown')!, 'ArrowUp')).toEqual([3, element]);
    }
  });

  it('works on the plain 4 × 5 plate', () => {
    expect(nextCell(defaultTemplate, [3, 4], 'ArrowDown')).toBeUndefined();
    expect(nextCell(defaultTemplate, [0, 4], 'ArrowRight')).toEqual([1, 4]);
    expect(nextCell(defaultTemplate, [2, 0], 'End')).toEqual([2, 4]);
  });
});
