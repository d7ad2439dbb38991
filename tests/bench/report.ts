/** The benchmark's figures: statistics, the printed table, and the comparison with the previous run's file. */
import { readFile } from 'node:fs/promises';

/** `count`: how many (edits lost); `%`: of one CPU core. */
export type Unit = 'ms' | 'bytes' | 'MB' | 'count' | '%';

export interface Figure {
  figure: string;
  unit: Unit;
  median: number;
  p95: number;
  target: string;
  /** `null`: measured for information, no target. */
  met: boolean | null;
  /** What the same measurement gives for the baseline named, in the same run. */
  baseline: { name: string; median: number; p95: number };
  /** The figure over its baseline, on the statistic its target is about (the median when it has none). */
  ratio: number;
  samples: number;
}

/**
 * A target: on the median or the p95, at most `limit` (in the figure's unit), at most `ratio` times the
 * baseline's same statistic, or both. Absolute times differ a lot between machines; ratios to a baseline
 * measured in the same run do not.
 */
export interface Target {
  text: string;
  on: 'median' | 'p95';
  limit?: number;
  ratio?: number;
}

export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
export const median = (samples: readonly number[]) => quantile(samples, 0.5);

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : '—');
/** Kilobytes of 1,000 bytes, as Vite reports bundle sizes. */
export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '—');

export const percent = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} %` : '—');

function format(unit: Unit, value: number): string {
  if (unit === 'ms') return ms(value);
  if (unit === 'MB') return mb(value);
  if (unit === 'count') return Number.isFinite(value) ? String(value) : '—';
  if (unit === '%') return percent(value);
  return kb(value);
}

/** `on` picks what the target is about: the median or the p95. */
export function makeFigure(
  figure: string,
  unit: Unit,
  samples: readonly number[],
  baseline: { name: string; samples: readonly number[] },
  target?: Target,
): Figure {
  const values = { median: median(samples), p95: quantile(samples, 0.95) };
  const base = { median: median(baseline.samples), p95: quantile(baseline.samples, 0.95) };
  const on = target?.on ?? 'median';
  const ratio = values[on] / base[on];
  const met = target
    ? (target.limit === undefined || values[on] <= target.limit) && (target.ratio === undefined || ratio <= target.ratio)
    : null;
  return {
    figure,
    unit,
    ...values,
    target: target?.text ?? '–',
    met,
    baseline: { name: baseline.name, ...base },
    ratio,
    samples: samples.length,
  };
}

const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—');

export function printTable(figures: readonly Figure[]): void {
  const rows = [
    ['figure', 'median', 'p95', 'target', 'baseline', 'baseline median / p95', 'ratio', 'samples', 'result'],
    ...figures.map((f) => [
      f.figure,
      format(f.unit, f.median),
      format(f.unit, f.p95),
      f.target,
      f.baseline.name,
      `${format(f.unit, f.baseline.median)} / ${format(f.unit, f.baseline.p95)}`,
      times(f.ratio),
      String(f.samples),
      f.met === null ? 'info' : f.met ? 'MET' : 'MISSED',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
  const missed = figures.filter((f) => f.met === false);
  console.log(
    missed.length === 0
      ? '\nEvery figure with a target met it.'
      : `\nMISSED (${missed.length} of ${figures.filter((f) => f.met !== null).length} with a target):\n${missed
          .map(
            (f) =>
              `  - ${f.figure}: median ${format(f.unit, f.median)}, p95 ${format(f.unit, f.p95)}, ${times(f.ratio)} its baseline; target ${f.target}`,
          )
          .join('\n')}`,
  );
}

/** The medians of the run before (the file about to be replaced) next to this run's, figure by figure. */
export async function printComparison(previousFile: string, figures: readonly Figure[]): Promise<void> {
  let previous: { date?: string; figures?: Partial<Figure>[] };
  try {
    previous = JSON.parse(await readFile(previousFile, 'utf8')) as typeof previous;
  } catch {
    console.log('\nNo earlier run to compare with.');
    return;
  }
  const lines = figures.flatMap((f) => {
    const before = previous.figures?.find((candidate) => candidate.figure === f.figure && (candidate.unit ?? 'ms') === f.unit);
    if (typeof before?.median !== 'number') return [];
    const change =
      before.median === 0 ? '' : ` (${f.median >= before.median ? '+' : ''}${((f.median / before.median - 1) * 100).toFixed(0)} %)`;
    return [`  ${f.figure}: ${format(f.unit, before.median)} → ${format(f.unit, f.median)}${change}`];
  });
  console.log(`\nMedians against the previous run (${previous.date ?? 'undated'}):`);
  console.log(lines.length > 0 ? lines.join('\n') : '  no figure in common');
}

/** One part of `npm run bench` (the app, the live room): its figures, what it prints around the table, what it adds to latest.json. */
export interface BenchPart {
  figures: Figure[];
  /** Lines before the table: the setup and the baselines. */
  describe(): void;
  /** Lines after the table: breakdowns. */
  details(): void;
  /** Fields for bench-results/latest.json. */
  json: Record<string, unknown>;
}
