import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

/**
 * Steady answers for live queries. A live query runs again after every write its range may touch and
 * answers with new objects, even when nothing it shows changed; in a room with fifty phones that is
 * many times a second. Keeping the objects whose content is the same lets memoised components skip
 * drawing them again.
 */

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `next`, with each value that equals (as JSON) the one of `previous` under its key replaced by that one; `previous` itself when all do. */
export function steadyMap<K, V>(previous: ReadonlyMap<K, V> | undefined, next: Map<K, V>): Map<K, V> {
  if (!previous) return next;
  let allSame = previous.size === next.size;
  for (const [key, value] of next) {
    const before = previous.get(key);
    if (before !== undefined && sameJson(before, value)) next.set(key, before);
    else allSame = false;
  }
  return allSame ? (previous as Map<K, V>) : next;
}

/**
 * `value`, or the one kept from before when `steady` finds it the same (it compares the previous value
 * with the new one and returns what to keep). The previous value is state, as React's "storing
 * information from previous renders" does it.
 */
export function useSteady<T>(value: T, steady: (previous: T | undefined, next: T) => T): T {
  const [state, setState] = useState<{ source: T; kept: T }>(() => ({ source: value, kept: value }));
  if (state.source === value) return state.kept;
  const kept = value === undefined ? value : steady(state.kept, value);
  setState({ source: value, kept });
  return kept;
}

/** `useLiveQuery` whose answer keeps its identity while its content (as JSON) stays the same. */
export function useSteadyLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const answer = useLiveQuery(query, deps);
  return useSteady(answer, (previous, next) => (previous !== undefined && sameJson(previous, next) ? previous : next));
}
