import { useSyncExternalStore } from 'react';
import { calendarDay } from '../../shared/model/vocabulary';

// Today's date, for "verlopen": one timer for the whole window, however many cards and rows ask. It
// reads the page's clock (`Date`), which end-to-end tests set with Playwright's clock.

/** How often the day is read again: a laptop left open past midnight, or woken from sleep, catches up. */
const RECHECK_MS = 60_000;

let today = calendarDay(new Date());
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function recheck(): void {
  const now = calendarDay(new Date());
  if (now === today) return;
  today = now;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    recheck();
    timer = setInterval(recheck, RECHECK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

/** Today as `YYYY-MM-DD` in the user's time zone; components re-render when the day changes. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, () => today);
}
