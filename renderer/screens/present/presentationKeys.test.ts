import { describe, expect, it } from 'vitest';
import { presentationCommand } from './presentationKeys';

describe('presentation keys', () => {
  it('step from the whole plate through the four themes and back', () => {
    expect(presentationCommand('PageDown', 'all', 4)).toEqual({ kind: 'focus', focus: 0 });
    expect(presentationCommand('ArrowRight', 0, 4)).toEqual({ kind: 'focus', focus: 1 });
    expect(presentationCommand('PageDown', 3, 4)).toEqual({ kind: 'focus', focus: 3 });
    expect(presentationCommand('PageUp', 1, 4)).toEqual({ kind: 'focus', focus: 0 });
    expect(presentationCommand('ArrowLeft', 0, 4)).toEqual({ kind: 'focus', focus: 'all' });
    expect(presentationCommand('PageUp', 'all', 4)).toEqual({ kind: 'focus', focus: 'all' });
  });
  it('jump home, to the last theme, or to a theme by its number', () => {
    expect(presentationCommand('Home', 2, 4)).toEqual({ kind: 'focus', focus: 'all' });
    expect(presentationCommand('End', 'all', 4)).toEqual({ kind: 'focus', focus: 3 });
    expect(presentationCommand('3', 'all', 4)).toEqual({ kind: 'focus', focus: 2 });
    expect(presentationCommand('5', 'all', 4)).toBeUndefined();
    expect(presentationCommand('0', 'all', 4)).toBeUndefined();
  });
  it('blank the screen with B or the clicker’s period, show scores with S, leave with Escape', () => {
    expect(presentationCommand('b', 'all', 4)).toEqual({ kind: 'toggleBlank' });
    expect(presentationCommand('.', 1, 4)).toEqual({ kind: 'toggleBlank' });
    expect(presentationCommand('S', 1, 4)).toEqual({ kind: 'toggleScores' });
    expect(presentationCommand('Escape', 1, 4)).toEqual({ kind: 'leave' });
    expect(presentationCommand('x', 1, 4)).toBeUndefined();
  });
  it('show or hide the live room’s join slide with J', () => {
    expect(presentationCommand('j', 'all', 4)).toEqual({ kind: 'toggleJoin' });
    expect(presentationCommand('J', 2, 4)).toEqual({ kind: 'toggleJoin' });
  });
});
