import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreBounds } from './windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const projector = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('the main window’s place', () => {
  it('comes back where it was, on the display it was on', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false, fullScreen: false };
    expect(restoreBounds(saved, [laptop, projector], laptop)).toEqual({ x: 1600, y: 100, width: 1400, height: 900 });
  });

  it('falls back to the default size when its display is gone (the projector was unplugged)', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false, fullScreen: false };
    expect(restoreBounds(saved, [laptop], laptop)).toEqual({ width: 1280, height: 800 });
  });

  it('is pulled fully onto the display and never larger than it', () => {
    const saved = { bounds: { x: 1000, y: 500, width: 3000, height: 2000 }, maximized: false, fullScreen: false };
    expect(restoreBounds(saved, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });

  it('has the default size the first time, or when the remembered state is not a window state', () => {
    expect(restoreBounds(undefined, [laptop], laptop)).toEqual({ width: 1280, height: 800 });
    expect(parseWindowState({ bounds: { x: 'a' } })).toBeUndefined();
    expect(parseWindowState(null)).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
      fullScreen: false,
    });
  });
});
