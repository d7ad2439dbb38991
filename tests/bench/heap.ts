import type { Page } from '@playwright/test';

/**
 * The page's JavaScript heap in use after a full garbage collection, bytes: what the page keeps, not
 * what it has not yet thrown away. Through the DevTools protocol (HeapProfiler.collectGarbage, then
 * Performance.getMetrics' JSHeapUsedSize), so no flag or page code is needed.
 */
export async function jsHeapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    // Twice: the first collection can leave objects that only become garbage once finalizers have run.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await session.detach();
  }
}
