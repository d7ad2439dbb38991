import type * as Y from 'yjs';

/**
 * A view of some of a document's top-level maps that is read again only after one of them changed
 * (`observeDeep`), for `useSyncExternalStore`: a change to the notes does not re-read the scores.
 */
export class DocView<T> {
  private value: T | undefined;
  private stale = true;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly maps: readonly string[],
    private readonly read: (doc: Y.Doc) => T,
  ) {}

  private readonly changed = () => {
    this.stale = true;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) for (const name of this.maps) this.doc.getMap(name).observeDeep(this.changed);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        for (const name of this.maps) this.doc.getMap(name).unobserveDeep(this.changed);
        this.stale = true;
      }
    };
  };

  getSnapshot = (): T => {
    if (this.stale || this.value === undefined) {
      this.value = this.read(this.doc);
      this.stale = false;
    }
    return this.value;
  };
}
