import { useSyncExternalStore } from 'react';

// Whether the room dialog is open: asked for by the workshop bar's button, Regie and the native menu.
let open = false;
const listeners = new Set<() => void>();

export function setRoomDialogOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function useRoomDialogOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
