/**
 * Tells the other windows of this app (a second editor, the projector) which text field this window
 * has just stored, so that a field showing the same text can say where its new text came from.
 */
const windowId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('actieplaat-text-edits');
const listeners = new Set<(field: string) => void>();

channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { from?: unknown; field?: unknown } | null;
  if (!data || data.from === windowId || typeof data.field !== 'string') return;
  for (const listener of listeners) listener(data.field);
});

export function announceTextEdit(field: string): void {
  channel?.postMessage({ from: windowId, field });
}

export function onRemoteTextEdit(listener: (field: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
