/** A window's place on screen, remembered between runs. */
export interface SavedWindowState {
  bounds: { x: number; y: number; width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MINIMUM_SIZE = { width: 1024, height: 700 } as const;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isFinite((value as Record<string, unknown>)[key]));
}

/** What a settings file holds, if it is a window state at all. */
export function parseWindowState(value: unknown): SavedWindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized, fullScreen } = value as Record<string, unknown>;
  if (!isRectangle(bounds)) return undefined;
  return { bounds, maximized: maximized === true, fullScreen: fullScreen === true };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where the main window opens: where it was, on the display it was on, as long as that display is
 * still there (a laptop back from the projector loses the second screen). Otherwise the default size,
 * centred on the primary display. The size never exceeds the display it lands on.
 */
export function restoreBounds(
  saved: SavedWindowState | undefined,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): Partial<Rectangle> & { width: number; height: number } {
  const fallback = { width: Math.min(DEFAULT_SIZE.width, primary.width), height: Math.min(DEFAULT_SIZE.height, primary.height) };
  if (!saved) return fallback;
  const { bounds } = saved;
  const area = workAreas.map((candidate) => ({ candidate, shared: overlap(bounds, candidate) })).sort((a, b) => b.shared - a.shared)[0];
  // At least a quarter of the window, or a 200 × 100 strip of its title bar, must be on a display.
  if (!area || area.shared < Math.min(bounds.width * bounds.height * 0.25, 200 * 100)) return fallback;
  const display = area.candidate;
  const width = Math.max(MINIMUM_SIZE.width, Math.min(bounds.width, display.width));
  const height = Math.max(MINIMUM_SIZE.height, Math.min(bounds.height, display.height));
  const x = Math.min(Math.max(bounds.x, display.x), display.x + display.width - width);
  const y = Math.min(Math.max(bounds.y, display.y), display.y + display.height - height);
  return { x, y, width, height };
}
