import { IndexeddbPersistence } from 'y-indexeddb';
import type { RoomEnvironment } from './connection';
import type { KeyValueStore } from './identity';

/** The room as a browser page reaches it: its own origin, the page's fetch, documents kept in IndexedDB. */
export function browserEnvironment(): RoomEnvironment {
  return {
    baseUrl: location.origin,
    fetch: (input, init) => fetch(input, init),
    localCopy: (name, doc) => new IndexeddbPersistence(name, doc),
  };
}

/** localStorage, or a store in memory where the browser refuses it (this visit then works without remembering). */
export function browserStore(): KeyValueStore {
  try {
    const probe = 'actieplaat.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

/**
 * The room's code from the join URL's fragment (`#k=…`), taken off the address bar at once so it is
 * neither shown nor bookmarked. `invalid`: there was a code, but not a whole one.
 */
export function takeJoinCode(read: (hash: string) => string | null): { code: string | null; invalid: boolean } {
  const hash = location.hash;
  if (!hash) return { code: null, invalid: false };
  history.replaceState(history.state, '', location.pathname + location.search);
  const code = read(hash);
  return { code, invalid: !code && /(?:^#|&)k=/.test(hash) };
}
