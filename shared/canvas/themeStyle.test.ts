import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToLinearRgb } from './colour';
import { themeIds } from './defaultTemplate';
import { themeStyle, themeStyles } from './themeStyle';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const deficiencies: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

function lab([r, g, b]: number[]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function seenWith(hex: string, matrix: number[][]) {
  const rgb = hexToLinearRgb(hex);
  return lab(
    matrix.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, m, i) => sum + m * rgb[i]!, 0),
        ),
      ),
    ),
  );
}

describe('theme colours', () => {
  it('keep white text at 4.5:1 or better', () => {
    for (const id of themeIds) expect(contrastRatio(themeStyles[id].colour, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });
  it('keep dark text at 4.5:1 or better on their tints', () => {
    for (const id of themeIds) expect(contrastRatio(themeStyles[id].tint, '#111827')).toBeGreaterThanOrEqual(4.5);
  });
  it('stay apart (ΔE ≥ 12) for viewers with protanopia, deuteranopia or tritanopia', () => {
    for (const [deficiency, matrix] of Object.entries(deficiencies)) {
      for (const a of themeIds) {
        for (const b of themeIds) {
          if (a >= b) continue;
          const [la, lb] = [seenWith(themeStyles[a].colour, matrix), seenWith(themeStyles[b].colour, matrix)];
          const distance = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
          expect(distance, `${a} vs ${b} with ${deficiency}`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });
  it('are numbered 1 to 4 so that colour is never the only cue', () => {
    expect(themeIds.map((id) => themeStyles[id].ordinal)).toEqual([1, 2, 3, 4]);
  });
  it('fall back to a neutral grey for a theme a foreign file invents', () => {
    expect(themeStyle('onbekend').colour).toBe('#374151');
  });
});

describe('colour helpers', () => {
  it('compute the WCAG contrast of black on white as 21', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });
  it('refuse something that is not a colour', () => {
    expect(() => hexToLinearRgb('blauw')).toThrow(/not an #rrggbb colour/);
  });
});
