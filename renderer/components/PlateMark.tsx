import { themeIds } from '../../shared/canvas/defaultTemplate';
import { themeStyles } from '../../shared/canvas/themeStyle';

/** The app's mark: the plate's four themes as four coloured columns. */
export function PlateMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      {themeIds.map((id, index) => (
        <rect
          key={id}
          x={2 + index * 7.25}
          y={4 + (index % 2) * 3}
          width={6}
          height={24 - (index % 2) * 3}
          rx={1.5}
          fill={themeStyles[id].colour}
        />
      ))}
    </svg>
  );
}
