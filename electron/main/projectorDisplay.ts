/** The parts of Electron's `Display` this decision needs. */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Where the projector window goes: on a display other than the one the control window is on (the
 * projector or external screen), the largest if there are several; on the same display when it is
 * the only one.
 */
export function chooseProjectorDisplay<T extends DisplayInfo>(displays: readonly T[], controlDisplayId: number): T | undefined {
  const others = displays.filter((display) => display.id !== controlDisplayId);
  if (others.length === 0) return displays.find((display) => display.id === controlDisplayId);
  return [...others].sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height)[0];
}
