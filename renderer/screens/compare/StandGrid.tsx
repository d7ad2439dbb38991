/**
 * The stand van zaken scale of a bar chart: a grid line across the plot and its number, for 0 to 5.
 * `y` places a value; the numbers stand right-aligned just left of `left`.
 */
export function StandGrid({ left, right, y }: { left: number; right: number; y(value: number): number }) {
  return (
    <>
      {[0, 1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={left - 8} y={y(tick) + 4} className="chart-tick" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}
