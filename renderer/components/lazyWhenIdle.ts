import { lazy, useSyncExternalStore, type ComponentType } from 'react';

let firstPaint: Promise<void> | undefined;

/** Resolves once the page has first painted content (never where the browser cannot tell, as in tests). */
function firstContentfulPaint(): Promise<void> {
  return (firstPaint ??= new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  }));
}

/** Runs `work` when the browser is idle after the first paint: background loading that never delays it. */
export function whenIdleAfterFirstPaint(work: () => void): void {
  if (typeof requestIdleCallback !== 'function') return;
  void firstContentfulPaint().then(() => requestIdleCallback(work, { timeout: 3000 }));
}

/**
 * A component whose code is a chunk of its own: fetched when the browser is idle after the first paint,
 * or earlier when it is first rendered. For what is opened on request (a workshop, dialogs and menus):
 * it stays off the start-up path and is still there at once when asked for.
 */
export function lazyWhenIdle<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= load().then((component) => ({ default: component })));
  whenIdleAfterFirstPaint(() => void once());
  return lazy(once);
}

let idle = false;
const idleListeners = new Set<() => void>();
whenIdleAfterFirstPaint(() => {
  idle = true;
  for (const listener of idleListeners) listener();
});

/** Whether the browser has been idle since the first paint: from then on, loading more costs the start nothing. */
export function useIdleAfterFirstPaint(): boolean {
  return useSyncExternalStore(
    (listener) => {
      idleListeners.add(listener);
      return () => idleListeners.delete(listener);
    },
    () => idle,
  );
}
