import type { VirtualItem } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { allRows, placeRows } from './virtualList';

const item = (index: number, start: number, size: number): VirtualItem => ({ key: index, index, start, end: start + size, size, lane: 0 });

describe('placing the drawn rows of a long list', () => {
  it('leaves the space of the rows above, none between neighbours, and the rest after the last', () => {
    // The list starts 400 px down its scroller; rows of 50 px with a gap of 10; rows 3–5 of 10 drawn.
    const items = [item(3, 400 + 3 * 60, 50), item(4, 400 + 4 * 60, 50), item(5, 400 + 5 * 60, 50)];
    const total = 10 * 50 + 9 * 10;
    expect(placeRows(items, 400, total, 10)).toEqual({
      rows: [
        { index: 3, before: 180 },
        { index: 4, before: 0 },
        { index: 5, before: 0 },
      ],
      after: total - (5 * 60 + 50),
    });
  });

  it('leaves a space before a kept row far from the others', () => {
    const items = [item(0, 0, 70), item(1, 70, 70), item(900, 900 * 70, 70)];
    const placed = placeRows(items, 0, 1000 * 70);
    expect(placed.rows.map((row) => row.before)).toEqual([0, 0, 898 * 70]);
    expect(placed.after).toBe(99 * 70);
  });

  it('draws a short list whole, and an empty one as nothing', () => {
    expect(allRows(3)).toEqual({ rows: [0, 1, 2].map((index) => ({ index, before: 0 })), after: 0 });
    expect(placeRows([], 0, 0)).toEqual({ rows: [], after: 0 });
  });
});
