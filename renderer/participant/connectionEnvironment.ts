// What a participant's connection needs of the runtime it runs in: a browser, or Node for simulated phones.
import type * as Y from 'yjs';

/** A document kept on this device (y-indexeddb in a browser). */
export interface LocalCopy {
  whenSynced: Promise<unknown>;
  destroy(): unknown;
}

export interface RoomEnvironment {
  /** `http://address:port` of the room: the page's own origin in a browser. */
  baseUrl: string;
  fetch: typeof fetch;
  /** A WebSocket class for runtimes without a global one (the `ws` package in Node 20). */
  WebSocket?: unknown;
  /** Keeps a document on this device under `name`; without it the documents live in memory only. */
  localCopy?: (name: string, doc: Y.Doc) => LocalCopy;
  now?: () => number;
}
