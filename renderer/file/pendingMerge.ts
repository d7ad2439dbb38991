import { useSyncExternalStore } from 'react';
import type { WorkshopData } from '../../shared/model/workshopData';

/** A file read and waiting to be merged into a workshop: the workshop's page shows the merge dialog for it. */
export interface PendingMerge {
  workshopId: string;
  fileName: string;
  incoming: WorkshopData;
}

let pending: PendingMerge | null = null;
const listeners = new Set<() => void>();

export function setPendingMerge(next: PendingMerge | null): void {
  pending = next;
  listeners.forEach((listener) => listener());
}

export function usePendingMerge(): PendingMerge | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
