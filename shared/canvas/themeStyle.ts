import type { ThemeId } from './defaultTemplate';

export interface ThemeStyle {
  /** Band colour; white text on it keeps ≥ 4.5:1 and the four stay apart for colour-blind viewers. */
  colour: string;
  /** A light tint of the colour for card backgrounds. */
  tint: string;
  /** Position on the plate, shown next to the name so colour is never the only cue. */
  ordinal: 1 | 2 | 3 | 4;
}

export const themeStyles: Record<ThemeId, ThemeStyle> = {
  meerwaarde: { colour: '#1E3A8A', tint: '#EEF2FB', ordinal: 1 },
  maatwerk: { colour: '#B45309', tint: '#FDF3EA', ordinal: 2 },
  mogelijkheden: { colour: '#047857', tint: '#ECF7F2', ordinal: 3 },
  matching: { colour: '#9D3A8C', tint: '#F8EEF6', ordinal: 4 },
};

const fallbackStyle: ThemeStyle = { colour: '#374151', tint: '#F3F4F6', ordinal: 1 };

/** The style of a theme id; themes a foreign file invents get a neutral grey. */
export function themeStyle(themeId: string): ThemeStyle {
  return (themeStyles as Record<string, ThemeStyle>)[themeId] ?? fallbackStyle;
}
