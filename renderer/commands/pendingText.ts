/**
 * Fields whose typed text waits for the typing delay before it is handed to the database, each known by
 * its flush. Until then the text is not saved, and the toolbar must not say "Opgeslagen": a crash in
 * that moment would lose it from the database.
 */
const waiting = new Set<() => void>();
const listeners = new Set<() => void>();

export const pendingText = {
  /** The field's text changed and is not handed over yet. */
  add(flush: () => void): void {
    if (waiting.has(flush)) return;
    waiting.add(flush);
    notify();
  },
  /** The field's text is handed over (or there was nothing to hand over). */
  delete(flush: () => void): void {
    if (waiting.delete(flush)) notify();
  },
  /** Hands every field's typed text to the database now. */
  flushAll(): void {
    for (const flush of [...waiting]) flush();
  },
  isPending: (): boolean => waiting.size > 0,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function notify(): void {
  for (const listener of [...listeners]) listener();
}
