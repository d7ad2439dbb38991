import { defaultRangeExtractor, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useState } from 'react';

/**
 * Long lists (a workshop's actions, a busy element's notes) draw only the rows in and near view.
 * Two things keep that invisible to keyboard and screen-reader users: the row that last had focus (a
 * field in it, a dialog opened from it, a note picked up to drag) stays drawn when it scrolls away, so
 * focus is never dropped; and every drawn row says where it stands in the whole list
 * (aria-posinset / aria-rowindex).
 */
export function useKeptRow<T>(items: readonly T[], keyOf: (item: T) => string) {
  const [focusedKey, setFocusedKey] = useState<string>();
  const focusedIndex = focusedKey === undefined ? -1 : items.findIndex((item) => keyOf(item) === focusedKey);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  return { rangeExtractor, keep: setFocusedKey };
}

/** The rows drawn, by their index in the whole list, each with the empty space to leave before it (rows not drawn). */
export interface PlacedRows {
  rows: { index: number; before: number }[];
  /** The space after the last drawn row. */
  after: number;
}

/** A short list is drawn whole: nothing to gain, and the browser's find and a screen reader's browse mode see every row. */
export function allRows(count: number): PlacedRows {
  return { rows: Array.from({ length: count }, (_, index) => ({ index, before: 0 })), after: 0 };
}

/**
 * Where the drawn rows go in the list's normal flow (no absolute positioning): the space before each
 * one and after the last, from the virtualizer's offsets. `gap` is the list's own gap between rows.
 */
export function placeRows(items: readonly VirtualItem[], scrollMargin: number, totalSize: number, gap = 0): PlacedRows {
  let end = scrollMargin - gap;
  const rows = items.map((item) => {
    const before = Math.max(0, item.start - end - gap);
    end = item.end;
    return { index: item.index, before };
  });
  const last = items.at(-1);
  return { rows, after: last ? Math.max(0, scrollMargin + totalSize - last.end) : 0 };
}
