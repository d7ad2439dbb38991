import { describe, expect, it } from 'vitest';
import { startupScripts } from '../bench/bundleSize';
import { makeFigure, quantile } from '../bench/report';

describe('the benchmark report (tests/bench)', () => {
  it('takes the start-up scripts from a built index.html: its module script and modulepreloads, not its styles', () => {
    const html = `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/index-CdkCRigY.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-XKyaHtl9.js">
    <link rel="modulepreload" crossorigin href="./assets/canvasHooks-C3Zg5GHL.js">
    <link rel="stylesheet" crossorigin href="./assets/index-B3wBSgXY.css">
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    </head><body><div id="root"></div></body></html>`;
    expect(startupScripts(html)).toEqual([
      'assets/index-CdkCRigY.js',
      'assets/rolldown-runtime-XKyaHtl9.js',
      'assets/canvasHooks-C3Zg5GHL.js',
    ]);
  });

  it('calls a figure MET or MISSED by the statistic its target names, and info without a target', () => {
    const samples = [10, 11, 12, 13, 100];
    const baseline = { name: 'blank page', samples: [1, 2, 3] };
    expect(quantile(samples, 0.95)).toBe(100);
    expect(makeFigure('x', 'ms', samples, baseline, { text: 'median ≤ 20 ms', on: 'median', limit: 20 }).met).toBe(true);
    expect(makeFigure('x', 'ms', samples, baseline, { text: 'p95 ≤ 20 ms', on: 'p95', limit: 20 }).met).toBe(false);
    const info = makeFigure('x', 'MB', samples, baseline);
    expect(info).toMatchObject({ met: null, target: '–', median: 12, samples: 5, baseline: { name: 'blank page', median: 2, p95: 3 } });
  });
});
