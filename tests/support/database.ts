import type { Page } from '@playwright/test';

/**
 * Everything the app stored in IndexedDB, read with the browser's own IndexedDB API (not the app's
 * code), as plain data sorted by key, for exact before/after comparisons.
 */
export async function readDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('actieplaat');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const result: Record<string, unknown[]> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      result[name] = rows;
    }
    database.close();
    return result;
  });
}

/** The database without what every edit bumps: the workshop's own "last edited" time. */
export function withoutEditTimes(snapshot: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...snapshot,
    workshops: snapshot['workshops']!.map((row) => ({ ...(row as object), updatedAt: '(any)' })),
  };
}
