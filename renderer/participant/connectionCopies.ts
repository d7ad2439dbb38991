// The copies of the room's documents kept on this device, so that a participant's edits survive a closed page.
import type * as Y from 'yjs';
import type { LocalCopy, RoomEnvironment } from './connectionEnvironment';

/** A device's copy that cannot be opened (storage refused) must not keep the page waiting. */
const LOCAL_COPY_TIMEOUT_MS = 3000;

export class LocalCopies {
  private readonly copies = new Map<Y.Doc, LocalCopy>();

  constructor(private readonly env: RoomEnvironment) {}

  /** Loads the copy of a room's document into `doc`; without a `localCopy` in the environment, nothing. */
  async load(roomId: string, docName: string, doc: Y.Doc): Promise<void> {
    if (!this.env.localCopy || this.copies.has(doc)) return;
    let copy: LocalCopy;
    try {
      copy = this.env.localCopy(`actieplaat-room-${roomId}-${docName}`, doc);
    } catch {
      return;
    }
    this.copies.set(doc, copy);
    await Promise.race([copy.whenSynced.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, LOCAL_COPY_TIMEOUT_MS))]);
  }

  drop(doc: Y.Doc): void {
    const copy = this.copies.get(doc);
    this.copies.delete(doc);
    try {
      void copy?.destroy();
    } catch {
      // Closing the device's copy can only fail when it never opened.
    }
  }
}
