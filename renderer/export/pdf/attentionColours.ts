import { contrastRatio } from '../../../shared/canvas/colour';
import { attentionLevel, type AttentionLevel } from '../../../shared/scoring';

/**
 * One hue from light to dark (ColorBrewer "Oranges"): the bands stay apart for colour-blind readers and
 * in greyscale print, and the number is always written on top, so colour is never the only cue.
 */
export const attentionFills: Record<AttentionLevel, string> = {
  none: '#FFF5EB',
  low: '#FDD0A2',
  medium: '#F3893B',
  high: '#8C2D04',
};

/** A cell nobody scored: white, with the "no score" mark. */
export const noScoreFill = '#FFFFFF';

export const attentionLevels: readonly AttentionLevel[] = ['none', 'low', 'medium', 'high'];

/** The fill for a (mean) attention score as printed (one decimal); a mean between bands takes the higher one. */
export function attentionFill(score: number | null): string {
  const level = attentionLevel(score === null ? null : Math.ceil(Math.round(score * 10) / 10));
  return level === null ? noScoreFill : attentionFills[level];
}

/** Black or white, whichever reads better on `fill`. */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
